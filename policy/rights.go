package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/rights"
)

// RightsStatement says which rights a person has, under which laws, for whom and
// where, and how to exercise them.
type RightsStatement struct {
	// ID identifies the statement within the policy.
	ID string `json:"id" validate:"required,id"`
	// Rights are the rights granted.
	Rights []rights.Right `json:"rights" validate:"required,min=1,dive,code"`
	// Laws are the laws the policy says grant them.
	Laws []jurisdiction.Law `json:"laws,omitempty" validate:"dive,code"`
	// Data are the categories of data the rights concern, when the policy limits
	// them ("patient-related information"); empty for all data.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// AppliesTo limits the statement to some people, places or services
	// (patients, residents of the EEA).
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Channels are the ways to exercise the rights.
	Channels []rights.Channel `json:"channels,omitempty" validate:"dive"`
	// Verification says how identity is verified; nil when not stated.
	Verification *rights.Verification `json:"verification,omitempty"`
	// Limits are cases where a request may be refused or only partly met.
	Limits []Limit `json:"limits,omitempty" validate:"dive"`
	// Frequency limits how often the rights may be exercised.
	Frequency *rights.Frequency `json:"frequency,omitempty"`
	// ResponseTime is the promised response time as an ISO 8601 duration.
	ResponseTime string `json:"response_time,omitempty" validate:"omitempty,duration"`
	// Description is the statement in the policy's words.
	Description string `json:"description,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}
