package policy

import "github.com/openpolicies/privacy/category"

// Recipient is a statement that data is disclosed to, shared with or accessed by
// a party, or, with Never, that it is not.
type Recipient struct {
	// ID identifies the statement within the policy.
	ID string `json:"id" validate:"required,id"`
	// Type is the type of recipient.
	Type category.Recipient `json:"type" validate:"required,code"`
	// Entities are the recipients the policy names; empty when it names none.
	Entities []Entity `json:"entities,omitempty" validate:"dive"`
	// Description is the recipient in the policy's words ("third parties with whom
	// we have a business relationship").
	Description string `json:"description,omitempty"`
	// Via is the ID of another recipient statement through which this recipient
	// is engaged (an ad network a partner uses).
	Via string `json:"via,omitempty" ref:"recipient"`
	// Collections are IDs of the collection statements whose data is disclosed.
	Collections []string `json:"collections,omitempty" ref:"collection"`
	// Data are categories of data disclosed.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// WithheldData are categories the recipient has agreed not to collect or receive.
	WithheldData []category.Data `json:"withheld_data,omitempty" validate:"dive,code"`
	// Purposes are IDs of the organisation's purposes the disclosure serves.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// RecipientPurposes are the recipient's own purposes for the data.
	RecipientPurposes []category.Purpose `json:"recipient_purposes,omitempty" validate:"dive,code"`
	// Conditions are the circumstances and limits of the disclosure.
	Conditions []Condition `json:"conditions,omitempty" validate:"dive,code"`
	// Choice says whether the person can decide about the disclosure.
	Choice ChoiceMode `json:"choice,omitempty" validate:"omitempty,code"`
	// CollectsDirectly is true when the recipient collects the data itself from
	// the person, for instance through its own cookies.
	CollectsDirectly bool `json:"collects_directly,omitempty"`
	// Sale says whether the disclosure is a sale in the CCPA sense; nil when not stated.
	Sale *bool `json:"sale,omitempty"`
	// Sharing says whether it is "sharing" for cross-context behavioural
	// advertising in the CCPA sense; nil when not stated.
	Sharing *bool `json:"sharing,omitempty"`
	// Documents are IDs of documents that govern the recipient's use of the data,
	// such as its own privacy policy.
	Documents []string `json:"documents,omitempty" ref:"document"`
	// Never is true when the policy says this disclosure does not happen.
	Never bool `json:"never,omitempty"`
	// AppliesTo limits the statement to some people, places or services.
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// Entity is a named organisation.
type Entity struct {
	// Name is the name as the policy writes it ("Tealium, Inc.").
	Name string `json:"name" validate:"required"`
	// ShortName is the short name the policy defines for it ("Tealium").
	ShortName string `json:"short_name,omitempty"`
	// URL is the entity's site or a page the policy links for it.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
	// Description says what the policy says the entity is or does.
	Description string `json:"description,omitempty"`
}
