package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Trigger is the kind of change after which a notice is given.
type Trigger string

// The notice trigger codes.
const (
	// TriggerAnyChange is "any-change": Every change.
	TriggerAnyChange Trigger = "any-change"
	// TriggerSignificantChange is "significant-change": Significant or material changes.
	TriggerSignificantChange Trigger = "significant-change"
	// TriggerChangeOfControl is "change-of-control": A merger, acquisition or other change of control that might materially affect personal data.
	TriggerChangeOfControl Trigger = "change-of-control"
	// TriggerNewPurpose is "new-purpose": Collecting further categories of data or using data for a new purpose, for which some laws require notice and consent first.
	TriggerNewPurpose Trigger = "new-purpose"
)

var triggerList = vocab.New[Trigger]("notice trigger", true, term, []category.Definition{
	{Code: string(TriggerAnyChange), Title: "Any change", Description: "Every change."},
	{Code: string(TriggerSignificantChange), Title: "Significant change", Description: "Significant or material changes."},
	{Code: string(TriggerChangeOfControl), Title: "Change of control", Description: "A merger, acquisition or other change of control that might materially affect personal data."},
	{Code: string(TriggerNewPurpose), Title: "New purpose or data", Description: "Collecting further categories of data or using data for a new purpose, for which some laws require notice and consent first."},
})

// TriggerDefinitions returns the definitions of every notice trigger code in a fixed order.
func TriggerDefinitions() []category.Definition { return triggerList.All() }

// Definition returns the registry definition of t; ok is false for extension and
// unknown codes.
func (t Trigger) Definition() (def category.Definition, ok bool) { return triggerList.Lookup(t) }

// Known reports whether t is defined in the registry.
func (t Trigger) Known() bool { return triggerList.Known(t) }

// Valid reports whether t is defined or is a well-formed "x-" extension code.
func (t Trigger) Valid() bool { return triggerList.Valid(t) }
