package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Recipient is a statement that data is disclosed to, shared with or accessed by
// a party, or, with Not, that it is not. A recipient is a [Party] with a role,
// the places it processes data and the transfer mechanism it relies on, so that
// a processor table (recipient, data, purpose, mechanism, location) is data.
type Recipient struct {
	Statement
	// Types are the kinds of recipient; a recipient may be of several kinds.
	Types []category.Recipient `json:"types" validate:"required,min=1,dive,code"`
	// Role is the recipient's role in the processing; empty when not stated.
	Role PartyRole `json:"role,omitempty" validate:"omitempty,code"`
	// Entities are the recipients the policy names; empty when it names none.
	Entities []Entity `json:"entities,omitempty" validate:"dive"`
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
	// SoldOrShared says the disclosure is a sale or sharing in the CCPA sense
	// without saying which, as the CCPA category tables of many policies do
	// ("sold or shared"); nil when not stated.
	SoldOrShared *bool `json:"sold_or_shared,omitempty"`
	// BusinessPurpose says whether the data is disclosed for a business purpose
	// in the CCPA sense (§1798.140(e)); nil when not stated.
	BusinessPurpose *bool `json:"business_purpose,omitempty"`
	// Locations are where the recipient processes or hosts the data.
	Locations []jurisdiction.Code `json:"locations,omitempty" validate:"dive,code"`
	// Safeguards are the transfer mechanisms the disclosure relies on, where the
	// recipient is outside the organisation's jurisdiction ("not-needed" inside it).
	Safeguards []Safeguard `json:"safeguards,omitempty" validate:"dive,code"`
	// Documents are IDs of documents that govern the recipient's use of the data,
	// such as its own privacy policy.
	Documents []string `json:"documents,omitempty" ref:"document"`
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
	// Identifiers are the entity's numbers in public registers.
	Identifiers []Identifier `json:"identifiers,omitempty" validate:"dive"`
	// Address is the entity's address, when the policy gives it.
	Address *contact.Address `json:"address,omitempty"`
}
