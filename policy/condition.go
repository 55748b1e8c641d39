package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Condition is a circumstance under which a disclosure happens or a limit
// the policy puts on it.
type Condition string

// The disclosure condition codes.
const (
	// ConditionWithConsent is "with-consent": Only with the person's consent, permission or authorisation.
	ConditionWithConsent Condition = "with-consent"
	// ConditionUnlessOptedOut is "unless-opted-out": Unless the person opted out.
	ConditionUnlessOptedOut Condition = "unless-opted-out"
	// ConditionAfterPurchase is "after-purchase": Only for people who bought a product.
	ConditionAfterPurchase Condition = "after-purchase"
	// ConditionRequiredByLaw is "required-by-law": When law, legal process, a court order or a government request requires it.
	ConditionRequiredByLaw Condition = "required-by-law"
	// ConditionWithCourtOrder is "with-court-order": Only on a court order, warrant or subpoena.
	ConditionWithCourtOrder Condition = "with-court-order"
	// ConditionLegallyPermitted is "legally-permitted": When the law permits the disclosure, though it does not require it.
	ConditionLegallyPermitted Condition = "legally-permitted"
	// ConditionGoodFaithBelief is "good-faith-belief": When the organisation believes in good faith that it is necessary.
	ConditionGoodFaithBelief Condition = "good-faith-belief"
	// ConditionProtectRights is "protect-rights": To protect the rights, property or safety of the organisation, its users or others.
	ConditionProtectRights Condition = "protect-rights"
	// ConditionFraudPrevention is "fraud-prevention": To detect, prevent or investigate fraud or other crime.
	ConditionFraudPrevention Condition = "fraud-prevention"
	// ConditionEmergency is "emergency": In an emergency, to protect someone's life, health or safety.
	ConditionEmergency Condition = "emergency"
	// ConditionCorporateTransaction is "corporate-transaction": In a merger, sale of assets, bankruptcy or similar event.
	ConditionCorporateTransaction Condition = "corporate-transaction"
	// ConditionAggregated is "aggregated": Only as aggregate statistics.
	ConditionAggregated Condition = "aggregated"
	// ConditionDeIdentified is "de-identified": Only in a form that does not identify the person.
	ConditionDeIdentified Condition = "de-identified"
	// ConditionPseudonymised is "pseudonymised": Only in pseudonymised form: the recipient cannot attribute the data to the person without information kept separately.
	ConditionPseudonymised Condition = "pseudonymised"
	// ConditionContractualSafeguards is "contractual-safeguards": The recipient has agreed by contract to safeguard the data or keep it confidential.
	ConditionContractualSafeguards Condition = "contractual-safeguards"
	// ConditionPurposeLimited is "purpose-limited": The recipient may use the data only to perform its service for the organisation.
	ConditionPurposeLimited Condition = "purpose-limited"
	// ConditionNeedToKnow is "need-to-know": Only to those who need the data to respond or act.
	ConditionNeedToKnow Condition = "need-to-know"
	// ConditionNoticeOfPrivacyPractices is "notice-of-privacy-practices": Protected health information is disclosed only as the HIPAA notice of privacy practices allows.
	ConditionNoticeOfPrivacyPractices Condition = "notice-of-privacy-practices"
	// ConditionWithOrWithoutNotice is "with-or-without-notice": The person may or may not be told of the disclosure.
	ConditionWithOrWithoutNotice Condition = "with-or-without-notice"
	// ConditionProvidedPurpose is "provided-purpose": To fulfil the purpose for which the person provided the data.
	ConditionProvidedPurpose Condition = "provided-purpose"
	// ConditionDisclosedPurpose is "disclosed-purpose": For another purpose the organisation disclosed when the person provided the data.
	ConditionDisclosedPurpose Condition = "disclosed-purpose"
)

var conditionList = vocab.New[Condition]("disclosure condition", true, term, []category.Definition{
	{Code: string(ConditionWithConsent), Title: "With consent", Description: "Only with the person's consent, permission or authorisation."},
	{Code: string(ConditionUnlessOptedOut), Title: "Unless opted out", Description: "Unless the person opted out."},
	{Code: string(ConditionAfterPurchase), Title: "After a purchase", Description: "Only for people who bought a product."},
	{Code: string(ConditionRequiredByLaw), Title: "Required by law", Description: "When law, legal process, a court order or a government request requires it."},
	{Code: string(ConditionWithCourtOrder), Title: "With a court order", Description: "Only on a court order, warrant or subpoena.", Parent: string(ConditionRequiredByLaw)},
	{Code: string(ConditionLegallyPermitted), Title: "Where the law permits", Description: "When the law permits the disclosure, though it does not require it."},
	{Code: string(ConditionGoodFaithBelief), Title: "Good-faith belief", Description: "When the organisation believes in good faith that it is necessary."},
	{Code: string(ConditionProtectRights), Title: "To protect rights and safety", Description: "To protect the rights, property or safety of the organisation, its users or others."},
	{Code: string(ConditionFraudPrevention), Title: "To prevent fraud", Description: "To detect, prevent or investigate fraud or other crime."},
	{Code: string(ConditionEmergency), Title: "In an emergency", Description: "In an emergency, to protect someone's life, health or safety."},
	{Code: string(ConditionCorporateTransaction), Title: "Corporate transaction", Description: "In a merger, sale of assets, bankruptcy or similar event."},
	{Code: string(ConditionAggregated), Title: "Aggregated only", Description: "Only as aggregate statistics."},
	{Code: string(ConditionDeIdentified), Title: "De-identified only", Description: "Only in a form that does not identify the person."},
	{Code: string(ConditionPseudonymised), Title: "Pseudonymised only", Description: "Only in pseudonymised form: the recipient cannot attribute the data to the person without information kept separately."},
	{Code: string(ConditionContractualSafeguards), Title: "Contractual safeguards", Description: "The recipient has agreed by contract to safeguard the data or keep it confidential."},
	{Code: string(ConditionPurposeLimited), Title: "Limited to the service", Description: "The recipient may use the data only to perform its service for the organisation."},
	{Code: string(ConditionNeedToKnow), Title: "Need to know", Description: "Only to those who need the data to respond or act."},
	{Code: string(ConditionNoticeOfPrivacyPractices), Title: "Under the notice of privacy practices", Description: "Protected health information is disclosed only as the HIPAA notice of privacy practices allows."},
	{Code: string(ConditionWithOrWithoutNotice), Title: "With or without notice", Description: "The person may or may not be told of the disclosure."},
	{Code: string(ConditionProvidedPurpose), Title: "For the purpose it was provided for", Description: "To fulfil the purpose for which the person provided the data."},
	{Code: string(ConditionDisclosedPurpose), Title: "For a purpose disclosed at collection", Description: "For another purpose the organisation disclosed when the person provided the data."},
})

// ConditionDefinitions returns the definitions of every disclosure condition code in a fixed order.
func ConditionDefinitions() []category.Definition { return conditionList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c Condition) Definition() (def category.Definition, ok bool) { return conditionList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c Condition) Known() bool { return conditionList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c Condition) Valid() bool { return conditionList.Valid(c) }
