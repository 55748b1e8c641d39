package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// PeriodKind is the kind of a retention period: the tag of the union in
// [Period].
type PeriodKind string

// The retention period kind codes.
const (
	// PeriodDuration is "duration": Kept for a stated ISO 8601 duration.
	PeriodDuration PeriodKind = "duration"
	// PeriodUntilEvent is "until-event": Kept until an event such as account closure or the end of the session.
	PeriodUntilEvent PeriodKind = "until-event"
	// PeriodLegalRequirement is "legal-requirement": Kept as long as a law requires.
	PeriodLegalRequirement PeriodKind = "legal-requirement"
	// PeriodCriteria is "criteria": Kept as long as criteria the policy states in words require ("as needed to resolve disputes").
	PeriodCriteria PeriodKind = "criteria"
	// PeriodIndefinite is "indefinite": Kept with no end.
	PeriodIndefinite PeriodKind = "indefinite"
)

var periodKindList = vocab.New[PeriodKind]("retention period kind", true, term, []category.Definition{
	{Code: string(PeriodDuration), Title: "Fixed duration", Description: "Kept for a stated ISO 8601 duration.", DPV: dpv + "TemporalDuration", P3P: "stated-purpose"},
	{Code: string(PeriodUntilEvent), Title: "Until an event", Description: "Kept until an event such as account closure or the end of the session.", DPV: dpv + "UntilEventDuration", P3P: "stated-purpose"},
	{Code: string(PeriodLegalRequirement), Title: "Legal requirement", Description: "Kept as long as a law requires.", P3P: "legal-requirement"},
	{Code: string(PeriodCriteria), Title: "Criteria", Description: "Kept as long as criteria the policy states in words require (\"as needed to resolve disputes\").", P3P: "business-practices"},
	{Code: string(PeriodIndefinite), Title: "Indefinitely", Description: "Kept with no end.", DPV: dpv + "EndlessDuration", P3P: "indefinitely"},
})

// PeriodKindDefinitions returns the definitions of every retention period kind code in a fixed order.
func PeriodKindDefinitions() []category.Definition { return periodKindList.All() }

// Definition returns the registry definition of p; ok is false for extension and
// unknown codes.
func (p PeriodKind) Definition() (def category.Definition, ok bool) { return periodKindList.Lookup(p) }

// Known reports whether p is defined in the registry.
func (p PeriodKind) Known() bool { return periodKindList.Known(p) }

// Valid reports whether p is defined or is a well-formed "x-" extension code.
func (p PeriodKind) Valid() bool { return periodKindList.Valid(p) }
