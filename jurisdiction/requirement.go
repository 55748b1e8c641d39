package jurisdiction

import "slices"

// Requirement is one thing a law requires a privacy notice to say, as fine as
// the provision that requires it: GDPR Art. 13(1)(a), 11 CCR §7011(e)(1)(D).
// It refines an [Element]: an Element is the coarse topic ("recipients") a
// law's [LawDefinition.Requires] lists, a Requirement the provision, with a
// stable ID that findings and SARIF rules carry. Requirements are data; how a
// policy is checked against each one is code in package compliance.
type Requirement struct {
	// ID identifies the requirement across versions ("gdpr-13-1-a"): the law
	// code and the provision's numbering, lower case, joined by hyphens.
	ID string
	// Law is the law that imposes it.
	Law Law
	// Provision is the article, section or paragraph as lawyers cite it
	// ("Art. 13(1)(a)", "11 CCR §7011(e)(1)(D)").
	Provision string
	// Statement says in one line what the notice must contain.
	Statement string
	// Element is the coarse notice element the requirement refines.
	Element Element
	// Conditional is true when the requirement applies only in some cases the
	// statement names ("where applicable", "if the business sells"): a checker
	// may find it not applicable.
	Conditional bool
	// Since is the date (YYYY-MM-DD) the provision took effect, when it is
	// newer than the law: a policy dated earlier was written under a version
	// of the law without it, and a checker may find it not applicable. Empty
	// when the provision is as old as the law.
	Since string
}

// Citation is the requirement's provision with the law's short name
// ("GDPR Art. 13(1)(a)").
func (r Requirement) Citation() string {
	return lawShort[r.Law] + " " + r.Provision
}

// lawShort are the short names citations use.
var lawShort = map[Law]string{
	LawGDPR:               "GDPR",
	LawUKGDPR:             "UK GDPR",
	LawFADP:               "FADP",
	LawCCPA:               "CCPA regulations,",
	LawCalOPPA:            "CalOPPA,",
	LawCOPPA:              "COPPA Rule,",
	LawShineTheLight:      "Shine the Light,",
	LawWashingtonMHMDA:    "MHMDA,",
	LawVCDPA:              "VCDPA,",
	LawColoradoPrivacyAct: "CPA,",
	LawCTDPA:              "CTDPA,",
}

// gdprItems are the notice items of GDPR Art. 13 and 14, and Art. 21(4) (the
// right to object brought explicitly to attention), shared by the GDPR and the
// UK GDPR (which kept the articles' numbering and text).
var gdprItems = []struct {
	num, provision, statement string
	element                   Element
	conditional               bool
}{
	{"13-1-a", "Art. 13(1)(a)", "The identity and contact details of the controller and, where applicable, of its representative.", ElementControllerIdentity, false},
	{"13-1-b", "Art. 13(1)(b)", "The contact details of the data protection officer, where applicable.", ElementDPOContact, true},
	{"13-1-c", "Art. 13(1)(c)", "The purposes of the processing and the legal basis for the processing.", ElementLegalBases, false},
	{"13-1-d", "Art. 13(1)(d)", "Where processing rests on Art. 6(1)(f), the legitimate interests pursued.", ElementLegitimateInterests, true},
	{"13-1-e", "Art. 13(1)(e)", "The recipients or categories of recipients of the personal data, if any.", ElementRecipients, false},
	{"13-1-f", "Art. 13(1)(f)", "Where applicable, that the controller intends to transfer data to a third country or international organisation, the adequacy decision or safeguards relied on, and the means to obtain a copy of the safeguards or where they have been made available.", ElementTransfers, true},
	{"13-2-a", "Art. 13(2)(a)", "The period for which the personal data will be stored or, if that is not possible, the criteria used to determine it.", ElementRetention, false},
	{"13-2-b", "Art. 13(2)(b)", "The rights to request access, rectification, erasure, restriction, to object (to direct marketing without conditions, Art. 21(3)), and to data portability.", ElementRights, false},
	{"13-2-c", "Art. 13(2)(c)", "Where processing rests on consent, the right to withdraw consent at any time.", ElementWithdrawConsent, true},
	{"13-2-d", "Art. 13(2)(d)", "The right to lodge a complaint with a supervisory authority.", ElementComplaint, false},
	{"13-2-e", "Art. 13(2)(e)", "Whether providing the data is a statutory or contractual requirement or needed to enter a contract, whether the person must provide it, and the consequences of not doing so.", ElementRequiredData, false},
	{"13-2-f", "Art. 13(2)(f)", "The existence of automated decision-making, including profiling (Art. 22(1)), with meaningful information about the logic involved and its significance and envisaged consequences.", ElementAutomatedDecisions, true},
	{"14-1-d", "Art. 14(1)(d)", "Where data is not obtained from the person, the categories of personal data concerned.", ElementDataCategories, true},
	{"14-2-f", "Art. 14(2)(f)", "Where data is not obtained from the person, the source it originates from and whether it came from publicly accessible sources.", ElementSources, true},
	{"21-4", "Art. 21(4)", "Where processing rests on Art. 6(1)(e) or (f), or serves direct marketing, the right to object (to direct marketing without conditions, Art. 21(2)), brought explicitly to the person's attention, clearly and separately from other information.", ElementRights, true},
}

func gdprRequirements(l Law) []Requirement {
	rs := make([]Requirement, 0, len(gdprItems))
	for _, it := range gdprItems {
		rs = append(rs, Requirement{ID: string(l) + "-" + it.num, Law: l, Provision: it.provision, Statement: it.statement, Element: it.element, Conditional: it.conditional})
	}
	return rs
}

// revisedFADP is when the revised FADP took effect. The FADP of 1992 asked a
// notice (for sensitive data and personality profiles, Art. 14) only for the
// controller, the purpose and the categories of recipients: Art. 19(3) and
// 19(4) of the revised Act have no counterpart in it.
const revisedFADP = "2023-09-01"

// requirements is the table of every law's notice requirements, in each law's
// order of provisions.
var requirements = slices.Concat(
	gdprRequirements(LawGDPR),
	gdprRequirements(LawUKGDPR),
	[]Requirement{
		{ID: "ch-fadp-19-2-a", Law: LawFADP, Provision: "Art. 19(2)(a)", Statement: "The identity and contact details of the controller.", Element: ElementControllerIdentity},
		{ID: "ch-fadp-19-2-b", Law: LawFADP, Provision: "Art. 19(2)(b)", Statement: "The purpose of the processing.", Element: ElementPurposes},
		{ID: "ch-fadp-19-2-c", Law: LawFADP, Provision: "Art. 19(2)(c)", Statement: "Where applicable, the recipients or categories of recipients to whom personal data is disclosed.", Element: ElementRecipients},
		{ID: "ch-fadp-19-3", Law: LawFADP, Provision: "Art. 19(3)", Statement: "Where data is not collected from the person, the categories of personal data processed.", Element: ElementDataCategories, Conditional: true, Since: revisedFADP},
		{ID: "ch-fadp-19-4", Law: LawFADP, Provision: "Art. 19(4)", Statement: "Where data is disclosed abroad, the state or international body and the guarantees (Art. 16(2)) or exception (Art. 17) relied on.", Element: ElementTransfers, Conditional: true, Since: revisedFADP},

		{ID: "ccpa-7011-e-1-a", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(A)", Statement: "The categories of personal information collected in the preceding 12 months, in the terms of Civ. Code §1798.140(v).", Element: ElementDataCategories},
		{ID: "ccpa-7011-e-1-b", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(B)", Statement: "The categories of sources from which personal information is collected.", Element: ElementSources},
		{ID: "ccpa-7011-e-1-c", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(C)", Statement: "The business or commercial purpose for which personal information is collected.", Element: ElementPurposes},
		{ID: "ccpa-7011-e-1-d", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(D)", Statement: "The categories of personal information sold or shared in the preceding 12 months, or that none were.", Element: ElementSaleSharing},
		{ID: "ccpa-7011-e-1-e", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(E)", Statement: "For each category sold or shared, the categories of third parties to whom it was sold or shared.", Element: ElementSaleSharing, Conditional: true},
		{ID: "ccpa-7011-e-1-f", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(F)", Statement: "The business or commercial purpose for selling or sharing personal information.", Element: ElementSaleSharing, Conditional: true},
		{ID: "ccpa-7011-e-1-g", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(G)", Statement: "Whether the business has actual knowledge that it sells or shares the personal information of consumers under 16.", Element: ElementSaleSharing},
		{ID: "ccpa-7011-e-1-h", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(H)", Statement: "The categories of personal information disclosed for a business purpose, or that none were.", Element: ElementRecipients},
		{ID: "ccpa-7011-e-1-i", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(I)", Statement: "For each category disclosed for a business purpose, the categories of third parties to whom it was disclosed.", Element: ElementRecipients, Conditional: true},
		{ID: "ccpa-7011-e-1-j", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(J)", Statement: "The business or commercial purpose for disclosing personal information.", Element: ElementRecipients, Conditional: true},
		{ID: "ccpa-7011-e-1-k", Law: LawCCPA, Provision: "11 CCR §7011(e)(1)(K)", Statement: "Whether sensitive personal information is used or disclosed for purposes beyond those of 11 CCR §7027(m).", Element: ElementPurposes, Conditional: true},
		{ID: "ccpa-7011-e-2-know", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right to know what personal information is collected, used, disclosed, sold and shared.", Element: ElementRights},
		{ID: "ccpa-7011-e-2-delete", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right to delete personal information.", Element: ElementRights},
		{ID: "ccpa-7011-e-2-correct", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right to correct inaccurate personal information.", Element: ElementRights},
		{ID: "ccpa-7011-e-2-opt-out", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right to opt out of the sale or sharing of personal information.", Element: ElementRights},
		{ID: "ccpa-7011-e-2-limit", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right to limit the use and disclosure of sensitive personal information.", Element: ElementRights, Conditional: true},
		{ID: "ccpa-7011-e-2-non-discrimination", Law: LawCCPA, Provision: "11 CCR §7011(e)(2)", Statement: "The right not to be discriminated against for exercising CCPA rights.", Element: ElementRights},
		{ID: "ccpa-7011-e-3-methods", Law: LawCCPA, Provision: "11 CCR §7011(e)(3)", Statement: "The methods by which a consumer can exercise their rights, with instructions for submitting a request.", Element: ElementRights},
		{ID: "ccpa-7011-e-3-verification", Law: LawCCPA, Provision: "11 CCR §7011(e)(3)", Statement: "A general description of how the business verifies requests to know, delete and correct.", Element: ElementRights},
		{ID: "ccpa-7011-e-3-signals", Law: LawCCPA, Provision: "11 CCR §7011(e)(3)", Statement: "How opt-out preference signals are processed and how a consumer can use one.", Element: ElementSaleSharing},
		{ID: "ccpa-7011-e-3-agents", Law: LawCCPA, Provision: "11 CCR §7011(e)(3)", Statement: "How an authorized agent can make a request on the consumer's behalf.", Element: ElementRights},
		{ID: "ccpa-7011-e-3-contact", Law: LawCCPA, Provision: "11 CCR §7011(e)(3)", Statement: "How to contact the business with questions or concerns about its privacy practices.", Element: ElementRights},
		{ID: "ccpa-7011-e-4", Law: LawCCPA, Provision: "11 CCR §7011(e)(4)", Statement: "The date the privacy policy was last updated.", Element: ElementEffectiveDate},

		{ID: "caloppa-22575-b-1", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(1)", Statement: "The categories of personally identifiable information collected and the categories of third parties with whom it may be shared.", Element: ElementDataCategories},
		{ID: "caloppa-22575-b-2", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(2)", Statement: "If the operator maintains one, the process by which a consumer can review and request changes to their information.", Element: ElementRights, Conditional: true},
		{ID: "caloppa-22575-b-3", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(3)", Statement: "The process by which the operator notifies consumers of material changes to the policy.", Element: ElementChanges},
		{ID: "caloppa-22575-b-4", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(4)", Statement: "The policy's effective date.", Element: ElementEffectiveDate},
		{ID: "caloppa-22575-b-5", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(5)", Statement: "How the operator responds to Web browser \"do not track\" signals or similar mechanisms.", Element: ElementDoNotTrack},
		{ID: "caloppa-22575-b-6", Law: LawCalOPPA, Provision: "Bus. & Prof. Code §22575(b)(6)", Statement: "Whether other parties may collect personally identifiable information about a consumer's online activities over time and across sites.", Element: ElementTrackers},

		{ID: "coppa-312-4-d-1", Law: LawCOPPA, Provision: "16 CFR 312.4(d)(1)", Statement: "The name, address, telephone number and e-mail address of every operator collecting or maintaining children's personal information.", Element: ElementChildren, Conditional: true},
		{ID: "coppa-312-4-d-2", Law: LawCOPPA, Provision: "16 CFR 312.4(d)(2)", Statement: "What information the operator collects from children, how it uses it, and its disclosure practices.", Element: ElementChildren, Conditional: true},
		{ID: "coppa-312-4-d-3", Law: LawCOPPA, Provision: "16 CFR 312.4(d)(3)", Statement: "That a parent can review or have deleted the child's information and refuse further collection or use, and how.", Element: ElementChildren, Conditional: true},

		{ID: "ca-shine-the-light-1798-83-c", Law: LawShineTheLight, Provision: "Civ. Code §1798.83(c)", Statement: "A business that discloses personal information to third parties for their direct marketing designates a contact for requests, or states that it lets customers opt out (or in) and how.", Element: ElementRights, Conditional: true},

		{ID: "wa-mhmda-020-1-a-i", Law: LawWashingtonMHMDA, Provision: "RCW 19.373.020(1)(a)(i)", Statement: "The categories of consumer health data collected and the purposes for which it is collected, including how it will be used.", Element: ElementDataCategories, Conditional: true},
		{ID: "wa-mhmda-020-1-a-ii", Law: LawWashingtonMHMDA, Provision: "RCW 19.373.020(1)(a)(ii)", Statement: "The categories of sources from which consumer health data is collected.", Element: ElementSources, Conditional: true},
		{ID: "wa-mhmda-020-1-a-iii", Law: LawWashingtonMHMDA, Provision: "RCW 19.373.020(1)(a)(iii)", Statement: "The categories of consumer health data that is shared.", Element: ElementRecipients, Conditional: true},
		{ID: "wa-mhmda-020-1-a-iv", Law: LawWashingtonMHMDA, Provision: "RCW 19.373.020(1)(a)(iv)", Statement: "A list of the categories of third parties and the specific affiliates with which consumer health data is shared.", Element: ElementRecipients, Conditional: true},
		{ID: "wa-mhmda-020-1-a-v", Law: LawWashingtonMHMDA, Provision: "RCW 19.373.020(1)(a)(v)", Statement: "How a consumer can exercise their rights under the Act.", Element: ElementRights, Conditional: true},
	},
	stateRequirements(LawVCDPA, "Va. Code §59.1-578", []string{"vcdpa-578-c-1", "(C)(1)", "vcdpa-578-c-2", "(C)(2)", "vcdpa-578-c-3", "(C)(3)", "vcdpa-578-c-4", "(C)(4)", "vcdpa-578-c-5", "(C)(5)", "", "", "vcdpa-578-d", "(D)"}),
	stateRequirements(LawColoradoPrivacyAct, "C.R.S. §6-1-1308", []string{"cpa-1308-1-a-i", "(1)(a)(I)", "cpa-1308-1-a-ii", "(1)(a)(II)", "cpa-1308-1-a-iii", "(1)(a)(III)", "cpa-1308-1-a-iv", "(1)(a)(IV)", "cpa-1308-1-a-v", "(1)(a)(V)", "", "", "cpa-1308-1-b", "(1)(b)"}),
	stateRequirements(LawCTDPA, "Conn. Gen. Stat. §42-520", []string{"ctdpa-520-c-1", "(c)(1)", "ctdpa-520-c-2", "(c)(2)", "ctdpa-520-c-3", "(c)(3)", "ctdpa-520-c-4", "(c)(4)", "ctdpa-520-c-5", "(c)(5)", "ctdpa-520-c-6", "(c)(6)", "ctdpa-520-d", "(d)"}),
)

// stateItems are the privacy-notice items the Virginia, Colorado and
// Connecticut laws share, in their order: categories of personal data
// processed, purposes, how to exercise rights and appeal, categories shared
// with third parties, the categories of third parties, (Connecticut only) an
// online contact, and the disclosure of sale and targeted advertising with how
// to opt out.
var stateItems = []struct {
	statement   string
	element     Element
	conditional bool
}{
	{"The categories of personal data processed.", ElementDataCategories, false},
	{"The purpose of processing personal data.", ElementPurposes, false},
	{"How consumers may exercise their rights, including how to appeal a decision on a request.", ElementRights, false},
	{"The categories of personal data shared with third parties, if any.", ElementRecipients, true},
	{"The categories of third parties, if any, with which personal data is shared.", ElementRecipients, true},
	{"An active e-mail address or other online mechanism the consumer may use to contact the controller.", ElementControllerIdentity, false},
	{"If the controller sells personal data or processes it for targeted advertising, that it does so and how consumers may opt out.", ElementSaleSharing, true},
}

// stateRequirements pairs stateItems with a law's IDs and provisions (ID,
// provision, ID, provision, ...; an empty ID skips the item).
func stateRequirements(l Law, code string, ids []string) []Requirement {
	var rs []Requirement
	for i, it := range stateItems {
		if ids[2*i] == "" {
			continue
		}
		rs = append(rs, Requirement{ID: ids[2*i], Law: l, Provision: code + ids[2*i+1], Statement: it.statement, Element: it.element, Conditional: it.conditional})
	}
	return rs
}

// Requirements returns every notice requirement of every law, grouped by law
// in a fixed order and in each law's order of provisions.
func Requirements() []Requirement { return slices.Clone(requirements) }

// Requirements returns the notice requirements of l in the order of its
// provisions; none for laws whose requirements are not encoded (yet), and for
// laws such as the Irish Data Protection Act 2018 that add none of their own
// to the law they implement.
func (l Law) Requirements() []Requirement {
	var rs []Requirement
	for _, r := range requirements {
		if r.Law == l {
			rs = append(rs, r)
		}
	}
	return rs
}

// NoticeRequirements returns the notice requirements of the law d defines;
// see [Law.Requirements].
func (d LawDefinition) NoticeRequirements() []Requirement { return Law(d.Code).Requirements() }

// RequirementByID returns the requirement with the given ID.
func RequirementByID(id string) (Requirement, bool) {
	i := slices.IndexFunc(requirements, func(r Requirement) bool { return r.ID == id })
	if i < 0 {
		return Requirement{}, false
	}
	return requirements[i], true
}
