package examples

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// vodafoneSlug turns a cookie name or host into the ID fragment of its tracker.
var vodafoneSlug = regexp.MustCompile(`[^a-z0-9]+`)

func vodafoneID(s string) string {
	s = strings.ToLower(s)
	prefix := ""
	if strings.HasPrefix(s, ".") {
		prefix = "dot-"
	}
	return prefix + strings.Trim(vodafoneSlug.ReplaceAllString(s, "-"), "-")
}

// vodafoneLifespan reads a lifespan as the cookie tables write it: "364 Days",
// "2 Years", "Session", "A few seconds".
func vodafoneLifespan(s string) *policy.Lifespan {
	switch s {
	case "Session":
		return &policy.Lifespan{Kind: policy.LifespanSession}
	case "A few seconds":
		return &policy.Lifespan{Kind: policy.LifespanBrief}
	}
	f := strings.Fields(s)
	n, err := strconv.Atoi(f[0])
	if err != nil || len(f) != 2 {
		panic("examples: unknown lifespan " + s)
	}
	unit := "D"
	if strings.HasPrefix(f[1], "Year") {
		unit = "Y"
	}
	return &policy.Lifespan{Kind: policy.LifespanDuration, Duration: "P" + strconv.Itoa(n) + unit}
}

// VodafoneIreland2026 returns the Vodafone Ireland privacy notice, version 2.3,
// last updated 2026-01-13, as archived by Open Terms Archive on 2026-07-28.
//
// The source is the page "Privacy" of vodafone.ie: the privacy notice with its
// version history, per-purpose tables of data and lawful bases, the sharing list,
// international transfers, the retention schedule, security, rights, the cookie
// policy with its cookie tables (one tracker per cookie of each row) and local
// storage examples, the privacy settings, law-enforcement and data-breach links,
// and the frequently asked questions. The e-mail addresses the archived page hides
// ("[email protected]") are not given by the text: the contact points that stand
// for them carry no address. README.md maps each heading to the members below.
func VodafoneIreland2026() *policy.Policy {
	gdpr := func() []jurisdiction.Law { return []jurisdiction.Law{jurisdiction.LawGDPR} }
	contract := func() policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisContract, Laws: gdpr(), Description: "Performance of your contract"}
	}
	consent := func() policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisConsent, Laws: gdpr(), Description: "Consent"}
	}
	li := func(interest string) policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisLegitimateInterests, Interest: interest, Laws: gdpr(), Description: "Legitimate interest"}
	}
	legal := func(cites ...policy.Citation) policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisLegalObligation, Laws: gdpr(), Citations: cites, Description: "Compliance with mandatory legal obligation"}
	}
	cite := func(l jurisdiction.Law, provision string) policy.Citation {
		return policy.Citation{Law: l, Provision: provision}
	}
	bases := func(b ...policy.LegalBasis) []policy.LegalBasis { return b }
	ids := func(s ...string) []string { return s }
	data := func(d ...category.Data) []category.Data { return d }
	subjects := func(s ...string) *policy.Scope { return &policy.Scope{Subjects: s} }
	services := func(s ...string) *policy.Scope { return &policy.Scope{Services: s} }
	lawProvides := func() *policy.Scope { return &policy.Scope{WhereLawProvides: true} }
	st := func(id, quote string) policy.Statement { return policy.Statement{ID: id, Quote: quote} }
	std := func(id, desc, quote string) policy.Statement {
		return policy.Statement{ID: id, Description: desc, Quote: quote}
	}
	scoped := func(sc *policy.Scope, s policy.Statement) policy.Statement {
		s.AppliesTo = sc
		return s
	}
	phone := func(n string) []contact.Phone { return []contact.Phone{{Number: n, Country: "IE"}} }
	ch := func(k rights.ChannelKind, contactID string) rights.Channel {
		return rights.Channel{Kind: k, Contact: contactID}
	}
	chURL := func(k rights.ChannelKind, url, name string) rights.Channel {
		return rights.Channel{Kind: k, URL: url, Name: name}
	}
	mech := func(k policy.MechanismKind, contactID, url, name string) policy.Mechanism {
		return policy.Mechanism{Kind: k, Contact: contactID, URL: url, Name: name}
	}

	// The data categories of "The types of information we may have", by the
	// collection statements that stand for them in the purpose tables.
	const (
		contactDetails   = "collect-contact-details"
		financialDetails = "collect-financial-details"
		trafficData      = "collect-traffic-data"
		deviceInfo       = "collect-device-connectivity"
		locationPrecise  = "collect-location-precise"
		locationApprox   = "collect-location-approximate"
		contactWithUs    = "collect-contact-with-us"
		accountInfo      = "collect-account-info"
		credentials      = "collect-credentials"
		preferences      = "collect-preferences-stated"
		inferredPrefs    = "collect-preferences-inferred"
		cookieData       = "collect-cookies"
		browsing         = "collect-browsing-categories"
		crmData          = "collect-crm"
		contentData      = "collect-content-data"
		deviceSIM        = "collect-device-sim"
	)
	location := func() []string { return []string{locationPrecise, locationApprox} }

	const (
		myVodafoneLogin   = "https://n.vodafone.ie/home/login.html"
		supportPage       = "https://n.vodafone.ie/support.html"
		privacyPrefs      = "https://n.vodafone.ie/myaccount/privacy-preferences.html"
		sarForm           = "https://binaries.vodafone.co.uk/tizrehont83j/122j4pENa7QlOO086rERsd/ea767982fdfa0a00b6ce07398a8c95e8/subject-access-request-form.pdf"
		quoteWhoWeAre     = "We are Vodafone Ireland and we are a member of the Vodafone Group."
		quoteRegistered   = "Our registered office is 70 St. Stephen's Green, Dublin 2, D02 E2X4, Ireland. We are registered in Ireland under company number 326967."
		quoteService      = "By service we mean any services or products that you buy or use such as broadband, mobiles, use of our apps or smart tech products."
		quoteTraffic      = "Your traffic data: Every time you use your mobile phone, a record is kept. This includes the number you called or sent an SMS or MMS to, the length, date and time of that call, SMS or MMS, the amount of data you are using and your approximate location at the time that the communication takes place (based on the location of the nearest cell that you sent that call or message from)."
		quoteBrowsing     = "Your browsing history: If you have given your permission, Vodafone collects the categories of website you have browsed on your mobile, device or PC, for example Sports, Music or News."
		quoteBrowsingUse  = "We use these interests to send you personalised marketing or show you personalised advertising."
		quoteBrowsingOpt  = "You can opt out of advertising and manage how we use cookies through the Cookie Settings which can be accessed via our"
		quoteSIM          = "When you connect your SIM with these devices, those third parties may record your SIM details or your interaction with the network and provide that information to Vodafone for purposes of validating your eligibility for the OneNumber product offering."
		quoteChargeToBill = "As part of this, you’re agreeing that Vodafone may pass certain personal information to the seller to complete your purchase with them."
		quoteOptOutWays   = "If you no longer want to receive marketing messages from Vodafone, you can elect to opt out of all marketing communications or only selected methods (email, SMS MMS, phone or post)."
		quoteSettings     = "You can change your privacy settings by logging into My Vodafone and going to 'Manage my settings'. If you have any difficulties you can call us at 1800 200 234 and we will help with any changes you wish to make."
	)

	p := &policy.Policy{
		ID:        VodafoneIreland2026ID,
		Title:     "Privacy notice",
		Language:  "en-IE",
		Version:   "2.3",
		Updated:   "2026-01-13",
		Retrieved: "2026-07-28",
		Source:    "https://github.com/OpenTermsArchive/contrib-versions/blob/91567e375dea93f07b1c3de72d88375a3208fffb/Vodafone.ie/Privacy%20Policy.md",
	}

	p.Services = []policy.Service{
		{Statement: std("website", "Vodafone's website; its pages and cookies sit on the hosts vodafone.ie, www.vodafone.ie, n.vodafone.ie and deviceguides.vodafone.ie.", "In this notice, we explain how we collect, use, share and protect your personal information when you use our products and services and our website."),
			Kind: category.ServiceWebsite, Name: "Vodafone website", URLs: []string{"https://www.vodafone.ie/", "https://n.vodafone.ie/"}},
		{Statement: std("site-n", "The host n.vodafone.ie (also .n.vodafone.ie in the cookie tables): the shop, My Vodafone and support pages.", "https://n.vodafone.ie"),
			Kind: category.ServiceWebsite, Name: "n.vodafone.ie", URLs: []string{"https://n.vodafone.ie/"}},
		{Statement: std("site-deviceguides", "The host deviceguides.vodafone.ie, a Cookie Subgroup of the cookie tables.", "deviceguides.vodafone.ie"),
			Kind: category.ServiceWebsite, Name: "deviceguides.vodafone.ie", URLs: []string{"https://deviceguides.vodafone.ie/"}},
		{Statement: std("network", "Vodafone's network, used for calls, texts and data.", "use our network or other Vodafone products or services;"),
			Kind: category.ServiceTelecom, Name: "Vodafone network"},
		{Statement: std("mobile", "Mobile services (\"mobiles\"), among the services the notice covers.", quoteService),
			Kind: category.ServiceTelecom, Name: "mobiles"},
		{Statement: std("broadband", "Broadband (\"Home broadband and phone\" in the product tabs).", quoteService),
			Kind: category.ServiceTelecom, Name: "broadband"},
		{Statement: std("apps", "Vodafone's apps, among them the My Vodafone App; they send push notifications.", quoteService),
			Kind: category.ServiceMobileApp, Name: "our apps"},
		{Statement: std("smart-tech", "Smart tech products, such as CIOT devices.", quoteService),
			Kind: category.ServiceDevice, Name: "smart tech products"},
		{Statement: std("push-notifications", "Push notification messages of the apps, including marketing messages.", "Disable push notification messages, including marketing messages, at any time in our apps by changing the notification settings on your device or by uninstalling the app;"),
			Kind: category.ServicePushNotifications, Name: "push notification messages"},
		{Statement: std("my-vodafone", "My Vodafone, the online account: account information, billing area, permissions and privacy settings ('Manage my settings'), requests.", "Log in to My Vodafone to manage your permissions;"),
			Kind: category.ServiceOnlineAccount, Name: "My Vodafone", URLs: []string{myVodafoneLogin, privacyPrefs}},
		{Statement: std("my-vodafone-app", "The My Vodafone App, which may use the device's location.", "I do not want Vodafone to location data via the My Vodafone App, do I need to disable location settings for all apps I use to prevent this?"),
			Kind: category.ServiceMobileApp, Name: "My Vodafone App"},
		{Statement: std("customer-care", "Vodafone's Customer Care team and contact centres (call centres), reached on 1907; calls made to and from them are recorded.", "you can contact our Customer Care team on 1907."),
			Kind: category.ServiceCallCentre, Name: "Customer Care team"},
		{Statement: std("sales-centres", "Vodafone's sales centres, which record all calls.", "Our sales centres record all calls which will be retained for 24 months from the date of the call for the purpose of recording the details of your contract."),
			Kind: category.ServiceCallCentre, Name: "sales centres"},
		{Statement: std("live-chat", "Live Chat, including an automated live chat feature.", "We may use the content of your interactions with us to help us create efficiencies and to improve the tools that we use to communicate with you and ensure the quality and accuracy of these services e.g. our automated live chat feature."),
			Kind: category.ServiceCorrespondence, Name: "Live Chat"},
		{Statement: std("stores", "Vodafone's stores and sites, safeguarded by CCTV; requests can be made in store.", "We may use CCTV footage to safeguard our stores and sites."),
			Kind: category.ServiceStore, Name: "stores and sites"},
		{Statement: std("online-shop", "Buying a phone on the website, which needs cookies.", "To buy a phone or sign up to services like My Vodafone or Vodafone Cherry Points on Pay as you go, you must have cookies enabled on your internet browser."),
			Kind: category.ServiceOnlineStore, Name: "buying a phone online"},
		{Statement: std("cherry-points", "Vodafone Cherry Points on Pay as you go.", "To buy a phone or sign up to services like My Vodafone or Vodafone Cherry Points on Pay as you go, you must have cookies enabled on your internet browser."),
			Kind: category.ServiceLoyaltyProgramme, Name: "Vodafone Cherry Points"},
		{Statement: std("one-number", "OneNumber, which connects a SIM with third-party devices such as smart speakers or smartwatches.", "You may connect your SIM with a number of third-party devices, either manually with a SIM card or electronically through our One Number product."),
			Kind: category.ServiceTelecom, Name: "OneNumber"},
		{Statement: std("vtv", "The VTV product (TV), which records viewing history.", "or your viewing history if you use our VTV product for example."),
			Kind: category.ServiceTelecom, Name: "VTV"},
		{Statement: std("ciot", "CIOT devices, with their own privacy supplement.", "Details of your use of the specific services or products: for example CIOT devices or VTV."),
			Kind: category.ServiceDevice, Name: "CIOT devices"},
		{Statement: std("charge-to-bill", "Charge to Bill for mobile: third-party products bought through the Vodafone account and charged to the bill.", "Where you buy a third-party product or service through your Vodafone account (such as Charge to Bill for mobile), the contract for it is with the party selling that product or service."),
			Kind: category.ServiceTelecom, Name: "Charge to Bill"},
		{Statement: std("backup-plus", "Backup+, a cloud and hosting service from which the user can take out the data stored.", "Some specific apps and services allow you to take out the informed stored by the user into Vodafone’s cloud and hosting services, for example Backup+."),
			Kind: category.ServiceMobileApp, Name: "Backup+"},
		{Statement: std("value-added-services", "Value-added services that use location-based information.", "Location Based Information for value added services (excluding network traffic data)"),
			Kind: category.ServiceTelecom, Name: "value added services"},
		{Statement: std("v-by-vodafone", "V by Vodafone, a product tab of \"Privacy and products\".", "V by Vodafone"),
			Kind: category.ServiceDevice, Name: "V by Vodafone"},
		{Statement: std("enterprise-products", "Enterprise Products, a product tab of \"Privacy and products\".", "Enterprise Products"),
			Kind: category.ServiceTelecom, Name: "Enterprise Products"},
		{Statement: std("marketing-email", "Marketing by e-mail, one of the methods one can opt out of alone.", quoteOptOutWays),
			Kind: category.ServiceEmail, Name: "marketing e-mail"},
		{Statement: std("marketing-sms", "Marketing by SMS and MMS.", quoteOptOutWays),
			Kind: category.ServiceSMS, Name: "marketing SMS and MMS"},
		{Statement: std("marketing-phone", "Marketing calls; one can tell the adviser on such a call.", quoteOptOutWays),
			Kind: category.ServiceCallCentre, Name: "marketing calls"},
		{Statement: std("marketing-post", "Marketing by post.", quoteOptOutWays),
			Kind: category.ServiceCorrespondence, Name: "marketing by post"},
	}

	p.Documents = []policy.Document{
		{Statement: st("where-vodafone-operates", "you can find links to all of the Vodafone operating companies that are part of the Vodafone Group."),
			Kind: policy.DocumentOther, Title: "where Vodafone operates globally", URL: "http://www.vodafone.com/content/index/about/where.html"},
		{Statement: st("privacy-commitments", "in our Privacy Centre. We aim to put these commitments at the heart of everything we do."),
			Kind: policy.DocumentOther, Title: "Privacy Commitments", URL: "http://www.vodafone.com/content/index/about/privacy.html"},
		{Statement: std("cookie-policy", "The notice's cookie policy (\"Our cookie policy\"), part of the same page, with its cookie tables and local storage examples.", "Check our cookie policy as cookies on your device can improve your online experience and give you personalised and tailored offers."),
			Kind: policy.DocumentCookiePolicy, Title: "Cookie Policy"},
		{Statement: st("product-supplements", "You can refer to the specific privacy supplement for each product/service for more information on the data processed."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "specific privacy supplement for each product/service"},
		{Statement: st("device-maker-notices", "Those third-party device manufacturers will process your personal data in accordance with their requirements and we recommend that you read their privacy notices / policies before choosing to connect your sim to their devices."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "their privacy notices / policies"},
		{Statement: st("seller-policies", "The seller’s terms and conditions, privacy and cookies policies will apply to how it uses your personal information – please read them carefully."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "The seller’s terms and conditions, privacy and cookies policies"},
		{Statement: st("general-terms", "Up to 24 months plus current month for billing and our purposes (as described above under \"To provide you with your service\" and in our general terms and conditions)."),
			Kind: policy.DocumentTermsOfUse, Title: "general terms and conditions"},
		{Statement: st("adequacy-decisions", "list of adequacy decisions"),
			Kind: policy.DocumentThirdPartyInfo, Title: "list of adequacy decisions", URL: "https://ec.europa.eu/info/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en"},
		{Statement: st("third-party-site-policies", "So, make sure you read that company’s privacy and cookies policies before using or putting your personal information on their site."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "that company’s privacy and cookies policies"},
		{Statement: st("social-network-policies", "Social plug-ins and social applications are operated by the social network themselves and are subject to their own terms of use and privacy and cookies policies. You should make sure you’re familiar with these."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "their own terms of use and privacy and cookies policies"},
		{Statement: std("tab-apps", "A product tab of \"Privacy and products\"; the archived page shows no text in it.", "Get the details of how we utilize your data carefully to deliver personalized products and services like apps, TV and broadband."),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "Apps"},
		{Statement: std("tab-mobile", "A product tab of \"Privacy and products\"; no text in the archived page.", "Mobile"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "Mobile"},
		{Statement: std("tab-home-broadband", "A product tab of \"Privacy and products\"; no text in the archived page.", "Home broadband and phone"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "Home broadband and phone"},
		{Statement: std("tab-tv", "A product tab of \"Privacy and products\"; no text in the archived page.", "TV"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "TV"},
		{Statement: std("tab-analytics-marketing", "A product tab of \"Privacy and products\"; no text in the archived page.", "Analytics and Marketing"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "Analytics and Marketing"},
		{Statement: std("tab-onenumber", "A product tab of \"Privacy and products\"; no text in the archived page.", "OneNumber"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "OneNumber"},
		{Statement: std("tab-v-by-vodafone", "A product tab of \"Privacy and products\"; no text in the archived page.", "V by Vodafone"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "V by Vodafone"},
		{Statement: std("tab-enterprise", "A product tab of \"Privacy and products\"; no text in the archived page.", "Enterprise Products"),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "Enterprise Products"},
		{Statement: st("about-cookies", "If you want to know more about cookies, head to"),
			Kind: policy.DocumentThirdPartyInfo, Title: "aboutcookies.org", URL: "https://www.aboutcookies.org/"},
		{Statement: st("all-about-cookies", "If you want to know more about cookies, head to"),
			Kind: policy.DocumentThirdPartyInfo, Title: "allaboutcookies.org", URL: "https://allaboutcookies.org/"},
		{Statement: std("cookiepedia", "Each cookie name and third-party host of the cookie tables links to its page on cookiepedia.co.uk.", "Cookie Subgroup | Cookies | Cookies used | Lifespan"),
			Kind: policy.DocumentThirdPartyInfo, Title: "Cookiepedia", URL: "https://cookiepedia.co.uk/"},
		{Statement: st("customer-communications-law", "Vodafone has to respond to government's legal demands for customer data. You can read more about the legal powers to access customer communications."),
			Kind: policy.DocumentThirdPartyInfo, Title: "Read about the legalities around customer communications", URL: "https://www.citizensinformation.ie/en/consumer/phone-internet-tv-and-postal-services/regulation-of-postal-services-phone-internet-radion-and-tv/"},
		{Statement: std("breach-reporting", "The page the notice links for reporting a data breach: the Data Protection Commission's breach-notification page.", "If you think there is a data breach please submit the details"),
			Kind: policy.DocumentThirdPartyInfo, Title: "Learn how to report a data breach", URL: "https://www.dataprotection.ie/en/organisations/know-your-obligations/breach-notification"},
		{Statement: std("retention-schedule", "The notice's own retention schedule (\"How long we keep your personal information\"), referred to from the FAQ.", "If you feel that you did not receive all the personal data that you expected, please refer to the Privacy Statement where you will find an overview of our data retention schedule giving details of the length of time we retain different types of personal data."),
			Kind: policy.DocumentOther, Title: "data retention schedule"},
	}

	p.Controllers = []policy.Controller{{
		Statement:    std("vodafone-ireland", "“Vodafone/we/us/our” means Vodafone Ireland, a member of the Vodafone Group; the sharing list names it Vodafone Ireland Limited.", quoteWhoWeAre),
		LegalName:    "Vodafone Ireland Limited",
		TradingNames: []string{"Vodafone Ireland", "Vodafone"},
		Address:      &contact.Address{Lines: []string{"70 St. Stephen's Green"}, Locality: "Dublin 2", PostalCode: "D02 E2X4", Country: "IE"},
		Contacts:     []string{"contact-switchboard", "contact-general-email", "contact-privacy-email", "contact-customer-care"},
		Identifiers:  []policy.Identifier{{Scheme: policy.SchemeCompanyRegister, Value: "326967", Jurisdiction: "IE"}},
	}}

	p.Officers = []policy.Officer{
		{Statement: st("dpo", "You may contact our Data Protection Officer by email at"),
			Role: policy.OfficerDataProtectionOfficer, Name: "Data Protection Officer", Contacts: []string{"contact-dpo"}},
	}

	p.Contacts = []contact.Point{
		{ID: "contact-switchboard", Name: "main switchboard", Role: contact.RoleGeneral,
			Phones:      []contact.Phone{{Number: "(01) 2037000", Country: "IE"}, {Number: "01 2037000", Country: "IE", Label: "for non-customers to report unwanted communications"}},
			Description: "Vodafone's main switchboard; non-customers call it to report unwanted communications.",
			Quote:       "Our main switchboard is (01) 2037000 or you can email us at"},
		{ID: "contact-general-email", Name: "Vodafone e-mail address (hidden in the archived text)", Role: contact.RoleGeneral,
			Description: "The e-mail address given beside the switchboard; the archived page hides it.",
			Quote:       "Our main switchboard is (01) 2037000 or you can email us at"},
		{ID: "contact-privacy-email", Name: "privacy questions e-mail address (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Description: "For questions about the privacy notice; the archived page hides the address.",
			Quote:       "Your opinion matters to us – if you have any questions about our privacy notice, you can email us at:"},
		{ID: "contact-customer-care", Name: "Customer Care team", Role: contact.RoleCustomerService,
			Phones:      phone("1907"),
			URLs:        []string{supportPage},
			Description: "The Customer Care (Customer Services) team, on 1907 or through the support and contact us page; for questions about the notice, corrections, access requests, restriction, erasure, objection, withdrawing consent, marketing opt-outs and complaints.",
			Quote:       "or you can contact our Customer Care team on 1907."},
		{ID: "contact-dpo", Name: "Data Protection Officer", Role: contact.RoleDataProtectionOfficer,
			Addresses:   []contact.Address{{Lines: []string{"0 St. Stephen's Green"}, Locality: "Dublin 2", Country: "IE"}},
			Description: "By e-mail (the archived page hides the address) or in writing to \"0 St. Stephen's Green, Dublin 2\", as the text writes it (the registered office is 70 St. Stephen's Green). Also where to complain about an access response.",
			Quote:       "You may contact our Data Protection Officer by email at"},
		{ID: "contact-preferences-line", Name: "interactive preference options", Role: contact.RoleOptOut,
			Phones:      phone("1800 200 234"),
			Description: "A phone line to manage marketing preferences and privacy settings, and to change analysis and tailored-offer choices.",
			Quote:       "Call 1800 200 234 to manage your preferences using our interactive preference options;"},
		{ID: "contact-objection-email", Name: "e-mail address for objections (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Quote: "Please contact our Customer Care team on 1907 or email us at"},
		{ID: "contact-consent-email", Name: "e-mail address for withdrawing consent (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Quote: "You can also contact our Customer Care team on 1907 or email us at"},
		{ID: "contact-marketing-email", Name: "e-mail address for guidance on marketing opt-outs (hidden in the archived text)", Role: contact.RoleOptOut,
			Quote: "for guidance."},
		{ID: "contact-complaint-email", Name: "e-mail address for rights and complaints (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Quote: "If you want to contact us about any of your rights or to complain about how we use your information, contact our"},
		{ID: "contact-dpc", Name: "Data Protection Commission", Role: contact.RoleSupervisoryAuthority,
			Phones:      []contact.Phone{{Number: "+353 (1) 765 01 00", Country: "IE"}, {Number: "1800 437 737", Country: "IE"}},
			Addresses:   []contact.Address{{Recipient: "Data Protection Commission", Lines: []string{"6 Pembroke Row"}, Locality: "Dublin 2", PostalCode: "D02 X963", Country: "IE"}},
			Description: "The Irish supervisory authority (the text also calls it the Data Protection Commissioner); it has an e-mail address the archived page hides.",
			Quote:       "In writing: Data Protection Commission, 6 Pembroke Row, Dublin 2, D02 X963, Ireland"},
		{ID: "contact-sar-form", Name: "subject access request form", Role: contact.RolePrivacyRequests,
			URLs:        []string{sarForm},
			Description: "An online form (a PDF) to fill out, or to post to the address on the form.",
			Quote:       "To make this request as an individual or an authorised 3rd party, please fill out the"},
		{ID: "contact-non-customer-email", Name: "e-mail address for non-customers (hidden in the archived text)", Role: contact.RoleGeneral,
			Quote: "If you are not a Vodafone customer, please contact us at 01 2037000 or at"},
		{ID: "contact-deletion-email", Name: "e-mail address for deletion requests (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Quote: "If you do not have an active account, or if you wish to make a request regarding specific information that you would like us to delete please email us at"},
		{ID: "contact-rectification-email", Name: "e-mail address for rectification requests (hidden in the archived text)", Role: contact.RolePrivacyRequests,
			Quote: "If you become aware that Vodafone may have other information that is incorrect or outdated relating to you, you can submit a request to have this rectified by emailing us at"},
	}

	p.Subjects = []policy.Subject{
		{Statement: std("customers", "Vodafone's customers", "As our customer, we will keep you informed generally about new products and services, send you newsletters or white papers, invite you to participate in a survey or let you know about offers, promotions, prize draws or competitions."),
			Kind: category.SubjectCustomer},
		{Statement: std("non-customers", "people who are not Vodafone customers, who contact a Vodafone customer or customer care team, or receive communications from Vodafone", "if you are a non-Vodafone customer and contact a Vodafone customer or a Vodafone customer care team."),
			Kind: category.SubjectNonCustomer},
		{Statement: std("prospects", "people who are not customers but consented to marketing when enquiring about products and services", "In some cases, you may receive marketing from Vodafone, even if you’re not a customer. This happens if you have consented to marketing when enquiring about our products and services."),
			Kind: category.SubjectProspect},
		{Statement: std("former-customers", "people whose contract with Vodafone has finished or who ceased or closed their service", "We’ll keep some personal information for a reasonable period after your contract with us has finished in case you decide to use our services again;"),
			Kind: category.SubjectFormerCustomer},
		{Statement: std("bill-pay-customers", "customers of products and services operated on a bill pay basis, with consumer bill pay contracts", "Copies of consumer bill pay contracts are retained for 24 months."),
			Kind: category.SubjectCustomer},
		{Statement: std("payg-customers", "Pay as you go customers", "Pay as you go customers will receive a document with records of calls including time and date, and number dialled."),
			Kind: category.SubjectCustomer},
		{Statement: std("active-account-holders", "people with an active account with Vodafone", "If you have an active account with Vodafone, we will be unable to delete your personal data."),
			Kind: category.SubjectAccountHolder},
		{Statement: std("visitors", "visitors to the website", "Performance cookies collect information about how visitors use our website, such as which pages are visited most often and if users encounter error messages."),
			Kind: category.SubjectVisitor},
		{Statement: std("employees", "the Vodafone employee a caller speaks to", "By recording your phone call with Vodafone, you will be collecting the personal data of the employee that you are speaking to and will need to notify them that the call is being recorded."),
			Kind: category.SubjectEmployee},
	}

	p.Collection = []policy.Collection{
		// Directly from you.
		{Statement: std("collect-sign-up", "when you sign up to any of our products or services; the information collected varies with the products and services used, how they are used and how you have interacted with Vodafone", "sign up to any of our products or services;"),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodSignUp}},
		{Statement: scoped(services("network"), st("collect-network-use", "use our network or other Vodafone products or services;")),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		{Statement: st("collect-support-contact", "contact us through various channels for support or ask for information about products or services;"),
			Data: data(category.DataInquiry, category.DataSupportRecords), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall, category.MethodChat, category.MethodCorrespondence}},
		{Statement: scoped(services("website"), st("collect-website-visit", "visit or browse our website; and")),
			Data: data(category.DataUsage), Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie}},
		{Statement: scoped(subjects("non-customers"), st("collect-non-customer-contact", "if you are a non-Vodafone customer and contact a Vodafone customer or a Vodafone customer care team.")),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall, category.MethodCorrespondence}},
		// From third parties.
		{Statement: st("collect-third-party-sources", "Information we obtain from other sources, such as credit agencies, fraud-prevention agencies, and from other data providers. This includes demographic data, interest-based data, and internet browsing behaviour."),
			Data:    data(category.DataDemographic, category.DataInferredInterests, category.DataCrossSiteActivity),
			Sources: []category.Source{category.SourceThirdParty},
			From: []policy.Party{
				{Types: []category.Recipient{category.RecipientCreditReferenceAgency}, Description: "credit agencies"},
				{Types: []category.Recipient{category.RecipientFraudPreventionAgency}, Description: "fraud-prevention agencies"},
				{Types: []category.Recipient{category.RecipientDataBroker}, Description: "other data providers"},
			}},
		// The types of information we may have.
		{Statement: st(contactDetails, "Contact details: Such as your name, address, phone and/or mobile number and email address;"),
			Data: data(category.DataName, category.DataPostalAddress, category.DataPhone, category.DataEmail)},
		{Statement: st(financialDetails, "Financial details: Such as your credit or debit card information, information about your bank account and other banking information – for example, you’ll have to give us this information when you open an account with us."),
			Data: data(category.DataPaymentCard, category.DataBankAccount, category.DataFinancial), Sources: []category.Source{category.SourceDataSubject},
			Methods: []category.Method{category.MethodRegistration}, Requirement: policy.RequirementRequired},
		{Statement: st("collect-payment-data", "We’ll collect the data necessary to process a payment whenever you make a purchase;"),
			Data: data(category.DataFinancial, category.DataTransaction), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodPurchase},
			Requirement: policy.RequirementRequired},
		{Statement: scoped(services("network", "mobile"), std(trafficData, "a record kept every time you use your mobile phone: the number called or sent an SMS or MMS to; the length, date and time; the amount of data used; the approximate location based on the nearest cell", quoteTraffic)),
			Data:    data(category.DataTraffic, category.DataCallDetailRecords, category.DataPhone, category.DataVisitTime, category.DataServiceUsage, category.DataNetworkLocation),
			Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		{Statement: st("collect-incoming-traffic", "The same is also recorded every time you receive an incoming call or message."),
			Data:    data(category.DataTraffic, category.DataCallDetailRecords),
			Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		{Statement: policy.Statement{ID: "collect-no-content", Not: true, Quote: "This is data we see as part of providing you with connectivity; we don’t, however, keep a record of the content of your calls or messages."},
			Data: data(category.DataCommunicationsContent), Methods: []category.Method{category.MethodNetwork}},
		{Statement: st(deviceInfo, "Information about your device or connectivity: such as IP address, IMEI and MSISDN."),
			Data:    data(category.DataIPAddress, category.DataIMEI, category.DataMSISDN),
			Sources: []category.Source{category.SourceAutomatic, category.SourceServiceGenerated}, Methods: []category.Method{category.MethodDevice, category.MethodNetwork}},
		{Statement: std(locationPrecise, "precise location where it uses GPS data or nearby mobile phone masts and Wi-Fi hotspots, when you enable location-based services or features", "Your location data: This can be precise where it uses Global Positioning System (GPS) data or by identifying nearby mobile phone masts and Wi-Fi hotspots and you enable location-based services or features."),
			Data: data(category.DataPreciseLocation), Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodDevice, category.MethodAppPermission},
			Requirement: policy.RequirementOptional},
		{Statement: std(locationApprox, "less precise location derived from your IP address or from data such as a post code or name of a town or city", "Or less precise where, for example, a location is derived from your IP address or data such as a post code or name of a town or city;"),
			Data: data(category.DataApproximateLocation), Sources: []category.Source{category.SourceInferred}},
		{Statement: scoped(services("customer-care", "live-chat"), st(contactWithUs, "Your contact with us: Such as a note or recording of a call you make to one of our contact centres, a Live Chat, an email or letter sent, or other records of any contact with us;")),
			Data:    data(category.DataSupportRecords, category.DataCallRecording, category.DataCorrespondence),
			Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall, category.MethodChat, category.MethodCorrespondence}},
		{Statement: st(accountInfo, "Your account information: Such as your date of birth, gender, dates of payment owed or received, subscriptions you use, account numbers or other information related to your account or included in My Vodafone;"),
			Data: data(category.DataDateOfBirth, category.DataSex, category.DataTransaction, category.DataServiceUsage, category.DataAccountID, category.DataAccount)},
		{Statement: st(credentials, "Credential information: We’ll collect passwords, hints, and similar security information used for authentication and access to accounts and services;"),
			Data: data(category.DataCredentials), Sources: []category.Source{category.SourceDataSubject}},
		{Statement: std(preferences, "preferences for products, services and lifestyle activities when you tell us what they are", "Your preferences: for products, services and lifestyle activities when you tell us what they are, or we assume what they are, based on how you use the products and services;"),
			Data: data(category.DataPreferences, category.DataInterests), Sources: []category.Source{category.SourceDataSubject}},
		{Statement: std(inferredPrefs, "preferences we assume, based on how you use the products and services", "Your preferences: for products, services and lifestyle activities when you tell us what they are, or we assume what they are, based on how you use the products and services;"),
			Data: data(category.DataInferredInterests), Sources: []category.Source{category.SourceInferred}},
		{Statement: std(cookieData, "what is collected using cookies, web beacons and other technologies, including advertising data, as the Cookie Policy details", "for details on what we collect using cookies, web beacons and other technologies, including advertising data;"),
			Data:    data(category.DataCookieID, category.DataAdInteraction),
			Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie, category.MethodWebBeacon},
			Trackers: ids("tracker-cookies", "tracker-web-beacons", "tracker-other-technologies")},
		{Statement: std(browsing, "the categories of website you have browsed on your mobile, device or PC (for example Sports, Music or News), if you have given your permission", quoteBrowsing),
			Data:    data(category.DataCrossSiteActivity, category.DataInferredInterests),
			Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork},
			Requirement: policy.RequirementOptional},
		{Statement: st("collect-service-quality", "Information about how you use our products and services: Such as the level of service that you receive – for example, network or service faults and other events that may affect our network services or other services;"),
			Data:    data(category.DataUsage, category.DataErrors, category.DataPerformance),
			Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		{Statement: scoped(services("vtv"), st("collect-vtv-viewing", "or your viewing history if you use our VTV product for example.")),
			Data: data(category.DataUsage), Sources: []category.Source{category.SourceServiceGenerated}},
		{Statement: scoped(services("ciot", "vtv"), std("collect-product-specific", "details of your use of specific services or products, such as CIOT devices or VTV, described in each product's privacy supplement", "Details of your use of the specific services or products: for example CIOT devices or VTV.")),
			Data: data(category.DataUsage), Sources: []category.Source{category.SourceServiceGenerated}},
		// Data named in the purpose tables.
		{Statement: std(crmData, "Customer Relationship Management data", "Customer Relationship Management data"),
			Data: data(category.DataSupportRecords), Sources: []category.Source{category.SourceServiceGenerated}},
		{Statement: std(contentData, "content data: the content of your interactions with us (customer care call recordings, live chat transcripts)", "Content of your interactions with us (customer care call recordings, live chat transcripts)"),
			Data: data(category.DataCallRecording, category.DataSupportRecords), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall, category.MethodChat}},
		{Statement: std("collect-questionnaire", "Questionnaire answers", "Questionnaire answers"),
			Data: data(category.DataSurveyResponse), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodSurvey}},
		{Statement: std("collect-third-party-data", "Third Party Data: data received from third parties, used for fraud prevention and security", "We will process your data and data received from third parties to protect and detect misuse or damage to our networks and to protect against and detect fraud across our products and services"),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceThirdParty}},
		{Statement: std("collect-accuracy-sources", "information from other sources that supplements what Vodafone collects, to assess the accuracy of what it holds", "We sometimes supplement the information we collect about you with information from other sources to assess the accuracy of the information that we hold."),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceThirdParty}},
		{Statement: scoped(services("stores"), std("collect-cctv", "CCTV footage: images and video footage at stores and sites", "We may use CCTV footage to safeguard our stores and sites.")),
			Data: data(category.DataPhoto, category.DataVideo), Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCamera}},
		{Statement: std(deviceSIM, "Data about the Device and SIM", "Data about the Device and SIM"),
			Data:    data(category.DataIMEI, category.DataSubscriberID),
			Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		// Third parties that we work with.
		{Statement: std("collect-merger-data", "personal information received from another organisation in a reorganisation, merger or divestment", "If we reorganised or merged with or divested part of our business to another organisation, we may need to provide your information to that other organisation or their advisers or receive personal information from that other organisation."),
			Data: data(category.DataPersonal), Sources: []category.Source{category.SourceThirdParty},
			From: []policy.Party{{Types: []category.Recipient{category.RecipientOtherCompany}, Description: "that other organisation"}}},
		{Statement: scoped(services("one-number"), std("collect-sim-details", "your SIM details or your interaction with the network, recorded by the makers of third-party devices you connect your SIM with (mobile phones, smart speakers, smartwatches), manually or through OneNumber", quoteSIM)),
			Data:    data(category.DataSubscriberID, category.DataUsage),
			Sources: []category.Source{category.SourceThirdParty}, Methods: []category.Method{category.MethodConnectedDevice},
			From: []policy.Party{{Types: []category.Recipient{category.RecipientOtherCompany}, Description: "third-party device manufacturers"}}},
		// Cookies.
		{Statement: policy.Statement{ID: "collect-cookies-no-personal", Not: true, Description: "Our cookies don't hold personal information such as your name or bank details - they simply let us find that information once you're logged in.", Quote: "Our cookies don't hold personal information such as your name or bank details - they simply let us find that information once you're logged in."},
			Data: data(category.DataName, category.DataBankAccount), Methods: []category.Method{category.MethodCookie}, Trackers: ids("tracker-cookies")},
		{Statement: policy.Statement{ID: "collect-necessary-no-pii", Not: true, Quote: "These cookies do not store any personally identifiable information."},
			Data: data(category.DataPersonal), Methods: []category.Method{category.MethodCookie}, Trackers: ids("strictly-necessary-cookies")},
		{Statement: scoped(subjects("visitors"), std("collect-performance-cookies", "how visitors use the website: which pages are visited most often, error messages, usage patterns; personal information that can be linked to individual accounts or user profiles", "While these cookies help us enhance website performance and user experience, they collect personal information that can be linked to individual accounts or user profiles.")),
			Data:    data(category.DataPageViews, category.DataErrors, category.DataUsage, category.DataAccountID),
			Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie}, Trackers: ids("performance-cookies")},
		{Statement: std("collect-targeting-cookies", "data based on uniquely identifying your browser and internet device", "They do not store directly personal information, but are based on uniquely identifying your browser and internet device."),
			Data:    data(category.DataCookieID, category.DataDeviceID, category.DataBrowser, category.DataCrossSiteActivity),
			Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie}, Trackers: ids("targeting-cookies")},
		{Statement: policy.Statement{ID: "collect-targeting-no-direct", Not: true, Description: "directly personal information", Quote: "They do not store directly personal information, but are based on uniquely identifying your browser and internet device."},
			Data: data(category.DataName, category.DataContact), Methods: []category.Method{category.MethodCookie}, Trackers: ids("targeting-cookies")},
		{Statement: std("collect-social-cookies", "your browser across other sites, to build up a profile of your interests", "They are capable of tracking your browser across other sites and building up a profile of your interests."),
			Data:    data(category.DataCrossSiteActivity, category.DataInferredInterests),
			Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie, category.MethodSocialWidget}, Trackers: ids("social-media-cookies")},
		{Statement: scoped(services("online-shop", "my-vodafone", "cherry-points"), std("collect-required-cookies", "cookies must be enabled to buy a phone or sign up to services like My Vodafone or Vodafone Cherry Points on Pay as you go", "To buy a phone or sign up to services like My Vodafone or Vodafone Cherry Points on Pay as you go, you must have cookies enabled on your internet browser.")),
			Data: data(category.DataCookieID), Sources: []category.Source{category.SourceAutomatic}, Methods: []category.Method{category.MethodCookie},
			Requirement: policy.RequirementRequired, Trackers: ids("tracker-cookies")},
		{Statement: std("collect-local-storage", "which of our digital tools you have used and what you've done on the site", "We use local storage to keep track of which of our digital tools you have used and what you've done on the site."),
			Data:    data(category.DataUsage, category.DataAppUsage),
			Sources: []category.Source{category.SourceAutomatic}, Trackers: ids("tracker-local-storage")},
		// Frequently asked questions.
		{Statement: std("collect-security-questions", "answers to security questions asked each time you contact Vodafone", "Each time you contact Vodafone you may be asked a number of security questions to confirm your identity."),
			Data: data(category.DataCredentials), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall}},
		{Statement: scoped(services("customer-care"), std("collect-call-recordings", "some calls, recorded for quality and training purposes; you are notified each time you are in contact with Vodafone that the call may be recorded. Not all calls are recorded and the person with whom you speak will not be able to confirm if the call is being recorded at the time of the call.", "You will be notified each time you are in contact with us that the call may be recorded for this purpose.")),
			Data: data(category.DataCallRecording), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall}},
		{Statement: scoped(services("sales-centres"), st("collect-sales-calls", "Our sales centres record all calls which will be retained for 24 months from the date of the call for the purpose of recording the details of your contract.")),
			Data: data(category.DataCallRecording, category.DataContract), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodCall}},
		{Statement: scoped(subjects("non-customers"), st("collect-non-customer-report", "We may need to collect some information from you in order to investigate this, (for example, we may ask for your email address and information on the content of the email received).")),
			Data: data(category.DataEmail, category.DataCorrespondence), Sources: []category.Source{category.SourceDataSubject}, Methods: []category.Method{category.MethodProblemReport}},
		{Statement: policy.Statement{ID: "collect-no-message-content", Not: true, Quote: "We don’t keep a record of the content of any messages you send."},
			Data: data(category.DataCommunicationsContent)},
		{Statement: policy.Statement{ID: "collect-no-incoming", Not: true, Description: "information on incoming calls (the FAQ's words; the list of traffic data says a record is also kept of incoming calls and messages)", Quote: "Vodafone does not have information on incoming calls"},
			Data: data(category.DataCallDetailRecords)},
		{Statement: st("collect-call-location", "Network location data will be collected each time you make a call. This information tells us which mobile phone cell site you connected to."),
			Data: data(category.DataNetworkLocation), Sources: []category.Source{category.SourceServiceGenerated}, Methods: []category.Method{category.MethodNetwork}},
		{Statement: scoped(subjects("bill-pay-customers"), std("collect-contracts", "copies of consumer bill pay contracts", "Copies of consumer bill pay contracts are retained for 24 months.")),
			Data: data(category.DataContract), Sources: []category.Source{category.SourceDataSubject}},
	}

	p.Combinations = []policy.Combination{
		{Statement: st("combine-usage", "We collect and combine information in order to monitor your use of products and services, and that of our other customers, as well as to help us to improve the quality of our products and services."),
			Collections: ids("collect-network-use", "collect-service-quality"), With: data(category.DataUsage)},
		{Statement: st("combine-cookie-ads", "We may also combine data collected via the cookies with other data we have collected."),
			Collections: ids(cookieData), With: data(category.DataPersonal)},
		{Statement: st("combine-performance-account", "We combine this data with account information to provide a more personalized and improved services."),
			Collections: ids("collect-performance-cookies"), With: data(category.DataAccount)},
		{Statement: st("combine-accuracy", "We sometimes supplement the information we collect about you with information from other sources to assess the accuracy of the information that we hold."),
			Collections: ids(contactDetails, accountInfo), With: data(category.DataPersonal), Sources: []category.Source{category.SourceThirdParty}},
	}

	const (
		qOrders       = "To process orders for the products and services you’ve bought from us, and keep you updated with the progress of your order."
		qProvide      = "To provide the relevant products or services to you. This includes other services not included in your agreement with us, services that use information about where you are, and to contact you with messages about changes to the products or services."
		qPartner      = "When you’ve purchased Vodafone products and services using a third party or partner organisation, we often need to exchange information with them as part of managing that relationship and your account – for example, to be able to identify your order and be able to pay them."
		qNetworkUse   = "To understand how you use our networks, products and services. That way we can seek to review, develop, and improve these, develop more interesting and relevant products and services, as well as personalising our products and services."
		qRoaming      = "To improve your roaming experiences and understand how Vodafone is performing in providing roaming services, whether Roaming Services and related products are working as intended, or whether improvements are needed to make roaming better. Vodafone uses personal data such as your name, email address, mobile phone number and call records in order to do this."
		qVoice        = "For staff training, ensuring quality of engagement and verification of your identity Vodafone record calls made to and from our call centres."
		qInteraction  = "We may use the content of your interactions with us to help us create efficiencies and to improve the tools that we use to communicate with you and ensure the quality and accuracy of these services e.g. our automated live chat feature."
		qMarketing    = "We process this data for the purpose of sending you marketing communications. We may also contact you about products and services offered by those companies that may be of interest to you. We can further tailor these messages using your calling and messaging activities, location information and browsing information, if you have authorised that we process this information for this purpose."
		qCustomerMkt  = "As our customer, we will keep you informed generally about new products and services, send you newsletters or white papers, invite you to participate in a survey or let you know about offers, promotions, prize draws or competitions."
		qTargeted     = "To deliver advertising that is relevant to you, you’ll also see targeted advertising online based on the use of cookies. This is known as interest-based advertising. It can be on websites belonging to the Vodafone Group, those of other organisations, as well as other online media channels such as social media sites."
		qAnalytics    = "Perform market research and to carry out research and statistical analysis, including to monitor how customers use our networks, products and services on an anonymous or personal basis;"
		qCreditID     = "We will also use your personal information for identity verification purposes, for access to your account and for general account management."
		qFraud        = "We will process your data and data received from third parties to protect and detect misuse or damage to our networks and to protect against and detect fraud across our products and services"
		qNetSec       = "We will process your traffic data in order to protect and detect misuse or damage to our networks or to detect and resolve fraudulent use of our networks (and our partner roaming networks) and to solve technical issues you are experiencing."
		qComplaints   = "Regarding the processing of electronic communications content and of metadata carried out in connection with the provision and use of electronic communications services"
		qPostContract = "We’ll keep some personal information for a reasonable period after your contract with us has finished in case you decide to use our services again; to allow us to answer any questions you might have after you cease your services, or for our own business and reporting requirements."
		qGroupTasks   = "Vodafone Ireland is part of the Vodafone Group and we use some services provided to us by other Vodafone companies for performing certain tasks (for example, customer care, administrative functions, and roaming services)."
		qAnalysis     = "While we need to collect and store your personal data in order to manage your account, we may also use this data for analysis of how you use our products and services, and to send you tailored special offers based on your data."
		qCookieUses   = "We use cookies to do a number of things. For example, remembering your preferences, recording what you’ve put in your shopping basket, or counting the number of people looking at the website."
		qCookieTrack  = "We also use cookies to keep track of what you've bought from us and what you've done on the site and to understand how you came to our site."
		qCookieSvc    = "Cookies also mean you can use services such as tracking your order, checking your account or topping up."
		qPerformance  = "Performance cookies collect information about how visitors use our website, such as which pages are visited most often and if users encounter error messages. These cookies also collect specific data to help us understand usage patterns."
		qFunctional   = "These cookies enable the website to provide enhanced functionality and personalisation."
		qTargeting    = "These cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites."
		qSocial       = "These cookies are set by a range of social media services that we have added to the site to enable you to share our content with your friends and networks."
		qLocalUses    = "Local Storage also means you can use additional services such as live chat or allows us to survey customers regarding their experience."
		lbIntroLI     = "fraud prevention, maintaining the security of our network and services, direct marketing, and improvement of our services"
	)
	marketingPurposes := func() []string {
		return []string{"mkt-intro", "mkt-consent", "mkt-other-companies", "mkt-tailoring", "mkt-group", "mkt-customer-news", "mkt-newsletters", "mkt-surveys", "mkt-promotions", "mkt-customer-tailoring", "use-browsing-marketing", "post-contract-marketing", "faq-tailored-offers"}
	}

	p.Purposes = []policy.Purpose{
		// Personal information we collect about you.
		{Statement: std("use-browsing-marketing", "send you personalised marketing, using the categories of website you browse", quoteBrowsingUse),
			Kind: category.PurposeDirectMarketing, Collections: ids(browsing), Choice: policy.ModeOptIn},
		{Statement: std("use-browsing-ads", "show you personalised advertising, using the categories of website you browse", quoteBrowsingUse),
			Kind: category.PurposeTargetedAdvertising, Collections: ids(browsing), Choice: policy.ModeOptIn},
		{Statement: std("use-browsing-connection", "to enable the connection to be made: the sites you browse are kept only for a short period of time", "However, we don’t have a history of the sites you browse, as this is limited for a short period of time to enable the connection to be made."),
			Kind: category.PurposeServiceProvision, Data: data(category.DataCrossSiteActivity)},
		// How we use your personal information and our lawful basis to do so.
		{Statement: std("use-ai-service", "help us provide you with a requested product or service, with Artificial Intelligence; where necessary Vodafone discloses that content is generated by A.I.", "We may use Artificial Intelligence (A.I.) to help us provide you with a requested product or service. If we use A.I. we will do so responsibly, and where necessary we will disclose that the content is generated by A.I."),
			Kind: category.PurposeServiceProvision},
		{Statement: std("use-reconcile-accounts", "reconciling customer accounts, assisted by automated tools", "We may also use automated tools to assist with activities such as reconciling customer accounts and improving service efficiency."),
			Kind: category.PurposeAccountManagement, Collections: ids(accountInfo)},
		{Statement: std("use-service-efficiency", "improving service efficiency, assisted by automated tools", "We may also use automated tools to assist with activities such as reconciling customer accounts and improving service efficiency."),
			Kind: category.PurposeImprovement},
		{Statement: std("use-connectivity", "provide connectivity so you can make calls and texts and browse the internet on your phone, processing the numbers you dial, how much data you use and when", "The performance of your contract or to enter into the contract and to take action on your requests for example, so you can make calls and texts, and browse the internet on your phone, we process things like the numbers you dial, how much data you’re using and when you’re doing it so we can provide connectivity."),
			Kind: category.PurposeServiceProvision, Collections: ids(trafficData), Data: data(category.DataCallDetailRecords, category.DataServiceUsage, category.DataVisitTime),
			LegalBases: bases(contract())},
		{Statement: std("use-usage-billing", "generate your bill, based on your usage", "This also enables us to generate your bill, based on your usage."),
			Kind: category.PurposePayment, Collections: ids(trafficData), LegalBases: bases(contract())},
		{Statement: scoped(subjects("bill-pay-customers"), std("use-credit-check-bill-pay", "credit checks when you apply for a product or service operated on a bill pay basis, to verify your suitability for entry into such a contract", "We also may conduct credit checks when you apply for a product or service, which is operated on a bill pay basis to verify your suitability for entry into such a contract.")),
			Kind: category.PurposeCreditCheck, LegalBases: bases(contract())},
		// Third parties that we work with.
		{Statement: std("use-corporate-transaction", "reorganising, merging with or divesting part of the business to another organisation", "If we reorganised or merged with or divested part of our business to another organisation, we may need to provide your information to that other organisation or their advisers or receive personal information from that other organisation."),
			Kind: category.PurposeCorporateTransaction, Collections: ids("collect-merger-data")},
		{Statement: scoped(services("one-number"), std("use-onenumber-eligibility", "validating your eligibility for the OneNumber product offering", quoteSIM)),
			Kind: category.PurposeServiceProvision, Collections: ids("collect-sim-details")},
		{Statement: scoped(services("charge-to-bill"), std("use-charge-to-bill", "charging the amount of a third-party product directly to your bill as part of Vodafone's arrangements with the seller", "Vodafone is only charging the amount directly to your bill as part of its arrangements with the seller.")),
			Kind: category.PurposePayment},
		{Statement: scoped(services("charge-to-bill"), std("use-third-party-purchase", "complete your purchase with the seller of a third-party product", quoteChargeToBill)),
			Kind: category.PurposeOrderFulfilment},
		// To provide you with your service.
		{Statement: std("svc-process-orders", "process orders for the products and services you’ve bought from us", qOrders),
			Kind: category.PurposeOrderFulfilment, Collections: ids(contactDetails, accountInfo, financialDetails), LegalBases: bases(contract())},
		{Statement: std("svc-order-updates", "keep you updated with the progress of your order", qOrders),
			Kind: category.PurposeOrderTracking, Collections: ids(contactDetails, accountInfo, financialDetails), LegalBases: bases(contract())},
		{Statement: std("svc-provide", "provide the relevant products or services to you, including other services not included in your agreement with us", qProvide),
			Kind: category.PurposeServiceProvision, Collections: ids(contactDetails, accountInfo, financialDetails), LegalBases: bases(contract())},
		{Statement: std("svc-location-services", "services that use information about where you are", qProvide),
			Kind: category.PurposeServiceProvision, Collections: ids(contactDetails, accountInfo, financialDetails), Data: data(category.DataLocation), LegalBases: bases(contract())},
		{Statement: std("svc-change-messages", "contact you with messages about changes to the products or services", qProvide),
			Kind: category.PurposeServiceCommunication, Collections: ids(contactDetails, accountInfo, financialDetails), LegalBases: bases(contract())},
		{Statement: std("svc-partner-exchange", "exchange information with a third party or partner organisation you bought Vodafone products and services through, as part of managing that relationship and your account, e.g. to identify your order and pay them", qPartner),
			Kind: category.PurposeOrderFulfilment, Collections: ids(contactDetails, accountInfo, financialDetails), LegalBases: bases(contract())},
		{Statement: std("svc-billing", "bill you for using our products and services, or take the appropriate amount of credit from you", "To bill you for using our products and services, or to take the appropriate amount of credit from you;"),
			Kind: category.PurposePayment, Collections: ids(accountInfo, financialDetails, contactWithUs), LegalBases: bases(contract())},
		{Statement: std("svc-payment-contact", "contact you if your billing information is about to expire or payment cannot be taken", "To contact you if the billing information you provided us with is about to expire or we’re not able to take payment;"),
			Kind: category.PurposeServiceCommunication, Collections: ids(accountInfo, financialDetails, contactWithUs), LegalBases: bases(contract())},
		{Statement: std("svc-customer-care", "respond to any questions or concerns you may have about our network, products or services", "To respond to any questions or concerns you may have about our network, products or services."),
			Kind: category.PurposeCustomerSupport, Collections: ids(accountInfo, financialDetails, contactWithUs), LegalBases: bases(contract())},
		{Statement: std("svc-service-messages", "customer service messages about products and services you’ve purchased: changes to terms and conditions, price plan and data use, upgrades you might be entitled to, roaming or service interruptions", "We will contact you with customer service messages to keep you updated with current information about products and services you’ve purchased. For example, changes to our terms and conditions, price plan and data use, upgrades you might be entitled to, roaming or service interruptions."),
			Kind: category.PurposeServiceCommunication, Collections: ids(contactDetails, accountInfo), LegalBases: bases(contract())},
		{Statement: std("svc-complaints", "complaint handling regarding the service provided by and under contract with Vodafone; Vodafone may also handle the complaint under a mandatory legal obligation", "NB: Vodafone may also handle your complaint in compliance with mandatory legal obligation as outlined in the ‘To comply with mandatory legal obligation’ section"),
			Kind: category.PurposeCustomerSupport, Collections: ids(accountInfo, crmData),
			LegalBases: bases(contract(), policy.LegalBasis{Basis: policy.BasisLegalObligation, Laws: gdpr(), Description: "in compliance with mandatory legal obligation as outlined in the ‘To comply with mandatory legal obligation’ section"})},
		// To improve our service.
		{Statement: std("imp-aggregate", "manage and improve the services we offer to everyone, with information about your use of products and services on an aggregated or anonymous basis", "We collect information about your use of our products and services on an aggregated or anonymous basis in order to help us manage and improve the services we offer to everyone."),
			Kind: category.PurposeImprovement, Data: data(category.DataNonPersonal)},
		{Statement: std("imp-anonymised", "improving and innovating our products and services with anonymised, de-identified or aggregated financial details and traffic data, not linked back to you; identifiable data only with your consent", "Where possible or practicable, we anonymise, de-identify or aggregate information in order to improve the service we offer to everyone. None of these analytics are linked back to you in any way. However, if the purpose requires the data to be processed in identifiable form, we will only do so if we have your consent."),
			Kind: category.PurposeImprovement, Collections: ids(financialDetails, trafficData), Data: data(category.DataNonPersonal),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("imp-monitor-usage", "monitor your use of products and services, and that of our other customers", "We collect and combine information in order to monitor your use of products and services, and that of our other customers, as well as to help us to improve the quality of our products and services."),
			Kind: category.PurposeAnalytics, Collections: ids("collect-network-use", "collect-service-quality")},
		{Statement: std("imp-third-party-reporting", "improving and innovating products and services through third parties: non-identifying reports to third parties such as content providers and advertisers, from anonymised or aggregated account information", "We provide this information to third parties (for example, to content providers and advertisers) but any such third-party reporting shall not include information which may identify an individual customer."),
			Kind: category.PurposeImprovement, Collections: ids(accountInfo), Data: data(category.DataNonPersonal),
			LegalBases: bases(li("to help us to improve the quality of our products and services"))},
		{Statement: std("imp-network-protect", "protect our networks", "To protect our networks and manage the volumes of calls, texts, and other uses of our networks. For example, we identify peak periods of use so we can try and ensure the networks can handle the volume at those times;"),
			Kind: category.PurposeSecurity, Collections: append(ids(trafficData), location()...),
			LegalBases: bases(li("protect our networks and manage the volumes of calls, texts, and other uses of our networks"))},
		{Statement: std("imp-network-capacity", "manage the volumes of calls, texts and other uses of our networks, identifying peak periods of use so the networks can handle the volume", "To protect our networks and manage the volumes of calls, texts, and other uses of our networks. For example, we identify peak periods of use so we can try and ensure the networks can handle the volume at those times;"),
			Kind: category.PurposeNetworkManagement, Collections: append(ids(trafficData), location()...),
			LegalBases: bases(li("protect our networks and manage the volumes of calls, texts, and other uses of our networks"))},
		{Statement: std("imp-usage-understanding", "understand how you use our networks, products and services", qNetworkUse),
			Kind: category.PurposeAnalytics, Collections: append(ids(trafficData), location()...), LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("imp-develop", "review, develop and improve our networks, products and services, and develop more interesting and relevant products and services", qNetworkUse),
			Kind: category.PurposeProductDevelopment, Collections: append(ids(trafficData), location()...), LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("imp-personalise", "personalising our products and services", qNetworkUse),
			Kind: category.PurposePersonalisation, Collections: append(ids(trafficData), location()...), LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("imp-roaming", "improve your roaming experiences and understand how Vodafone performs in providing roaming services, with personal data such as your name, email address, mobile phone number and call records; the table lists them as anonymised/aggregated contact details, credential information and traffic data", qRoaming),
			Kind: category.PurposeImprovement, Collections: ids(contactDetails, credentials, trafficData),
			Data:       data(category.DataName, category.DataEmail, category.DataPhone, category.DataCallDetailRecords, category.DataNonPersonal),
			LegalBases: bases(li("to improve your roaming experiences and understand how Vodafone is performing in providing roaming services"))},
		{Statement: std("imp-roaming-reports", "aggregated and statistical management reports on roaming that do not identify you individually, and in-depth analysis of anonymised data", "Vodafone creates aggregated and statistical management reports from this information that do not identify you individually. Vodafone may also take this personal data and anonymise it so that more in-depth analysis of our roaming services can be undertaken."),
			Kind: category.PurposeAnalytics, Collections: ids(contactDetails, credentials, trafficData), Data: data(category.DataNonPersonal),
			LegalBases: bases(li("This helps Vodafone to develop its roaming services for customers without identifying users in an individual way."))},
		{Statement: scoped(services("customer-care"), std("imp-call-training", "staff training and ensuring quality of engagement, by recording calls made to and from our call centres", qVoice)),
			Kind: category.PurposeQualityAssurance, Collections: ids(accountInfo, contentData),
			LegalBases: bases(li("staff training and ensuring quality of engagement"))},
		{Statement: scoped(services("customer-care"), std("imp-call-verification", "verification of your identity, by recording calls made to and from our call centres", qVoice)),
			Kind: category.PurposeIdentityVerification, Collections: ids(accountInfo, contentData),
			LegalBases: bases(li("verification of your identity"))},
		{Statement: std("imp-interaction-trends", "analyse samples of your interactions with us to improve our services by identifying trends in queries and issues; this may be done by automated means", "We will analyse samples of your interactions with us to improve our services by identifying trends in queries and issues that we receive. This may be done by automated means."),
			Kind: category.PurposeImprovement, Collections: ids(accountInfo, contentData),
			LegalBases: bases(li("to improve our services by identifying trends in queries and issues that we receive"))},
		{Statement: scoped(services("live-chat"), std("imp-interaction-tools", "create efficiencies and improve the tools we use to communicate with you, such as our automated live chat feature", qInteraction)),
			Kind: category.PurposeProductDevelopment, Collections: ids(accountInfo, contentData),
			LegalBases: bases(li("to help us create efficiencies and to improve the tools that we use to communicate with you"))},
		{Statement: std("imp-interaction-quality", "ensure the quality and accuracy of these services", qInteraction),
			Kind: category.PurposeQualityAssurance, Collections: ids(accountInfo, contentData),
			LegalBases: bases(li("ensure the quality and accuracy of these services"))},
		// Marketing and tailoring our service to you.
		{Statement: std("mkt-intro", "marketing and advertising purposes, such as to let you know about new products or services and send you special offers", "We process your personal information for marketing and advertising purposes, such as to let you know about new products or services and send you special offers, as well as to help us tailor our service to you."),
			Kind: category.PurposeMarketing},
		{Statement: std("mkt-tailor-service", "help us tailor our service to you", "We process your personal information for marketing and advertising purposes, such as to let you know about new products or services and send you special offers, as well as to help us tailor our service to you."),
			Kind: category.PurposePersonalisation},
		{Statement: std("mkt-consent", "sending you marketing communications", qMarketing),
			Kind: category.PurposeDirectMarketing, Collections: append(ids(contactDetails, preferences, inferredPrefs, browsing, accountInfo), location()...),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("mkt-other-companies", "contact you about products and services offered by \"those companies\" (the text does not say which) that may be of interest to you", qMarketing),
			Kind: category.PurposeMarketing, Collections: append(ids(contactDetails, preferences, inferredPrefs, browsing, accountInfo), location()...),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("mkt-tailoring", "tailor these messages using your calling and messaging activities, location information and browsing information, if you have authorised it", qMarketing),
			Kind: category.PurposePersonalisation, Collections: append(ids(trafficData, browsing), location()...),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("mkt-group", "let you know about products and services of other Vodafone Group companies which we think may interest you, depending on your marketing preferences", "We will also contact you to let you know about products and services of other Vodafone Group companies which we think may interest you depending on your marketing preferences."),
			Kind: category.PurposeDirectMarketing, Collections: append(ids(contactDetails, preferences, inferredPrefs, browsing, accountInfo), location()...),
			LegalBases: bases(li("to let you know about products and services of other Vodafone Group companies which we think may interest you")), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("customers"), std("mkt-customer-news", "keep you informed generally about new products and services", qCustomerMkt)),
			Kind: category.PurposeDirectMarketing, Collections: ids(contactDetails, accountInfo, "collect-questionnaire"),
			LegalBases: bases(li("keep you informed generally about new products and services")), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("customers"), std("mkt-newsletters", "send you newsletters or white papers", qCustomerMkt)),
			Kind: category.PurposeNewsletter, Collections: ids(contactDetails, accountInfo, "collect-questionnaire"),
			LegalBases: bases(li("send you newsletters or white papers")), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("customers"), std("mkt-surveys", "invite you to participate in a survey", qCustomerMkt)),
			Kind: category.PurposeSurveys, Collections: ids(contactDetails, accountInfo, "collect-questionnaire"),
			LegalBases: bases(li("invite you to participate in a survey")), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("customers"), std("mkt-promotions", "let you know about offers, promotions, prize draws or competitions", qCustomerMkt)),
			Kind: category.PurposeMarketing, Collections: ids(contactDetails, accountInfo, "collect-questionnaire"),
			LegalBases: bases(li("let you know about offers, promotions, prize draws or competitions")), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("customers"), std("mkt-customer-tailoring", "tailor these messages based on the sorts of products and services you’ve bought from us (for example, not marketing to you in the middle of your phone contract)", "We tailor these messages based on the sorts of products and services you’ve bought from us (for example, we know not to market to you if you’re in the middle of your phone contract).")),
			Kind: category.PurposePersonalisation, Collections: ids(contactDetails, accountInfo, "collect-questionnaire"),
			LegalBases: bases(li("tailor these messages based on the sorts of products and services you’ve bought from us"))},
		{Statement: std("ads-targeted", "personalised/targeted advertising online based on the use of cookies (\"interest-based advertising\"); not providing consent won’t stop advertisements from being displayed, but they won’t be tailored", qTargeted),
			Kind: category.PurposeTargetedAdvertising, Collections: ids(cookieData, browsing, accountInfo),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("ads-other-sites", "interest-based advertising on websites belonging to the Vodafone Group, those of other organisations, and other online media channels such as social media sites", qTargeted),
			Kind: category.PurposeCrossContextAdvertising, Collections: ids(cookieData, browsing, accountInfo),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		{Statement: std("ana-big-data", "research and analytics with a variety of analytics methods, including “Big data analytics”: mathematically driven analysis of large and varied data sets to uncover hidden patterns and hitherto unrevealed trends", "We use a variety of analytics methods, including what is commonly referred to as “Big data analytics”."),
			Kind: category.PurposeAnalytics, Collections: ids(accountInfo),
			LegalBases: bases(li("research and analytics"))},
		{Statement: std("ana-market-research", "perform market research", qAnalytics),
			Kind: category.PurposeMarketResearch, Collections: ids(accountInfo), LegalBases: bases(li("perform market research"))},
		{Statement: std("ana-statistics", "carry out research and statistical analysis", qAnalytics),
			Kind: category.PurposeResearch, Collections: ids(accountInfo), LegalBases: bases(li("carry out research and statistical analysis"))},
		{Statement: std("ana-usage-monitoring", "monitor how customers use our networks, products and services on an anonymous or personal basis", qAnalytics),
			Kind: category.PurposeAnalytics, Collections: ids(accountInfo), LegalBases: bases(li("monitor how customers use our networks, products and services"))},
		{Statement: std("ana-third-party-reports", "provide reports to third parties such as content providers and advertisers, or as part of Vodafone Analytics; the reports don’t contain information which may identify you", "Provide reports to third parties (such reports don’t contain information which may identify you as an individual). These can be to third parties such as content providers and advertisers, or as part of Vodafone Analytics."),
			Kind: category.PurposeAnalytics, Collections: ids(accountInfo), Data: data(category.DataNonPersonal),
			LegalBases: bases(li("provide reports to third parties"))},
		{Statement: std("ana-big-data-location", "“Big data analytics” on location and traffic data, always with your consent", "We will always seek your consent before using “Big data analytics” to process location and traffic data."),
			Kind: category.PurposeAnalytics, Collections: append(ids(trafficData), location()...),
			LegalBases: bases(consent()), Choice: policy.ModeOptIn},
		// Profiling, Fraud Management and Security.
		{Statement: std("prof-profiling", "profiling: the use of personal data in an automated form to evaluate certain personal aspects, for credit, fraud and security purposes", "Profiling consists of the use of personal data in an automated form in order to evaluate certain personal aspects relating to an individual. We will process your personal information in this way for credit, fraud, and security purposes."),
			Kind: category.PurposeProfiling},
		{Statement: std("prof-credit-check", "carry out a credit check when you apply for a contract for any products or services with us", "We may carry out a credit check when you apply for a contract for any products or services with us."),
			Kind: category.PurposeCreditCheck, Collections: ids(financialDetails, accountInfo, credentials), LegalBases: bases(contract())},
		{Statement: std("prof-identity", "identity verification purposes", qCreditID),
			Kind: category.PurposeIdentityVerification, Collections: ids(financialDetails, accountInfo, credentials), LegalBases: bases(contract())},
		{Statement: std("prof-account-access", "access to your account", qCreditID),
			Kind: category.PurposeAuthentication, Collections: ids(financialDetails, accountInfo, credentials), LegalBases: bases(contract())},
		{Statement: std("prof-account-management", "general account management", qCreditID),
			Kind: category.PurposeAccountManagement, Collections: ids(financialDetails, accountInfo, credentials), LegalBases: bases(contract())},
		{Statement: std("prof-accuracy", "assess the accuracy of the information that we hold, supplementing it with information from other sources", "We sometimes supplement the information we collect about you with information from other sources to assess the accuracy of the information that we hold."),
			Kind: category.PurposeAccountManagement, Collections: ids("collect-accuracy-sources"), LegalBases: bases(contract())},
		{Statement: std("fraud-detect", "protect against and detect fraud across our products and services", qFraud),
			Kind: category.PurposeFraudPrevention, Collections: ids(trafficData, credentials, accountInfo, financialDetails, "collect-third-party-data", deviceInfo, cookieData),
			LegalBases: bases(li("to protect against and detect fraud across our products and services"))},
		{Statement: std("fraud-network-misuse", "protect and detect misuse or damage to our networks", qFraud),
			Kind: category.PurposeSecurity, Collections: ids(trafficData, credentials, accountInfo, financialDetails, "collect-third-party-data", deviceInfo, cookieData),
			LegalBases: bases(li("to protect and detect misuse or damage to our networks"))},
		{Statement: std("fraud-release", "fraud management and law enforcement: release information, including information from third parties, if reasonable to protect us against fraud, defend our rights or property, or protect our legitimate interests or those of our customers", "We may be obligated to release information, including information from third parties if it’s reasonable for the purpose of protecting us against fraud, defending our rights or property, or to protect our legitimate interests or the interests of our customers."),
			Kind: category.PurposeProtectRights, Collections: ids(trafficData, credentials, accountInfo, financialDetails, "collect-third-party-data", deviceInfo, cookieData),
			LegalBases: bases(li("protecting us against fraud, defending our rights or property, or to protect our legitimate interests or the interests of our customers"))},
		{Statement: std("netsec-protect", "network security: protect and detect misuse or damage to our networks", qNetSec),
			Kind: category.PurposeSecurity, Collections: ids(trafficData, contactDetails, credentials), Data: data(category.DataNonPersonal),
			LegalBases: bases(li("to protect and detect misuse or damage to our networks"))},
		{Statement: std("netsec-fraud", "detect and resolve fraudulent use of our networks and our partner roaming networks", qNetSec),
			Kind: category.PurposeFraudPrevention, Collections: ids(trafficData, contactDetails, credentials),
			LegalBases: bases(li("to detect and resolve fraudulent use of our networks (and our partner roaming networks)"))},
		{Statement: std("netsec-technical", "solve technical issues you are experiencing", qNetSec),
			Kind: category.PurposeCustomerSupport, Collections: ids(trafficData),
			LegalBases: bases(li("to solve technical issues you are experiencing"))},
		{Statement: scoped(services("stores"), std("phys-cctv", "physical security: CCTV footage to safeguard our stores and sites", "We may use CCTV footage to safeguard our stores and sites.")),
			Kind: category.PurposeSecurity, Collections: ids("collect-cctv"),
			LegalBases: bases(li("to safeguard our stores and sites"))},
		// To comply with mandatory legal obligation.
		{Statement: std("legal-intro", "comply with the law, for example when responding to law enforcement requests for data or to comply with tax requirements", "Under certain circumstances, it is necessary for us to process your personal information in order to comply with the law, for example, when responding to law enforcement requests for data or to comply with tax requirements."),
			Kind: category.PurposeLegalCompliance, LegalBases: bases(legal())},
		{Statement: std("legal-accounting", "accounting and tax requirements", "Accounting and tax requirements"),
			Kind: category.PurposeLegalCompliance, Collections: ids(financialDetails, accountInfo),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishCompaniesAct2014, "")))},
		{Statement: std("legal-law-enforcement", "law enforcement purposes: release your information to comply with our legal obligation to respond to the authorities’ lawful demands", "We also may need to release your information to comply with our legal obligation to respond to the authorities’ lawful demands."),
			Kind: category.PurposeLegalCompliance, Collections: append(ids(accountInfo, deviceInfo, trafficData), location()...),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishDPA2018, ""), cite(jurisdiction.LawIrishDataRetention, "Communications (Retention of Data) Act 2011, as amended by the Communications (Retention of Data) (Amendment) Act 2022")))},
		{Statement: std("legal-complaints-dp", "complaint handling regarding how Vodafone handles your personal data", "Regarding how Vodafone handles your personal data"),
			Kind: category.PurposeCustomerSupport, Collections: ids(accountInfo, crmData, deviceSIM),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishDPA2018, "")))},
		{Statement: std("legal-complaints-eprivacy", "complaint handling regarding the processing of electronic communications content and of metadata in connection with the provision and use of electronic communications services", qComplaints),
			Kind: category.PurposeCustomerSupport, Collections: ids(accountInfo, crmData, deviceSIM),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishEPrivacy, "European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (“the ePrivacy Regulations”)")))},
		{Statement: std("legal-emergency", "sharing caller ID and location data with emergency services", "Sharing caller ID and location data with emergency services"),
			Kind: category.PurposeEmergencyServices, Collections: append(ids(accountInfo, deviceInfo, trafficData), location()...), Data: data(category.DataPhone),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishEECC, "European Union (Electronic Communications Code) Regulations 2022")))},
		{Statement: std("legal-national-registers", "sharing account data to national registers", "Sharing account data to national registers"),
			Kind: category.PurposeLegalCompliance, Collections: ids(accountInfo),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishEECC, "European Union (Electronic Communications Code) Regulations 2022")))},
		{Statement: std("legal-voice-firewall", "nuisance communications: a voice firewall to identify and block scam or fraudulent calls, or to flag calls as “Likely Scam”", "Implementing a voice firewall to identify and block scam or fraudulent calls, or to flag calls as “Likely Scam”."),
			Kind: category.PurposeFraudPrevention, Collections: ids(trafficData),
			LegalBases: bases(legal(cite(jurisdiction.LawIrishEECC, "European Union (Electronic Communications Code) Regulations 2022"),
				cite(jurisdiction.LawIrishComRegScamCalls, "24/24 Combatting scam calls and texts (ComReg)"),
				cite(jurisdiction.LawIrishComRegScamCalls, "D13/24 Decision Instrument for Voice Firewall Specification (ComReg)")))},
		// How we share your personal information.
		{Statement: std("share-joint-promotions", "joint promotions with a third party", "Third parties for joint promotions with that third party;"),
			Kind: category.PurposeMarketing},
		// How long we keep your personal information.
		{Statement: std("keep-customer-queries", "facilitate customer queries about the call detail element of your bill", "The call detail element of your standard bill will be severed and deleted after 24 months (plus current month) to facilitate customer queries and debt collection."),
			Kind: category.PurposeCustomerSupport, Collections: ids(trafficData)},
		{Statement: std("keep-debt-collection", "debt collection", "The call detail element of your standard bill will be severed and deleted after 24 months (plus current month) to facilitate customer queries and debt collection."),
			Kind: category.PurposeDebtCollection, Collections: ids(trafficData)},
		{Statement: std("keep-interconnect-billing", "inter-operator billing for calls made to or received from other networks", "Interconnect call records (i.e. the records of calls made to or received from other networks) are retained for 12 months for inter-operator billing purposes."),
			Kind: category.PurposePayment, Data: data(category.DataInterconnectRecords)},
		{Statement: std("keep-legal-traffic", "comply with legal obligations to retain call traffic records", "To comply with legal obligations, call traffic records will be retained for a period of 12 months (plus current month)."),
			Kind: category.PurposeLegalCompliance, Collections: ids(trafficData), LegalBases: bases(legal())},
		{Statement: policy.Statement{ID: "keep-legal-traffic-not-commercial", Not: true, Description: "Vodafone's commercial purposes, for the call traffic records retained to comply with legal obligations", Quote: "This retention will take place in a restricted access secure system and will not be used for Vodafone's commercial purposes."},
			Kind: category.PurposeBusinessOperations, Collections: ids(trafficData)},
		{Statement: scoped(subjects("former-customers"), std("post-contract-return", "keep some personal information after your contract has finished in case you decide to use our services again", qPostContract)),
			Kind: category.PurposeMarketing},
		{Statement: scoped(subjects("former-customers"), std("post-contract-queries", "answer any questions you might have after you cease your services", qPostContract)),
			Kind: category.PurposeCustomerSupport},
		{Statement: scoped(subjects("former-customers"), std("post-contract-reporting", "our own business and reporting requirements", qPostContract)),
			Kind: category.PurposeBusinessOperations},
		{Statement: scoped(subjects("former-customers"), std("post-contract-marketing", "contact you about Vodafone services during the period after your contract has finished, if you haven’t opted out of marketing", "We, or one of our partners, may contact you about Vodafone services during this time if you haven’t opted out of receiving marketing communications from us.")),
			Kind: category.PurposeDirectMarketing, Choice: policy.ModeOptOut},
		// Cookie policy.
		{Statement: std("ck-experience", "improve your online experience", "Check our cookie policy as cookies on your device can improve your online experience and give you personalised and tailored offers."),
			Kind: category.PurposeImprovement, Collections: ids(cookieData)},
		{Statement: std("ck-tailored-offers", "give you personalised and tailored offers", "Check our cookie policy as cookies on your device can improve your online experience and give you personalised and tailored offers."),
			Kind: category.PurposePersonalisation, Collections: ids(cookieData)},
		{Statement: std("ck-preferences", "remembering your preferences", qCookieUses),
			Kind: category.PurposePreferences, Collections: ids(cookieData)},
		{Statement: std("ck-basket", "recording what you’ve put in your shopping basket", qCookieUses),
			Kind: category.PurposeServiceProvision, Collections: ids(cookieData)},
		{Statement: std("ck-counting", "counting the number of people looking at the website", qCookieUses),
			Kind: category.PurposeAnalytics, Collections: ids(cookieData)},
		{Statement: std("ck-tracking", "keep track of what you've bought from us and what you've done on the site, and understand how you came to our site", qCookieTrack),
			Kind: category.PurposeAnalytics, Collections: ids(cookieData), Data: data(category.DataTransaction, category.DataUsage, category.DataReferrer)},
		{Statement: std("ck-order-tracking", "tracking your order", qCookieSvc),
			Kind: category.PurposeOrderTracking, Collections: ids(cookieData)},
		{Statement: std("ck-account", "checking your account", qCookieSvc),
			Kind: category.PurposeAccountManagement, Collections: ids(cookieData)},
		{Statement: std("ck-top-up", "topping up", qCookieSvc),
			Kind: category.PurposePayment, Collections: ids(cookieData)},
		{Statement: std("ck-third-party-advertising", "third-party cookies for our advertising and marketing efforts", "We also use third-party cookies – which are cookies from a domain different than the domain of the website you are visiting – for our advertising and marketing efforts."),
			Kind: category.PurposeAdvertising, Collections: ids(cookieData)},
		{Statement: std("ck-necessary", "strictly necessary cookies: necessary for the website to function, set in response to your requests for services such as setting your privacy preferences, logging in or filling in forms", "These cookies are necessary for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services, such as setting your privacy preferences, logging in or filling in forms."),
			Kind: category.PurposeServiceProvision, Choice: policy.ModeAlways},
		{Statement: std("ck-performance-analytics", "collect information about how visitors use our website and understand usage patterns", qPerformance),
			Kind: category.PurposeAnalytics, Collections: ids("collect-performance-cookies"), Choice: policy.ModeOptIn},
		{Statement: std("ck-performance-monitor", "enhance website performance and user experience, and monitor the site's performance", "While these cookies help us enhance website performance and user experience, they collect personal information that can be linked to individual accounts or user profiles."),
			Kind: category.PurposePerformance, Collections: ids("collect-performance-cookies"), Choice: policy.ModeOptIn},
		{Statement: std("ck-performance-personalise", "provide more personalized and improved services, combining performance data with account information", "We combine this data with account information to provide a more personalized and improved services."),
			Kind: category.PurposePersonalisation, Collections: ids("collect-performance-cookies", accountInfo), Choice: policy.ModeOptIn},
		{Statement: std("ck-functional", "enhanced functionality of the website", qFunctional),
			Kind: category.PurposeServiceProvision, Choice: policy.ModeOptIn},
		{Statement: std("ck-functional-personalise", "personalisation of the website", qFunctional),
			Kind: category.PurposePersonalisation, Choice: policy.ModeOptIn},
		{Statement: std("ck-targeting", "targeting cookies: show you relevant adverts on other sites, based on a profile of your interests built by our advertising partners", qTargeting),
			Kind: category.PurposeTargetedAdvertising, Collections: ids("collect-targeting-cookies"), Choice: policy.ModeOptIn},
		{Statement: std("ck-social-sharing", "social media cookies: enable you to share our content with your friends and networks", qSocial),
			Kind: category.PurposeServiceProvision, Collections: ids("collect-social-cookies"), Choice: policy.ModeOptIn},
		{Statement: std("ck-social-profiling", "track your browser across other sites and build up a profile of your interests, which may impact the content and messages you see on other websites you visit", "They are capable of tracking your browser across other sites and building up a profile of your interests. This may impact the content and messages you see on other websites you visit."),
			Kind: category.PurposeProfiling, Collections: ids("collect-social-cookies"), Choice: policy.ModeOptIn},
		{Statement: std("ls-tool-tracking", "keep track of which of our digital tools you have used and what you've done on the site", "We use local storage to keep track of which of our digital tools you have used and what you've done on the site."),
			Kind: category.PurposeAnalytics, Collections: ids("collect-local-storage")},
		{Statement: std("ls-live-chat", "additional services such as live chat", qLocalUses),
			Kind: category.PurposeCustomerSupport, Collections: ids("collect-local-storage")},
		{Statement: std("ls-surveys", "survey customers regarding their experience", qLocalUses),
			Kind: category.PurposeSurveys, Collections: ids("collect-local-storage")},
		// Frequently asked questions.
		{Statement: std("faq-security-questions", "confirm your identity with security questions each time you contact Vodafone, so that another person cannot gain access to your account and make changes without your permission", "This practice works in the interest of your security, ensuring that another person cannot gain access to your account and make changes without your permission."),
			Kind: category.PurposeIdentityVerification, Collections: ids("collect-security-questions")},
		{Statement: std("faq-account-accuracy", "help customer service representatives check that account details are accurate and up to date", "It is also helpful to our customer service representatives in checking that the account details are accurate and up to date."),
			Kind: category.PurposeAccountManagement, Collections: ids("collect-security-questions")},
		{Statement: std("faq-order-dispatch", "dispatch a new phone you order, by our order fulfilment partner", "Yes, Vodafone will share your personal data with a number of third party companies who are acting on our behalf to provide a service to you (for example, if you order a new phone, your order will be dispatched to you by our order fulfilment partner)."),
			Kind: category.PurposeDelivery},
		{Statement: scoped(services("customer-care"), std("faq-call-quality", "record some calls for quality and training purposes, so that staff can handle your queries and offer a best in class service; Vodafone does not ask for consent", "We do not ask for your consent as we have a legitimate business interest in recording calls for quality and training purposes.")),
			Kind: category.PurposeQualityAssurance, Collections: ids("collect-call-recordings"),
			LegalBases: bases(li("recording calls for quality and training purposes"))},
		{Statement: std("faq-group-customer-care", "customer care performed by other Vodafone companies", qGroupTasks),
			Kind: category.PurposeCustomerSupport},
		{Statement: std("faq-group-admin", "administrative functions performed by other Vodafone companies", qGroupTasks),
			Kind: category.PurposeBusinessOperations},
		{Statement: std("faq-group-roaming", "roaming services performed by other Vodafone companies", qGroupTasks),
			Kind: category.PurposeServiceProvision},
		{Statement: std("faq-bill-printing", "activities a third party performs on our behalf that are required to provide the service, such as printing and posting your bill; Vodafone does not require your permission", "If these activities are required in order to provide the service (example printing and posting your bill), then we have a legitimate business interest and do not require your permission."),
			Kind:       category.PurposeServiceProvision,
			LegalBases: bases(li("activities required in order to provide the service (example printing and posting your bill)"))},
		{Statement: std("faq-analysis", "analysis of how you use our products and services", qAnalysis),
			Kind: category.PurposeAnalytics, Collections: ids(accountInfo), Choice: policy.ModeOptOut},
		{Statement: std("faq-tailored-offers", "send you tailored special offers based on your data", qAnalysis),
			Kind: category.PurposeDirectMarketing, Collections: ids(accountInfo), Choice: policy.ModeOptOut},
		{Statement: scoped(subjects("non-customers"), std("faq-non-customer-investigation", "investigate unwanted communications reported by non-customers", "We may need to collect some information from you in order to investigate this, (for example, we may ask for your email address and information on the content of the email received).")),
			Kind: category.PurposeFraudPrevention, Collections: ids("collect-non-customer-report")},
		{Statement: scoped(services("sales-centres"), std("faq-sales-contract", "recording the details of your contract, by recording all calls to sales centres", "Our sales centres record all calls which will be retained for 24 months from the date of the call for the purpose of recording the details of your contract.")),
			Kind: category.PurposeAccountManagement, Collections: ids("collect-sales-calls")},
		{Statement: std("faq-bill-query", "allow you to analyse and, if necessary, query your bill, with call records of outgoing usage", "Call records will be available for 6 months from the date of the event to allow you to analyse and, if necessary, query your bill. This will contain outgoing usage details only."),
			Kind: category.PurposeCustomerSupport, Collections: ids(trafficData)},
		{Statement: std("faq-network-issues", "investigate network issues with network location data collected when you make a call", "This information will be used to enable us to investigate network issues and will not be disclosed except in any case where disclosure is by legal obligation."),
			Kind: category.PurposeNetworkManagement, Collections: ids("collect-call-location")},
	}

	p.LegalBases = []policy.LegalBasis{
		{Basis: policy.BasisContract, Laws: gdpr(),
			Purposes:    ids("use-connectivity", "use-usage-billing", "use-credit-check-bill-pay"),
			Description: "The performance of your contract or to enter into the contract and to take action on your requests",
			Quote:       "The performance of your contract or to enter into the contract and to take action on your requests for example,"},
		{Basis: policy.BasisLegitimateInterests, Laws: gdpr(), Interest: lbIntroLI,
			Purposes:    ids("fraud-detect", "fraud-network-misuse", "imp-network-protect", "netsec-protect", "mkt-group", "mkt-customer-news", "imp-third-party-reporting", "imp-interaction-trends"),
			Description: "Legitimate interests of Vodafone; whenever Vodafone relies on them it assesses its legitimate interests to make sure they do not override your rights",
			Quote:       "Legitimate interests of Vodafone for example, fraud prevention, maintaining the security of our network and services, direct marketing, and improvement of our services. Whenever we rely on this lawful basis to process your data, we assess our legitimate interests to make sure they do not override your rights."},
		{Basis: policy.BasisLegalObligation, Laws: gdpr(),
			Purposes:    ids("legal-accounting"),
			Description: "Compliance with a mandatory legal obligation including for example accounting and tax requirements, which are subject to strict internal policies (such as retention periods), procedures",
			Quote:       "Compliance with a mandatory legal obligation including for example accounting and tax requirements, which are subject to strict internal policies (such as retention periods), procedures."},
		{Basis: policy.BasisConsent, Laws: gdpr(),
			Description: "Consent where you have provided it by your own free will; it may be withdrawn at any time",
			Quote:       "Consent where you have provided it by your own free will. Consent may be withdrawn at any time."},
		{Basis: policy.BasisConsent, Laws: []jurisdiction.Law{jurisdiction.LawIrishEPrivacy},
			Purposes:    ids("ck-performance-analytics", "ck-performance-monitor", "ck-performance-personalise", "ck-functional", "ck-functional-personalise", "ck-targeting", "ck-social-sharing", "ck-social-profiling"),
			Description: "Cookies are used only based on your consent, except for strictly necessary cookies",
			Quote:       "We only use cookies based on your consent (except for strictly necessary cookies) and you can manage how we use cookies through the Cookie Settings mentioned in dropdowns below."},
	}

	third := func() []category.Recipient { return []category.Recipient{category.RecipientThirdParty} }
	p.Recipients = []policy.Recipient{
		// Third parties that we work with.
		{Statement: policy.Statement{ID: "not-sold", Not: true, Quote: "We are not in the business of selling your data, we only share your data with suppliers who help us to provide services."},
			Types: third(), Sale: ptr(true)},
		{Statement: std("to-suppliers", "suppliers who help us to provide services; the text says Vodafone only shares data with them, though it lists other recipients elsewhere", "We are not in the business of selling your data, we only share your data with suppliers who help us to provide services."),
			Types: []category.Recipient{category.RecipientServiceProvider}, Purposes: ids("svc-provide")},
		{Statement: std("to-purchase-partners", "a third party or partner organisation you purchased Vodafone products and services through", qPartner),
			Types: []category.Recipient{category.RecipientBusinessPartner}, Collections: ids(contactDetails, accountInfo, financialDetails), Purposes: ids("svc-partner-exchange")},
		{Statement: std("to-contractors", "service providers or contractors who provide us with services or provide a service on our behalf, not authorised to use or disclose your personal information except in connection with providing their services", "If we have a contract with a service provider or contractor to provide us with services or provide a service on our behalf, they may have access to your personal information. We don’t authorise them to use or disclose your personal information received from us except in connection with providing their services."),
			Types: []category.Recipient{category.RecipientServiceProvider}, Role: policy.RoleProcessor,
			Data: data(category.DataPersonal), Conditions: []policy.Condition{policy.ConditionPurposeLimited}},
		{Statement: std("to-usage-report-recipients", "third parties such as content providers and advertisers, given reporting that does not include information which may identify an individual customer", "We provide this information to third parties (for example, to content providers and advertisers), but any such third-party reporting shall not include information which may identify an individual customer."),
			Types: []category.Recipient{category.RecipientContentProvider, category.RecipientAdvertiser}, Data: data(category.DataNonPersonal),
			Purposes: ids("imp-monitor-usage", "imp-third-party-reporting"), Conditions: []policy.Condition{policy.ConditionAggregated, policy.ConditionDeIdentified}},
		{Statement: std("to-merger-parties", "the other organisation in a reorganisation, merger or divestment, or their advisers", "If we reorganised or merged with or divested part of our business to another organisation, we may need to provide your information to that other organisation or their advisers or receive personal information from that other organisation."),
			Types: []category.Recipient{category.RecipientSuccessor, category.RecipientProfessionalAdviser}, Data: data(category.DataPersonal),
			Purposes: ids("use-corporate-transaction"), Conditions: []policy.Condition{policy.ConditionCorporateTransaction}},
		{Statement: scoped(services("one-number"), std("to-device-makers", "third-party device manufacturers, who may record your SIM details or your interaction with the network and process your personal data in accordance with their requirements", "Those third-party device manufacturers will process your personal data in accordance with their requirements and we recommend that you read their privacy notices / policies before choosing to connect your sim to their devices.")),
			Types: []category.Recipient{category.RecipientOtherCompany}, Role: policy.RoleIndependentController, CollectsDirectly: true,
			Collections: ids("collect-sim-details"), Documents: ids("device-maker-notices")},
		{Statement: scoped(services("charge-to-bill"), std("to-sellers", "the seller of a third-party product you buy through your Vodafone account; the contract is with the seller, and its own terms and conditions, privacy and cookies policies apply", quoteChargeToBill)),
			Types: []category.Recipient{category.RecipientRetailer}, Role: policy.RoleIndependentController, Data: data(category.DataPersonal),
			Purposes: ids("use-third-party-purchase", "use-charge-to-bill"), Documents: ids("seller-policies")},
		// Research and analytics; fraud; law enforcement.
		{Statement: std("to-analytics-report-recipients", "third parties such as content providers and advertisers, or as part of Vodafone Analytics, receiving reports that don’t contain information which may identify you", "Provide reports to third parties (such reports don’t contain information which may identify you as an individual). These can be to third parties such as content providers and advertisers, or as part of Vodafone Analytics."),
			Types: []category.Recipient{category.RecipientContentProvider, category.RecipientAdvertiser}, Data: data(category.DataNonPersonal),
			Purposes: ids("ana-third-party-reports"), Conditions: []policy.Condition{policy.ConditionAggregated, policy.ConditionDeIdentified}},
		{Statement: std("to-fraud-release", "fraud management and law enforcement: information, including information from third parties, released if reasonable to protect against fraud, defend our rights or property, or protect our or our customers' legitimate interests", "We may be obligated to release information, including information from third parties if it’s reasonable for the purpose of protecting us against fraud, defending our rights or property, or to protect our legitimate interests or the interests of our customers."),
			Types: []category.Recipient{category.RecipientLawEnforcement, category.RecipientThirdParty}, Collections: ids(trafficData, credentials, accountInfo, financialDetails, "collect-third-party-data", deviceInfo, cookieData),
			Purposes: ids("fraud-release"), Conditions: []policy.Condition{policy.ConditionFraudPrevention, policy.ConditionProtectRights}},
		{Statement: std("to-authorities-lawful-demands", "the authorities, to respond to their lawful demands; personal data is provided only when there is a legal basis to do so in accordance with the law and after an exhaustive evaluation of all legal requirements", "Your personal data shall only be provided when there is a legal basis to do so in accordance with the law and pursuant to an exhaustive evaluation of all legal requirements."),
			Types: []category.Recipient{category.RecipientLawEnforcement, category.RecipientPublicAuthority}, Role: policy.RoleAuthority,
			Collections: append(ids(accountInfo, deviceInfo, trafficData), location()...), Purposes: ids("legal-law-enforcement"),
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
		{Statement: std("to-emergency-services-legal", "emergency services, with caller ID and location data", "Sharing caller ID and location data with emergency services"),
			Types: []category.Recipient{category.RecipientEmergencyServices}, Role: policy.RoleAuthority,
			Collections: append(ids(accountInfo, deviceInfo, trafficData), location()...), Data: data(category.DataPhone), Purposes: ids("legal-emergency"),
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
		{Statement: std("to-national-registers", "national registers, with account data", "Sharing account data to national registers"),
			Types: []category.Recipient{category.RecipientPublicAuthority}, Collections: ids(accountInfo), Purposes: ids("legal-national-registers"),
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
		// How we share your personal information.
		{Statement: scoped(lawProvides(), std("to-group", "Companies in the Vodafone Group (Vodafone Group Plc and any company or organisation in which it owns more than 15% of the share capital)", "Companies in the Vodafone Group")),
			Types: []category.Recipient{category.RecipientAffiliate}, Entities: []policy.Entity{{Name: "Vodafone Group Plc"}}},
		{Statement: scoped(lawProvides(), st("to-delivery-partners", "Partners or agents involved in delivering the products and services you’ve ordered or used;")),
			Types: []category.Recipient{category.RecipientBusinessPartner, category.RecipientServiceProvider}, Purposes: ids("svc-provide", "svc-process-orders")},
		{Statement: scoped(lawProvides(), st("to-service-companies", "Companies who are engaged to perform services for, or on behalf of, Vodafone Ireland Limited, or Vodafone Group;")),
			Types: []category.Recipient{category.RecipientServiceProvider}},
		{Statement: scoped(lawProvides(), st("to-credit-agencies", "Credit reference, fraud-prevention or business-scoring agencies, or other credit scoring agencies;")),
			Types:    []category.Recipient{category.RecipientCreditReferenceAgency, category.RecipientFraudPreventionAgency},
			Purposes: ids("prof-credit-check", "use-credit-check-bill-pay", "fraud-detect")},
		{Statement: scoped(lawProvides(), st("to-debt-collectors", "Debt collection agencies or other debt-recovery organisations;")),
			Types: []category.Recipient{category.RecipientDebtCollector}, Purposes: ids("keep-debt-collection")},
		{Statement: scoped(lawProvides(), st("to-public-authorities", "Law enforcement agencies, government bodies, regulatory organisations, courts or other public authorities if we have to, or are authorised to by law;")),
			Types: []category.Recipient{category.RecipientLawEnforcement, category.RecipientPublicAuthority, category.RecipientRegulator, category.RecipientCourt}, Role: policy.RoleAuthority,
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw, policy.ConditionLegallyPermitted}},
		{Statement: scoped(lawProvides(), st("to-legal-requirement", "A third party or body where such disclosure is required to satisfy any applicable law, or other legal or regulatory requirement;")),
			Types: third(), Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
		{Statement: scoped(lawProvides(), st("to-emergency-services", "Emergency services (if you make an emergency call), including your approximate location;")),
			Types: []category.Recipient{category.RecipientEmergencyServices}, Data: data(category.DataApproximateLocation),
			Purposes: ids("legal-emergency"), Conditions: []policy.Condition{policy.ConditionEmergency}},
		{Statement: scoped(lawProvides(), st("to-joint-promotions", "Third parties for joint promotions with that third party;")),
			Types: []category.Recipient{category.RecipientCoBrandPartner}, Purposes: ids("share-joint-promotions")},
		{Statement: scoped(lawProvides(), std("to-partner-organisations", "partner organisations we’ve carefully chosen so they can contact you about their products and services (which may or may not include Vodafone products and services); Vodafone asks for your consent before sharing", "Partner organisations we’ve carefully chosen so they can contact you about their products and services (which may or may not include Vodafone products and services). We’ll ask for your consent before sharing this information;")),
			Types: []category.Recipient{category.RecipientBusinessPartner}, RecipientPurposes: []category.Purpose{category.PurposeDirectMarketing},
			Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
		{Statement: scoped(lawProvides(), st("to-sign-up-third-parties", "Other third parties when you are signing up to their service and it is used by them for authentication and fraud-prevention purposes;")),
			Types: third(), RecipientPurposes: []category.Purpose{category.PurposeAuthentication, category.PurposeFraudPrevention}},
		{Statement: scoped(lawProvides(), st("to-advertising-platforms", "Third parties that we advertise with, such as Facebook, in order to serve you advertisements online;")),
			Types: []category.Recipient{category.RecipientAdvertisingPartner, category.RecipientSocialMedia}, Entities: []policy.Entity{{Name: "Facebook"}},
			Purposes: ids("ads-targeted", "ads-other-sites")},
		{Statement: scoped(lawProvides(), st("to-marketing-providers", "Third parties that we use to serve you marketing.")),
			Types: []category.Recipient{category.RecipientMarketingProvider}, Purposes: ids("mkt-consent", "mkt-group", "mkt-customer-news")},
		// International Data Transfers.
		{Statement: std("to-vis-centres", "Vodafone Intelligence Solutions centres located in Egypt, Hungary, Romania, Albania and India, other Vodafone Group companies who provide customer support", "We may need to transfer your information to other Vodafone Group companies (for instance our Vodafone Intelligence Solutions centres located in Egypt, Hungary, Romania, Albania and India, who provide customer support) or service providers in countries outside the European Economic Area (EEA)."),
			Types:      []category.Recipient{category.RecipientAffiliate, category.RecipientCustomerSupportProvider},
			Entities:   []policy.Entity{{Name: "Vodafone Intelligence Solutions", Description: "Vodafone Group centres located in Egypt, Hungary, Romania, Albania and India, who provide customer support"}},
			Purposes:   ids("faq-group-customer-care"),
			Locations:  []jurisdiction.Code{"EG", "HU", "RO", "AL", "IN"},
			Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses}},
		{Statement: std("to-overseas-providers", "service providers, suppliers and servers in countries outside the EEA", "This kind of data transfer will happen if our servers (i.e. where we store data) or our suppliers and service providers are based outside the EEA, or if you use our services and products while visiting countries outside this area."),
			Types:      []category.Recipient{category.RecipientServiceProvider, category.RecipientHostingProvider},
			Safeguards: []policy.Safeguard{policy.SafeguardAdequacyDecision, policy.SafeguardStandardContractualClauses}},
		// How long we keep your personal information.
		{Statement: scoped(subjects("former-customers"), std("to-post-contract-partners", "one of our partners, who may contact you about Vodafone services after your contract has finished if you haven’t opted out of marketing", "We, or one of our partners, may contact you about Vodafone services during this time if you haven’t opted out of receiving marketing communications from us.")),
			Types: []category.Recipient{category.RecipientBusinessPartner}, Purposes: ids("post-contract-marketing"),
			Conditions: []policy.Condition{policy.ConditionUnlessOptedOut}, Choice: policy.ModeOptOut},
		// Keeping your personal information secure.
		{Statement: std("to-social-plugins", "social networks whose social plug-ins (including those offered by Google, Facebook, Twitter and Pinterest) or third-party review services you choose to disclose your information through; a third party could use that information; the plug-ins are operated by the social networks themselves under their own terms of use and privacy and cookies policies", "You may choose to disclose your information in certain ways such as social plug-ins (including those offered by Google, Facebook, Twitter and Pinterest) or using third-party services that allow you to post reviews or other information publicly, and a third party could use that information."),
			Types:    []category.Recipient{category.RecipientSocialMedia, category.RecipientPublic},
			Role:     policy.RoleIndependentController,
			Entities: []policy.Entity{{Name: "Google"}, {Name: "Facebook"}, {Name: "Twitter"}, {Name: "Pinterest"}},
			Data:     data(category.DataUserContribution), CollectsDirectly: true, Choice: policy.ModeOptIn,
			Documents: ids("social-network-policies")},
		// Cookie policy.
		{Statement: std("to-cookie-ad-partners", "our advertising partners, who may set targeting cookies through our site and use them to build a profile of your interests and show you relevant adverts on other sites", qTargeting),
			Types: []category.Recipient{category.RecipientAdvertisingPartner}, CollectsDirectly: true,
			Collections: ids("collect-targeting-cookies"), Purposes: ids("ck-targeting"),
			RecipientPurposes: []category.Purpose{category.PurposeProfiling, category.PurposeTargetedAdvertising}, Choice: policy.ModeOptIn},
		{Statement: std("to-social-cookie-services", "social media services that set social media cookies, capable of tracking your browser across other sites and building up a profile of your interests", qSocial),
			Types: []category.Recipient{category.RecipientSocialMedia}, CollectsDirectly: true,
			Collections: ids("collect-social-cookies"), Purposes: ids("ck-social-sharing"),
			RecipientPurposes: []category.Purpose{category.PurposeProfiling}, Choice: policy.ModeOptIn},
		{Statement: std("to-functional-providers", "third party providers whose services we have added to our pages, who may set functional cookies", "They may be set by us or by third party providers whose services we have added to our pages."),
			Types: []category.Recipient{category.RecipientServiceProvider}, CollectsDirectly: true, Purposes: ids("ck-functional"), Choice: policy.ModeOptIn},
		// Assisting law enforcement.
		{Statement: std("to-government-demands", "government, responding to its legal demands for customer data", "Vodafone has to respond to government's legal demands for customer data."),
			Types: []category.Recipient{category.RecipientPublicAuthority, category.RecipientLawEnforcement}, Role: policy.RoleAuthority,
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw}, Purposes: ids("legal-law-enforcement"), Documents: ids("customer-communications-law")},
		// Frequently asked questions.
		{Statement: std("to-fulfilment-partner", "third party companies acting on our behalf to provide a service to you, such as our order fulfilment partner; Vodafone ensures appropriate contractual and security arrangements are in place", "Vodafone will ensure that the appropriate contractual and security arrangements are in place."),
			Types: []category.Recipient{category.RecipientServiceProvider, category.RecipientDeliveryProvider}, Role: policy.RoleProcessor,
			Purposes: ids("faq-order-dispatch"), Conditions: []policy.Condition{policy.ConditionContractualSafeguards}},
		{Statement: std("to-group-service-companies", "other Vodafone companies that perform tasks for Vodafone Ireland (customer care, administrative functions, roaming services) and so have access to the personal data it holds", "As a result, other Vodafone companies will have access to the personal data that is held by Vodafone Ireland to allow them to complete these tasks."),
			Types: []category.Recipient{category.RecipientAffiliate}, Role: policy.RoleProcessor, Data: data(category.DataPersonal),
			Purposes:   ids("faq-group-customer-care", "faq-group-admin", "faq-group-roaming"),
			Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses}},
		{Statement: std("to-bill-printers", "a third party company performing activities required to provide the service on our behalf, such as printing and posting your bill", "Sometimes Vodafone will use a third party company to perform certain activities on our behalf."),
			Types: []category.Recipient{category.RecipientServiceProvider}, Role: policy.RoleProcessor, Purposes: ids("faq-bill-printing")},
		{Statement: std("to-consent-sharing", "sharing personal data for any purpose where consent is required, respecting your preferences", "If Vodafone is sharing personal data for any purpose where consent is required, we will ensure to respect your preferences."),
			Types: third(), Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
		{Statement: policy.Statement{ID: "not-call-location-disclosed", Not: true, Description: "network location data collected when you make a call is not disclosed, except where disclosure is by legal obligation", Quote: "This information will be used to enable us to investigate network issues and will not be disclosed except in any case where disclosure is by legal obligation."},
			Types: third(), Collections: ids("collect-call-location")},
		{Statement: std("to-call-location-legal", "disclosure of network location data from calls where disclosure is by legal obligation", "This information will be used to enable us to investigate network issues and will not be disclosed except in any case where disclosure is by legal obligation."),
			Types: []category.Recipient{category.RecipientPublicAuthority}, Role: policy.RoleAuthority, Collections: ids("collect-call-location"),
			Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
	}

	p.Retention = []policy.Retention{
		{Statement: st("keep-general", "We’ll store your information for as long as we must by law. If there’s no legal requirement, we’ll only store it for as long as we need to."),
			Data: data(category.DataPersonal),
			Periods: []policy.Period{
				{Kind: policy.PeriodLegalRequirement, Criteria: "for as long as we must by law"},
				{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled},
			}},
		{Statement: std("keep-call-traffic", "Call Traffic Details (records of call and SMS communication: time and duration of call, originating number, destination number, quantity of data used, approximate location based on network information, and details of your device): up to 24 months plus current month, for billing and our purposes as described under \"To provide you with your service\" and in our general terms and conditions", "Up to 24 months plus current month for billing and our purposes (as described above under \"To provide you with your service\" and in our general terms and conditions)."),
			Collections: ids(trafficData),
			Data:        data(category.DataCallDetailRecords, category.DataPhone, category.DataServiceUsage, category.DataNetworkLocation, category.DataIMEI),
			Purposes:    ids("use-usage-billing", "svc-billing", "svc-provide", "svc-process-orders", "svc-customer-care"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P24M", Bound: policy.BoundAtMost, PlusCurrent: policy.CalendarMonth}}},
		{Statement: std("keep-bill-call-detail", "the call detail element of your standard bill, severed and deleted after 24 months (plus current month), to facilitate customer queries and debt collection", "The call detail element of your standard bill will be severed and deleted after 24 months (plus current month) to facilitate customer queries and debt collection."),
			Data:     data(category.DataCallDetailRecords),
			Purposes: ids("keep-customer-queries", "keep-debt-collection"),
			Periods:  []policy.Period{{Kind: policy.PeriodDuration, Duration: "P24M", PlusCurrent: policy.CalendarMonth}},
			Disposal: []policy.Disposal{policy.DisposalDelete}},
		{Statement: st("keep-interconnect", "Interconnect call records (i.e. the records of calls made to or received from other networks) are retained for 12 months for inter-operator billing purposes."),
			Data:     data(category.DataInterconnectRecords),
			Purposes: ids("keep-interconnect-billing"),
			Periods:  []policy.Period{{Kind: policy.PeriodDuration, Duration: "P12M"}}},
		{Statement: std("keep-legal-traffic-records", "call traffic records retained to comply with legal obligations, in a restricted access secure system, not used for Vodafone's commercial purposes", "To comply with legal obligations, call traffic records will be retained for a period of 12 months (plus current month)."),
			Collections: ids(trafficData),
			Purposes:    ids("keep-legal-traffic"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P12M", PlusCurrent: policy.CalendarMonth}}},
		{Statement: st("keep-invoices", "6 years plus current year for invoices and statements."),
			Data:    data(category.DataTransaction, category.DataFinancial),
			Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P6Y", PlusCurrent: policy.CalendarYear}}},
		{Statement: scoped(services("value-added-services"), std("keep-vas-location", "Location Based Information for value added services (excluding network traffic data): deleted immediately on completion or termination of the value-added service", "Deleted immediately on completion/ termination of the value-added service.")),
			Data:     data(category.DataPreciseLocation, category.DataLocation),
			Periods:  []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled}, {Kind: policy.PeriodUntilEvent, Event: policy.EventContractEnd}},
			Combine:  policy.CombineEarliest,
			Disposal: []policy.Disposal{policy.DisposalDelete}},
		{Statement: scoped(subjects("former-customers"), std("keep-post-contract", "some personal information, for a reasonable period after your contract with us has finished", qPostContract)),
			Data:     data(category.DataPersonal),
			Purposes: ids("post-contract-return", "post-contract-queries", "post-contract-reporting", "post-contract-marketing"),
			Periods:  []policy.Period{{Kind: policy.PeriodCriteria, Criteria: "a reasonable period after your contract with us has finished"}}},
		{Statement: std("keep-browsing-connection", "the sites you browse: no history is kept, as this is limited for a short period of time to enable the connection to be made", "However, we don’t have a history of the sites you browse, as this is limited for a short period of time to enable the connection to be made."),
			Data:     data(category.DataCrossSiteActivity),
			Purposes: ids("use-browsing-connection"),
			Periods:  []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventAfterProcessing}},
			Disposal: []policy.Disposal{policy.DisposalDelete}},
		{Statement: std("keep-recorded-calls", "all recorded calls, deleted within 90 days (the FAQ on sales centres says their calls are kept 24 months)", "Please note that all recorded calls are deleted within 90 days."),
			Collections: ids("collect-call-recordings"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P90D", Bound: policy.BoundAtMost}},
			Disposal:    []policy.Disposal{policy.DisposalDelete}},
		{Statement: st("keep-sales-calls", "Our sales centres record all calls which will be retained for 24 months from the date of the call for the purpose of recording the details of your contract."),
			Collections: ids("collect-sales-calls"),
			Purposes:    ids("faq-sales-contract"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P24M", From: policy.EventCollection}}},
		{Statement: std("keep-deletion-controls", "controls ensure that data is deleted when it is no longer required for the purpose for which it was collected", "We have controls in place to ensure that data is deleted when it is no longer required for the purpose for which it was collected."),
			Data:     data(category.DataPersonal),
			Periods:  []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled}},
			Disposal: []policy.Disposal{policy.DisposalDelete}},
		{Statement: scoped(subjects("former-customers"), st("keep-after-cease", "If you decide to cease your service, we will retain your personal data for a reasonable period to allow us to answer any queries you might have after you close your account. We may need to extend this period if we require your data for other purposes, such as recovering any outstanding balances.")),
			Data:     data(category.DataPersonal),
			Purposes: ids("post-contract-queries"),
			Periods:  []policy.Period{{Kind: policy.PeriodCriteria, Criteria: "a reasonable period to allow us to answer any queries you might have after you close your account"}},
			Exceptions: []policy.Exception{{Reason: "if we require your data for other purposes, such as recovering any outstanding balances",
				Period: policy.Period{Kind: policy.PeriodCriteria, Criteria: "as long as we require your data for other purposes, such as recovering any outstanding balances"},
				Quote:  "We may need to extend this period if we require your data for other purposes, such as recovering any outstanding balances."}}},
		{Statement: std("keep-call-records-available", "call records of outgoing usage, available for 6 months from the date of the event to allow you to analyse and query your bill", "Call records will be available for 6 months from the date of the event to allow you to analyse and, if necessary, query your bill. This will contain outgoing usage details only."),
			Data:     data(category.DataCallDetailRecords),
			Purposes: ids("faq-bill-query"),
			Periods:  []policy.Period{{Kind: policy.PeriodDuration, Duration: "P6M", From: policy.EventTransaction}}},
		{Statement: scoped(subjects("bill-pay-customers"), st("keep-contracts", "Copies of consumer bill pay contracts are retained for 24 months.")),
			Collections: ids("collect-contracts"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P24M"}}},
	}

	// The cookie tables, row by row: a tracker per cookie, with the row's host
	// (the "Cookie Subgroup"), party and the cookie's lifespan.
	type cookieRow struct {
		class   category.TrackerClass
		host    string
		hostURL string // the Cookiepedia page the host links to (third-party rows)
		party   policy.TrackerParty
		names   []string
		lives   []string
		quote   string
	}
	first, thirdParty := policy.PartyFirstParty, policy.PartyThirdParty
	necessary, performance, functional, targeting := category.ClassStrictlyNecessary, category.ClassAnalytics, category.ClassFunctional, category.ClassAdvertising
	host := func(h string) string { return "https://cookiepedia.co.uk/host/" + h }
	rows := []cookieRow{
		{necessary, "n.vodafone.ie", "", first, []string{"AWSALB", "OAMAuthnCookie_n.vodafone.ie:443", "AWSALBCORS", "SHIROCOOKIE"}, []string{"6 Days", "Session", "6 Days", "Session"}, "First Party | 6 Days, Session, 6 Days, Session"},
		{necessary, ".vodafone.ie", "", first, []string{"visid_incap_xxxxxxx", "OptanonConsent", "nlbi_XXXXXXX", "incap_ses_xxxxxxxxxxxxxxxx", "CONSENTMGR", "utag_main", "OptanonAlertBoxClosed"}, []string{"364 Days", "364 Days", "364 Days", "364 Days", "364 Days", "364 Days", "364 Days"}, "First Party | 364 Days, 364 Days, 364 Days, 364 Days, 364 Days, 364 Days, 364 Days"},
		{necessary, ".tealiumiq.com", host(".tealiumiq.com"), thirdParty, []string{"TAPID"}, []string{"364 Days"}, "TAPID | Third Party | 364 Days"},
		{performance, "n.vodafone.ie", "", first, []string{"LID", "smapi_subject_id", "ADRUM_xxxx"}, []string{"395 Days", "364 Days", "A few seconds"}, "First Party | 395 Days, 364 Days, A few seconds"},
		{performance, "deviceguides.vodafone.ie", "", first, []string{"smapi_install_id"}, []string{"364 Days"}, "deviceguides.vodafone.ie"},
		{performance, ".vodafone.ie", "", first, []string{"da_lid", "_ga_xxxxxxxxxx", "s_sq", "s_fid", "_uetvid", "s_cc", "_ga", "_gid", "s_dfa", "da_intState"}, []string{"364 Days", "399 Days", "364 Days", "399 Days", "389 Days", "364 Days", "399 Days", "A few seconds", "A few seconds", "A few seconds"}, "First Party | 364 Days, 399 Days, 364 Days, 399 Days, 389 Days, 364 Days, 399 Days, A few seconds, A few seconds, A few seconds"},
		{performance, "vodafone.ie", "", first, []string{"s_ecid"}, []string{"399 Days"}, "First Party | 399 Days"},
		{performance, ".jivox.com", host(".jivox.com"), thirdParty, []string{"jvxsync"}, []string{"89 Days"}, "jvxsync | Third Party | 89 Days"},
		{performance, ".decibelinsight.net", host(".decibelinsight.net"), thirdParty, []string{"da_lid"}, []string{"364 Days"}, "Third Party | 364 Days"},
		{performance, ".quantserve.com", host(".quantserve.com"), thirdParty, []string{"d"}, []string{"89 Days"}, "Third Party | 89 Days"},
		{functional, "vodafone.ie", "", first, []string{"utag_main 2"}, []string{"365 Days"}, "First Party | 365 Days"},
		{functional, ".n.vodafone.ie", "", first, []string{"_pin_unauth"}, []string{"364 Days"}, ".n.vodafone.ie"},
		{functional, ".vodafone.ie", "", first, []string{"at_check", "mbox", "da_sid", "OAMAuthnHintCookie"}, []string{"364 Days", "399 Days", "A few seconds", "364 Days"}, "First Party | 364 Days, 399 Days, A few seconds, 364 Days"},
		{functional, "deviceguides.vodafone.ie", "", first, []string{"kampyleSessionPageCounter", "___utmvxxxxxxxxxxxxxx", "kampyleUserSessionsCount", "mdLogger", "kampyle_userid"}, []string{"364 Days", "A few seconds", "364 Days", "364 Days", "364 Days"}, "First Party | 364 Days, A few seconds, 364 Days, 364 Days, 364 Days"},
		{functional, "n.vodafone.ie", "", first, []string{"basketIdentifier", "kampyleUserSession", "changeProductInBasket"}, []string{"729 Days", "364 Days", "A few seconds"}, "First Party | 729 Days, 364 Days, A few seconds"},
		{targeting, "deviceguides.vodafone.ie", "", first, []string{"adformfrpid"}, []string{"29 Days"}, "First Party | 29 Days"},
		{targeting, "vodafone.ie", "", first, []string{"ipconsent", "utag_main 3"}, []string{"2 Years", "365 Days"}, "First Party | 2 Years, 365 Days"},
		{targeting, ".vodafone.ie", "", first, []string{"_gat_xxxxxxxxxxxxxxxxxxxxxxxxxx", "_fbp", "AMCVS_xxxxxAdobeOrg", "_gcl_au", "_dlt", "AMCV_xxxxxAdobeOrg", "_uetsid", "__qca"}, []string{"A few seconds", "89 Days", "364 Days", "89 Days", "A few seconds", "399 Days", "A few seconds", "391 Days"}, "First Party | A few seconds, 89 Days, 364 Days, 89 Days, A few seconds, 399 Days, A few seconds, 391 Days"},
		{targeting, ".everesttech.net", host(".everesttech.net"), thirdParty, []string{"everest_g_v2", "everest_session_v2"}, []string{"680 Days", "Session"}, "Third Party | 680 Days, Session"},
		{targeting, "adform.net", host("adform.net"), thirdParty, []string{"C", "CM", "uid", "CM14"}, []string{"29 Days", "A few seconds", "59 Days", "A few seconds"}, "C, CM, uid, CM14 | Third Party | 29 Days, A few seconds, 59 Days, A few seconds"},
		{targeting, "ct.pinterest.com", host("ct.pinterest.com"), thirdParty, []string{"_pinterest_ct_ua"}, []string{"364 Days"}, "Third Party | 364 Days"},
		{targeting, "doubleclick.net", host("doubleclick.net"), thirdParty, []string{"receive-cookie-deprecation"}, []string{"179 Days"}, "receive-cookie-deprecation | Third Party | 179 Days"},
		{targeting, "seadform.net", host("seadform.net"), thirdParty, []string{"uid"}, []string{"60 Days"}, "uid | Third Party | 60 Days"},
		{targeting, ".decibelinsight.net", host(".decibelinsight.net"), thirdParty, []string{"intState", "da_sid"}, []string{"A few seconds", "A few seconds"}, "Third Party | A few seconds, A few seconds"},
		{targeting, ".dpm.demdex.net", host(".dpm.demdex.net"), thirdParty, []string{"dpm"}, []string{"130 Days"}, "dpm | Third Party | 130 Days"},
		{targeting, ".google.com", host(".google.com"), thirdParty, []string{"__Secure-xxxxxxx", "SSID", "SAPISID"}, []string{"266 Days", "266 Days", "266 Days"}, "Third Party | 266 Days, 266 Days, 266 Days"},
		{targeting, ".doubleclick.net", host(".doubleclick.net"), thirdParty, []string{"receive-cookie-deprecation", "test_cookie", "IDE"}, []string{"179 Days", "A few seconds", "298 Days"}, "Third Party | 179 Days, A few seconds, 298 Days"},
		{targeting, ".adform.net", host(".adform.net"), thirdParty, []string{"uid", "CM", "CM14", "C"}, []string{"59 Days", "A few seconds", "A few seconds", "30 Days"}, "uid, CM, CM14, C | Third Party | 59 Days, A few seconds, A few seconds, 30 Days"},
		{targeting, ".demdex.net", host(".demdex.net"), thirdParty, []string{"dextp", "demdex"}, []string{"179 Days", "130 Days"}, "dextp, demdex | Third Party | 179 Days, 130 Days"},
		{targeting, ".quantserve.com", host(".quantserve.com"), thirdParty, []string{"mc"}, []string{"395 Days"}, "Third Party | 395 Days"},
		{targeting, ".pinterest.com", host(".pinterest.com"), thirdParty, []string{"ar_debug"}, []string{"364 Days"}, "Third Party | 364 Days"},
		{targeting, ".ct.pinterest.com", host(".ct.pinterest.com"), thirdParty, []string{"_pinterest_ct_ua"}, []string{"364 Days"}, "Third Party | 364 Days"},
	}
	classPurposes := map[category.TrackerClass][]string{
		necessary:   {"ck-necessary"},
		performance: {"ck-performance-analytics", "ck-performance-monitor", "ck-performance-personalise"},
		functional:  {"ck-functional", "ck-functional-personalise"},
		targeting:   {"ck-targeting"},
	}
	classChoices := map[category.TrackerClass][]string{
		necessary:   {"choice-browser-cookies", "choice-necessary-browser"},
		performance: {"choice-cookie-settings", "choice-performance-cookies", "choice-browser-cookies"},
		functional:  {"choice-cookie-settings", "choice-functional-cookies", "choice-browser-cookies"},
		targeting:   {"choice-cookie-settings", "choice-targeting-cookies", "choice-browser-cookies"},
	}
	classData := map[category.TrackerClass][]category.Data{
		performance: {category.DataPageViews, category.DataErrors, category.DataUsage},
		targeting:   {category.DataCookieID, category.DataCrossSiteActivity},
	}
	hostService := map[string]string{"n.vodafone.ie": "site-n", ".n.vodafone.ie": "site-n", "deviceguides.vodafone.ie": "site-deviceguides", "vodafone.ie": "website", ".vodafone.ie": "website"}
	classGroup := map[category.TrackerClass]string{necessary: "strictly-necessary-cookies", performance: "performance-cookies", functional: "functional-cookies", targeting: "targeting-cookies"}

	p.Trackers = []policy.Tracker{
		{Statement: std("tracker-cookies", "Cookies: tiny text files stored on your computer, tablet or mobile phone when you visit a website, so that the website remembers you and how you've used the site every time you come back; first-party cookies are set by Vodafone, third-party cookies come from other domains", "Cookies are tiny text files that are stored on your computer, tablet or mobile phone when you visit a website. They mean that the website will remember you and how you've used the site every time you come back."),
			Kind: category.TrackerCookie, Purposes: ids("ck-experience", "ck-tailored-offers", "ck-preferences", "ck-basket", "ck-counting", "ck-tracking", "ck-order-tracking", "ck-account", "ck-top-up"),
			Choices: ids("choice-cookie-settings", "choice-browser-cookies", "choice-block-cookies")},
		{Statement: st("tracker-web-beacons", "for details on what we collect using cookies, web beacons and other technologies, including advertising data;"),
			Kind: category.TrackerWebBeacon},
		{Statement: st("tracker-other-technologies", "for details on what we collect using cookies, web beacons and other technologies, including advertising data;"),
			Kind: category.TrackerOther},
		{Statement: std("third-party-cookies", "third-party cookies, from a domain different than the domain of the website you are visiting, used for our advertising and marketing efforts", "We also use third-party cookies – which are cookies from a domain different than the domain of the website you are visiting – for our advertising and marketing efforts."),
			Kind: category.TrackerCookie, Party: thirdParty, Purposes: ids("ck-third-party-advertising"), Choices: ids("choice-cookie-settings")},
		{Statement: std("strictly-necessary-cookies", "Strictly Necessary Cookies, as a class: they cannot be switched off in Vodafone's systems and do not store any personally identifiable information", "These cookies are necessary for the website to function and cannot be switched off in our systems."),
			Kind: category.TrackerCookie, Class: necessary, Purposes: ids("ck-necessary"), Choices: ids("choice-necessary-browser")},
		{Statement: std("performance-cookies", "Performance Cookies, as a class", qPerformance),
			Kind: category.TrackerCookie, Class: performance, Data: data(category.DataPageViews, category.DataErrors, category.DataUsage),
			Purposes: ids("ck-performance-analytics", "ck-performance-monitor", "ck-performance-personalise"), Choices: ids("choice-cookie-settings", "choice-performance-cookies")},
		{Statement: std("functional-cookies", "Functional Cookies, as a class: set by Vodafone or by third party providers whose services it has added to its pages", "They may be set by us or by third party providers whose services we have added to our pages."),
			Kind: category.TrackerCookie, Class: functional, Recipient: "to-functional-providers",
			Purposes: ids("ck-functional", "ck-functional-personalise"), Choices: ids("choice-cookie-settings", "choice-functional-cookies")},
		{Statement: std("targeting-cookies", "Targeting Cookies, as a class: set through the site by Vodafone's advertising partners", qTargeting),
			Kind: category.TrackerCookie, Class: targeting, Recipient: "to-cookie-ad-partners", Data: data(category.DataCookieID, category.DataDeviceID, category.DataBrowser),
			Purposes: ids("ck-targeting"), Choices: ids("choice-cookie-settings", "choice-targeting-cookies")},
		{Statement: std("social-media-cookies", "Social Media Cookies, a kind of targeting cookies set by a range of social media services added to the site", qSocial),
			Kind: category.TrackerSocialWidget, Class: category.ClassSocialMedia, Party: thirdParty, Recipient: "to-social-cookie-services",
			Data:     data(category.DataCrossSiteActivity, category.DataInferredInterests),
			Purposes: ids("ck-social-sharing", "ck-social-profiling"), Choices: ids("choice-cookie-settings", "choice-social-cookies")},
	}
	for _, r := range rows {
		for i, name := range r.names {
			t := policy.Tracker{
				Statement: policy.Statement{ID: "ck-" + vodafoneID(r.host) + "-" + vodafoneID(name), Description: "Cookie Subgroup " + r.host + "; " + classGroup[r.class], Quote: r.quote},
				Name:      name, Kind: category.TrackerCookie, Party: r.party, Class: r.class,
				Lifespan: vodafoneLifespan(r.lives[i]),
				Purposes: append([]string(nil), classPurposes[r.class]...),
				Choices:  append([]string(nil), classChoices[r.class]...),
				Data:     append([]category.Data(nil), classData[r.class]...),
			}
			if r.party == thirdParty {
				t.Provider = &policy.Entity{Name: r.host, URL: r.hostURL, Description: "named by its cookie domain"}
			} else {
				t.AppliesTo = services(hostService[r.host])
			}
			if len(t.Data) == 0 {
				t.Data = nil
			}
			p.Trackers = append(p.Trackers, t)
		}
	}
	p.Trackers = append(p.Trackers, policy.Tracker{
		Statement: std("tracker-local-storage", "Local Storage: web storage that lets JavaScript sites and apps store and access data right in the browser with no expiration date; the data persists after the browser window has been closed", "Local Storage is a type of web storage that allows JavaScript sites and apps to store and access data right in the browser with no expiration date. This means the data stored in the browser will persist even after the browser window has been closed."),
		Kind:      category.TrackerLocalStorage, Party: first, Lifespan: &policy.Lifespan{Kind: policy.LifespanPersistent},
		Purposes: ids("ls-tool-tracking", "ls-live-chat", "ls-surveys"), Choices: ids("choice-clear-local-storage"),
	})
	// "Some examples of local storage values": host, key and value.
	for _, ls := range []struct{ host, key, value string }{
		{"https://www.vodafone.ie", "bc.visitor_token", `{"token":"6696527780874059776"}`},
		{"https://www.vodafone.ie", "kampyle_userid", "6ac0-2b32-f63f-944e-1369-8345-78c6-8113"},
		{"https://www.vodafone.ie", "kampyleSessionPageCounter", "1"},
		{"https://www.vodafone.ie", "kampyleUserSession", "1601735800079"},
		{"https://www.vodafone.ie", "kampyleUserSessionsCount", "25"},
		{"https://www.vodafone.ie", "mdigital_alternative_uuid", "b745-5a4a-7f24-b800-ac06-3110-bc66-adfb"},
		{"https://n.vodafone.ie", "_hjid", "28a2316d-96d0-4f54-8d1d-60bb36344ab3"},
		{"https://n.vodafone.ie", "_hjRecordingEnabled", "TRUE"},
		{"https://n.vodafone.ie", "_hjRecordingLastActivity", "1600951756201"},
		{"https://n.vodafone.ie", "datalayer", `{"offerType":"pay as you go phones","addedToBasket":""}`},
		{"https://n.vodafone.ie", "hjViewportId", "87b0fe81-dbeb-4107-a6fd-73da7f36d3cb"},
		{"https://n.vodafone.ie", "s_pec", ""},
	} {
		svc := "website"
		if ls.host == "https://n.vodafone.ie" {
			svc = "site-n"
		}
		desc := "Local storage example on " + ls.host + "; example value: " + ls.value
		if ls.value == "" {
			desc = "Local storage example on " + ls.host + "; the example value is empty"
		}
		p.Trackers = append(p.Trackers, policy.Tracker{
			Statement: policy.Statement{ID: "ls-" + vodafoneID(strings.TrimPrefix(ls.host, "https://")) + "-" + vodafoneID(ls.key), AppliesTo: services(svc), Description: desc, Quote: ls.host},
			Name:      ls.key, Kind: category.TrackerLocalStorage, Party: first,
			Lifespan: &policy.Lifespan{Kind: policy.LifespanPersistent},
			Purposes: ids("ls-tool-tracking", "ls-live-chat", "ls-surveys"), Choices: ids("choice-clear-local-storage"),
		})
	}

	nonNecessary := func() []string {
		var out []string
		for _, t := range p.Trackers {
			if t.Class != "" && t.Class != necessary && t.Kind == category.TrackerCookie && strings.HasPrefix(t.ID, "ck-") {
				out = append(out, t.ID)
			}
		}
		return out
	}
	ofClass := func(c category.TrackerClass) []string {
		var out []string
		for _, t := range p.Trackers {
			if t.Class == c && strings.HasPrefix(t.ID, "ck-") {
				out = append(out, t.ID)
			}
		}
		return out
	}
	localStorage := func() []string {
		var out []string
		for _, t := range p.Trackers {
			if t.Kind == category.TrackerLocalStorage {
				out = append(out, t.ID)
			}
		}
		return out
	}

	p.Choices = []policy.Choice{
		{Statement: std("choice-browsing-opt-out", "opt out of advertising and manage how we use cookies through the Cookie Settings, or, for marketing based on the categories of websites you browse, through your Privacy Settings", quoteBrowsingOpt),
			Kind: policy.ChoiceOptOut, Purposes: ids("use-browsing-marketing", "use-browsing-ads"), Data: data(category.DataCrossSiteActivity),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings"), mech(policy.MechanismAccountSettings, "", privacyPrefs, "Privacy Settings")}},
		{Statement: std("choice-marketing-preferences", "manage your marketing permissions, and your preferences for the data used to tailor these communications, at any time", "You can manage your marketing permissions, and your preferences for the data we use to tailor these communications at any time by visiting"),
			Kind: policy.ChoiceOptOut, Purposes: marketingPurposes(),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismAccountSettings, "", privacyPrefs, "Your Privacy Settings")}},
		{Statement: std("choice-ad-consent", "not providing consent for interest-based advertising; the Cookies section explains how to control and opt out of cookies", "Remember that not providing consent for interest-based advertising won’t stop advertisements from being displayed – but they won’t be tailored to your interests."),
			Kind: policy.ChoiceAdPersonalisation, Purposes: ids("ads-targeted", "ads-other-sites"), Trackers: ofClass(targeting),
			Mechanisms:   []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Limits:       []policy.Limit{{Kind: policy.LimitScopeOfChoice, Description: "not providing consent for interest-based advertising won’t stop advertisements from being displayed"}},
			Consequences: []string{"advertisements are still displayed, but they won’t be tailored to your interests"}},
		{Statement: scoped(services("marketing-email", "marketing-sms", "marketing-phone", "marketing-post"), std("choice-marketing-opt-out", "opt out of all marketing communications or only selected methods (email, SMS MMS, phone or post), in various ways", quoteOptOutWays)),
			Kind: policy.ChoiceOptOut, Purposes: marketingPurposes(),
			Mechanisms: []policy.Mechanism{
				{Kind: policy.MechanismAccountSettings, URL: myVodafoneLogin, Name: "My Vodafone", Description: "Log in to My Vodafone to manage your permissions; your Privacy Settings also let you opt out or into receiving personalised marketing."},
				{Kind: policy.MechanismContactUs, Contact: "contact-customer-care", URL: supportPage, Description: "Contact our customer services team – see the contact us page."},
				{Kind: policy.MechanismUnsubscribeLink, URL: myVodafoneLogin, Description: "Click the link at the end of a marketing email to log into My Vodafone."},
				{Kind: policy.MechanismPhone, Contact: "contact-preferences-line", Description: "Call 1800 200 234 to manage your preferences using our interactive preference options."},
				{Kind: policy.MechanismContactUs, Name: "Tell the adviser if you receive a marketing call", Description: "Tell the adviser if you receive a marketing call."},
			},
			Limits: []policy.Limit{{Kind: policy.LimitScopeOfChoice, Purposes: ids("svc-service-messages", "svc-change-messages", "svc-payment-contact"),
				Description: "Opting out does not mean that you won’t any longer receive service-related messages. You will continue to receive those (unless we have indicated otherwise)."}}},
		{Statement: st("choice-personalised-marketing", "will also provide you with the ability to opt out or into receiving personalised marketing."),
			Kind: policy.ChoiceOptIn, Purposes: ids("mkt-tailoring", "mkt-customer-tailoring", "use-browsing-marketing"),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismAccountSettings, "", privacyPrefs, "Privacy Settings")}},
		{Statement: scoped(services("push-notifications", "apps"), st("choice-push-notifications", "Disable push notification messages, including marketing messages, at any time in our apps by changing the notification settings on your device or by uninstalling the app;")),
			Kind: policy.ChoiceUnsubscribe, Purposes: marketingPurposes(),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismDeviceSettings, Name: "notification settings"}, {Kind: policy.MechanismNotProviding, Description: "uninstalling the app"}}},
		{Statement: std("choice-marketing-guidance", "guidance on opting out of marketing by e-mail (the address is hidden in the archived text)", "for guidance."),
			Kind: policy.ChoiceHelp, Purposes: marketingPurposes(),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismEmail, "contact-marketing-email", "", "")}},
		{Statement: st("choice-group-marketing", "To opt out of receiving marketing communications from other Vodafone Group companies, just contact them directly."),
			Kind: policy.ChoiceOptOut, Recipients: ids("to-group"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismContactUs, Name: "other Vodafone Group companies", Description: "contact them directly"}}},
		{Statement: scoped(subjects("prospects"), st("choice-prospect-marketing", "If you wish to opt out, please follow the instructions contained in the message you receive.")),
			Kind: policy.ChoiceOptOut, Purposes: ids("mkt-consent"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismUnsubscribeLink, Description: "the instructions contained in the message you receive"}}},
		{Statement: scoped(services("website"), std("choice-cookie-settings", "control Vodafone website cookies through the Cookie Settings (button); cookies other than strictly necessary ones are used only with consent", "You can control Vodafone website cookies by clicking the Cookie Settings button.")),
			Kind: policy.ChoiceCookieControl, Trackers: nonNecessary(),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Limits:     []policy.Limit{{Kind: policy.LimitScopeOfChoice, Description: "Strictly necessary cookies cannot be switched off in our systems.", Purposes: ids("ck-necessary")}}},
		{Statement: std("choice-necessary-browser", "set your browser to block or alert you about strictly necessary cookies", "You can set your browser to block or alert you about these cookies, but some parts of the site will not then work."),
			Kind: policy.ChoiceCookieControl, Trackers: ofClass(necessary),
			Mechanisms:   []policy.Mechanism{{Kind: policy.MechanismBrowserSettings}},
			Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "some parts of the site will not then work"}},
			Consequences: []string{"some parts of the site will not then work"}},
		{Statement: st("choice-performance-cookies", "If you do not allow these cookies we will not know when you have visited our site, collect information and will not be able to monitor its performance."),
			Kind: policy.ChoiceCookieControl, Trackers: ofClass(performance),
			Mechanisms:   []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Consequences: []string{"we will not know when you have visited our site, collect information and will not be able to monitor its performance"}},
		{Statement: st("choice-functional-cookies", "If you do not allow these cookies then some or all of these services may not function properly."),
			Kind: policy.ChoiceCookieControl, Trackers: ofClass(functional),
			Mechanisms:   []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "some or all of these services may not function properly"}},
			Consequences: []string{"some or all of these services may not function properly"}},
		{Statement: st("choice-targeting-cookies", "If you do not allow these cookies, you will experience less targeted advertising."),
			Kind: policy.ChoiceCookieControl, Trackers: ofClass(targeting),
			Mechanisms:   []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Consequences: []string{"you will experience less targeted advertising"}},
		{Statement: st("choice-social-cookies", "If you do not allow these cookies you may not be able to use or see these sharing tools."),
			Kind: policy.ChoiceCookieControl, Trackers: ids("social-media-cookies"),
			Mechanisms:   []policy.Mechanism{mech(policy.MechanismCookieBanner, "", "", "Cookie Settings")},
			Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "you may not be able to use or see these sharing tools"}},
			Consequences: []string{"you may not be able to use or see these sharing tools"}},
		{Statement: std("choice-browser-cookies", "not enabling cookies in your browser, or controlling how cookies are used on all websites through your browser settings, with steps for Google Chrome, Microsoft Internet Explorer 9.0, Mozilla Firefox and Safari on OSX", "You can control how you use cookies on all websites through your browser settings."),
			Kind: policy.ChoiceCookieControl, Trackers: ids("tracker-cookies"),
			Mechanisms: []policy.Mechanism{
				{Kind: policy.MechanismBrowserSettings, Platform: "Google Chrome", Description: "Go to Settings; select Show advanced settings; in the \"Privacy\" section, select Content settings; select Allow local data to be set (recommended); select Done."},
				{Kind: policy.MechanismBrowserSettings, Platform: "Microsoft Internet Explorer 9.0", Description: "Tools, Internet options, Privacy tab: move the slider to the top to block all cookies or to the bottom to allow all cookies."},
				{Kind: policy.MechanismBrowserSettings, Platform: "Mozilla Firefox", Description: "Menu, Options, Privacy: set 'Firefox will:' to 'Use custom settings for history'; check Accept cookies from sites to enable cookies, uncheck it to disable them."},
				{Kind: policy.MechanismBrowserSettings, Platform: "Safari on OSX", Description: "Safari, Preferences, Privacy: block or unblock cookies."},
			},
			Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "If cookies aren't enabled, your shopping experience will be limited to just browsing our site."}},
			Consequences: []string{"You can still see the website if you choose not to enable cookies.", "your shopping experience will be limited to just browsing our site"}},
		{Statement: std("choice-block-cookies", "stop websites using cookies to remember what sites you visit, on the browser's page for managing cookies and site data", "If you'd like to find out how to stop websites using cookies to remember what sites you visit, choose your browser from the list."),
			Kind: policy.ChoiceCookieControl, Trackers: ids("tracker-cookies"),
			Mechanisms: []policy.Mechanism{
				{Kind: policy.MechanismBrowserSettings, Platform: "Chrome", URL: "https://support.google.com/chrome/answer/95647?hl=en-GB"},
				{Kind: policy.MechanismBrowserSettings, Platform: "Safari", URL: "https://support.apple.com/kb/PH19214?viewlocale=en_US&locale=en_US"},
				{Kind: policy.MechanismBrowserSettings, Platform: "Firefox", URL: "https://www.mozilla.org/en-US/firefox/dnt/"},
				{Kind: policy.MechanismBrowserSettings, Platform: "Internet Explorer", URL: "http://windows.microsoft.com/en-GB/internet-explorer/use-tracking-protection#ie=ie-11"},
			}},
		{Statement: std("choice-clear-local-storage", "clear local storage in Google Chrome: open the Console with F12, select “Application”, select “Local Storage”, right click your site(s) and click clear", "Open the Google Chrome Console by pressing F12 key"),
			Kind: policy.ChoiceCookieControl, Trackers: localStorage(),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismBrowserSettings, Platform: "Google Chrome", Name: "Google Chrome Console", Description: "Press F12; select “Application” in the console’s top menu; select “Local Storage” in the left menu; right click your site(s) and click clear to delete the local storage."}}},
		{Statement: std("choice-privacy-settings", "change your privacy settings in My Vodafone ('Manage my settings'), or call 1800 200 234 for help", quoteSettings),
			Kind: policy.ChoiceEditData, Data: data(category.DataPrivacyChoices),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismAccountSettings, "", privacyPrefs, "Manage my settings"), mech(policy.MechanismPhone, "contact-preferences-line", "", "")}},
		{Statement: scoped(services("customer-care"), std("choice-call-recording", "end a call you are not happy to have recorded", "If you are not happy with a call being recorded, you can end the call at any time.")),
			Kind: policy.ChoiceDecline, Purposes: ids("faq-call-quality", "imp-call-training"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotProviding, Description: "end the call at any time"}}},
		{Statement: std("choice-unwanted-communications", "check or change your preferences for how your data is used for marketing, analysis and profiling", "Please visit your My Vodafone account or call 1800 200 234 if you want to check or change your preferences."),
			Kind: policy.ChoiceOptOut, Purposes: append(marketingPurposes(), "faq-analysis", "prof-profiling"),
			Mechanisms: []policy.Mechanism{mech(policy.MechanismAccountSettings, "", myVodafoneLogin, "My Vodafone account"), mech(policy.MechanismPhone, "contact-preferences-line", "", "")}},
		{Statement: std("choice-analysis-offers", "change your mind at any time about the use of your data for analysis and tailored special offers", "Your preferences can be changed through on your My Vodafone profile, through the settings on our app or by calling 1800 200 234."),
			Kind: policy.ChoiceOptOut, Purposes: ids("faq-analysis", "faq-tailored-offers"),
			Mechanisms: []policy.Mechanism{
				mech(policy.MechanismAccountSettings, "", "", "My Vodafone profile"),
				{Kind: policy.MechanismInAppSetting, Name: "settings on our app"},
				mech(policy.MechanismPhone, "contact-preferences-line", "", ""),
			}},
		{Statement: scoped(services("my-vodafone-app"), st("choice-location-settings", "Most handsets will have a quick access menu where location services will be disabled for all functions and features on the device. If you want to disable location setting for one app only, select the option for app permissions.")),
			Kind: policy.ChoiceDevicePermission, Data: data(category.DataPreciseLocation),
			Mechanisms: []policy.Mechanism{
				{Kind: policy.MechanismDeviceSettings, Name: "quick access menu", Description: "disables location services for all functions and features on the device"},
				{Kind: policy.MechanismDeviceSettings, Name: "app permissions", Description: "disables the location setting for one app only"},
			}},
	}

	customerCare := func() rights.Channel { return ch(rights.ChannelPhone, "contact-customer-care") }
	p.Rights = []policy.RightsStatement{
		{Statement: scoped(lawProvides(), std("rights-object-li", "in some cases, the right to object to processing based on legitimate interests (Your Rights, at the end of the section)", "Additionally, in some cases you have the right to object to this processing.")),
			Rights: []rights.Right{rights.RightObjection}, Laws: gdpr()},
		{Statement: std("rights-withdraw-intro", "consent may be withdrawn at any time", "Consent may be withdrawn at any time."),
			Rights: []rights.Right{rights.RightWithdrawConsent}, Laws: gdpr()},
		{Statement: st("rights-rectification", "You have the right to have information held about you corrected if it is not accurate."),
			Rights: []rights.Right{rights.RightRectification}, Laws: gdpr(),
			Channels: []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "My Vodafone (Login > My account)"), {Kind: rights.ChannelContactUs, Contact: "contact-customer-care", URL: supportPage, Name: "Customer Services"}}},
		{Statement: st("rights-access", "You have the right to make a request for a copy of the personal data that Vodafone holds about you."),
			Rights: []rights.Right{rights.RightAccess}, Laws: gdpr(),
			Channels: []rights.Channel{
				{Kind: rights.ChannelWebForm, Contact: "contact-sar-form", URL: sarForm, Name: "online form"},
				{Kind: rights.ChannelPostalMail, Contact: "contact-sar-form", Name: "the address on the form"},
				{Kind: rights.ChannelContactUs, Contact: "contact-customer-care", URL: supportPage, Name: "Customer Services team"},
			},
			Verification: &rights.Verification{Description: "Vodafone takes reasonable steps to confirm your identity before issuing any copy of your personal information.", Quote: "We will take reasonable steps to confirm your identity before issuing any copy of your personal information."},
			Limits:       []policy.Limit{{Kind: policy.LimitIdentity, Description: "We will take reasonable steps to confirm your identity before issuing any copy of your personal information."}},
			Agents:       &policy.Agents{Who: []string{"an authorised 3rd party"}, Channels: []rights.Channel{{Kind: rights.ChannelWebForm, Contact: "contact-sar-form", URL: sarForm, Name: "online form"}}}},
		{Statement: scoped(lawProvides(), std("rights-portability", "in certain circumstances, the right to take with you data you provided: for example by downloading monthly bills in a format of your choice from the billing area of My Vodafone, or taking out data stored in Vodafone’s cloud and hosting services through apps and services such as Backup+", "You have the right to be able to take with you data you provided to us in certain circumstances.")),
			Rights: []rights.Right{rights.RightPortability}, Laws: gdpr(),
			Channels: []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "My Vodafone billing area"), {Kind: rights.ChannelApp, Name: "Backup+"}},
			Reply:    &policy.Reply{Forms: []string{"monthly bills downloaded at the click of a button, in a format of your choice"}}},
		{Statement: scoped(lawProvides(), std("rights-restriction", "in certain circumstances, the right to ask us to restrict processing; contact Customer Care on 1907 to discuss your rights if you feel the data is inaccurate or believe it shouldn't be processed", "If you feel the data we hold on you is inaccurate or believe we shouldn’t be processing your data, please contact our Customer Care team on 1907 to discuss your rights. In certain circumstances, you will have the right to ask us to restrict processing.")),
			Rights: []rights.Right{rights.RightRestriction}, Laws: gdpr(),
			Channels: []rights.Channel{customerCare()}},
		{Statement: scoped(lawProvides(), std("rights-erasure", "in certain circumstances, the right to request erasure; first check with Customer Care on 1907 that your contract has been terminated; after termination Vodafone may still have lawful grounds to process your data", "In certain circumstances, you have the right to request that we erase personal data of yours that we hold.")),
			Rights: []rights.Right{rights.RightErasure}, Laws: gdpr(),
			Channels: []rights.Channel{customerCare()},
			Limits:   []policy.Limit{{Kind: policy.LimitLegalException, Description: "If your contract with Vodafone has been terminated, we may still have lawful grounds to process your personal data (for more information on retention periods, see previous How Long We Keep Your Personal Information For)."}}},
		{Statement: st("rights-objection", "Right to object to processing where we rely on our legitimate interests:"),
			Rights: []rights.Right{rights.RightObjection}, Laws: gdpr(),
			Channels: []rights.Channel{customerCare(), ch(rights.ChannelEmail, "contact-objection-email")}},
		{Statement: std("rights-withdraw-consent", "withdraw your consent anytime after giving it, in the same way you provided it, or through Customer Care on 1907 or by e-mail", "You can withdraw your consent anytime after giving it. Depending on how you provided your consent, you should be able to withdraw your consent in the same way."),
			Rights: []rights.Right{rights.RightWithdrawConsent}, Laws: gdpr(),
			Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Name: "in the same way you provided your consent"}, customerCare(), ch(rights.ChannelEmail, "contact-consent-email")}},
		{Statement: std("rights-complaint-vodafone", "contact Vodafone about any of your rights, or complain about how it uses your information, through Customer Services or by e-mail", "If you want to contact us about any of your rights or to complain about how we use your information, contact our"),
			Rights:   []rights.Right{rights.RightComplaintToController},
			Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Contact: "contact-customer-care", URL: supportPage, Name: "Customer Services"}, ch(rights.ChannelEmail, "contact-complaint-email")}},
		{Statement: std("rights-complaint-dpc", "if you're still unhappy, contact the Data Protection Commission", "We’ll do our best to help, but if you’re still unhappy, you can contact the Data Protection Commission."),
			Rights: []rights.Right{rights.RightComplaint}, Laws: []jurisdiction.Law{jurisdiction.LawGDPR, jurisdiction.LawIrishDPA2018},
			Channels: []rights.Channel{ch(rights.ChannelPhone, "contact-dpc"), ch(rights.ChannelPostalMail, "contact-dpc"), {Kind: rights.ChannelEmail, Contact: "contact-dpc", Name: "the Commission's e-mail address (hidden in the archived text)"}}},
		// Frequently asked questions.
		{Statement: scoped(subjects("employees"), std("rights-employee-objection", "the Vodafone employee has the right (as an individual) to object to your recording of the phone call and may choose not to continue with the call; you must notify them that the call is being recorded", "The employee will have the right (as an individual) to object to your recording of the phone call and may choose not to continue with the call.")),
			Rights: []rights.Right{rights.RightObjection}, Data: data(category.DataCallRecording)},
		{Statement: st("rights-access-faq", "You can request a copy of your personal data through your online account, or by contacting Vodafone by phone or in store."),
			Rights: []rights.Right{rights.RightAccess},
			Channels: []rights.Channel{
				chURL(rights.ChannelAccountSettings, myVodafoneLogin, "online account"),
				{Kind: rights.ChannelPhone, Contact: "contact-customer-care"},
				{Kind: rights.ChannelInPerson, Name: "in store"},
			},
			ResponseTime: "P1M"},
		{Statement: std("rights-call-recording-copy", "request a copy of a call record (recording) by making a subject data request in My Vodafone", "You can request a copy of the call record by making a subject data request in My Vodafone."),
			Rights: []rights.Right{rights.RightAccess}, Data: data(category.DataCallRecording),
			Channels: []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "My Vodafone")}},
		{Statement: std("rights-sar-contents", "a subject access request includes any personal data that relates to or identifies you; tell Vodafone in My Vodafone what you are looking for, to speed up your request", "We will include any personal data that relates to or identifies you. This will include your personal details and may include, for example, details of account notes, call recordings, live chat scripts, etc."),
			Rights:   []rights.Right{rights.RightAccess},
			Channels: []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "your account in My Vodafone")},
			Reply:    &policy.Reply{Contents: []string{"any personal data that relates to or identifies you", "your personal details", "details of account notes", "call recordings", "live chat scripts"}}},
		{Statement: std("rights-sar-complaint-dpo", "if you are not satisfied with the personal data you received, complain to the Data Protection Officer; contact Vodafone with any queries first", "If you are not satisfied, you have the right to complain to the Data Protection Officer at"),
			Rights:   []rights.Right{rights.RightComplaintToController},
			Channels: []rights.Channel{ch(rights.ChannelEmail, "contact-dpo")}},
		{Statement: std("rights-erasure-faq", "have all of your personal data deleted (\"right to be forgotten\") through your online account, by phone or in store; without an active account, or for specific information, by e-mail", "You can request to have your personal data deleted through your online account, or by contacting Vodafone by phone or in store."),
			Rights: []rights.Right{rights.RightErasure},
			Channels: []rights.Channel{
				chURL(rights.ChannelAccountSettings, myVodafoneLogin, "online account"),
				{Kind: rights.ChannelPhone, Contact: "contact-customer-care"},
				{Kind: rights.ChannelInPerson, Name: "in store"},
				ch(rights.ChannelEmail, "contact-deletion-email"),
			},
			Limits:       []policy.Limit{{Kind: policy.LimitAccountDeletionOnly, Description: "If you have an active account with Vodafone, we will be unable to delete your personal data."}},
			ResponseTime: "P1M"},
		{Statement: std("rights-rectification-faq", "update your contact information (address, email etc.) in your My Vodafone online account; other incorrect or outdated information by e-mail request; a notification of completion within 30 days", "You will receive a notification of completion of your request within 30 days."),
			Rights:       []rights.Right{rights.RightRectification},
			Channels:     []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "My Vodafone online account"), ch(rights.ChannelEmail, "contact-rectification-email")},
			Data:         data(category.DataPostalAddress, category.DataEmail, category.DataPersonal),
			ResponseTime: "P30D"},
		{Statement: st("rights-portability-faq", "A data portability request will provide you with an electronic file containing the personal data that you have provided to Vodafone."),
			Rights: []rights.Right{rights.RightPortability},
			Reply: &policy.Reply{Forms: []string{"an electronic file"},
				Contents: []string{"the personal data that you have provided to Vodafone", "basic information such as name, address, email address, phone number"}}},
		{Statement: std("rights-call-records", "copies of your call records by a data access request (copies of the call details section of your monthly bill), or by download from your My Vodafone online account", "You may send a data access request to obtain copies of your call records, however, this information is also available for you to download from your My Vodafone online account."),
			Rights: []rights.Right{rights.RightAccess}, Data: data(category.DataCallDetailRecords),
			Channels: []rights.Channel{chURL(rights.ChannelAccountSettings, myVodafoneLogin, "My Vodafone online account")},
			Reply:    &policy.Reply{Contents: []string{"copies of the call details section of your monthly bill"}}},
		{Statement: scoped(subjects("payg-customers"), st("rights-call-records-payg", "Pay as you go customers will receive a document with records of calls including time and date, and number dialled.")),
			Rights: []rights.Right{rights.RightAccess}, Data: data(category.DataCallDetailRecords),
			Reply: &policy.Reply{Contents: []string{"a document with records of calls including time and date, and number dialled"}}},
		{Statement: scoped(subjects("bill-pay-customers"), st("rights-contract-copy", "If you agreed or renewed your contract within the last 24 months, please contact Vodafone to provide you with a copy.")),
			Rights: []rights.Right{rights.RightAccess}, Data: data(category.DataContract),
			Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Contact: "contact-customer-care"}}},
	}

	p.Transfers = []policy.Transfer{
		{Statement: std("transfer-group", "to other Vodafone Group companies, for instance the Vodafone Intelligence Solutions centres in Egypt, Hungary, Romania, Albania and India, who provide customer support; with intercompany agreements containing the appropriate EU contractual clauses", "We may need to transfer your information to other Vodafone Group companies (for instance our Vodafone Intelligence Solutions centres located in Egypt, Hungary, Romania, Albania and India, who provide customer support) or service providers in countries outside the European Economic Area (EEA)."),
			From: []jurisdiction.Code{"IE"}, To: []jurisdiction.Code{"EG", "HU", "RO", "AL", "IN"},
			Recipients: ids("to-vis-centres"),
			Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses, policy.SafeguardAppropriateSafeguards}},
		{Statement: std("transfer-outside-eea", "to service providers, suppliers and servers in countries outside the EEA: Vodafone makes sure the information is properly protected, always conducts a transfer impact assessment and ensures a proper legal agreement covers the transfer; where the country has no laws equivalent to EU standards and no adequacy decision, additional technical security and organisational safeguards such as standard contractual clauses approved by the European Commission", "If Vodafone sends your information to a country that is not in the EEA, we will make sure that your information is properly protected. We will always ensure to conduct a transfer impact assessment and ensure that there is a proper legal agreement that covers the data transfer."),
			From: []jurisdiction.Code{jurisdiction.EEA}, OtherDestinations: "countries outside the European Economic Area (EEA) where our servers, suppliers and service providers are based",
			Recipients: ids("to-overseas-providers"),
			Safeguards: []policy.Safeguard{policy.SafeguardAdequacyDecision, policy.SafeguardStandardContractualClauses, policy.SafeguardAppropriateSafeguards}},
		{Statement: st("transfer-travel", "This kind of data transfer will happen if our servers (i.e. where we store data) or our suppliers and service providers are based outside the EEA, or if you use our services and products while visiting countries outside this area."),
			From: []jurisdiction.Code{jurisdiction.EEA}, OtherDestinations: "countries outside the EEA you visit while using our services and products",
			Safeguards: []policy.Safeguard{policy.SafeguardAdequacyDecision, policy.SafeguardStandardContractualClauses, policy.SafeguardAppropriateSafeguards}},
		{Statement: std("transfer-within-eea", "within the EEA, which the notice says consists of the countries in the European Union, Switzerland, Iceland, Liechtenstein and Norway, considered to have equivalent laws on data protection and privacy", "The EEA consists of countries in the European Union, Switzerland, Iceland, Liechtenstein and Norway: they are considered to have equivalent laws when it comes to data protection and privacy."),
			From: []jurisdiction.Code{"IE"}, To: []jurisdiction.Code{jurisdiction.EU, "CH", "IS", "LI", "NO"},
			Safeguards: []policy.Safeguard{policy.SafeguardNotNeeded}},
		{Statement: std("transfer-group-call-centres", "to other Vodafone companies, some of whose call centres are outside the EU; Vodafone Group ensures all Vodafone companies maintain the same privacy commitment and appropriate safeguards, with intercompany agreements containing the appropriate EU contractual clauses", "We also maintain intercompany agreements containing the appropriate EU contractual clauses to ensure that your data is protected."),
			From: []jurisdiction.Code{"IE"}, OtherDestinations: "countries outside the EU where Vodafone's call centres are",
			Recipients: ids("to-group-service-companies"),
			Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses, policy.SafeguardAppropriateSafeguards}},
	}

	p.Security = []policy.Measure{
		{Statement: std("sec-aggregate", "anonymising, de-identifying or aggregating information where possible or practicable to improve the service", "Where possible or practicable, we anonymise, de-identify or aggregate information in order to improve the service we offer to everyone."),
			Kind: policy.MeasureDeIdentification, Data: data(category.DataFinancial, category.DataTraffic)},
		{Statement: std("sec-roaming-anonymise", "anonymising roaming personal data for in-depth analysis without identifying users in an individual way", "Vodafone may also take this personal data and anonymise it so that more in-depth analysis of our roaming services can be undertaken."),
			Kind: policy.MeasureDeIdentification, Data: data(category.DataName, category.DataEmail, category.DataPhone, category.DataCallDetailRecords)},
		{Statement: st("sec-code-of-ethics", "Our data scientists are required to sign up to a Code of Ethics."),
			Kind: policy.MeasurePrivacyProgram, Technology: "Code of Ethics"},
		{Statement: st("sec-use-case-process", "We have a strict use case process that requires that privacy and data protection law checks are carried out before any use case commences."),
			Kind: policy.MeasurePrivacyProgram, Technology: "use case process with privacy and data protection law checks"},
		{Statement: st("sec-anonymisation-rules", "We have strict rules for anonymisation and disidentified techniques where appropriate."),
			Kind: policy.MeasureDeIdentification},
		{Statement: std("sec-transfer-assessment", "a transfer impact assessment for every transfer outside the EEA", "We will always ensure to conduct a transfer impact assessment and ensure that there is a proper legal agreement that covers the data transfer."),
			Kind: policy.MeasureTransferImpactAssessment},
		{Statement: std("sec-retained-access", "call traffic records retained to comply with legal obligations are kept in a restricted access secure system", "This retention will take place in a restricted access secure system and will not be used for Vodafone's commercial purposes."),
			Kind: policy.MeasureAccessControl, Data: data(category.DataCallDetailRecords)},
		{Statement: std("sec-retained-system", "a restricted access secure system for retained call traffic records", "This retention will take place in a restricted access secure system and will not be used for Vodafone's commercial purposes."),
			Kind: policy.MeasureSecureDataCentre, Data: data(category.DataCallDetailRecords)},
		{Statement: st("sec-teams", "We have specialised security teams who constantly review and improve our measures to protect your personal information from unauthorised access, accidental loss, disclosure or destruction."),
			Kind: policy.MeasureSecurityTesting},
		{Statement: std("sec-measures", "measures to protect your personal information from unauthorised access, accidental loss, disclosure or destruction", "We have specialised security teams who constantly review and improve our measures to protect your personal information from unauthorised access, accidental loss, disclosure or destruction."),
			Kind: policy.MeasureReasonableMeasures},
		{Statement: st("sec-never-ask", "We’ll never ask for your secure personal or account information by an unsolicited means of communication."),
			Kind: policy.MeasurePhishingProtection},
		{Statement: std("sec-principles", "Vodafone's commitment to respecting privacy, with its Privacy Commitments set out in its Privacy Centre", "Vodafone is committed to respecting your privacy. We take privacy, security, and complying with data protection and privacy laws seriously."),
			Kind: policy.MeasurePrivacyProgram, Technology: "Privacy Commitments"},
		{Statement: std("sec-security-questions", "security questions each time you contact Vodafone, so that another person cannot gain access to your account and make changes without your permission", "Each time you contact Vodafone you may be asked a number of security questions to confirm your identity."),
			Kind: policy.MeasureAccessControl, Technology: "security questions"},
		{Statement: std("sec-contractual", "appropriate contractual and security arrangements with third party companies acting on Vodafone's behalf", "Vodafone will ensure that the appropriate contractual and security arrangements are in place."),
			Kind: policy.MeasureConfidentialityAgreement},
		{Statement: std("sec-group-commitment", "Vodafone Group ensures that all Vodafone companies maintain the same privacy commitment and that appropriate safeguards are in place", "Vodafone Group ensures that all Vodafone companies maintain the same privacy commitment and that appropriate safeguards are in place."),
			Kind: policy.MeasurePrivacyProgram},
		{Statement: std("sec-minimisation", "Vodafone only collects personal data that is necessary to provide the service you requested and to manage your account", "Vodafone only collect personal data that is necessary to provide you with the service you have requested and to manage your account."),
			Kind: policy.MeasureDataMinimisation},
		{Statement: std("sec-deletion-controls", "controls to ensure that data is deleted when it is no longer required for the purpose for which it was collected", "We have controls in place to ensure that data is deleted when it is no longer required for the purpose for which it was collected."),
			Kind: policy.MeasureDataMinimisation},
		{Statement: std("sec-breach-reporting", "if you think there is a data breach, submit the details; the notice links the Data Protection Commission's page on breach notification", "If you think there is a data breach please submit the details"),
			Kind: policy.MeasureBreachNotification},
		{Statement: std("sec-strict-policies", "strict internal policies (such as retention periods) and procedures for processing under legal obligations", "Compliance with a mandatory legal obligation including for example accounting and tax requirements, which are subject to strict internal policies (such as retention periods), procedures."),
			Kind: policy.MeasurePrivacyProgram},
	}

	p.Disclaimers = []policy.Disclaimer{
		{Statement: st("disc-internet", "Communications over the internet (such as emails) are not secure unless they have been encrypted. Your communications may go through a number of countries before being delivered, as this is the nature of the internet."),
			Kind: policy.DisclaimerInternetNotSecure},
		{Statement: st("disc-email", "Communications over the internet (such as emails) are not secure unless they have been encrypted."),
			Kind: policy.DisclaimerEmailNotSecure},
		{Statement: st("disc-beyond-control", "We cannot accept responsibility for any unauthorised access or loss of personal information that is beyond our control."),
			Kind: policy.DisclaimerNoGuarantee},
		{Statement: st("disc-user-responsibility", "You’re responsible for keeping your personal and account information secure and not sharing it with others."),
			Kind: policy.DisclaimerUserResponsibility},
		{Statement: st("disc-third-party-sites", "Our website may provide links to third-party websites. We cannot be responsible for the security and content of such third-party websites."),
			Kind: policy.DisclaimerThirdPartySites},
		{Statement: st("disc-connected-content", "The same applies to any third-party websites or content you connect to using our products and services."),
			Kind: policy.DisclaimerThirdPartySites},
		{Statement: st("disc-social-plugins", "You may choose to disclose your information in certain ways such as social plug-ins (including those offered by Google, Facebook, Twitter and Pinterest) or using third-party services that allow you to post reviews or other information publicly, and a third party could use that information."),
			Kind: policy.DisclaimerPublicContributions},
		{Statement: st("disc-social-terms", "Social plug-ins and social applications are operated by the social network themselves and are subject to their own terms of use and privacy and cookies policies."),
			Kind: policy.DisclaimerThirdPartyTracking},
	}

	p.Changes = &policy.Changes{
		Statement: st("changes", "This Privacy Notice gets updated from time to time; whenever we make a material change, we’ll post this on our website and let you know."),
		Notices: []policy.ChangeNotice{{Methods: []policy.NoticeMethod{policy.NoticePosting, policy.NoticeProminentNotice}, Trigger: policy.TriggerSignificantChange,
			Quote: "whenever we make a material change, we’ll post this on our website and let you know."}},
		Reasons: "We have revised our privacy notice as we are introducing some new features and ways of working.",
	}

	p.Laws = []policy.LawStatement{
		{Statement: std("law-gdpr", "every use of personal information rests on a specific lawful basis under data protection law", "Whenever we use your personal information, we do so based on a specific lawful basis under data protection law listed below:"),
			Law: jurisdiction.LawGDPR, Status: policy.LawApplies},
		{Statement: std("law-principles", "Vodafone takes complying with data protection and privacy laws seriously", "Vodafone is committed to respecting your privacy. We take privacy, security, and complying with data protection and privacy laws seriously."),
			Jurisdictions: []jurisdiction.Code{"IE"}, Status: policy.LawComplies},
		{Statement: std("law-companies-act", "the legislation applicable to accounting and tax requirements", "Companies Act 2014"),
			Law: jurisdiction.LawIrishCompaniesAct2014, Status: policy.LawApplies},
		{Statement: std("law-ie-dpa", "the legislation applicable to law enforcement purposes and to complaints about how Vodafone handles your personal data", "Data Protection Act 2018"),
			Law: jurisdiction.LawIrishDPA2018, Status: policy.LawApplies},
		{Statement: policy.Statement{ID: "law-data-retention", Description: "the legislation applicable to law enforcement purposes",
			Citations: []policy.Citation{cite(jurisdiction.LawIrishDataRetention, "Communications (Retention of Data) Act 2011, as amended by the Communications (Retention of Data) (Amendment) Act 2022")},
			Quote:     "Communications (Retention of Data) Act 2011, as amended by the Communications (Retention of Data) (Amendment) Act 2022"},
			Law: jurisdiction.LawIrishDataRetention, Status: policy.LawApplies},
		{Statement: std("law-ie-eprivacy", "the legislation applicable to complaints about the processing of electronic communications content and metadata (“the ePrivacy Regulations”)", "European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (“the ePrivacy Regulations”)"),
			Law: jurisdiction.LawIrishEPrivacy, Status: policy.LawApplies},
		{Statement: std("law-eecc", "the legislation applicable to sharing caller ID and location data with emergency services, account data with national registers, and to nuisance communications", "European Union (Electronic Communications Code) Regulations 2022"),
			Law: jurisdiction.LawIrishEECC, Status: policy.LawApplies},
		{Statement: policy.Statement{ID: "law-comreg", Description: "ComReg's instruments applicable to nuisance communications (the voice firewall)",
			Citations: []policy.Citation{cite(jurisdiction.LawIrishComRegScamCalls, "24/24 Combatting scam calls and texts (ComReg)"), cite(jurisdiction.LawIrishComRegScamCalls, "D13/24 Decision Instrument for Voice Firewall Specification (ComReg)")},
			Quote:     "D13/24 Decision Instrument for Voice Firewall Specification (ComReg)"},
			Law: jurisdiction.LawIrishComRegScamCalls, Status: policy.LawApplies},
		{Statement: std("law-cookie-consent", "cookies are used only with consent, except strictly necessary cookies", "We only use cookies based on your consent (except for strictly necessary cookies)"),
			Law: jurisdiction.LawIrishEPrivacy, Status: policy.LawComplies},
	}

	p.Decisions = []policy.Decision{
		{Statement: std("decision-ai", "Vodafone may use Artificial Intelligence to help provide a requested product or service, responsibly, and where necessary discloses that content is generated by A.I.", "We may use Artificial Intelligence (A.I.) to help us provide you with a requested product or service. If we use A.I. we will do so responsibly, and where necessary we will disclose that the content is generated by A.I."),
			ArtificialIntelligence: true, Purposes: ids("use-ai-service")},
		{Statement: policy.Statement{ID: "decision-automated-tools", Not: true, Description: "automated tools assist with activities such as reconciling customer accounts and improving service efficiency; they do not make decisions that affect your rights or obligations", Quote: "These tools do not make decisions that affect your rights or obligations."},
			Automated: true, Effects: []policy.DecisionEffect{policy.EffectLegal}, Purposes: ids("use-reconcile-accounts", "use-service-efficiency")},
		{Statement: std("decision-profiling", "profiling for credit, fraud and security purposes", "Profiling consists of the use of personal data in an automated form in order to evaluate certain personal aspects relating to an individual. We will process your personal information in this way for credit, fraud, and security purposes."),
			Profiling: true, Purposes: ids("prof-profiling", "prof-credit-check", "fraud-detect", "fraud-network-misuse"),
			Collections: ids(financialDetails, accountInfo, credentials, trafficData)},
		{Statement: std("decision-interaction-analysis", "analysis of samples of your interactions with Vodafone, which may be done by automated means", "We will analyse samples of your interactions with us to improve our services by identifying trends in queries and issues that we receive. This may be done by automated means."),
			Automated: true, Effects: []policy.DecisionEffect{policy.EffectNone}, Purposes: ids("imp-interaction-trends"), Collections: ids(contentData)},
	}

	p.Glossary = []policy.DefinedTerm{
		{Term: "Vodafone/we/us/our", Definition: "Vodafone Ireland", Refers: ids("vodafone-ireland")},
		{Term: "third party", Definition: "someone who is not you or us"},
		{Term: "partner organisation", Definition: "external third party business entity that provides value-added services"},
		{Term: "Vodafone Group", Definition: "Vodafone Group Plc and any company or other organisation in which Vodafone Group Plc owns more than 15% of the share capital", Refers: ids("to-group")},
		{Term: "service", Definition: "any services or products that you buy or use such as broadband, mobiles, use of our apps or smart tech products", Refers: ids("mobile", "broadband", "apps", "smart-tech")},
		{Term: "Profiling", Definition: "the use of personal data in an automated form in order to evaluate certain personal aspects relating to an individual", Refers: ids("prof-profiling")},
		{Term: "Big data analytics", Definition: "mathematically driven analysis techniques on large and varied data sets (that is why it is “big” data) to uncover hidden patterns and hitherto unrevealed trends", Refers: ids("ana-big-data")},
		{Term: "interest-based advertising", Definition: "targeted advertising online based on the use of cookies, to deliver advertising that is relevant to you", Refers: ids("ads-targeted")},
		{Term: "EEA", Definition: "The EEA consists of countries in the European Union, Switzerland, Iceland, Liechtenstein and Norway: they are considered to have equivalent laws when it comes to data protection and privacy.", Refers: ids("transfer-within-eea")},
		{Term: "Cookies", Definition: "tiny text files that are stored on your computer, tablet or mobile phone when you visit a website", Refers: ids("tracker-cookies")},
		{Term: "first-party cookies", Definition: "cookies set by us: a small piece of data (text file) that a website – when visited by a user – asks your browser to store on your device in order to remember information about you, such as your language preference or login information"},
		{Term: "third-party cookies", Definition: "cookies from a domain different than the domain of the website you are visiting", Refers: ids("third-party-cookies")},
		{Term: "Local Storage", Definition: "a type of web storage that allows JavaScript sites and apps to store and access data right in the browser with no expiration date", Refers: ids("tracker-local-storage")},
		{Term: "the ePrivacy Regulations", Definition: "European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011", Refers: ids("law-ie-eprivacy")},
		{Term: "Traffic data", Definition: "Every time you use your mobile phone, a record is kept: the number you called or sent an SMS or MMS to, the length, date and time, the amount of data you are using and your approximate location; the same for incoming calls and messages", Refers: ids(trafficData)},
	}

	p.History = []policy.Version{
		{Version: "1.0", Date: "2018-05-23", Changes: "All: First Draft"},
		{Version: "1.1", Date: "2020-09-28", Changes: "How we use your information: Updated text on analytics"},
		{Version: "1.2", Date: "2024-01-19", Changes: "How long we keep your personal information: Update retention periods"},
		{Version: "1.3", Date: "2024-01-19", Changes: "How we use your information: Updated text on analytics to include ‘customer profile’"},
		{Version: "2.0", Date: "2024-10-14", Changes: "All: Structural and content changes in the privacy notice template."},
		{Version: "2.1", Date: "2025-02-04", Changes: "Profiling, Fraud Management and Security: Updated What data is used? in Fraud Prevention & Security to include 'Credential information'"},
		{Version: "2.2", Date: "2025-07-04", Changes: "How we use your personal information and our lawful basis to do so: Referenced use of automated tools"},
		{Version: "2.3", Date: "2026-01-13", Changes: "To comply with mandatory legal obligation: Nuisance Communications purposes"},
	}

	return p
}
