package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Requirement says whether a person must provide data.
type Requirement string

// The requirement codes.
const (
	// RequirementRequired is "required": The data must be given to use the service or feature (statutory, contractual or practical requirement).
	RequirementRequired Requirement = "required"
	// RequirementConditional is "conditional": The data may be required in some cases only ("you may be required to provide financial information before placing an order"); the statement's description says when.
	RequirementConditional Requirement = "conditional"
	// RequirementOptional is "optional": Giving the data is voluntary; the person may decline.
	RequirementOptional Requirement = "optional"
	// RequirementNotStated is "not-stated": The policy does not say.
	RequirementNotStated Requirement = "not-stated"
)

var requirementList = vocab.New[Requirement]("requirement", true, term, []category.Definition{
	{Code: string(RequirementRequired), Title: "Required", Description: "The data must be given to use the service or feature (statutory, contractual or practical requirement)."},
	{Code: string(RequirementConditional), Title: "Conditionally required", Description: "The data may be required in some cases only (\"you may be required to provide financial information before placing an order\"); the statement's description says when."},
	{Code: string(RequirementOptional), Title: "Optional", Description: "Giving the data is voluntary; the person may decline."},
	{Code: string(RequirementNotStated), Title: "Not stated", Description: "The policy does not say."},
})

// RequirementDefinitions returns the definitions of every requirement code in a fixed order.
func RequirementDefinitions() []category.Definition { return requirementList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r Requirement) Definition() (def category.Definition, ok bool) {
	return requirementList.Lookup(r)
}

// Known reports whether r is defined in the registry.
func (r Requirement) Known() bool { return requirementList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r Requirement) Valid() bool { return requirementList.Valid(r) }
