package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Basis is a lawful basis for processing under GDPR Art. 6(1) and the laws
// modelled on it (UK GDPR, and the bases other laws accept).
type Basis string

// The legal basis codes.
const (
	// BasisConsent is "consent": The person has given consent (Art. 6(1)(a)).
	BasisConsent Basis = "consent"
	// BasisContract is "contract": Necessary to perform a contract with the person or to provide the service they asked for, or to take steps at their request before one (Art. 6(1)(b)).
	BasisContract Basis = "contract"
	// BasisLegalObligation is "legal-obligation": Necessary to comply with a legal obligation (Art. 6(1)(c)).
	BasisLegalObligation Basis = "legal-obligation"
	// BasisVitalInterests is "vital-interests": Necessary to protect someone's life (Art. 6(1)(d)).
	BasisVitalInterests Basis = "vital-interests"
	// BasisPublicTask is "public-task": Necessary for a task in the public interest or in official authority (Art. 6(1)(e)).
	BasisPublicTask Basis = "public-task"
	// BasisLegitimateInterests is "legitimate-interests": Necessary for legitimate interests the statement must name, unless the person's rights override them (Art. 6(1)(f)).
	BasisLegitimateInterests Basis = "legitimate-interests"
)

var basisList = vocab.New[Basis]("legal basis", false, term, []category.Definition{
	{Code: string(BasisConsent), Title: "Consent", Description: "The person has given consent (Art. 6(1)(a)).", GDPR: "Art. 6(1)(a)", DPV: dpv + "Consent"},
	{Code: string(BasisContract), Title: "Contract or service", Description: "Necessary to perform a contract with the person or to provide the service they asked for, or to take steps at their request before one (Art. 6(1)(b)).", GDPR: "Art. 6(1)(b)", DPV: dpv + "Contract"},
	{Code: string(BasisLegalObligation), Title: "Legal obligation", Description: "Necessary to comply with a legal obligation (Art. 6(1)(c)).", GDPR: "Art. 6(1)(c)", DPV: dpv + "LegalObligation"},
	{Code: string(BasisVitalInterests), Title: "Vital interests", Description: "Necessary to protect someone's life (Art. 6(1)(d)).", GDPR: "Art. 6(1)(d)", DPV: dpv + "VitalInterest"},
	{Code: string(BasisPublicTask), Title: "Public task", Description: "Necessary for a task in the public interest or in official authority (Art. 6(1)(e)).", GDPR: "Art. 6(1)(e)", DPV: dpv + "PublicInterest"},
	{Code: string(BasisLegitimateInterests), Title: "Legitimate interests", Description: "Necessary for legitimate interests the statement must name, unless the person's rights override them (Art. 6(1)(f)).", GDPR: "Art. 6(1)(f)", DPV: dpv + "LegitimateInterest"},
})

// BasisDefinitions returns the definitions of every legal basis code in a fixed order.
func BasisDefinitions() []category.Definition { return basisList.All() }

// Definition returns the registry definition of b; ok is false for extension and
// unknown codes.
func (b Basis) Definition() (def category.Definition, ok bool) { return basisList.Lookup(b) }

// Known reports whether b is defined in the registry.
func (b Basis) Known() bool { return basisList.Known(b) }

// Valid reports whether b is defined in the registry (this list takes no
// extension codes).
func (b Basis) Valid() bool { return basisList.Valid(b) }
