package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// ChoiceMode says whether a person can decide about a purpose or disclosure, as
// P3P's "required" attribute did.
type ChoiceMode string

// The choice mode codes.
const (
	// ModeAlways is "always": The processing happens whenever the service is used; the person has no choice short of not using it.
	ModeAlways ChoiceMode = "always"
	// ModeOptIn is "opt-in": It happens only after the person agrees.
	ModeOptIn ChoiceMode = "opt-in"
	// ModeOptOut is "opt-out": It happens unless the person objects.
	ModeOptOut ChoiceMode = "opt-out"
	// ModeNotStated is "not-stated": The policy does not say whether the person can choose.
	ModeNotStated ChoiceMode = "not-stated"
)

var choiceModeList = vocab.New[ChoiceMode]("choice mode", true, term, []category.Definition{
	{Code: string(ModeAlways), Title: "Always", Description: "The processing happens whenever the service is used; the person has no choice short of not using it.", P3P: "always"},
	{Code: string(ModeOptIn), Title: "Opt in", Description: "It happens only after the person agrees.", P3P: "opt-in"},
	{Code: string(ModeOptOut), Title: "Opt out", Description: "It happens unless the person objects.", P3P: "opt-out"},
	{Code: string(ModeNotStated), Title: "Not stated", Description: "The policy does not say whether the person can choose."},
})

// ChoiceModeDefinitions returns the definitions of every choice mode code in a fixed order.
func ChoiceModeDefinitions() []category.Definition { return choiceModeList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c ChoiceMode) Definition() (def category.Definition, ok bool) { return choiceModeList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c ChoiceMode) Known() bool { return choiceModeList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c ChoiceMode) Valid() bool { return choiceModeList.Valid(c) }
