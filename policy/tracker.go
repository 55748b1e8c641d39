package policy

import "github.com/openpolicies/privacy/category"

// Tracker is a cookie, pixel, session recorder or similar technology.
type Tracker struct {
	Statement
	// Name is the tracker's name as the policy writes it.
	Name string `json:"name,omitempty"`
	// Kind is the technology.
	Kind category.TrackerKind `json:"kind" validate:"required,code"`
	// Party says who sets it; empty when not stated.
	Party TrackerParty `json:"party,omitempty" validate:"omitempty,code"`
	// Provider is the named provider of the technology.
	Provider *Entity `json:"provider,omitempty"`
	// Recipient is the ID of the recipient statement for the provider.
	Recipient string `json:"recipient,omitempty" ref:"recipient"`
	// Class is the consent class of the tracker; empty when not stated.
	Class category.TrackerClass `json:"class,omitempty" validate:"omitempty,code"`
	// Lifespan is how long it lasts; nil when not stated.
	Lifespan *Lifespan `json:"lifespan,omitempty"`
	// Data are categories of data it collects.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Purposes are IDs of the purposes it serves.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Choices are IDs of the choices that control it.
	Choices []string `json:"choices,omitempty" ref:"choice"`
}

// Lifespan is how long a tracker lasts; Duration is required for kind duration
// and empty otherwise.
type Lifespan struct {
	// Kind is the kind of lifespan.
	Kind LifespanKind `json:"kind" validate:"required,code"`
	// Duration is an ISO 8601 duration ("P6M"), for kind duration.
	Duration string `json:"duration,omitempty" validate:"omitempty,duration"`
	// Bound says whether Duration is exact or a bound ("up to 2 years"); empty
	// means exact. For kind duration.
	Bound Bound `json:"bound,omitempty" validate:"omitempty,code"`
}
