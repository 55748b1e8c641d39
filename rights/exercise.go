package rights

// Channel is one way to send a rights request.
type Channel struct {
	// Kind is the kind of channel.
	Kind ChannelKind `json:"kind" validate:"required,code"`
	// Contact is the ID of the policy's contact point to use.
	Contact string `json:"contact,omitempty" ref:"contact"`
	// URL is the page, form or portal to use.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
	// Name is the department, section or tool as the policy names it ("health
	// information management department", "Settings").
	Name string `json:"name,omitempty"`
}

// Verification says how a requester's identity is checked.
type Verification struct {
	// Description is the check in the policy's words.
	Description string `json:"description" validate:"required"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// Frequency limits how often a right may be exercised: Times per Per.
type Frequency struct {
	// Times is how many requests are allowed in each period.
	Times int `json:"times" validate:"required,min=1"`
	// Per is the period.
	Per Period `json:"per" validate:"required,code"`
}
