package policy

import "github.com/openpolicies/privacy/jurisdiction"

// Statement is what every statement of a policy has, embedded in each statement
// type so that its members sit beside the type's own in JSON: an ID other
// statements refer to, whether the statement is negated, the scope it is limited
// to, the provisions it cites, and the policy's own words.
//
// A negated statement (Not) says the practice does not happen: "we do not
// collect call content" is a [Collection] with Not set, "we never sell" a
// [Recipient] with Not set and Sale true, "we do not use X for Y" a [Purpose]
// with Not set. Queries ([Policy.CollectedData], [Policy.PurposesFor],
// [Policy.RecipientsOf]) leave negated statements out.
type Statement struct {
	// ID identifies the statement within the policy; IDs are unique across the
	// document.
	ID string `json:"id" validate:"required,id"`
	// Not is true when the policy says the practice does not happen.
	Not bool `json:"not,omitempty"`
	// AppliesTo limits the statement to some people, places, services or times;
	// nil when the policy states no limit.
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Citations are the provisions of law the statement rests on or cites.
	Citations []Citation `json:"citations,omitempty" validate:"dive"`
	// Description says what the policy says of the statement, in its words.
	Description string `json:"description,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// Citation names a provision of a law: the law and, where the policy gives it,
// the article or section ("Art. 6(1)(f)", "§1798.83").
type Citation struct {
	// Law is the law cited.
	Law jurisdiction.Law `json:"law" validate:"required,code"`
	// Provision is the article, section or paragraph as the policy writes it.
	Provision string `json:"provision,omitempty"`
	// URL is where the provision is published, when the policy links it.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
}
