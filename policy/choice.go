package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Choice is a control a person has over their data: an opt-out, an opt-in, a
// setting, with how to use it and its limits.
type Choice struct {
	Statement
	// Kind is what the choice lets the person do.
	Kind ChoiceKind `json:"kind" validate:"required,code"`
	// Purposes are IDs of the purposes the choice controls.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Recipients are IDs of the disclosures the choice controls.
	Recipients []string `json:"recipients,omitempty" ref:"recipient"`
	// Trackers are IDs of the trackers the choice controls.
	Trackers []string `json:"trackers,omitempty" ref:"tracker"`
	// Data are categories of data the choice controls.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Mechanisms are the ways to make the choice.
	Mechanisms []Mechanism `json:"mechanisms" validate:"required,min=1,dive"`
	// Limits are what the choice does not cover.
	Limits []Limit `json:"limits,omitempty" validate:"dive"`
	// Consequences are what happens when the person makes the choice.
	Consequences []string `json:"consequences,omitempty" validate:"dive,required"`
}

// Mechanism is one way to make a choice. An sms-keyword mechanism needs Keyword;
// e-mail, postal-mail and phone mechanisms need Contact; industry-opt-out and
// preference-center mechanisms need a URL or a Name.
type Mechanism struct {
	// Kind is the kind of mechanism.
	Kind MechanismKind `json:"kind" validate:"required,code"`
	// Contact is the ID of the contact point to write to or call.
	Contact string `json:"contact,omitempty" ref:"contact"`
	// URL is the page to visit.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
	// Name is the page, setting or tool as the policy names it ("Limit Ad
	// Tracking", "Preference Center", "Network Advertising Initiative").
	Name string `json:"name,omitempty"`
	// Keyword is the text-message keyword ("STOP").
	Keyword string `json:"keyword,omitempty"`
	// Platform is the browser or operating system a setting belongs to ("iOS").
	Platform string `json:"platform,omitempty"`
	// Description says anything else the policy says about the mechanism.
	Description string `json:"description,omitempty"`
}

// Limit is something a choice or right does not cover, or a condition on it.
type Limit struct {
	// Kind is the kind of limit; empty when only Description says it.
	Kind LimitKind `json:"kind,omitempty" validate:"omitempty,code"`
	// Laws are the laws that set the limit or allow it.
	Laws []jurisdiction.Law `json:"laws,omitempty" validate:"dive,code"`
	// Description is the limit in the policy's words.
	Description string `json:"description" validate:"required"`
	// Purposes are IDs of purposes the choice does not reach.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Data are categories of data the choice does not reach.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
}
