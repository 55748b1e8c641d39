package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// LawStatus says how a policy relates itself to a law.
type LawStatus string

// The law status codes.
const (
	// LawApplies is "applies": The policy says the law applies to the processing, or gives rights under it.
	LawApplies LawStatus = "applies"
	// LawComplies is "complies": The policy claims compliance with the law.
	LawComplies LawStatus = "complies"
	// LawExempt is "exempt": The policy says the organisation is exempt from the law.
	LawExempt LawStatus = "exempt"
	// LawReferenced is "referenced": The policy mentions the law without more.
	LawReferenced LawStatus = "referenced"
)

var lawStatusList = vocab.New[LawStatus]("law status", true, term, []category.Definition{
	{Code: string(LawApplies), Title: "Applies", Description: "The policy says the law applies to the processing, or gives rights under it."},
	{Code: string(LawComplies), Title: "Complies", Description: "The policy claims compliance with the law."},
	{Code: string(LawExempt), Title: "Exempt", Description: "The policy says the organisation is exempt from the law."},
	{Code: string(LawReferenced), Title: "Referenced", Description: "The policy mentions the law without more."},
})

// LawStatusDefinitions returns the definitions of every law status code in a fixed order.
func LawStatusDefinitions() []category.Definition { return lawStatusList.All() }

// Definition returns the registry definition of l; ok is false for extension and
// unknown codes.
func (l LawStatus) Definition() (def category.Definition, ok bool) { return lawStatusList.Lookup(l) }

// Known reports whether l is defined in the registry.
func (l LawStatus) Known() bool { return lawStatusList.Known(l) }

// Valid reports whether l is defined or is a well-formed "x-" extension code.
func (l LawStatus) Valid() bool { return lawStatusList.Valid(l) }
