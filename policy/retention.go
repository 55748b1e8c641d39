package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Retention is a statement of how long data is kept. With several periods, data
// is kept until the last of them ends ("as long as your account is active or as
// needed to comply with our legal obligations"), or, with Combine "earliest",
// until the first ends ("whichever comes first").
type Retention struct {
	Statement
	// Collections are IDs of the collection statements whose data the rule covers.
	Collections []string `json:"collections,omitempty" ref:"collection"`
	// Data are categories of data the rule covers.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Purposes are IDs of purposes the data is kept for.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Periods are the periods that together decide how long data is kept.
	Periods []Period `json:"periods" validate:"required,min=1,dive"`
	// Combine says how several periods combine; empty means "latest".
	Combine Combine `json:"combine,omitempty" validate:"omitempty,code"`
	// Exceptions are cases where data is kept longer, such as legal holds.
	Exceptions []Exception `json:"exceptions,omitempty" validate:"dive"`
	// Disposal says what happens to the data at the end.
	Disposal []Disposal `json:"disposal,omitempty" validate:"dive,code"`
}

// Period is one retention period, a tagged union on Kind: duration needs Duration
// and may say what it counts from (From: "48 months of inactivity", "6 years
// after the contract ends"), whether it is a bound (Bound: "up to four years")
// and a calendar alignment (PlusCurrent: "24 months plus the current month");
// until-event needs Event; legal-requirement names Laws or states the requirement
// in Criteria (or both); criteria needs Criteria; indefinite needs nothing. Fields
// of other kinds must be empty.
type Period struct {
	// Kind is the kind of period.
	Kind PeriodKind `json:"kind" validate:"required,code"`
	// Duration is an ISO 8601 duration ("P6M"), for kind duration.
	Duration string `json:"duration,omitempty" validate:"omitempty,duration"`
	// Bound says whether Duration is exact, an upper or a lower bound; empty
	// means exact. For kind duration.
	Bound Bound `json:"bound,omitempty" validate:"omitempty,code"`
	// From is the event the duration is counted from; empty when the policy
	// does not say (usually collection). For kind duration.
	From Event `json:"from,omitempty" validate:"omitempty,code"`
	// PlusCurrent extends the duration to the end of the current calendar
	// month or year. For kind duration.
	PlusCurrent Calendar `json:"plus_current,omitempty" validate:"omitempty,code"`
	// Event ends the period, for kind until-event.
	Event Event `json:"event,omitempty" validate:"omitempty,code"`
	// Laws are the laws that require keeping the data, for kind legal-requirement.
	Laws []jurisdiction.Law `json:"laws,omitempty" validate:"dive,code"`
	// Criteria are the criteria in the policy's words, for kind criteria, or the
	// legal requirement in words when no law is named.
	Criteria string `json:"criteria,omitempty"`
}

// Exception is a case where data is kept beyond its retention periods.
type Exception struct {
	// Data are the categories the exception covers; empty for all data of the rule.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Reason is why the data is kept, in the policy's words.
	Reason string `json:"reason" validate:"required"`
	// Period is how long it is then kept.
	Period Period `json:"period" validate:"required"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}
