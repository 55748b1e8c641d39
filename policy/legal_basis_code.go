package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// LegalBasis is a lawful basis for processing under GDPR Art. 6(1) and the laws
// modelled on it (UK GDPR, and the bases other laws accept).
type LegalBasis string

// The legal basis codes.
const (
	// BasisConsent is "consent": The person has given consent (Art. 6(1)(a)).
	BasisConsent LegalBasis = "consent"
	// BasisContract is "contract": Necessary to perform a contract with the person or to provide the service they asked for, or to take steps at their request before one (Art. 6(1)(b)).
	BasisContract LegalBasis = "contract"
	// BasisLegalObligation is "legal-obligation": Necessary to comply with a legal obligation (Art. 6(1)(c)).
	BasisLegalObligation LegalBasis = "legal-obligation"
	// BasisVitalInterests is "vital-interests": Necessary to protect someone's life (Art. 6(1)(d)).
	BasisVitalInterests LegalBasis = "vital-interests"
	// BasisPublicTask is "public-task": Necessary for a task in the public interest or in official authority (Art. 6(1)(e)).
	BasisPublicTask LegalBasis = "public-task"
	// BasisLegitimateInterests is "legitimate-interests": Necessary for legitimate interests the statement must name, unless the person's rights override them (Art. 6(1)(f)).
	BasisLegitimateInterests LegalBasis = "legitimate-interests"
)

var legalBasisList = vocab.New[LegalBasis]("legal basis", false, term, []category.Definition{
	{Code: string(BasisConsent), Title: "Consent", Description: "The person has given consent (Art. 6(1)(a)).", GDPR: "Art. 6(1)(a)", DPV: dpv + "Consent"},
	{Code: string(BasisContract), Title: "Contract or service", Description: "Necessary to perform a contract with the person or to provide the service they asked for, or to take steps at their request before one (Art. 6(1)(b)).", GDPR: "Art. 6(1)(b)", DPV: dpv + "Contract"},
	{Code: string(BasisLegalObligation), Title: "Legal obligation", Description: "Necessary to comply with a legal obligation (Art. 6(1)(c)).", GDPR: "Art. 6(1)(c)", DPV: dpv + "LegalObligation"},
	{Code: string(BasisVitalInterests), Title: "Vital interests", Description: "Necessary to protect someone's life (Art. 6(1)(d)).", GDPR: "Art. 6(1)(d)", DPV: dpv + "VitalInterest"},
	{Code: string(BasisPublicTask), Title: "Public task", Description: "Necessary for a task in the public interest or in official authority (Art. 6(1)(e)).", GDPR: "Art. 6(1)(e)", DPV: dpv + "PublicInterest"},
	{Code: string(BasisLegitimateInterests), Title: "Legitimate interests", Description: "Necessary for legitimate interests the statement must name, unless the person's rights override them (Art. 6(1)(f)).", GDPR: "Art. 6(1)(f)", DPV: dpv + "LegitimateInterest"},
})

// LegalBasisDefinitions returns the definitions of every legal basis code in a fixed order.
func LegalBasisDefinitions() []category.Definition { return legalBasisList.All() }

// Definition returns the registry definition of l; ok is false for extension and
// unknown codes.
func (l LegalBasis) Definition() (def category.Definition, ok bool) { return legalBasisList.Lookup(l) }

// Known reports whether l is defined in the registry.
func (l LegalBasis) Known() bool { return legalBasisList.Known(l) }

// Valid reports whether l is defined in the registry (this list takes no
// extension codes).
func (l LegalBasis) Valid() bool { return legalBasisList.Valid(l) }
