package jurisdiction

import "github.com/openpolicies/privacy/internal/vocab"

// Element is something a law requires a privacy notice to state.
type Element string

// The notice element codes.
const (
	// ElementControllerIdentity is "controller-identity": Who the controller is and how to reach it.
	ElementControllerIdentity Element = "controller-identity"
	// ElementDPOContact is "dpo-contact": The contact details of the data protection officer.
	ElementDPOContact Element = "dpo-contact"
	// ElementDataCategories is "data-categories": The categories of personal data collected.
	ElementDataCategories Element = "data-categories"
	// ElementSources is "sources": Where data not obtained from the person comes from.
	ElementSources Element = "sources"
	// ElementPurposes is "purposes": What the data is used for.
	ElementPurposes Element = "purposes"
	// ElementLegalBases is "legal-bases": The legal basis of each processing.
	ElementLegalBases Element = "legal-bases"
	// ElementLegitimateInterests is "legitimate-interests": The interests pursued where processing rests on them.
	ElementLegitimateInterests Element = "legitimate-interests"
	// ElementRecipients is "recipients": Recipients or categories of recipients.
	ElementRecipients Element = "recipients"
	// ElementTransfers is "transfers": Transfers abroad and their safeguards.
	ElementTransfers Element = "transfers"
	// ElementRetention is "retention": How long data is kept, or the criteria that decide it.
	ElementRetention Element = "retention"
	// ElementRights is "rights": The rights people have and how to exercise them.
	ElementRights Element = "rights"
	// ElementWithdrawConsent is "withdraw-consent": That consent can be withdrawn at any time.
	ElementWithdrawConsent Element = "withdraw-consent"
	// ElementComplaint is "complaint": The right to complain to a supervisory authority.
	ElementComplaint Element = "complaint"
	// ElementRequiredData is "required-data": Whether giving the data is required, and what happens if it is not given.
	ElementRequiredData Element = "required-data"
	// ElementAutomatedDecisions is "automated-decisions": Automated decision-making and profiling, with its logic and consequences.
	ElementAutomatedDecisions Element = "automated-decisions"
	// ElementSaleSharing is "sale-sharing": Whether data is sold or shared, with the right to opt out.
	ElementSaleSharing Element = "sale-sharing"
	// ElementDoNotTrack is "do-not-track": How the site responds to Do Not Track signals.
	ElementDoNotTrack Element = "do-not-track"
	// ElementChanges is "changes": How changes to the notice are announced.
	ElementChanges Element = "changes"
	// ElementEffectiveDate is "effective-date": When the notice took effect or was last updated.
	ElementEffectiveDate Element = "effective-date"
	// ElementChildren is "children": How data from children is handled.
	ElementChildren Element = "children"
	// ElementTrackers is "trackers": Which cookies and similar technologies are used and why.
	ElementTrackers Element = "trackers"
)

var elementList = vocab.New[Element]("notice element", false, jurisdictionTerm, []Definition{
	{Code: string(ElementControllerIdentity), Title: "Controller identity and contact", Description: "Who the controller is and how to reach it."},
	{Code: string(ElementDPOContact), Title: "Data protection officer", Description: "The contact details of the data protection officer."},
	{Code: string(ElementDataCategories), Title: "Categories of data", Description: "The categories of personal data collected."},
	{Code: string(ElementSources), Title: "Sources", Description: "Where data not obtained from the person comes from."},
	{Code: string(ElementPurposes), Title: "Purposes", Description: "What the data is used for."},
	{Code: string(ElementLegalBases), Title: "Legal bases", Description: "The legal basis of each processing."},
	{Code: string(ElementLegitimateInterests), Title: "Legitimate interests", Description: "The interests pursued where processing rests on them."},
	{Code: string(ElementRecipients), Title: "Recipients", Description: "Recipients or categories of recipients."},
	{Code: string(ElementTransfers), Title: "International transfers", Description: "Transfers abroad and their safeguards."},
	{Code: string(ElementRetention), Title: "Retention", Description: "How long data is kept, or the criteria that decide it."},
	{Code: string(ElementRights), Title: "Rights", Description: "The rights people have and how to exercise them."},
	{Code: string(ElementWithdrawConsent), Title: "Withdrawal of consent", Description: "That consent can be withdrawn at any time."},
	{Code: string(ElementComplaint), Title: "Complaint", Description: "The right to complain to a supervisory authority."},
	{Code: string(ElementRequiredData), Title: "Statutory or contractual requirement", Description: "Whether giving the data is required, and what happens if it is not given."},
	{Code: string(ElementAutomatedDecisions), Title: "Automated decisions", Description: "Automated decision-making and profiling, with its logic and consequences."},
	{Code: string(ElementSaleSharing), Title: "Sale and sharing", Description: "Whether data is sold or shared, with the right to opt out."},
	{Code: string(ElementDoNotTrack), Title: "Do Not Track", Description: "How the site responds to Do Not Track signals."},
	{Code: string(ElementChanges), Title: "Changes", Description: "How changes to the notice are announced."},
	{Code: string(ElementEffectiveDate), Title: "Effective date", Description: "When the notice took effect or was last updated."},
	{Code: string(ElementChildren), Title: "Children", Description: "How data from children is handled."},
	{Code: string(ElementTrackers), Title: "Cookies and trackers", Description: "Which cookies and similar technologies are used and why."},
})

// ElementDefinitions returns the definitions of every notice element code in a fixed order.
func ElementDefinitions() []Definition { return elementList.All() }

// Definition returns the registry definition of e; ok is false for extension and
// unknown codes.
func (e Element) Definition() (def Definition, ok bool) { return elementList.Lookup(e) }

// Known reports whether e is defined in the registry.
func (e Element) Known() bool { return elementList.Known(e) }

// Valid reports whether e is defined in the registry (this list takes no
// extension codes).
func (e Element) Valid() bool { return elementList.Valid(e) }
