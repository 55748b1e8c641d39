package label

import (
	"github.com/openpolicies/privacy/category"
)

// Group is a column group of the grid: a handful of uses, of kinds of
// recipient, the sale or sharing of data, and retention.
type Group string

// The use groups. A purpose code falls into the group of its top-level
// ancestor in the purpose registry (the code itself when it has no parent), so
// that "targeted-advertising" falls where "marketing" does.
const (
	// UseService is providing the service: accounts, orders, payments, care,
	// support, service messages, personalisation.
	UseService Group = "service"
	// UseAnalytics is analytics, improvement and the running of the business.
	UseAnalytics Group = "analytics"
	// UseResearch is research, product and AI development, surveys.
	UseResearch Group = "research"
	// UseMarketing is marketing, advertising, profiling and the sale of data.
	UseMarketing Group = "marketing"
	// UseSecurity is security, fraud prevention, legal compliance, claims and
	// the checks (credit, background, age) that guard the organisation.
	UseSecurity Group = "security"
	// UseOther is every other use: employment, recruitment, corporate
	// transactions, automated decisions, the recipient's own purposes, uses as
	// the person directs, and "x-" codes the document does not resolve.
	UseOther Group = "other"
)

// The sharing groups. A recipient type falls into the group of its top-level
// ancestor in the recipient registry.
const (
	// ShareAffiliates is the organisation's own staff and its affiliates.
	ShareAffiliates Group = "affiliates"
	// ShareProviders is service providers and processors of every kind.
	ShareProviders Group = "providers"
	// ShareAdvertising is advertisers, advertising partners, social media and
	// data brokers.
	ShareAdvertising Group = "advertising"
	// ShareCompanies is every other company or third party: partners,
	// retailers, insurers, banks, successors, unspecified third parties.
	ShareCompanies Group = "companies"
	// ShareAuthorities is public authorities, courts, regulators and emergency
	// services.
	ShareAuthorities Group = "authorities"
	// SharePublic is the public and other users of the service.
	SharePublic Group = "public"
)

// The last two columns.
const (
	// SaleOrSharing is the sale of data, or its sharing for cross-context
	// behavioural advertising, in the CCPA's sense.
	SaleOrSharing Group = "sale"
	// Retention is how long the data is kept.
	Retention Group = "retention"
)

// Kind says what a column of the grid is about.
type Kind string

// The column kinds.
const (
	// KindUse is a column of uses (purposes).
	KindUse Kind = "use"
	// KindSharing is a column of recipients.
	KindSharing Kind = "sharing"
	// KindSale is the sale-or-sharing column.
	KindSale Kind = "sale"
	// KindRetention is the retention column.
	KindRetention Kind = "retention"
)

// Column is one column of the grid.
type Column struct {
	// Group is the column's group.
	Group Group
	// Kind is what the column is about.
	Kind Kind
	// Title is the column heading.
	Title string
	// Description says what falls into the column.
	Description string
}

// Columns returns the grid's columns in order: six use groups, six sharing
// groups, sale or sharing, retention. Every label has the same columns, so
// that two labels compare at a glance.
func Columns() []Column {
	return []Column{
		{UseService, KindUse, "Provide the service", "Accounts, orders, payments, health care, support and service messages, personalisation."},
		{UseAnalytics, KindUse, "Analytics & improvement", "Audience measurement, statistics, improving the service, running the business."},
		{UseResearch, KindUse, "Research", "Research, market research, product and AI development, surveys."},
		{UseMarketing, KindUse, "Marketing & ads", "Marketing, newsletters, advertising of every kind, profiling, events, selling data."},
		{UseSecurity, KindUse, "Security & legal", "Security, fraud prevention, identity, age and credit checks, legal compliance, claims, enforcing terms."},
		{UseOther, KindUse, "Other uses", "Employment, recruitment, corporate transactions, automated decisions, recipients' own purposes, uses as the person directs."},
		{ShareAffiliates, KindSharing, "Affiliates & staff", "Companies of the same group and the organisation's own staff."},
		{ShareProviders, KindSharing, "Service providers", "Processors and contractors acting for the organisation."},
		{ShareAdvertising, KindSharing, "Ads & social media", "Advertisers, advertising partners and networks, social media, data brokers."},
		{ShareCompanies, KindSharing, "Other companies", "Business partners, retailers, insurers, banks, successors, unspecified third parties."},
		{ShareAuthorities, KindSharing, "Authorities", "Courts, law enforcement, regulators, emergency services."},
		{SharePublic, KindSharing, "Public & other users", "Anyone, or other users of the service."},
		{SaleOrSharing, KindSale, "Sold or shared", "Sale, or sharing for cross-context behavioural advertising, as the CCPA defines them."},
		{Retention, KindRetention, "Retention", "How long the data is kept (see Retention below the grid)."},
	}
}

// useOfRoot assigns each top-level purpose code of the registry to a use
// group. A test checks that every top-level code has an entry, so a new
// top-level purpose cannot fall into "other" unnoticed.
var useOfRoot = map[category.Purpose]Group{
	category.PurposeServiceProvision:     UseService,
	category.PurposeEmergencyServices:    UseService,
	category.PurposePersonalisation:      UseService,
	category.PurposeContact:              UseService,
	category.PurposeAnalytics:            UseAnalytics,
	category.PurposeImprovement:          UseAnalytics,
	category.PurposeBusinessOperations:   UseAnalytics,
	category.PurposeResearch:             UseResearch,
	category.PurposeSurveys:              UseResearch,
	category.PurposeMarketing:            UseMarketing,
	category.PurposeEvents:               UseMarketing,
	category.PurposeDataSale:             UseMarketing,
	category.PurposeProfiling:            UseMarketing,
	category.PurposeSecurity:             UseSecurity,
	category.PurposeCreditCheck:          UseSecurity,
	category.PurposeBackgroundScreening:  UseSecurity,
	category.PurposeLegalCompliance:      UseSecurity,
	category.PurposeLegalClaims:          UseSecurity,
	category.PurposeEnforceTerms:         UseSecurity,
	category.PurposeProtectRights:        UseSecurity,
	category.PurposeEmployment:           UseOther,
	category.PurposeRecruitment:          UseOther,
	category.PurposeCorporateTransaction: UseOther,
	category.PurposeAutomatedDecisions:   UseOther,
	category.PurposeRecipientServices:    UseOther,
	category.PurposeCommunityEngagement:  UseOther,
	category.PurposeAsDirected:           UseOther,
}

// headOf is the purpose whose name each use column bears: a negated
// purpose of that kind ("we do not use your data for marketing") answers for
// the whole column; a negated purpose of another kind ("we do not sell
// data") does not. "Other uses" has none.
var headOf = map[Group]category.Purpose{
	UseService:   category.PurposeServiceProvision,
	UseAnalytics: category.PurposeAnalytics,
	UseResearch:  category.PurposeResearch,
	UseMarketing: category.PurposeMarketing,
	UseSecurity:  category.PurposeSecurity,
}

// shareHeadOf is the recipient type whose name each sharing column bears,
// as headOf is for uses: "we do not share data with advertisers" answers for
// the advertising column, "we do not share data with data brokers" does not.
var shareHeadOf = map[Group]category.Recipient{
	ShareAffiliates:  category.RecipientAffiliate,
	ShareProviders:   category.RecipientServiceProvider,
	ShareAdvertising: category.RecipientAdvertiser,
	ShareCompanies:   category.RecipientThirdParty,
	ShareAuthorities: category.RecipientPublicAuthority,
	SharePublic:      category.RecipientPublic,
}

// shareOfRoot assigns each top-level recipient type of the registry to a
// sharing group; a test checks it covers every top-level code.
var shareOfRoot = map[category.Recipient]Group{
	category.RecipientInternal:              ShareAffiliates,
	category.RecipientAffiliate:             ShareAffiliates,
	category.RecipientServiceProvider:       ShareProviders,
	category.RecipientAdvertiser:            ShareAdvertising,
	category.RecipientAdvertisingPartner:    ShareAdvertising,
	category.RecipientSocialMedia:           ShareAdvertising,
	category.RecipientDataBroker:            ShareAdvertising,
	category.RecipientIdentityProvider:      ShareCompanies,
	category.RecipientPlatformProvider:      ShareCompanies,
	category.RecipientBusinessPartner:       ShareCompanies,
	category.RecipientRetailer:              ShareCompanies,
	category.RecipientGigWorker:             ShareCompanies,
	category.RecipientRentalOperator:        ShareCompanies,
	category.RecipientHealthcareProvider:    ShareCompanies,
	category.RecipientInsurer:               ShareCompanies,
	category.RecipientFinancialInstitution:  ShareCompanies,
	category.RecipientCreditReferenceAgency: ShareCompanies,
	category.RecipientFraudPreventionAgency: ShareCompanies,
	category.RecipientDebtCollector:         ShareCompanies,
	category.RecipientTelecomOperator:       ShareCompanies,
	category.RecipientDirectoryPublisher:    ShareCompanies,
	category.RecipientResearchPartner:       ShareCompanies,
	category.RecipientEmployer:              ShareCompanies,
	category.RecipientOtherCompany:          ShareCompanies,
	category.RecipientSuccessor:             ShareCompanies,
	category.RecipientThirdParty:            ShareCompanies,
	category.RecipientPublicAuthority:       ShareAuthorities,
	category.RecipientPublic:                SharePublic,
	category.RecipientOtherUsers:            SharePublic,
}

// purposeRoot returns the top-level ancestor of a registered purpose code, or
// the code itself.
func purposeRoot(c category.Purpose) category.Purpose {
	seen := map[category.Purpose]bool{}
	for !seen[c] {
		seen[c] = true
		def, ok := c.Definition()
		if !ok || def.Parent == "" {
			return c
		}
		c = category.Purpose(def.Parent)
	}
	return c
}

// UseGroup returns the use group of a purpose code: the group of its
// top-level ancestor, or [UseOther] for a code the registry does not define.
// Resolve "x-" codes to the standard code they narrow first
// ([policy.Policy.Standard]); [Build] does.
func UseGroup(c category.Purpose) Group {
	if g, ok := useOfRoot[purposeRoot(c)]; ok {
		return g
	}
	return UseOther
}

// SharingGroup returns the sharing group of a recipient type: the group of its
// top-level ancestor, or [ShareCompanies] for a code the registry does not
// define.
func SharingGroup(c category.Recipient) Group {
	root := c
	if a := c.Ancestors(); len(a) > 0 {
		root = a[len(a)-1]
	}
	if g, ok := shareOfRoot[root]; ok {
		return g
	}
	return ShareCompanies
}

// sourceWords are the short words a row header uses for where data comes
// from; a test checks that every registered source has one.
var sourceWords = map[category.Source]string{
	category.SourceDataSubject:      "from you",
	category.SourceAutomatic:        "automatically",
	category.SourceServiceGenerated: "generated",
	category.SourceThirdParty:       "from third parties",
	category.SourcePartner:          "from partners",
	category.SourceOtherUsers:       "from other users",
	category.SourceAffiliate:        "from affiliates",
	category.SourceInferred:         "inferred",
	category.SourcePublic:           "from public sources",
}

// SourceWord returns the short words for a source of data ("from you",
// "automatically"), or the source's title or code when it has none.
func SourceWord(s category.Source) string {
	if w, ok := sourceWords[s]; ok {
		return w
	}
	if def, ok := s.Definition(); ok {
		return lowerFirst(def.Title)
	}
	return string(s)
}
