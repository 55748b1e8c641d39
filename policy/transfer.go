package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Transfer is an international transfer of data with its safeguards.
type Transfer struct {
	Statement
	// From are the jurisdictions data leaves.
	From []jurisdiction.Code `json:"from,omitempty" validate:"dive,code"`
	// To are the destinations the policy names.
	To []jurisdiction.Code `json:"to,omitempty" validate:"dive,code"`
	// OtherDestinations describes destinations the policy leaves unnamed ("any
	// other country in which we or our affiliates or processors maintain facilities").
	OtherDestinations string `json:"other_destinations,omitempty"`
	// Recipients are IDs of recipient statements for the receiving parties.
	Recipients []string `json:"recipients,omitempty" ref:"recipient"`
	// Data are categories of data transferred; empty for all data.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Safeguards make the transfer lawful; "not-stated" when the policy names none.
	Safeguards []Safeguard `json:"safeguards" validate:"required,min=1,dive,code"`
}
