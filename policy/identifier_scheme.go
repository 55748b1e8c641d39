package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// IdentifierScheme is the register or scheme an organisation identifier belongs to.
type IdentifierScheme string

// The organisation identifier scheme codes.
const (
	// SchemeCompanyRegister is "company-register": The number in a national company or business register (CVR, CRO, Companies House); the identifier's jurisdiction says which.
	SchemeCompanyRegister IdentifierScheme = "company-register"
	// SchemeVAT is "vat": A value-added-tax identification number.
	SchemeVAT IdentifierScheme = "vat"
	// SchemeLEI is "lei": An ISO 17442 Legal Entity Identifier.
	SchemeLEI IdentifierScheme = "lei"
	// SchemeDUNS is "duns": A Dun & Bradstreet D-U-N-S number.
	SchemeDUNS IdentifierScheme = "duns"
	// SchemeRegulatorRegister is "regulator-register": A number in a regulator's register of licensed or registered organisations.
	SchemeRegulatorRegister IdentifierScheme = "regulator-register"
)

var identifierSchemeList = vocab.New[IdentifierScheme]("organisation identifier scheme", true, term, []category.Definition{
	{Code: string(SchemeCompanyRegister), Title: "Company register number", Description: "The number in a national company or business register (CVR, CRO, Companies House); the identifier's jurisdiction says which."},
	{Code: string(SchemeVAT), Title: "VAT number", Description: "A value-added-tax identification number."},
	{Code: string(SchemeLEI), Title: "Legal Entity Identifier", Description: "An ISO 17442 Legal Entity Identifier."},
	{Code: string(SchemeDUNS), Title: "D-U-N-S number", Description: "A Dun & Bradstreet D-U-N-S number."},
	{Code: string(SchemeRegulatorRegister), Title: "Regulator's register", Description: "A number in a regulator's register of licensed or registered organisations."},
})

// IdentifierSchemeDefinitions returns the definitions of every organisation identifier scheme code in a fixed order.
func IdentifierSchemeDefinitions() []category.Definition { return identifierSchemeList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s IdentifierScheme) Definition() (def category.Definition, ok bool) {
	return identifierSchemeList.Lookup(s)
}

// Known reports whether s is defined in the registry.
func (s IdentifierScheme) Known() bool { return identifierSchemeList.Known(s) }

// Valid reports whether s is defined or is a well-formed "x-" extension code.
func (s IdentifierScheme) Valid() bool { return identifierSchemeList.Valid(s) }
