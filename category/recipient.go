package category

import "github.com/openpolicies/privacy/internal/vocab"

// Recipient is a type of party: one that receives personal data or has access to
// it, or one the data comes from (a collection statement's sources use the same
// codes). The role a party plays (processor, controller) is stated separately.
type Recipient string

// The recipient type codes.
const (
	// RecipientInternal is "internal": Employees, agents and experts of the organisation itself.
	RecipientInternal Recipient = "internal"
	// RecipientAffiliate is "affiliate": Companies and entities under common control with the organisation.
	RecipientAffiliate Recipient = "affiliate"
	// RecipientServiceProvider is "service-provider": Processors and contractors that act on the organisation's behalf.
	RecipientServiceProvider Recipient = "service-provider"
	// RecipientHostingProvider is "hosting-provider": Cloud hosting, co-location, IT and infrastructure support.
	RecipientHostingProvider Recipient = "hosting-provider"
	// RecipientCommunicationsProvider is "communications-provider": Communication, messaging and newsletter distribution services.
	RecipientCommunicationsProvider Recipient = "communications-provider"
	// RecipientPaymentProcessor is "payment-processor": Billing and payment processing.
	RecipientPaymentProcessor Recipient = "payment-processor"
	// RecipientSecurityProvider is "security-provider": Cyber-security, fraud detection and prevention services.
	RecipientSecurityProvider Recipient = "security-provider"
	// RecipientAnalyticsProvider is "analytics-provider": Web analytics, tag management and session recording services.
	RecipientAnalyticsProvider Recipient = "analytics-provider"
	// RecipientMarketingProvider is "marketing-provider": Services that help the organisation market and advertise.
	RecipientMarketingProvider Recipient = "marketing-provider"
	// RecipientDataManagementProvider is "data-management-provider": Providers that manage or process data such as survey data.
	RecipientDataManagementProvider Recipient = "data-management-provider"
	// RecipientContentProvider is "content-provider": Providers of content shown on the service.
	RecipientContentProvider Recipient = "content-provider"
	// RecipientRemoteAccessProvider is "remote-access-provider": Remote access and support tools.
	RecipientRemoteAccessProvider Recipient = "remote-access-provider"
	// RecipientCustomerSupportProvider is "customer-support-provider": Call centres and other providers that handle customer support for the organisation.
	RecipientCustomerSupportProvider Recipient = "customer-support-provider"
	// RecipientDeliveryProvider is "delivery-provider": Carriers, couriers and logistics companies that transport and deliver goods.
	RecipientDeliveryProvider Recipient = "delivery-provider"
	// RecipientProfessionalAdviser is "professional-adviser": Legal, financial and other professional advisers.
	RecipientProfessionalAdviser Recipient = "professional-adviser"
	// RecipientAdvertiser is "advertiser": Advertisers and sponsors whose ads appear on the service, and their ad servers.
	RecipientAdvertiser Recipient = "advertiser"
	// RecipientAdvertisingPartner is "advertising-partner": Partners that manage or present advertising for the organisation.
	RecipientAdvertisingPartner Recipient = "advertising-partner"
	// RecipientAdNetwork is "ad-network": Networks that serve ads across many sites.
	RecipientAdNetwork Recipient = "ad-network"
	// RecipientSocialMedia is "social-media": Social networks and social-media platforms, including the providers of widgets such as share buttons.
	RecipientSocialMedia Recipient = "social-media"
	// RecipientIdentityProvider is "identity-provider": Single sign-on and identity services through which a person logs in, such as a social log-in or an employer's identity service.
	RecipientIdentityProvider Recipient = "identity-provider"
	// RecipientPlatformProvider is "platform-provider": Providers of operating systems, app stores and device platforms.
	RecipientPlatformProvider Recipient = "platform-provider"
	// RecipientDataBroker is "data-broker": Businesses that collect and sell or license personal data about people they have no direct relationship with.
	RecipientDataBroker Recipient = "data-broker"
	// RecipientBusinessPartner is "business-partner": Third parties with whom the organisation has a business relationship.
	RecipientBusinessPartner Recipient = "business-partner"
	// RecipientCoBrandPartner is "co-brand-partner": Partners with which the organisation offers a co-branded product or service, such as a co-branded payment card.
	RecipientCoBrandPartner Recipient = "co-brand-partner"
	// RecipientRetailer is "retailer": Shops, merchants and sellers that sell goods or services, such as the stores on a marketplace or the sellers of the organisation's products.
	RecipientRetailer Recipient = "retailer"
	// RecipientRestaurant is "restaurant": Restaurants and other food businesses that prepare and sell orders.
	RecipientRestaurant Recipient = "restaurant"
	// RecipientGigWorker is "gig-worker": Independent workers who fulfil orders, deliveries or rides through the service, such as couriers, personal shoppers and drivers.
	RecipientGigWorker Recipient = "gig-worker"
	// RecipientRentalOperator is "rental-operator": Operators and partners that rent out the vehicles, bikes or other items the service offers.
	RecipientRentalOperator Recipient = "rental-operator"
	// RecipientHealthcareProvider is "healthcare-provider": Doctors, hospitals, clinics and other providers of health care.
	RecipientHealthcareProvider Recipient = "healthcare-provider"
	// RecipientPharmacy is "pharmacy": Pharmacies that fill and dispense prescriptions.
	RecipientPharmacy Recipient = "pharmacy"
	// RecipientInsurer is "insurer": Insurance companies, brokers and health plans.
	RecipientInsurer Recipient = "insurer"
	// RecipientFinancialInstitution is "financial-institution": Banks, payment card issuers, card networks and other financial institutions.
	RecipientFinancialInstitution Recipient = "financial-institution"
	// RecipientCreditReferenceAgency is "credit-reference-agency": Credit reference agencies and credit bureaus.
	RecipientCreditReferenceAgency Recipient = "credit-reference-agency"
	// RecipientFraudPreventionAgency is "fraud-prevention-agency": Fraud-prevention agencies and shared fraud databases.
	RecipientFraudPreventionAgency Recipient = "fraud-prevention-agency"
	// RecipientDebtCollector is "debt-collector": Debt collection agencies and buyers of debt.
	RecipientDebtCollector Recipient = "debt-collector"
	// RecipientTelecomOperator is "telecom-operator": Telecom and Internet service operators, including those whose networks interconnect with the organisation's or carry its roaming traffic.
	RecipientTelecomOperator Recipient = "telecom-operator"
	// RecipientDirectoryPublisher is "directory-publisher": Publishers of telephone and other directories and providers of directory enquiry services.
	RecipientDirectoryPublisher Recipient = "directory-publisher"
	// RecipientResearchPartner is "research-partner": Universities, research institutions and researchers.
	RecipientResearchPartner Recipient = "research-partner"
	// RecipientEmployer is "employer": A person's employer, or the organisation through which they have access to the service.
	RecipientEmployer Recipient = "employer"
	// RecipientOtherCompany is "other-company": Other organisations, for instance for fraud protection and credit risk reduction.
	RecipientOtherCompany Recipient = "other-company"
	// RecipientSuccessor is "successor": A buyer or other successor in a merger, divestiture or sale of assets.
	RecipientSuccessor Recipient = "successor"
	// RecipientPublicAuthority is "public-authority": Courts, law enforcement, regulators and other officials; the narrower codes say which.
	RecipientPublicAuthority Recipient = "public-authority"
	// RecipientLawEnforcement is "law-enforcement": Police and other law-enforcement agencies.
	RecipientLawEnforcement Recipient = "law-enforcement"
	// RecipientRegulator is "regulator": Regulators and supervisory authorities, data protection authorities among them.
	RecipientRegulator Recipient = "regulator"
	// RecipientCourt is "court": Courts and tribunals.
	RecipientCourt Recipient = "court"
	// RecipientEmergencyServices is "emergency-services": Police, fire, ambulance and other emergency services and the centres that answer emergency calls.
	RecipientEmergencyServices Recipient = "emergency-services"
	// RecipientPublic is "public": Anyone: data made publicly available.
	RecipientPublic Recipient = "public"
	// RecipientOtherUsers is "other-users": Other users of the service.
	RecipientOtherUsers Recipient = "other-users"
	// RecipientThirdParty is "third-party": Third parties the policy does not characterise further.
	RecipientThirdParty Recipient = "third-party"
)

var recipientList = vocab.New[Recipient]("recipient type", true, term, []Definition{
	{Code: string(RecipientInternal), Title: "Staff and agents", Description: "Employees, agents and experts of the organisation itself.", P3P: "ours"},
	{Code: string(RecipientAffiliate), Title: "Affiliates", Description: "Companies and entities under common control with the organisation.", P3P: "same"},
	{Code: string(RecipientServiceProvider), Title: "Service providers", Description: "Processors and contractors that act on the organisation's behalf.", DPV: dpv + "DataProcessor", P3P: "delivery"},
	{Code: string(RecipientHostingProvider), Title: "Hosting and IT providers", Description: "Cloud hosting, co-location, IT and infrastructure support.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientCommunicationsProvider), Title: "Communications providers", Description: "Communication, messaging and newsletter distribution services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientPaymentProcessor), Title: "Payment processors", Description: "Billing and payment processing.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientSecurityProvider), Title: "Security providers", Description: "Cyber-security, fraud detection and prevention services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientAnalyticsProvider), Title: "Analytics providers", Description: "Web analytics, tag management and session recording services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientMarketingProvider), Title: "Marketing service providers", Description: "Services that help the organisation market and advertise.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientDataManagementProvider), Title: "Data management providers", Description: "Providers that manage or process data such as survey data.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientContentProvider), Title: "Content providers", Description: "Providers of content shown on the service.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientRemoteAccessProvider), Title: "Remote access providers", Description: "Remote access and support tools.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientCustomerSupportProvider), Title: "Customer support providers", Description: "Call centres and other providers that handle customer support for the organisation.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientDeliveryProvider), Title: "Delivery and logistics providers", Description: "Carriers, couriers and logistics companies that transport and deliver goods.", Parent: string(RecipientServiceProvider), P3P: "delivery"},
	{Code: string(RecipientProfessionalAdviser), Title: "Professional advisers", Description: "Legal, financial and other professional advisers.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientAdvertiser), Title: "Advertisers and sponsors", Description: "Advertisers and sponsors whose ads appear on the service, and their ad servers.", P3P: "other-recipient"},
	{Code: string(RecipientAdvertisingPartner), Title: "Advertising partners", Description: "Partners that manage or present advertising for the organisation.", P3P: "other-recipient"},
	{Code: string(RecipientAdNetwork), Title: "Advertising networks", Description: "Networks that serve ads across many sites.", Parent: string(RecipientAdvertisingPartner)},
	{Code: string(RecipientSocialMedia), Title: "Social-media platforms", Description: "Social networks and social-media platforms, including the providers of widgets such as share buttons.", P3P: "unrelated"},
	{Code: string(RecipientIdentityProvider), Title: "Sign-in and identity providers", Description: "Single sign-on and identity services through which a person logs in, such as a social log-in or an employer's identity service."},
	{Code: string(RecipientPlatformProvider), Title: "Operating systems and platforms", Description: "Providers of operating systems, app stores and device platforms."},
	{Code: string(RecipientDataBroker), Title: "Data brokers", Description: "Businesses that collect and sell or license personal data about people they have no direct relationship with."},
	{Code: string(RecipientBusinessPartner), Title: "Business partners", Description: "Third parties with whom the organisation has a business relationship.", P3P: "other-recipient"},
	{Code: string(RecipientCoBrandPartner), Title: "Co-brand partners", Description: "Partners with which the organisation offers a co-branded product or service, such as a co-branded payment card.", Parent: string(RecipientBusinessPartner)},
	{Code: string(RecipientRetailer), Title: "Retailers and merchants", Description: "Shops, merchants and sellers that sell goods or services, such as the stores on a marketplace or the sellers of the organisation's products."},
	{Code: string(RecipientRestaurant), Title: "Restaurants", Description: "Restaurants and other food businesses that prepare and sell orders.", Parent: string(RecipientRetailer)},
	{Code: string(RecipientGigWorker), Title: "Couriers, shoppers and drivers", Description: "Independent workers who fulfil orders, deliveries or rides through the service, such as couriers, personal shoppers and drivers."},
	{Code: string(RecipientRentalOperator), Title: "Rental operators", Description: "Operators and partners that rent out the vehicles, bikes or other items the service offers."},
	{Code: string(RecipientHealthcareProvider), Title: "Health-care providers", Description: "Doctors, hospitals, clinics and other providers of health care."},
	{Code: string(RecipientPharmacy), Title: "Pharmacies", Description: "Pharmacies that fill and dispense prescriptions.", Parent: string(RecipientHealthcareProvider)},
	{Code: string(RecipientInsurer), Title: "Insurers", Description: "Insurance companies, brokers and health plans."},
	{Code: string(RecipientFinancialInstitution), Title: "Banks and card issuers", Description: "Banks, payment card issuers, card networks and other financial institutions."},
	{Code: string(RecipientCreditReferenceAgency), Title: "Credit reference agencies", Description: "Credit reference agencies and credit bureaus."},
	{Code: string(RecipientFraudPreventionAgency), Title: "Fraud-prevention agencies", Description: "Fraud-prevention agencies and shared fraud databases."},
	{Code: string(RecipientDebtCollector), Title: "Debt collectors", Description: "Debt collection agencies and buyers of debt."},
	{Code: string(RecipientTelecomOperator), Title: "Telecommunications operators", Description: "Telecom and Internet service operators, including those whose networks interconnect with the organisation's or carry its roaming traffic."},
	{Code: string(RecipientDirectoryPublisher), Title: "Directory publishers", Description: "Publishers of telephone and other directories and providers of directory enquiry services."},
	{Code: string(RecipientResearchPartner), Title: "Research partners", Description: "Universities, research institutions and researchers."},
	{Code: string(RecipientEmployer), Title: "Employers", Description: "A person's employer, or the organisation through which they have access to the service."},
	{Code: string(RecipientOtherCompany), Title: "Other companies and organisations", Description: "Other organisations, for instance for fraud protection and credit risk reduction.", P3P: "unrelated"},
	{Code: string(RecipientSuccessor), Title: "Successor in a corporate transaction", Description: "A buyer or other successor in a merger, divestiture or sale of assets."},
	{Code: string(RecipientPublicAuthority), Title: "Public authorities and courts", Description: "Courts, law enforcement, regulators and other officials; the narrower codes say which.", DPV: dpv + "Authority"},
	{Code: string(RecipientLawEnforcement), Title: "Law enforcement", Description: "Police and other law-enforcement agencies.", Parent: string(RecipientPublicAuthority)},
	{Code: string(RecipientRegulator), Title: "Regulators and supervisory authorities", Description: "Regulators and supervisory authorities, data protection authorities among them.", Parent: string(RecipientPublicAuthority), DPV: dpv + "DataProtectionAuthority"},
	{Code: string(RecipientCourt), Title: "Courts", Description: "Courts and tribunals.", Parent: string(RecipientPublicAuthority)},
	{Code: string(RecipientEmergencyServices), Title: "Emergency services", Description: "Police, fire, ambulance and other emergency services and the centres that answer emergency calls.", Parent: string(RecipientPublicAuthority)},
	{Code: string(RecipientPublic), Title: "The public", Description: "Anyone: data made publicly available.", P3P: "public"},
	{Code: string(RecipientOtherUsers), Title: "Other users", Description: "Other users of the service.", P3P: "public"},
	{Code: string(RecipientThirdParty), Title: "Third parties (unspecified)", Description: "Third parties the policy does not characterise further.", DPV: dpv + "ThirdParty", P3P: "unrelated"},
})

// RecipientDefinitions returns the definitions of every recipient type code in a fixed order.
func RecipientDefinitions() []Definition { return recipientList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r Recipient) Definition() (def Definition, ok bool) { return recipientList.Lookup(r) }

// Known reports whether r is defined in the registry.
func (r Recipient) Known() bool { return recipientList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r Recipient) Valid() bool { return recipientList.Valid(r) }

// Ancestors returns the more general codes of r, nearest first.
func (r Recipient) Ancestors() []Recipient { return recipientList.Ancestors(r) }
