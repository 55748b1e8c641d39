package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Measure is a security measure the policy states.
type Measure struct {
	Statement
	// Kind is the kind of measure.
	Kind MeasureKind `json:"kind" validate:"required,code"`
	// Technology names the technology used ("Secure Sockets Layer (SSL)").
	Technology string `json:"technology,omitempty"`
	// Data are categories of data the measure protects.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
}

// Disclaimer is a limit the organisation puts on its responsibility.
type Disclaimer struct {
	Statement
	// Kind is the kind of disclaimer.
	Kind DisclaimerKind `json:"kind" validate:"required,code"`
}

// Signal says how the services respond to a browser privacy signal.
type Signal struct {
	Statement
	// Signal is the privacy signal.
	Signal SignalKind `json:"signal" validate:"required,code"`
	// Response is how the services respond to it.
	Response Response `json:"response" validate:"required,code"`
}

// Changes says how changes to the policy are announced and take effect.
type Changes struct {
	Statement
	// Notices are the ways changes are announced.
	Notices []ChangeNotice `json:"notices,omitempty" validate:"dive"`
	// Effect says when changes take effect.
	Effect Effect `json:"effect,omitempty" validate:"omitempty,code"`
	// ReviewEncouraged is true when the policy asks readers to review it periodically.
	ReviewEncouraged bool `json:"review_encouraged,omitempty"`
	// Reasons are why the policy may change, in its words.
	Reasons string `json:"reasons,omitempty"`
	// Part is the part of the policy that Effect, ReviewEncouraged and Reasons
	// concern, as the policy names it ("Cookie Policy"), when the policy says
	// them of that part only; empty when they concern the whole policy.
	Part string `json:"part,omitempty"`
}

// ChangeNotice is one way a change is announced.
type ChangeNotice struct {
	// Methods are the ways the notice is given.
	Methods []NoticeMethod `json:"methods" validate:"required,min=1,dive,code"`
	// Trigger is the kind of change that is announced.
	Trigger Trigger `json:"trigger" validate:"required,code"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// LawStatement relates the policy to a law: it applies, it is complied with, or
// the organisation is exempt from it. It names a law, or only the jurisdictions
// whose legislation it means ("Italian and EU legislation").
type LawStatement struct {
	Statement
	// Law is the law; empty when the policy names only jurisdictions.
	Law jurisdiction.Law `json:"law,omitempty" validate:"omitempty,code"`
	// Jurisdictions are the jurisdictions whose law is meant.
	Jurisdictions []jurisdiction.Code `json:"jurisdictions,omitempty" validate:"dive,code"`
	// Status is how the policy relates to the law.
	Status LawStatus `json:"status" validate:"required,code"`
	// Reason says why, in the policy's words; required for exempt.
	Reason string `json:"reason,omitempty"`
}
