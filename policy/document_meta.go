package policy

import "github.com/openpolicies/privacy/jurisdiction"

// DefinedTerm is a term the policy defines ("Services", "Personal Information",
// "Vodafone Group").
type DefinedTerm struct {
	// Term is the term as the policy writes it.
	Term string `json:"term" validate:"required"`
	// Definition is the definition in the policy's words.
	Definition string `json:"definition" validate:"required"`
	// Refers are IDs of the statements the term stands for (the services,
	// controllers or subjects it names), where the model has them; each must be
	// the ID of a statement of any section.
	Refers []string `json:"refers,omitempty" ref:"*"`
}

// Version is one entry of the version history a policy publishes.
type Version struct {
	// Version is the version label ("2.3").
	Version string `json:"version,omitempty"`
	// Date is when the version was published or took effect (YYYY, YYYY-MM or
	// YYYY-MM-DD).
	Date string `json:"date,omitempty" validate:"omitempty,date"`
	// Changes says what the version changed, in the policy's words.
	Changes string `json:"changes,omitempty"`
}

// Identifier is an organisation's number in a public register or scheme.
type Identifier struct {
	// Scheme is the register or scheme.
	Scheme IdentifierScheme `json:"scheme" validate:"required,code"`
	// Value is the identifier as the policy writes it ("38049488").
	Value string `json:"value" validate:"required"`
	// Jurisdiction is the country or region of the register.
	Jurisdiction jurisdiction.Code `json:"jurisdiction,omitempty" validate:"omitempty,code"`
	// Register names the register as the policy does ("Central Business Register").
	Register string `json:"register,omitempty"`
}
