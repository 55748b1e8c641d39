package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Safeguard is what makes an international transfer lawful.
type Safeguard string

// The transfer safeguard codes.
const (
	// SafeguardAdequacyDecision is "adequacy-decision": The destination has an adequacy decision (GDPR Art. 45).
	SafeguardAdequacyDecision Safeguard = "adequacy-decision"
	// SafeguardStandardContractualClauses is "standard-contractual-clauses": Standard data protection clauses (GDPR Art. 46(2)(c)).
	SafeguardStandardContractualClauses Safeguard = "standard-contractual-clauses"
	// SafeguardBindingCorporateRules is "binding-corporate-rules": Binding corporate rules (GDPR Art. 47).
	SafeguardBindingCorporateRules Safeguard = "binding-corporate-rules"
	// SafeguardDataPrivacyFramework is "data-privacy-framework": Certification under the EU-US Data Privacy Framework (and its UK and Swiss extensions).
	SafeguardDataPrivacyFramework Safeguard = "data-privacy-framework"
	// SafeguardDerogation is "derogation": A specific situation of GDPR Art. 49, such as explicit consent.
	SafeguardDerogation Safeguard = "derogation"
	// SafeguardAppropriateSafeguards is "appropriate-safeguards": The policy promises appropriate safeguards without naming them.
	SafeguardAppropriateSafeguards Safeguard = "appropriate-safeguards"
	// SafeguardNotStated is "not-stated": The policy states no safeguard.
	SafeguardNotStated Safeguard = "not-stated"
)

var safeguardList = vocab.New[Safeguard]("transfer safeguard", false, term, []category.Definition{
	{Code: string(SafeguardAdequacyDecision), Title: "Adequacy decision", Description: "The destination has an adequacy decision (GDPR Art. 45).", GDPR: "Art. 45", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A45-3"},
	{Code: string(SafeguardStandardContractualClauses), Title: "Standard contractual clauses", Description: "Standard data protection clauses (GDPR Art. 46(2)(c)).", GDPR: "Art. 46(2)(c)", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A46-2-c"},
	{Code: string(SafeguardBindingCorporateRules), Title: "Binding corporate rules", Description: "Binding corporate rules (GDPR Art. 47).", GDPR: "Art. 47", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A46-2-b"},
	{Code: string(SafeguardDataPrivacyFramework), Title: "EU-US Data Privacy Framework", Description: "Certification under the EU-US Data Privacy Framework (and its UK and Swiss extensions).", GDPR: "Art. 45"},
	{Code: string(SafeguardDerogation), Title: "Derogation", Description: "A specific situation of GDPR Art. 49, such as explicit consent.", GDPR: "Art. 49"},
	{Code: string(SafeguardAppropriateSafeguards), Title: "Appropriate safeguards (unnamed)", Description: "The policy promises appropriate safeguards without naming them.", GDPR: "Art. 46"},
	{Code: string(SafeguardNotStated), Title: "Not stated", Description: "The policy states no safeguard."},
})

// SafeguardDefinitions returns the definitions of every transfer safeguard code in a fixed order.
func SafeguardDefinitions() []category.Definition { return safeguardList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s Safeguard) Definition() (def category.Definition, ok bool) { return safeguardList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s Safeguard) Known() bool { return safeguardList.Known(s) }

// Valid reports whether s is defined in the registry (this list takes no
// extension codes).
func (s Safeguard) Valid() bool { return safeguardList.Valid(s) }
