package jurisdiction

import (
	"slices"

	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/rights"
)

// Law names a privacy law. Laws that are amended keep one code for the law as in
// force (the CCPA as amended by the CPRA is "ccpa").
type Law string

// The law codes.
const (
	// LawGDPR is "gdpr": Regulation (EU) 2016/679, in force in the EEA.
	LawGDPR Law = "gdpr"
	// LawUKGDPR is "uk-gdpr": The GDPR as retained in United Kingdom law.
	LawUKGDPR Law = "uk-gdpr"
	// LawUKDPA2018 is "uk-dpa-2018": The Act that supplements the UK GDPR.
	LawUKDPA2018 Law = "uk-dpa-2018"
	// LawFADP is "ch-fadp": The Federal Act on Data Protection (FADP/DSG), revised in force since 1 September 2023; also cited by its earlier version.
	LawFADP Law = "ch-fadp"
	// LawItalianPrivacyCode is "it-privacy-code": Legislative Decree 196/2003, as amended to fit the GDPR.
	LawItalianPrivacyCode Law = "it-privacy-code"
	// LawEPrivacy is "eprivacy": Directive 2002/58/EC on privacy and electronic communications, as implemented by each member state: consent for cookies and similar technologies.
	LawEPrivacy Law = "eprivacy"
	// LawCCPA is "ccpa": Cal. Civ. Code §1798.100 et seq., as amended by the California Privacy Rights Act (CPRA).
	LawCCPA Law = "ccpa"
	// LawShineTheLight is "ca-shine-the-light": Cal. Civ. Code §1798.83: disclosure of data shared with third parties for their direct marketing, once per calendar year.
	LawShineTheLight Law = "ca-shine-the-light"
	// LawCalOPPA is "caloppa": Cal. Bus. & Prof. Code §22575-22579: a conspicuous privacy policy for sites that collect data from Californians, with Do Not Track disclosure.
	LawCalOPPA Law = "caloppa"
	// LawHIPAA is "hipaa": The US federal law (with its Privacy Rule, 45 CFR Part 164) that protects health information held by covered entities.
	LawHIPAA Law = "hipaa"
	// LawCOPPA is "coppa": 15 U.S.C. §6501-6506 and the FTC's rule: parental consent before collecting data from children under 13.
	LawCOPPA Law = "coppa"
	// LawPIPEDA is "pipeda": Canada's federal private-sector privacy law.
	LawPIPEDA Law = "pipeda"
	// LawLGPD is "lgpd": Lei Geral de Proteção de Dados, Law 13.709/2018.
	LawLGPD Law = "lgpd"
	// LawVCDPA is "vcdpa": Va. Code §59.1-575 et seq.
	LawVCDPA Law = "vcdpa"
	// LawColoradoPrivacyAct is "cpa": Colo. Rev. Stat. §6-1-1301 et seq.
	LawColoradoPrivacyAct Law = "cpa"
)

var lawList = vocab.New[Law]("law", true, lawTerm, []LawDefinition{
	{Code: string(LawGDPR), Title: "EU General Data Protection Regulation", Description: "Regulation (EU) 2016/679, in force in the EEA.", Jurisdictions: []Code{EEA}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, Requires: []Element{ElementControllerIdentity, ElementDPOContact, ElementPurposes, ElementLegalBases, ElementLegitimateInterests, ElementRecipients, ElementTransfers, ElementRetention, ElementRights, ElementWithdrawConsent, ElementComplaint, ElementRequiredData, ElementAutomatedDecisions, ElementDataCategories, ElementSources}, URL: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"},
	{Code: string(LawUKGDPR), Title: "UK General Data Protection Regulation", Description: "The GDPR as retained in United Kingdom law.", Jurisdictions: []Code{UnitedKingdom}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, Requires: []Element{ElementControllerIdentity, ElementDPOContact, ElementPurposes, ElementLegalBases, ElementLegitimateInterests, ElementRecipients, ElementTransfers, ElementRetention, ElementRights, ElementWithdrawConsent, ElementComplaint, ElementRequiredData, ElementAutomatedDecisions, ElementDataCategories, ElementSources}, URL: "https://www.legislation.gov.uk/eur/2016/679"},
	{Code: string(LawUKDPA2018), Title: "UK Data Protection Act 2018", Description: "The Act that supplements the UK GDPR.", Parent: string(LawUKGDPR), Jurisdictions: []Code{UnitedKingdom}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, URL: "https://www.legislation.gov.uk/ukpga/2018/12"},
	{Code: string(LawFADP), Title: "Swiss Federal Act on Data Protection", Description: "The Federal Act on Data Protection (FADP/DSG), revised in force since 1 September 2023; also cited by its earlier version.", Jurisdictions: []Code{Switzerland}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions}, Requires: []Element{ElementControllerIdentity, ElementPurposes, ElementRecipients, ElementTransfers, ElementDataCategories, ElementSources}, URL: "https://www.fedlex.admin.ch/eli/cc/2022/491/en"},
	{Code: string(LawItalianPrivacyCode), Title: "Italian Personal Data Protection Code", Description: "Legislative Decree 196/2003, as amended to fit the GDPR.", Parent: string(LawGDPR), Jurisdictions: []Code{Italy}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightKnowSource, rights.RightRectification, rights.RightErasure, rights.RightAnonymisation, rights.RightRestriction, rights.RightObjection}},
	{Code: string(LawEPrivacy), Title: "ePrivacy Directive", Description: "Directive 2002/58/EC on privacy and electronic communications, as implemented by each member state: consent for cookies and similar technologies.", Jurisdictions: []Code{EEA}, Requires: []Element{ElementTrackers}, URL: "https://eur-lex.europa.eu/eli/dir/2002/58/oj"},
	{Code: string(LawCCPA), Title: "California Consumer Privacy Act", Description: "Cal. Civ. Code §1798.100 et seq., as amended by the California Privacy Rights Act (CPRA).", Jurisdictions: []Code{California}, Rights: []rights.Right{rights.RightAccess, rights.RightErasure, rights.RightRectification, rights.RightOptOutSale, rights.RightOptOutSharing, rights.RightLimitSensitive, rights.RightNonDiscrimination}, Requires: []Element{ElementDataCategories, ElementSources, ElementPurposes, ElementRecipients, ElementRetention, ElementRights, ElementSaleSharing, ElementEffectiveDate}, URL: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5"},
	{Code: string(LawShineTheLight), Title: "California \"Shine the Light\" law", Description: "Cal. Civ. Code §1798.83: disclosure of data shared with third parties for their direct marketing, once per calendar year.", Jurisdictions: []Code{California}, Rights: []rights.Right{rights.RightDirectMarketingDisclosure}, URL: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.83"},
	{Code: string(LawCalOPPA), Title: "California Online Privacy Protection Act", Description: "Cal. Bus. & Prof. Code §22575-22579: a conspicuous privacy policy for sites that collect data from Californians, with Do Not Track disclosure.", Jurisdictions: []Code{California}, Requires: []Element{ElementDataCategories, ElementRecipients, ElementRights, ElementChanges, ElementEffectiveDate, ElementDoNotTrack}},
	{Code: string(LawHIPAA), Title: "Health Insurance Portability and Accountability Act", Description: "The US federal law (with its Privacy Rule, 45 CFR Part 164) that protects health information held by covered entities.", Jurisdictions: []Code{UnitedStates}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightRestriction, rights.RightComplaint}, URL: "https://www.hhs.gov/hipaa/for-professionals/privacy/index.html"},
	{Code: string(LawCOPPA), Title: "Children's Online Privacy Protection Act", Description: "15 U.S.C. §6501-6506 and the FTC's rule: parental consent before collecting data from children under 13.", Jurisdictions: []Code{UnitedStates}, Rights: []rights.Right{rights.RightAccess, rights.RightErasure}, Requires: []Element{ElementChildren}, URL: "https://www.ftc.gov/legal-library/browse/rules/childrens-online-privacy-protection-rule-coppa"},
	{Code: string(LawPIPEDA), Title: "Personal Information Protection and Electronic Documents Act", Description: "Canada's federal private-sector privacy law.", Jurisdictions: []Code{"CA"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightComplaint}},
	{Code: string(LawLGPD), Title: "Brazilian General Data Protection Law", Description: "Lei Geral de Proteção de Dados, Law 13.709/2018.", Jurisdictions: []Code{"BR"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightAnonymisation, rights.RightErasure, rights.RightPortability, rights.RightWithdrawConsent, rights.RightComplaint}},
	{Code: string(LawVCDPA), Title: "Virginia Consumer Data Protection Act", Description: "Va. Code §59.1-575 et seq.", Jurisdictions: []Code{"US-VA"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale}},
	{Code: string(LawColoradoPrivacyAct), Title: "Colorado Privacy Act", Description: "Colo. Rev. Stat. §6-1-1301 et seq.", Jurisdictions: []Code{"US-CO"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale}},
}).WithClone(func(d LawDefinition) LawDefinition {
	d.Jurisdictions = slices.Clone(d.Jurisdictions)
	d.Rights = slices.Clone(d.Rights)
	d.Requires = slices.Clone(d.Requires)
	return d
})

// LawDefinitions returns the definitions of every law code in a fixed order.
func LawDefinitions() []LawDefinition { return lawList.All() }

// Definition returns the registry definition of l; ok is false for extension and
// unknown codes.
func (l Law) Definition() (def LawDefinition, ok bool) { return lawList.Lookup(l) }

// Known reports whether l is defined in the registry.
func (l Law) Known() bool { return lawList.Known(l) }

// Valid reports whether l is defined or is a well-formed "x-" extension code.
func (l Law) Valid() bool { return lawList.Valid(l) }

// Ancestors returns the more general codes of l, nearest first.
func (l Law) Ancestors() []Law { return lawList.Ancestors(l) }
