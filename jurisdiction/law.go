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
	// LawIrishDPA2018 is "ie-dpa-2018": Act No. 7 of 2018, which gives further effect to the GDPR in Ireland and establishes the Data Protection Commission.
	LawIrishDPA2018 Law = "ie-dpa-2018"
	// LawIrishDataRetention is "ie-data-retention": The Communications (Retention of Data) Act 2011 (Act No. 3 of 2011) as amended in 2022: telecom operators keep traffic and location data for set periods for access by authorities.
	LawIrishDataRetention Law = "ie-data-retention"
	// LawIrishEPrivacy is "ie-eprivacy": S.I. No. 336 of 2011, the European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011, which implement the ePrivacy Directive in Ireland.
	LawIrishEPrivacy Law = "ie-eprivacy"
	// LawIrishCompaniesAct2014 is "ie-companies-act-2014": The Companies Act 2014 (Act No. 38 of 2014), which among much else requires Irish companies to keep adequate accounting records.
	LawIrishCompaniesAct2014 Law = "ie-companies-act-2014"
	// LawIrishEECC is "ie-eecc-2022": S.I. No. 444 of 2022, the European Union (Electronic Communications Code) Regulations 2022, which transpose the European Electronic Communications Code (Directive (EU) 2018/1972) in Ireland: emergency access with caller location, consumer protection and the duties of telecom operators.
	LawIrishEECC Law = "ie-eecc-2022"
	// LawIrishComRegScamCalls is "ie-comreg-scam-calls": The Irish telecom regulator ComReg's decisions on combatting scam calls and texts (ComReg 24/24, with Decision D13/24 on the voice firewall specification), which require operators to block or flag scam calls.
	LawIrishComRegScamCalls Law = "ie-comreg-scam-calls"
	// LawDanishDPA is "dk-dpa": Act No. 502 of 23 May 2018 (databeskyttelsesloven), which supplements the GDPR in Denmark.
	LawDanishDPA Law = "dk-dpa"
	// LawNevada603A is "nv-603a": Nev. Rev. Stat. ch. 603A on the security and privacy of personal information: operators of web sites post a privacy notice and honour requests not to sell covered information.
	LawNevada603A Law = "nv-603a"
	// LawCTDPA is "ctdpa": Conn. Gen. Stat. §42-515 et seq.
	LawCTDPA Law = "ctdpa"
	// LawUCPA is "ucpa": Utah Code §13-61-101 et seq.
	LawUCPA Law = "ucpa"
	// LawTDPSA is "tdpsa": Tex. Bus. & Com. Code ch. 541.
	LawTDPSA Law = "tdpsa"
	// LawOCPA is "or-ocpa": ORS 646A.570 to 646A.589.
	LawOCPA Law = "or-ocpa"
	// LawMontanaCDPA is "mt-cdpa": Mont. Code Ann. §30-14-2801 et seq.
	LawMontanaCDPA Law = "mt-cdpa"
	// LawDelawareDPDPA is "de-dpdpa": Del. Code tit. 6, ch. 12D.
	LawDelawareDPDPA Law = "de-dpdpa"
	// LawNewJerseyDPA is "nj-dpa": N.J. Stat. §56:8-166.4 et seq.
	LawNewJerseyDPA Law = "nj-dpa"
	// LawWashingtonMHMDA is "wa-mhmda": RCW 19.373: consumer health data may be collected and shared only with consent, under a consumer health data privacy policy.
	LawWashingtonMHMDA Law = "wa-mhmda"
	// LawQuebecLaw25 is "quebec-law-25": An Act to modernize legislative provisions as regards the protection of personal information (S.Q. 2021, c. 25), which amended the Act respecting the protection of personal information in the private sector (CQLR c. P-39.1).
	LawQuebecLaw25 Law = "quebec-law-25"
	// LawCaliforniaElectronicCommerce is "ca-electronic-commerce-act": The Electronic Commerce Act of 1984, Cal. Civ. Code §1789 et seq.; §1789.3 requires providers of commercial online services to give California users their contact details and those of the Complaint Assistance Unit of the Department of Consumer Affairs.
	LawCaliforniaElectronicCommerce Law = "ca-electronic-commerce-act"
)

var lawList = vocab.New[Law]("law", true, lawTerm, []LawDefinition{
	{Code: string(LawGDPR), Title: "EU General Data Protection Regulation", Description: "Regulation (EU) 2016/679, in force in the EEA.", Jurisdictions: []Code{EEA}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, Requires: []Element{ElementControllerIdentity, ElementDPOContact, ElementPurposes, ElementLegalBases, ElementLegitimateInterests, ElementRecipients, ElementTransfers, ElementRetention, ElementRights, ElementWithdrawConsent, ElementComplaint, ElementRequiredData, ElementAutomatedDecisions, ElementDataCategories, ElementSources}, URL: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"},
	{Code: string(LawUKGDPR), Title: "UK General Data Protection Regulation", Description: "The GDPR as retained in United Kingdom law.", Jurisdictions: []Code{UnitedKingdom}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, Requires: []Element{ElementControllerIdentity, ElementDPOContact, ElementPurposes, ElementLegalBases, ElementLegitimateInterests, ElementRecipients, ElementTransfers, ElementRetention, ElementRights, ElementWithdrawConsent, ElementComplaint, ElementRequiredData, ElementAutomatedDecisions, ElementDataCategories, ElementSources}, URL: "https://www.legislation.gov.uk/eur/2016/679"},
	{Code: string(LawUKDPA2018), Title: "UK Data Protection Act 2018", Description: "The Act that supplements the UK GDPR.", Parent: string(LawUKGDPR), Jurisdictions: []Code{UnitedKingdom}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, URL: "https://www.legislation.gov.uk/ukpga/2018/12"},
	{Code: string(LawFADP), Title: "Swiss Federal Act on Data Protection", Description: "The Federal Act on Data Protection (FADP/DSG), revised in force since 1 September 2023; also cited by its earlier version.", Jurisdictions: []Code{Switzerland}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions}, Requires: []Element{ElementControllerIdentity, ElementPurposes, ElementRecipients, ElementTransfers, ElementDataCategories, ElementSources}, URL: "https://www.fedlex.admin.ch/eli/cc/2022/491/en"},
	{Code: string(LawItalianPrivacyCode), Title: "Italian Personal Data Protection Code", Description: "Legislative Decree 196/2003, as amended to fit the GDPR.", Parent: string(LawGDPR), Jurisdictions: []Code{Italy}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightKnowSource, rights.RightRectification, rights.RightErasure, rights.RightAnonymisation, rights.RightRestriction, rights.RightObjection}},
	{Code: string(LawEPrivacy), Title: "ePrivacy Directive", Description: "Directive 2002/58/EC on privacy and electronic communications, as implemented by each member state: consent for cookies and similar technologies.", Jurisdictions: []Code{EEA}, Requires: []Element{ElementTrackers}, URL: "https://eur-lex.europa.eu/eli/dir/2002/58/oj"},
	{Code: string(LawCCPA), Title: "California Consumer Privacy Act", Description: "Cal. Civ. Code §1798.100 et seq., as amended by the California Privacy Rights Act (CPRA).", Jurisdictions: []Code{California}, Rights: []rights.Right{rights.RightAccess, rights.RightErasure, rights.RightRectification, rights.RightOptOutSale, rights.RightOptOutSharing, rights.RightLimitSensitive, rights.RightNonDiscrimination}, Requires: []Element{ElementDataCategories, ElementSources, ElementPurposes, ElementRecipients, ElementRetention, ElementRights, ElementSaleSharing, ElementEffectiveDate}, URL: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5"},
	{Code: string(LawShineTheLight), Title: "California \"Shine the Light\" law", Description: "Cal. Civ. Code §1798.83: disclosure of data shared with third parties for their direct marketing, once per calendar year.", Jurisdictions: []Code{California}, Rights: []rights.Right{rights.RightDirectMarketingDisclosure}, Requires: []Element{ElementRights}, URL: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.83"},
	{Code: string(LawCalOPPA), Title: "California Online Privacy Protection Act", Description: "Cal. Bus. & Prof. Code §22575-22579: a conspicuous privacy policy for sites that collect data from Californians, with Do Not Track disclosure.", Jurisdictions: []Code{California}, Requires: []Element{ElementDataCategories, ElementRecipients, ElementRights, ElementChanges, ElementEffectiveDate, ElementDoNotTrack, ElementTrackers}},
	{Code: string(LawHIPAA), Title: "Health Insurance Portability and Accountability Act", Description: "The US federal law (with its Privacy Rule, 45 CFR Part 164) that protects health information held by covered entities.", Jurisdictions: []Code{UnitedStates}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightRestriction, rights.RightComplaint}, URL: "https://www.hhs.gov/hipaa/for-professionals/privacy/index.html"},
	{Code: string(LawCOPPA), Title: "Children's Online Privacy Protection Act", Description: "15 U.S.C. §6501-6506 and the FTC's rule: parental consent before collecting data from children under 13.", Jurisdictions: []Code{UnitedStates}, Rights: []rights.Right{rights.RightAccess, rights.RightErasure}, Requires: []Element{ElementChildren}, URL: "https://www.ftc.gov/legal-library/browse/rules/childrens-online-privacy-protection-rule-coppa"},
	{Code: string(LawPIPEDA), Title: "Personal Information Protection and Electronic Documents Act", Description: "Canada's federal private-sector privacy law.", Jurisdictions: []Code{"CA"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightWithdrawConsent, rights.RightComplaint}, URL: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/"},
	{Code: string(LawLGPD), Title: "Brazilian General Data Protection Law", Description: "Lei Geral de Proteção de Dados, Law 13.709/2018.", Jurisdictions: []Code{"BR"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightAnonymisation, rights.RightErasure, rights.RightPortability, rights.RightWithdrawConsent, rights.RightComplaint}},
	{Code: string(LawVCDPA), Title: "Virginia Consumer Data Protection Act", Description: "Va. Code §59.1-575 et seq.", Jurisdictions: []Code{"US-VA"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}, URL: "https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/"},
	{Code: string(LawColoradoPrivacyAct), Title: "Colorado Privacy Act", Description: "Colo. Rev. Stat. §6-1-1301 et seq.", Jurisdictions: []Code{"US-CO"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawIrishDPA2018), Title: "Irish Data Protection Act 2018", Description: "Act No. 7 of 2018, which gives further effect to the GDPR in Ireland and establishes the Data Protection Commission.", Parent: string(LawGDPR), Jurisdictions: []Code{"IE"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}, URL: "https://www.irishstatutebook.ie/eli/2018/act/7/enacted/en/html"},
	{Code: string(LawIrishDataRetention), Title: "Irish Communications (Retention of Data) Acts 2011 to 2022", Description: "The Communications (Retention of Data) Act 2011 (Act No. 3 of 2011) as amended in 2022: telecom operators keep traffic and location data for set periods for access by authorities.", Jurisdictions: []Code{"IE"}, URL: "https://www.irishstatutebook.ie/eli/2011/act/3/enacted/en/html"},
	{Code: string(LawIrishEPrivacy), Title: "Irish ePrivacy Regulations 2011", Description: "S.I. No. 336 of 2011, the European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011, which implement the ePrivacy Directive in Ireland.", Parent: string(LawEPrivacy), Jurisdictions: []Code{"IE"}, Requires: []Element{ElementTrackers}, URL: "https://www.irishstatutebook.ie/eli/2011/si/336/made/en/print"},
	{Code: string(LawIrishCompaniesAct2014), Title: "Irish Companies Act 2014", Description: "The Companies Act 2014 (Act No. 38 of 2014), which among much else requires Irish companies to keep adequate accounting records.", Jurisdictions: []Code{"IE"}, URL: "https://www.irishstatutebook.ie/eli/2014/act/38/enacted/en/html"},
	{Code: string(LawIrishEECC), Title: "Irish European Union (Electronic Communications Code) Regulations 2022", Description: "S.I. No. 444 of 2022, the European Union (Electronic Communications Code) Regulations 2022, which transpose the European Electronic Communications Code (Directive (EU) 2018/1972) in Ireland: emergency access with caller location, consumer protection and the duties of telecom operators.", Jurisdictions: []Code{"IE"}},
	{Code: string(LawIrishComRegScamCalls), Title: "ComReg decisions on combatting scam calls and texts", Description: "The Irish telecom regulator ComReg's decisions on combatting scam calls and texts (ComReg 24/24, with Decision D13/24 on the voice firewall specification), which require operators to block or flag scam calls.", Jurisdictions: []Code{"IE"}},
	{Code: string(LawDanishDPA), Title: "Danish Data Protection Act", Description: "Act No. 502 of 23 May 2018 (databeskyttelsesloven), which supplements the GDPR in Denmark.", Parent: string(LawGDPR), Jurisdictions: []Code{"DK"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability, rights.RightObjection, rights.RightAutomatedDecisions, rights.RightWithdrawConsent, rights.RightComplaint}},
	{Code: string(LawNevada603A), Title: "Nevada NRS Chapter 603A", Description: "Nev. Rev. Stat. ch. 603A on the security and privacy of personal information: operators of web sites post a privacy notice and honour requests not to sell covered information.", Jurisdictions: []Code{"US-NV"}, Rights: []rights.Right{rights.RightOptOutSale}, Requires: []Element{ElementDataCategories, ElementRecipients, ElementChanges, ElementEffectiveDate}, URL: "https://www.leg.state.nv.us/nrs/nrs-603a.html"},
	{Code: string(LawCTDPA), Title: "Connecticut Data Privacy Act", Description: "Conn. Gen. Stat. §42-515 et seq.", Jurisdictions: []Code{"US-CT"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementControllerIdentity, ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawUCPA), Title: "Utah Consumer Privacy Act", Description: "Utah Code §13-61-101 et seq.", Jurisdictions: []Code{"US-UT"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawTDPSA), Title: "Texas Data Privacy and Security Act", Description: "Tex. Bus. & Com. Code ch. 541.", Jurisdictions: []Code{"US-TX"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawOCPA), Title: "Oregon Consumer Privacy Act", Description: "ORS 646A.570 to 646A.589.", Jurisdictions: []Code{"US-OR"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightKnowThirdParties, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawMontanaCDPA), Title: "Montana Consumer Data Privacy Act", Description: "Mont. Code Ann. §30-14-2801 et seq.", Jurisdictions: []Code{"US-MT"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawDelawareDPDPA), Title: "Delaware Personal Data Privacy Act", Description: "Del. Code tit. 6, ch. 12D.", Jurisdictions: []Code{"US-DE"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawNewJerseyDPA), Title: "New Jersey Data Privacy Act", Description: "N.J. Stat. §56:8-166.4 et seq.", Jurisdictions: []Code{"US-NJ"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightPortability, rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising, rights.RightOptOutProfiling, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementRecipients, ElementSaleSharing, ElementRights}},
	{Code: string(LawWashingtonMHMDA), Title: "Washington My Health My Data Act", Description: "RCW 19.373: consumer health data may be collected and shared only with consent, under a consumer health data privacy policy.", Jurisdictions: []Code{"US-WA"}, Rights: []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightKnowThirdParties, rights.RightWithdrawConsent, rights.RightErasure, rights.RightAppeal}, Requires: []Element{ElementDataCategories, ElementPurposes, ElementSources, ElementRecipients, ElementRights}, URL: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.373"},
	{Code: string(LawQuebecLaw25), Title: "Quebec Law 25", Description: "An Act to modernize legislative provisions as regards the protection of personal information (S.Q. 2021, c. 25), which amended the Act respecting the protection of personal information in the private sector (CQLR c. P-39.1).", Jurisdictions: []Code{"CA-QC"}, Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightPortability, rights.RightWithdrawConsent, rights.RightComplaint}, URL: "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1"},
	{Code: string(LawCaliforniaElectronicCommerce), Title: "California Electronic Commerce Act", Description: "The Electronic Commerce Act of 1984, Cal. Civ. Code §1789 et seq.; §1789.3 requires providers of commercial online services to give California users their contact details and those of the Complaint Assistance Unit of the Department of Consumer Affairs.", Jurisdictions: []Code{California}},
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
