package category

import "github.com/openpolicies/privacy/internal/vocab"

// Purpose is what personal data is used for. Codes are kebab-case; some are
// narrower forms of others (targeted-advertising is a kind of advertising), as the
// Parent of their definition says.
type Purpose string

// The purpose codes.
const (
	// PurposeServiceProvision is "service-provision": Provide the service, product or information a person asks for, and operate the features it needs.
	PurposeServiceProvision Purpose = "service-provision"
	// PurposeAccountManagement is "account-management": Create, maintain and authenticate a person's account.
	PurposeAccountManagement Purpose = "account-management"
	// PurposeAuthentication is "authentication": Recognise a returning person and authenticate them.
	PurposeAuthentication Purpose = "authentication"
	// PurposePreferences is "preferences": Store a person's settings and preferences.
	PurposePreferences Purpose = "preferences"
	// PurposeOrderFulfilment is "order-fulfilment": Fulfil purchases and orders, deliver or install products.
	PurposeOrderFulfilment Purpose = "order-fulfilment"
	// PurposeReturns is "returns": Process returns and exchanges of products.
	PurposeReturns Purpose = "returns"
	// PurposeOrderTracking is "order-tracking": Track and confirm online orders.
	PurposeOrderTracking Purpose = "order-tracking"
	// PurposeDelivery is "delivery": Deliver goods to a person, by the organisation, a courier or a delivery worker.
	PurposeDelivery Purpose = "delivery"
	// PurposePayment is "payment": Process payments, billing and collection.
	PurposePayment Purpose = "payment"
	// PurposeDebtCollection is "debt-collection": Recover unpaid amounts, directly or through a collection agency.
	PurposeDebtCollection Purpose = "debt-collection"
	// PurposeHealthcare is "healthcare": Provide health-care services, care management and treatment.
	PurposeHealthcare Purpose = "healthcare"
	// PurposeAppointment is "appointment": Request, schedule and check in to appointments.
	PurposeAppointment Purpose = "appointment"
	// PurposeCustomerSupport is "customer-support": Answer questions, requests and complaints.
	PurposeCustomerSupport Purpose = "customer-support"
	// PurposeServiceCommunication is "service-communication": Send messages about a person's account, orders, billing, visits and the service itself.
	PurposeServiceCommunication Purpose = "service-communication"
	// PurposeLoyaltyProgramme is "loyalty-programme": Enrol members of a loyalty or rewards programme, award and redeem points and benefits.
	PurposeLoyaltyProgramme Purpose = "loyalty-programme"
	// PurposeReviews is "reviews": Collect, publish and moderate reviews and ratings of products, services or other users.
	PurposeReviews Purpose = "reviews"
	// PurposeNetworkManagement is "network-management": Operate and manage a communications network: route traffic, manage capacity and congestion, keep the network working.
	PurposeNetworkManagement Purpose = "network-management"
	// PurposeDirectoryServices is "directory-services": Publish directory listings or provide directory enquiry services.
	PurposeDirectoryServices Purpose = "directory-services"
	// PurposeEmergencyServices is "emergency-services": Connect emergency calls and give emergency services the information they need, such as the caller's location.
	PurposeEmergencyServices Purpose = "emergency-services"
	// PurposePersonalisation is "personalisation": Tailor content and the experience to a person.
	PurposePersonalisation Purpose = "personalisation"
	// PurposeRecommendations is "recommendations": Recommend products, content or services from what a person did or chose.
	PurposeRecommendations Purpose = "recommendations"
	// PurposeAnalytics is "analytics": Measure audience and usage, compile statistics.
	PurposeAnalytics Purpose = "analytics"
	// PurposeImprovement is "improvement": Evaluate, develop and improve services, products and the user experience.
	PurposeImprovement Purpose = "improvement"
	// PurposePerformance is "performance": Check that the service works and performs properly.
	PurposePerformance Purpose = "performance"
	// PurposeQualityAssurance is "quality-assurance": Train staff and check the quality of service, for example by recording or reviewing calls and chats.
	PurposeQualityAssurance Purpose = "quality-assurance"
	// PurposeResearch is "research": Conduct research and analysis.
	PurposeResearch Purpose = "research"
	// PurposeMarketResearch is "market-research": Study markets, customers and their opinions, for example through panels and studies.
	PurposeMarketResearch Purpose = "market-research"
	// PurposeProductDevelopment is "product-development": Develop new products, services and features.
	PurposeProductDevelopment Purpose = "product-development"
	// PurposeAIDevelopment is "ai-development": Develop, train, test and evaluate machine-learning and other artificial intelligence models.
	PurposeAIDevelopment Purpose = "ai-development"
	// PurposeBusinessOperations is "business-operations": Operate, evaluate and manage the organisation's business.
	PurposeBusinessOperations Purpose = "business-operations"
	// PurposePricing is "pricing": Set prices, discounts and offers, including prices or offers tailored to a person.
	PurposePricing Purpose = "pricing"
	// PurposeCreditCheck is "credit-check": Assess a person's creditworthiness or solvency, for example with a credit reference agency.
	PurposeCreditCheck Purpose = "credit-check"
	// PurposeEmployment is "employment": Manage workers and their work: pay, benefits, scheduling, performance and workplace administration.
	PurposeEmployment Purpose = "employment"
	// PurposeBackgroundScreening is "background-screening": Screen applicants, workers or contractors, such as drivers and couriers, with identity, reference, driving-record or criminal background checks.
	PurposeBackgroundScreening Purpose = "background-screening"
	// PurposeSurveys is "surveys": Conduct surveys and follow up on them.
	PurposeSurveys Purpose = "surveys"
	// PurposeEvents is "events": Inform about and organise special events.
	PurposeEvents Purpose = "events"
	// PurposeMarketing is "marketing": Promote the organisation's products and services.
	PurposeMarketing Purpose = "marketing"
	// PurposeNewsletter is "newsletter": Send newsletters a person subscribed to.
	PurposeNewsletter Purpose = "newsletter"
	// PurposeDirectMarketing is "direct-marketing": Send promotional messages directly to a person (e-mail, post, phone, text).
	PurposeDirectMarketing Purpose = "direct-marketing"
	// PurposeAdvertising is "advertising": Show advertisements.
	PurposeAdvertising Purpose = "advertising"
	// PurposeTargetedAdvertising is "targeted-advertising": Select advertisements from a person's interests or activity, on the service or elsewhere.
	PurposeTargetedAdvertising Purpose = "targeted-advertising"
	// PurposeCrossContextAdvertising is "cross-context-advertising": Target advertising from a person's activity across businesses, sites and apps other than the one they are using (CCPA §1798.140(k); the "sharing" a person may opt out of, and the "targeted advertising" of the US state laws).
	PurposeCrossContextAdvertising Purpose = "cross-context-advertising"
	// PurposeFirstPartyAdvertising is "first-party-advertising": Select advertisements on the organisation's own services from what a person does on them, without data from other businesses.
	PurposeFirstPartyAdvertising Purpose = "first-party-advertising"
	// PurposeAdMeasurement is "ad-measurement": Measure the effectiveness and reach of advertising, cap how often an ad is shown.
	PurposeAdMeasurement Purpose = "ad-measurement"
	// PurposeContextualAdvertising is "contextual-advertising": Select advertisements from the content being viewed or the current search, not from a profile of the person.
	PurposeContextualAdvertising Purpose = "contextual-advertising"
	// PurposeDataSale is "data-sale": Sell or license personal data to third parties for money or other valuable consideration.
	PurposeDataSale Purpose = "data-sale"
	// PurposeProfiling is "profiling": Infer interests or characteristics and build a profile of a person.
	PurposeProfiling Purpose = "profiling"
	// PurposeAutomatedDecisions is "automated-decisions": Make decisions about a person by automated means, including those with legal or similarly significant effects (GDPR Art. 22).
	PurposeAutomatedDecisions Purpose = "automated-decisions"
	// PurposeSecurity is "security": Keep the service, data and users secure; verify system integrity.
	PurposeSecurity Purpose = "security"
	// PurposeFraudPrevention is "fraud-prevention": Detect and prevent fraud and reduce credit risk.
	PurposeFraudPrevention Purpose = "fraud-prevention"
	// PurposeIdentityVerification is "identity-verification": Verify that a person is who they say they are, for example against an identity document or when they make a request.
	PurposeIdentityVerification Purpose = "identity-verification"
	// PurposeAgeVerification is "age-verification": Verify a person's age or that they are over an age limit.
	PurposeAgeVerification Purpose = "age-verification"
	// PurposeLegalCompliance is "legal-compliance": Meet legal obligations and respond to legal process and lawful requests.
	PurposeLegalCompliance Purpose = "legal-compliance"
	// PurposeLegalClaims is "legal-claims": Establish, exercise or defend legal claims, resolve disputes, ascertain liability.
	PurposeLegalClaims Purpose = "legal-claims"
	// PurposeEnforceTerms is "enforce-terms": Enforce the terms of use and other agreements.
	PurposeEnforceTerms Purpose = "enforce-terms"
	// PurposeProtectRights is "protect-rights": Protect the rights, property or safety of the organisation, its users or others.
	PurposeProtectRights Purpose = "protect-rights"
	// PurposeCorporateTransaction is "corporate-transaction": Carry out a merger, acquisition, sale of assets or similar transaction.
	PurposeCorporateTransaction Purpose = "corporate-transaction"
	// PurposeRecruitment is "recruitment": Contact and assess job candidates.
	PurposeRecruitment Purpose = "recruitment"
	// PurposeContact is "contact": Get in touch with visitors, users or other people, for reasons the policy does not narrow down.
	PurposeContact Purpose = "contact"
	// PurposeRecipientServices is "recipient-services": Let a recipient improve the products and services it provides to the organisation or its other customers.
	PurposeRecipientServices Purpose = "recipient-services"
	// PurposeCommunityEngagement is "community-engagement": Run or support community, charitable or social-impact programmes.
	PurposeCommunityEngagement Purpose = "community-engagement"
	// PurposeAsDirected is "as-directed": Other purposes the person directs or consents to, which the policy does not name.
	PurposeAsDirected Purpose = "as-directed"
)

var purposeList = vocab.New[Purpose]("purpose", true, term, []Definition{
	{Code: string(PurposeServiceProvision), Title: "Provide the service", Description: "Provide the service, product or information a person asks for, and operate the features it needs.", DPV: dpv + "ServiceProvision", P3P: "current"},
	{Code: string(PurposeAccountManagement), Title: "Manage accounts", Description: "Create, maintain and authenticate a person's account.", DPV: dpv + "AccountManagement", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeAuthentication), Title: "Recognise and authenticate", Description: "Recognise a returning person and authenticate them.", DPV: dpv + "IdentityAuthentication", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposePreferences), Title: "Remember preferences", Description: "Store a person's settings and preferences.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeOrderFulfilment), Title: "Fulfil orders", Description: "Fulfil purchases and orders, deliver or install products.", DPV: dpv + "FulfilmentOfContractualObligation", Parent: string(PurposeServiceProvision), P3P: "current"},
	{Code: string(PurposeReturns), Title: "Process returns and exchanges", Description: "Process returns and exchanges of products.", Parent: string(PurposeOrderFulfilment)},
	{Code: string(PurposeOrderTracking), Title: "Track and confirm orders", Description: "Track and confirm online orders.", Parent: string(PurposeOrderFulfilment)},
	{Code: string(PurposeDelivery), Title: "Deliver goods", Description: "Deliver goods to a person, by the organisation, a courier or a delivery worker.", DPV: dpv + "DeliveryOfGoods", Parent: string(PurposeOrderFulfilment)},
	{Code: string(PurposePayment), Title: "Process payments and billing", Description: "Process payments, billing and collection.", DPV: dpv + "PaymentManagement", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeDebtCollection), Title: "Collect debts", Description: "Recover unpaid amounts, directly or through a collection agency.", DPV: dpv + "CustomerClaimsManagement", Parent: string(PurposePayment)},
	{Code: string(PurposeHealthcare), Title: "Provide health care", Description: "Provide health-care services, care management and treatment.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeAppointment), Title: "Manage appointments", Description: "Request, schedule and check in to appointments.", Parent: string(PurposeHealthcare)},
	{Code: string(PurposeCustomerSupport), Title: "Respond to requests", Description: "Answer questions, requests and complaints.", DPV: dpv + "CustomerCare", Parent: string(PurposeServiceProvision), P3P: "admin"},
	{Code: string(PurposeServiceCommunication), Title: "Service and transactional messages", Description: "Send messages about a person's account, orders, billing, visits and the service itself.", DPV: dpv + "CommunicationManagement", Parent: string(PurposeServiceProvision), P3P: "contact"},
	{Code: string(PurposeLoyaltyProgramme), Title: "Run a loyalty programme", Description: "Enrol members of a loyalty or rewards programme, award and redeem points and benefits.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeReviews), Title: "Reviews and ratings", Description: "Collect, publish and moderate reviews and ratings of products, services or other users.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeNetworkManagement), Title: "Manage the network", Description: "Operate and manage a communications network: route traffic, manage capacity and congestion, keep the network working.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeDirectoryServices), Title: "Directory services", Description: "Publish directory listings or provide directory enquiry services.", Parent: string(PurposeServiceProvision)},
	{Code: string(PurposeEmergencyServices), Title: "Emergency calls and services", Description: "Connect emergency calls and give emergency services the information they need, such as the caller's location."},
	{Code: string(PurposePersonalisation), Title: "Personalise the service", Description: "Tailor content and the experience to a person.", DPV: dpv + "ServicePersonalisation", P3P: "tailoring"},
	{Code: string(PurposeRecommendations), Title: "Recommendations", Description: "Recommend products, content or services from what a person did or chose.", DPV: dpv + "ProvidePersonalisedRecommendations", Parent: string(PurposePersonalisation)},
	{Code: string(PurposeAnalytics), Title: "Analytics and statistics", Description: "Measure audience and usage, compile statistics.", DPV: dpv + "ServiceUsageAnalytics", P3P: "pseudo-analysis"},
	{Code: string(PurposeImprovement), Title: "Improve the service", Description: "Evaluate, develop and improve services, products and the user experience.", DPV: dpv + "ServiceOptimisation", P3P: "develop"},
	{Code: string(PurposePerformance), Title: "Site performance and operation", Description: "Check that the service works and performs properly.", DPV: dpv + "OptimisationForController", Parent: string(PurposeImprovement), P3P: "admin"},
	{Code: string(PurposeQualityAssurance), Title: "Training and quality assurance", Description: "Train staff and check the quality of service, for example by recording or reviewing calls and chats.", Parent: string(PurposeImprovement)},
	{Code: string(PurposeResearch), Title: "Research", Description: "Conduct research and analysis.", DPV: dpv + "ResearchAndDevelopment", P3P: "develop"},
	{Code: string(PurposeMarketResearch), Title: "Market research", Description: "Study markets, customers and their opinions, for example through panels and studies.", DPV: dpv + "CommercialResearch", Parent: string(PurposeResearch)},
	{Code: string(PurposeProductDevelopment), Title: "Develop products", Description: "Develop new products, services and features.", Parent: string(PurposeResearch)},
	{Code: string(PurposeAIDevelopment), Title: "Develop AI and machine-learning models", Description: "Develop, train, test and evaluate machine-learning and other artificial intelligence models.", Parent: string(PurposeProductDevelopment)},
	{Code: string(PurposeBusinessOperations), Title: "Operate the business", Description: "Operate, evaluate and manage the organisation's business.", DPV: dpv + "OrganisationGovernance", P3P: "admin"},
	{Code: string(PurposePricing), Title: "Set prices and offers", Description: "Set prices, discounts and offers, including prices or offers tailored to a person.", Parent: string(PurposeBusinessOperations)},
	{Code: string(PurposeCreditCheck), Title: "Check creditworthiness", Description: "Assess a person's creditworthiness or solvency, for example with a credit reference agency.", DPV: dpv + "CreditChecking"},
	{Code: string(PurposeEmployment), Title: "Administer employment", Description: "Manage workers and their work: pay, benefits, scheduling, performance and workplace administration.", DPV: dpv + "PersonnelManagement"},
	{Code: string(PurposeBackgroundScreening), Title: "Background screening", Description: "Screen applicants, workers or contractors, such as drivers and couriers, with identity, reference, driving-record or criminal background checks."},
	{Code: string(PurposeSurveys), Title: "Surveys", Description: "Conduct surveys and follow up on them."},
	{Code: string(PurposeEvents), Title: "Events", Description: "Inform about and organise special events."},
	{Code: string(PurposeMarketing), Title: "Marketing", Description: "Promote the organisation's products and services.", DPV: dpv + "Marketing", P3P: "contact"},
	{Code: string(PurposeNewsletter), Title: "Newsletters", Description: "Send newsletters a person subscribed to.", Parent: string(PurposeMarketing)},
	{Code: string(PurposeDirectMarketing), Title: "Direct marketing", Description: "Send promotional messages directly to a person (e-mail, post, phone, text).", DPV: dpv + "DirectMarketing", Parent: string(PurposeMarketing), P3P: "telemarketing"},
	{Code: string(PurposeAdvertising), Title: "Advertising", Description: "Show advertisements.", DPV: dpv + "Advertising", Parent: string(PurposeMarketing)},
	{Code: string(PurposeTargetedAdvertising), Title: "Interest-based advertising", Description: "Select advertisements from a person's interests or activity, on the service or elsewhere.", DPV: dpv + "PersonalisedAdvertising", Parent: string(PurposeAdvertising), P3P: "individual-decision"},
	{Code: string(PurposeCrossContextAdvertising), Title: "Cross-context behavioural advertising", Description: "Target advertising from a person's activity across businesses, sites and apps other than the one they are using (CCPA §1798.140(k); the \"sharing\" a person may opt out of, and the \"targeted advertising\" of the US state laws).", DPV: dpv + "TargetedAdvertising", Parent: string(PurposeTargetedAdvertising)},
	{Code: string(PurposeFirstPartyAdvertising), Title: "First-party advertising", Description: "Select advertisements on the organisation's own services from what a person does on them, without data from other businesses.", Parent: string(PurposeTargetedAdvertising)},
	{Code: string(PurposeAdMeasurement), Title: "Measure advertising", Description: "Measure the effectiveness and reach of advertising, cap how often an ad is shown.", Parent: string(PurposeAdvertising)},
	{Code: string(PurposeContextualAdvertising), Title: "Contextual advertising", Description: "Select advertisements from the content being viewed or the current search, not from a profile of the person.", Parent: string(PurposeAdvertising)},
	{Code: string(PurposeDataSale), Title: "Sell data", Description: "Sell or license personal data to third parties for money or other valuable consideration.", DPV: dpv + "SellDataToThirdParties"},
	{Code: string(PurposeProfiling), Title: "Profiling", Description: "Infer interests or characteristics and build a profile of a person.", P3P: "individual-analysis"},
	{Code: string(PurposeAutomatedDecisions), Title: "Automated decisions", Description: "Make decisions about a person by automated means, including those with legal or similarly significant effects (GDPR Art. 22).", GDPR: "Art. 22"},
	{Code: string(PurposeSecurity), Title: "Security", Description: "Keep the service, data and users secure; verify system integrity.", DPV: dpv + "EnforceSecurity", P3P: "admin"},
	{Code: string(PurposeFraudPrevention), Title: "Prevent fraud", Description: "Detect and prevent fraud and reduce credit risk.", DPV: dpv + "FraudPreventionAndDetection", Parent: string(PurposeSecurity)},
	{Code: string(PurposeIdentityVerification), Title: "Verify identity", Description: "Verify that a person is who they say they are, for example against an identity document or when they make a request.", DPV: dpv + "IdentityVerification", Parent: string(PurposeSecurity)},
	{Code: string(PurposeAgeVerification), Title: "Verify age", Description: "Verify a person's age or that they are over an age limit.", DPV: dpv + "AgeVerification", Parent: string(PurposeSecurity)},
	{Code: string(PurposeLegalCompliance), Title: "Comply with the law", Description: "Meet legal obligations and respond to legal process and lawful requests.", DPV: dpv + "LegalCompliance", P3P: "admin"},
	{Code: string(PurposeLegalClaims), Title: "Legal claims and disputes", Description: "Establish, exercise or defend legal claims, resolve disputes, ascertain liability.", DPV: dpv + "DisputeManagement"},
	{Code: string(PurposeEnforceTerms), Title: "Enforce agreements", Description: "Enforce the terms of use and other agreements."},
	{Code: string(PurposeProtectRights), Title: "Protect rights and safety", Description: "Protect the rights, property or safety of the organisation, its users or others."},
	{Code: string(PurposeCorporateTransaction), Title: "Corporate transaction", Description: "Carry out a merger, acquisition, sale of assets or similar transaction."},
	{Code: string(PurposeRecruitment), Title: "Recruitment", Description: "Contact and assess job candidates.", DPV: dpv + "HumanResourceManagement"},
	{Code: string(PurposeContact), Title: "Contact people", Description: "Get in touch with visitors, users or other people, for reasons the policy does not narrow down.", DPV: dpv + "CommunicationManagement"},
	{Code: string(PurposeRecipientServices), Title: "Recipient's own services", Description: "Let a recipient improve the products and services it provides to the organisation or its other customers."},
	{Code: string(PurposeCommunityEngagement), Title: "Community engagement", Description: "Run or support community, charitable or social-impact programmes."},
	{Code: string(PurposeAsDirected), Title: "As directed or consented", Description: "Other purposes the person directs or consents to, which the policy does not name."},
})

// PurposeDefinitions returns the definitions of every purpose code in a fixed order.
func PurposeDefinitions() []Definition { return purposeList.All() }

// Definition returns the registry definition of p; ok is false for extension and
// unknown codes.
func (p Purpose) Definition() (def Definition, ok bool) { return purposeList.Lookup(p) }

// Known reports whether p is defined in the registry.
func (p Purpose) Known() bool { return purposeList.Known(p) }

// Valid reports whether p is defined or is a well-formed "x-" extension code.
func (p Purpose) Valid() bool { return purposeList.Valid(p) }
