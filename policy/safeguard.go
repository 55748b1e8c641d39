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
	// SafeguardNotNeeded is "not-needed": No transfer mechanism is needed, for example because the data stays within the EEA.
	SafeguardNotNeeded Safeguard = "not-needed"
	// SafeguardOther is "other": A safeguard the policy names that no other code covers.
	SafeguardOther Safeguard = "other"
	// SafeguardNotStated is "not-stated": The policy states no safeguard.
	SafeguardNotStated Safeguard = "not-stated"
	// SafeguardDerogationConsent is "derogation-consent": The person has consented to the transfer (GDPR Art. 49(1)(a)).
	SafeguardDerogationConsent Safeguard = "derogation-consent"
	// SafeguardDerogationContract is "derogation-contract": The transfer is necessary for the performance of a contract (GDPR Art. 49(1)(b), (c)).
	SafeguardDerogationContract Safeguard = "derogation-contract"
	// SafeguardDerogationLegalClaims is "derogation-legal-claims": The transfer is necessary for legal claims or proceedings (GDPR Art. 49(1)(e)).
	SafeguardDerogationLegalClaims Safeguard = "derogation-legal-claims"
)

var safeguardList = vocab.New[Safeguard]("transfer safeguard", true, term, []category.Definition{
	{Code: string(SafeguardAdequacyDecision), Title: "Adequacy decision", Description: "The destination has an adequacy decision (GDPR Art. 45).", GDPR: "Art. 45", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A45-3"},
	{Code: string(SafeguardStandardContractualClauses), Title: "Standard contractual clauses", Description: "Standard data protection clauses (GDPR Art. 46(2)(c)).", GDPR: "Art. 46(2)(c)", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A46-2-c"},
	{Code: string(SafeguardBindingCorporateRules), Title: "Binding corporate rules", Description: "Binding corporate rules (GDPR Art. 47).", GDPR: "Art. 47", DPV: "https://w3id.org/dpv/legal/eu/gdpr#A46-2-b"},
	{Code: string(SafeguardDataPrivacyFramework), Title: "EU-US Data Privacy Framework", Description: "Certification under the EU-US Data Privacy Framework (and its UK and Swiss extensions).", GDPR: "Art. 45"},
	{Code: string(SafeguardDerogation), Title: "Derogation", Description: "A specific situation of GDPR Art. 49, such as explicit consent.", GDPR: "Art. 49"},
	{Code: string(SafeguardAppropriateSafeguards), Title: "Appropriate safeguards (unnamed)", Description: "The policy promises appropriate safeguards without naming them.", GDPR: "Art. 46"},
	{Code: string(SafeguardNotNeeded), Title: "No safeguard needed", Description: "No transfer mechanism is needed, for example because the data stays within the EEA."},
	{Code: string(SafeguardOther), Title: "Other safeguard", Description: "A safeguard the policy names that no other code covers."},
	{Code: string(SafeguardNotStated), Title: "Not stated", Description: "The policy states no safeguard."},
	{Code: string(SafeguardDerogationConsent), Title: "Derogation: consent", Description: "The person has consented to the transfer (GDPR Art. 49(1)(a)).", Parent: string(SafeguardDerogation), GDPR: "Art. 49(1)(a)"},
	{Code: string(SafeguardDerogationContract), Title: "Derogation: contract", Description: "The transfer is necessary for the performance of a contract (GDPR Art. 49(1)(b), (c)).", Parent: string(SafeguardDerogation), GDPR: "Art. 49(1)(b)"},
	{Code: string(SafeguardDerogationLegalClaims), Title: "Derogation: legal claims", Description: "The transfer is necessary for legal claims or proceedings (GDPR Art. 49(1)(e)).", Parent: string(SafeguardDerogation), GDPR: "Art. 49(1)(e)"},
})

// SafeguardDefinitions returns the definitions of every transfer safeguard code in a fixed order.
func SafeguardDefinitions() []category.Definition { return safeguardList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s Safeguard) Definition() (def category.Definition, ok bool) { return safeguardList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s Safeguard) Known() bool { return safeguardList.Known(s) }

// Valid reports whether s is defined or is a well-formed "x-" extension code.
func (s Safeguard) Valid() bool { return safeguardList.Valid(s) }
