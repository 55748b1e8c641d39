package rights

import "github.com/openpolicies/privacy/internal/vocab"

// Right is a right a person has over data about them. GDPR, CCPA and older
// national laws name overlapping rights; one code covers each idea, and the law
// that grants it is said where the right is stated.
type Right string

// The right codes.
const (
	// RightAccess is "access": Obtain confirmation that data is processed, and a copy of it with information about the processing; under the CCPA, the right to know.
	RightAccess Right = "access"
	// RightConfirmation is "confirmation": Obtain confirmation whether personal data about the person exists or is processed.
	RightConfirmation Right = "confirmation"
	// RightKnowSource is "know-source": Learn where the data came from.
	RightKnowSource Right = "know-source"
	// RightRectification is "rectification": Have inaccurate data corrected and incomplete data completed or updated; under the CCPA, the right to correct.
	RightRectification Right = "rectification"
	// RightErasure is "erasure": Have data deleted; under the CCPA, the right to delete.
	RightErasure Right = "erasure"
	// RightAnonymisation is "anonymisation": Have data converted into anonymous form.
	RightAnonymisation Right = "anonymisation"
	// RightRestriction is "restriction": Have processing restricted or the data blocked.
	RightRestriction Right = "restriction"
	// RightPortability is "portability": Receive data in a structured, machine-readable format and have it sent to another controller.
	RightPortability Right = "portability"
	// RightObjection is "objection": Object to processing, for legitimate reasons or to direct marketing.
	RightObjection Right = "objection"
	// RightAutomatedDecisions is "automated-decisions": Not be subject to decisions based solely on automated processing, including profiling.
	RightAutomatedDecisions Right = "automated-decisions"
	// RightWithdrawConsent is "withdraw-consent": Withdraw consent at any time without affecting earlier processing.
	RightWithdrawConsent Right = "withdraw-consent"
	// RightComplaintToController is "complaint-to-controller": Complain to the organisation or its data protection officer about how it handles data.
	RightComplaintToController Right = "complaint-to-controller"
	// RightComplaint is "complaint": Lodge a complaint with a supervisory authority.
	RightComplaint Right = "complaint"
	// RightOptOutSale is "opt-out-sale": Direct a business not to sell personal information.
	RightOptOutSale Right = "opt-out-sale"
	// RightOptOutSharing is "opt-out-sharing": Direct a business not to share personal information for cross-context behavioural advertising.
	RightOptOutSharing Right = "opt-out-sharing"
	// RightOptOutTargetedAdvertising is "opt-out-targeted-advertising": Opt out of the processing of personal data for targeted advertising (US state privacy laws such as Va. Code §59.1-577(A)(5)).
	RightOptOutTargetedAdvertising Right = "opt-out-targeted-advertising"
	// RightOptOutProfiling is "opt-out-profiling": Opt out of profiling in furtherance of decisions that produce legal or similarly significant effects (US state privacy laws).
	RightOptOutProfiling Right = "opt-out-profiling"
	// RightLimitSensitive is "limit-sensitive": Limit the use and disclosure of sensitive personal information.
	RightLimitSensitive Right = "limit-sensitive"
	// RightNonDiscrimination is "non-discrimination": Not be discriminated against for exercising privacy rights.
	RightNonDiscrimination Right = "non-discrimination"
	// RightAppeal is "appeal": Appeal a refusal to act on a rights request, and be told the result and how to complain to the attorney general (US state privacy laws).
	RightAppeal Right = "appeal"
	// RightKnowCategories is "know-categories": Learn the categories of personal information collected, their sources, purposes and the categories of third parties that receive them (CCPA §1798.110(a)(1)-(4)).
	RightKnowCategories Right = "know-categories"
	// RightKnowSpecificPieces is "know-specific-pieces": Obtain the specific pieces of personal information collected (CCPA §1798.110(a)(5)).
	RightKnowSpecificPieces Right = "know-specific-pieces"
	// RightKnowThirdParties is "know-third-parties": Obtain a list of the specific third parties to which personal data was disclosed (Oregon, Delaware and other state laws).
	RightKnowThirdParties Right = "know-third-parties"
	// RightDirectMarketingDisclosure is "direct-marketing-disclosure": Learn which categories of data were disclosed to which third parties for their direct marketing (California "Shine the Light").
	RightDirectMarketingDisclosure Right = "direct-marketing-disclosure"
	// RightOptOutMarketing is "opt-out-marketing": Opt out of the sharing of data for marketing purposes.
	RightOptOutMarketing Right = "opt-out-marketing"
	// RightDeactivateAccount is "deactivate-account": Deactivate or close an account with the organisation.
	RightDeactivateAccount Right = "deactivate-account"
	// RightSafeguardsCopy is "safeguards-copy": Obtain a copy of, or information on, the safeguards for transfers to third countries (GDPR Art. 13(1)(f), 14(1)(f)).
	RightSafeguardsCopy Right = "safeguards-copy"
)

var rightList = vocab.New[Right]("right", true, term, []Definition{
	{Code: string(RightAccess), Title: "Access", Description: "Obtain confirmation that data is processed, and a copy of it with information about the processing; under the CCPA, the right to know.", GDPR: "Art. 15", CCPA: "§1798.110", DPV: dpvRights + "A15"},
	{Code: string(RightConfirmation), Title: "Confirmation of processing", Description: "Obtain confirmation whether personal data about the person exists or is processed.", Parent: string(RightAccess), GDPR: "Art. 15(1)"},
	{Code: string(RightKnowSource), Title: "Know the origin", Description: "Learn where the data came from.", Parent: string(RightAccess), GDPR: "Art. 15(1)(g)"},
	{Code: string(RightRectification), Title: "Rectification", Description: "Have inaccurate data corrected and incomplete data completed or updated; under the CCPA, the right to correct.", GDPR: "Art. 16", CCPA: "§1798.106", DPV: dpvRights + "A16"},
	{Code: string(RightErasure), Title: "Erasure", Description: "Have data deleted; under the CCPA, the right to delete.", GDPR: "Art. 17", CCPA: "§1798.105", DPV: dpvRights + "A17"},
	{Code: string(RightAnonymisation), Title: "Anonymisation", Description: "Have data converted into anonymous form."},
	{Code: string(RightRestriction), Title: "Restriction or blocking", Description: "Have processing restricted or the data blocked.", GDPR: "Art. 18", DPV: dpvRights + "A18"},
	{Code: string(RightPortability), Title: "Data portability", Description: "Receive data in a structured, machine-readable format and have it sent to another controller.", GDPR: "Art. 20", DPV: dpvRights + "A20"},
	{Code: string(RightObjection), Title: "Objection", Description: "Object to processing, for legitimate reasons or to direct marketing.", GDPR: "Art. 21", DPV: dpvRights + "A21"},
	{Code: string(RightAutomatedDecisions), Title: "Automated decisions", Description: "Not be subject to decisions based solely on automated processing, including profiling.", GDPR: "Art. 22", DPV: dpvRights + "A22"},
	{Code: string(RightWithdrawConsent), Title: "Withdraw consent", Description: "Withdraw consent at any time without affecting earlier processing.", GDPR: "Art. 7(3)", DPV: dpvRights + "A7-3"},
	{Code: string(RightComplaintToController), Title: "Complaint to the organisation", Description: "Complain to the organisation or its data protection officer about how it handles data."},
	{Code: string(RightComplaint), Title: "Complaint to an authority", Description: "Lodge a complaint with a supervisory authority.", GDPR: "Art. 77", DPV: dpvRights + "A77"},
	{Code: string(RightOptOutSale), Title: "Opt out of sale", Description: "Direct a business not to sell personal information.", CCPA: "§1798.120"},
	{Code: string(RightOptOutSharing), Title: "Opt out of sharing", Description: "Direct a business not to share personal information for cross-context behavioural advertising.", CCPA: "§1798.120"},
	{Code: string(RightOptOutTargetedAdvertising), Title: "Opt out of targeted advertising", Description: "Opt out of the processing of personal data for targeted advertising (US state privacy laws such as Va. Code §59.1-577(A)(5))."},
	{Code: string(RightOptOutProfiling), Title: "Opt out of profiling", Description: "Opt out of profiling in furtherance of decisions that produce legal or similarly significant effects (US state privacy laws)."},
	{Code: string(RightLimitSensitive), Title: "Limit use of sensitive information", Description: "Limit the use and disclosure of sensitive personal information.", CCPA: "§1798.121"},
	{Code: string(RightNonDiscrimination), Title: "Non-discrimination", Description: "Not be discriminated against for exercising privacy rights.", CCPA: "§1798.125"},
	{Code: string(RightAppeal), Title: "Appeal", Description: "Appeal a refusal to act on a rights request, and be told the result and how to complain to the attorney general (US state privacy laws)."},
	{Code: string(RightKnowCategories), Title: "Know the categories", Description: "Learn the categories of personal information collected, their sources, purposes and the categories of third parties that receive them (CCPA §1798.110(a)(1)-(4)).", Parent: string(RightAccess), CCPA: "§1798.110(a)"},
	{Code: string(RightKnowSpecificPieces), Title: "Know the specific pieces", Description: "Obtain the specific pieces of personal information collected (CCPA §1798.110(a)(5)).", Parent: string(RightAccess), CCPA: "§1798.110(a)(5)"},
	{Code: string(RightKnowThirdParties), Title: "Know the specific third parties", Description: "Obtain a list of the specific third parties to which personal data was disclosed (Oregon, Delaware and other state laws).", Parent: string(RightAccess)},
	{Code: string(RightDirectMarketingDisclosure), Title: "Disclosure of direct-marketing sharing", Description: "Learn which categories of data were disclosed to which third parties for their direct marketing (California \"Shine the Light\").", CCPA: "§1798.83"},
	{Code: string(RightOptOutMarketing), Title: "Opt out of marketing sharing", Description: "Opt out of the sharing of data for marketing purposes."},
	{Code: string(RightDeactivateAccount), Title: "Deactivate the account", Description: "Deactivate or close an account with the organisation."},
	{Code: string(RightSafeguardsCopy), Title: "Copy of transfer safeguards", Description: "Obtain a copy of, or information on, the safeguards for transfers to third countries (GDPR Art. 13(1)(f), 14(1)(f)).", GDPR: "Art. 13(1)(f)"},
})

// RightDefinitions returns the definitions of every right code in a fixed order.
func RightDefinitions() []Definition { return rightList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r Right) Definition() (def Definition, ok bool) { return rightList.Lookup(r) }

// Known reports whether r is defined in the registry.
func (r Right) Known() bool { return rightList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r Right) Valid() bool { return rightList.Valid(r) }

// Ancestors returns the more general codes of r, nearest first.
func (r Right) Ancestors() []Right { return rightList.Ancestors(r) }
