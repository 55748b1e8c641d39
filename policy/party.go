package policy

import "github.com/openpolicies/privacy/category"

// Party is who data comes from or goes to, in the same vocabulary for sources
// and recipients: one or more party types and the organisations the policy
// names. A [Collection] names the parties its data comes from in From; a
// [Recipient] is itself a party, with its role and where it processes the data.
type Party struct {
	// Types are the kinds of party ("retailer", "courier"); a party may be of
	// several kinds.
	Types []category.Recipient `json:"types" validate:"required,min=1,dive,code"`
	// Entities are the parties the policy names; empty when it names none.
	Entities []Entity `json:"entities,omitempty" validate:"dive"`
	// Description is the party in the policy's words.
	Description string `json:"description,omitempty"`
}
