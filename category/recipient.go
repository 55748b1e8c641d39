package category

import "github.com/openpolicies/privacy/internal/vocab"

// Recipient is a type of party that receives personal data or has access to it.
type Recipient string

// The recipient type codes.
const (
	// RecipientInternal is "internal": Employees, agents and experts of the organisation itself.
	RecipientInternal Recipient = "internal"
	// RecipientAffiliate is "affiliate": Companies and entities under common control with the organisation.
	RecipientAffiliate Recipient = "affiliate"
	// RecipientServiceProvider is "service-provider": Processors and contractors that act on the organisation's behalf.
	RecipientServiceProvider Recipient = "service-provider"
	// RecipientHostingProvider is "hosting-provider": Hosting, co-location, IT and infrastructure support.
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
	// RecipientProfessionalAdviser is "professional-adviser": Legal, financial and other professional advisers.
	RecipientProfessionalAdviser Recipient = "professional-adviser"
	// RecipientAdvertiser is "advertiser": Advertisers and sponsors whose ads appear on the service, and their ad servers.
	RecipientAdvertiser Recipient = "advertiser"
	// RecipientAdvertisingPartner is "advertising-partner": Partners that manage or present advertising for the organisation.
	RecipientAdvertisingPartner Recipient = "advertising-partner"
	// RecipientAdNetwork is "ad-network": Networks that serve ads across many sites.
	RecipientAdNetwork Recipient = "ad-network"
	// RecipientSocialMedia is "social-media": Providers of social-media features and widgets such as share buttons.
	RecipientSocialMedia Recipient = "social-media"
	// RecipientBusinessPartner is "business-partner": Third parties with whom the organisation has a business relationship.
	RecipientBusinessPartner Recipient = "business-partner"
	// RecipientOtherCompany is "other-company": Other organisations, for instance for fraud protection and credit risk reduction.
	RecipientOtherCompany Recipient = "other-company"
	// RecipientSuccessor is "successor": A buyer or other successor in a merger, divestiture or sale of assets.
	RecipientSuccessor Recipient = "successor"
	// RecipientPublicAuthority is "public-authority": Courts, law enforcement, regulators and other officials.
	RecipientPublicAuthority Recipient = "public-authority"
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
	{Code: string(RecipientHostingProvider), Title: "Hosting and IT providers", Description: "Hosting, co-location, IT and infrastructure support.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientCommunicationsProvider), Title: "Communications providers", Description: "Communication, messaging and newsletter distribution services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientPaymentProcessor), Title: "Payment processors", Description: "Billing and payment processing.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientSecurityProvider), Title: "Security providers", Description: "Cyber-security, fraud detection and prevention services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientAnalyticsProvider), Title: "Analytics providers", Description: "Web analytics, tag management and session recording services.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientMarketingProvider), Title: "Marketing service providers", Description: "Services that help the organisation market and advertise.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientDataManagementProvider), Title: "Data management providers", Description: "Providers that manage or process data such as survey data.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientContentProvider), Title: "Content providers", Description: "Providers of content shown on the service.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientRemoteAccessProvider), Title: "Remote access providers", Description: "Remote access and support tools.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientProfessionalAdviser), Title: "Professional advisers", Description: "Legal, financial and other professional advisers.", Parent: string(RecipientServiceProvider)},
	{Code: string(RecipientAdvertiser), Title: "Advertisers and sponsors", Description: "Advertisers and sponsors whose ads appear on the service, and their ad servers.", P3P: "other-recipient"},
	{Code: string(RecipientAdvertisingPartner), Title: "Advertising partners", Description: "Partners that manage or present advertising for the organisation.", P3P: "other-recipient"},
	{Code: string(RecipientAdNetwork), Title: "Advertising networks", Description: "Networks that serve ads across many sites.", Parent: string(RecipientAdvertisingPartner)},
	{Code: string(RecipientSocialMedia), Title: "Social-media feature providers", Description: "Providers of social-media features and widgets such as share buttons.", P3P: "unrelated"},
	{Code: string(RecipientBusinessPartner), Title: "Business partners", Description: "Third parties with whom the organisation has a business relationship.", P3P: "other-recipient"},
	{Code: string(RecipientOtherCompany), Title: "Other companies and organisations", Description: "Other organisations, for instance for fraud protection and credit risk reduction.", P3P: "unrelated"},
	{Code: string(RecipientSuccessor), Title: "Successor in a corporate transaction", Description: "A buyer or other successor in a merger, divestiture or sale of assets."},
	{Code: string(RecipientPublicAuthority), Title: "Public authorities and courts", Description: "Courts, law enforcement, regulators and other officials.", DPV: dpv + "Authority"},
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
