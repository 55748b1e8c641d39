package policy

// Children says how a policy treats data about children.
type Children struct {
	Statement
	// KnowinglyCollects says whether the organisation knowingly collects data from
	// children below the ages the policy names; nil when not stated.
	KnowinglyCollects *bool `json:"knowingly_collects,omitempty"`
	// AgeLimits are the minimum ages per service.
	AgeLimits []AgeLimit `json:"age_limits,omitempty" validate:"dive"`
	// OnDiscovery is what happens when data was collected from a child without the
	// required consent.
	OnDiscovery []ChildAction `json:"on_discovery,omitempty" validate:"dive,code"`
	// Contacts are IDs of contact points for concerns about children's data.
	Contacts []string `json:"contacts,omitempty" ref:"contact"`
}

// AgeLimit is a minimum age for some services, with an optional younger range
// admitted with a parent's or guardian's consent.
type AgeLimit struct {
	// MinimumAge is the age from which a person may use the services on their own.
	MinimumAge int `json:"minimum_age" validate:"required,min=1,max=25"`
	// ParentalConsent is the range of ages admitted with parental consent.
	ParentalConsent *AgeRange `json:"parental_consent,omitempty"`
	// AppliesTo says which services the limit covers.
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// AgeRange is a range of ages in whole years, both ends included.
type AgeRange struct {
	// From is the lowest age of the range.
	From int `json:"from" validate:"required,min=1"`
	// To is the highest age of the range.
	To int `json:"to" validate:"required,min=1"`
}
