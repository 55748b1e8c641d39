package examples

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// MayoClinic2021 returns the Mayo Clinic privacy policy as last updated on March 4, 2021.
//
// The passages this text shares with the 2024 version (MayoClinic2024) are
// encoded the same way and carry the same IDs there, so that a comparison of
// the two fixtures by ID shows only what the texts changed.
func MayoClinic2021() *policy.Policy {
	// Fresh slices on every call, so that no two fields of the value share memory.
	sites := func() []string { return []string{"mayoclinic-org", "mayoclinic-edu", "other-web-locations"} }
	sitesAndNewsletter := func() []string { return append(sites(), "email-newsletter") }
	eeaCH := func() []jurisdiction.Code { return []jurisdiction.Code{jurisdiction.EEA, jurisdiction.Switzerland} }
	california := func() *policy.Scope {
		return &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.California}}
	}
	// The collection statements of "What information we collect": the
	// information "we collect" that later sections refer to as "this information".
	collected := func() []string {
		return []string{"collect-entered", "collect-forms", "collect-sensitive-forms", "collect-automatic"}
	}
	rochester := func(recipient string, lines ...string) contact.Address {
		return contact.Address{Recipient: recipient, Lines: lines, Locality: "Rochester", Region: "MN", PostalCode: "55905", Country: "US"}
	}
	const (
		quoteUses         = "We use the information we collect for things like:"
		quoteOptimize     = "Optimizing the performance and user experience of our sites"
		quoteMarketing    = "Marketing and advertising products and services, including by inferring your interests from your interactions with our websites and newsletters, and tailoring advertisements, newsletters, and offers to you (both on our websites and on other websites) based on your interactions with us in our stores and online interests"
		quoteCommunicate  = "Communicating with you about your account, special events and surveys"
		quoteFulfil       = "Fulfilling orders and requests for products, services or information"
		quoteRetention    = "We will retain your information for as long as your account is active or as needed to provide you services, comply with our legal obligations, resolve disputes and enforce our agreements."
		quoteLegal        = "We may also use or disclose your personal information if required to do so by law or on the good-faith belief that such action is necessary to (a) conform to applicable law or comply with legal process served on us or our sites. (b) protect and defend our rights or property, the sites, or our users. or (c) act to protect the personal safety of us, users of the sites or the public."
		quoteAdCookies    = "Use of cookies: Our sponsors and advertisers and their ad servers may use cookies when you view pages on our site. They use those cookies to collect information as a way of measuring the effectiveness of their advertising, or to provide advertisements about goods and services that may be of interest to you or to avoid running the same ads to you over time. Such information may include your IP address, browser type, your operating system, web pages visited, time of visits, content viewed, ads viewed and other clickstream data."
		quoteEveryday     = "Our partner, Everyday Health, may use a third-party ad network provider, Collective Media, to help present advertisements on this website."
		quoteCombine      = "We may combine this information with any other information we have about you, including, if you are a Mayo Clinic Patient, any PHI we have about you."
		quoteSharing      = "We may share the information we collect about you with third parties who we have engaged to help us provide the services, or they may collect information about you directly when you interact with them. In certain circumstances, we may permit these third parties to use this data to improve the products and services they provide to Mayo Clinic or their other customers. Third parties may collect information such as IP addresses, traffic patterns and related information. This data reflects site-usage patterns gathered during visits to our website each month or newsletter subscribers' interactions with our newsletters."
		quoteEEARights    = "You are entitled to the rights under Chapter III of the EU General Data Protection Regulation or Section 2 of the Swiss Federal Act on Data Protection with respect to the processing of your personal data, which include the right to access and rectify and to request erasure of personal data."
		quoteCAOptOut     = "You have the right to contact us and opt-out of such sharing for marketing purposes."
		quoteSurveyShare  = "If survey respondents provide personal information (such as an email address) in a survey, it is shared only with those people who need to see it to respond to the question or request, or with third parties who perform data management services for our site. Those third parties have agreed to keep all data from surveys confidential."
		quoteSurveyFollow = "We generally do not ask for information in surveys that would personally identify you. if we do request contact information for follow-up, you may decline to provide it."
		quoteAutomatic    = "Information we collect automatically: When you interact with our sites and email newsletters, certain information about your use of our sites and interaction with our email newsletters is automatically collected. This information includes computer and connection information, such as statistics on your page views, traffic to and from our sites, referral URL, ad data, your IP address, and device identifiers. This information also may include your transaction history, and your web log information, how you search for our sites, the websites you click on from our sites or emails, whether and when you open our emails, and your browsing activities across other websites. Much of this information is collected through cookies, web beacons and other tracking technologies, as well as through your web browser or device (e.g., IP address, MAC address, browser version, etc.)."
		quoteTrackingTech = "Much of this information is collected through cookies, web beacons and other tracking technologies, as well as through your web browser or device (e.g., IP address, MAC address, browser version, etc.)."
		quoteEmailLinks   = "Email communications that you send to us via the email links on our site may be shared with a customer service representative, employee, medical expert or agent that is most able to address your inquiry."
		quoteSecurity     = "Whether you are visiting the Mayo Clinic site or in one of our clinic locations, we use reasonable security measures to protect the confidentiality of personal information under our control and appropriately limit access to it."
		quoteNewsletter   = "You can sign up for a free Mayo Clinic email newsletter."
	)

	return &policy.Policy{
		ID:       MayoClinic2021ID,
		Title:    "Privacy policy",
		URL:      "https://www.mayoclinic.org/about-this-site/privacy-policy",
		Language: "en-US",
		Updated:  "2021-03-04",

		Services: []policy.Service{
			{Statement: policy.Statement{ID: "mayoclinic-org", Description: "Mayo Clinic's web site; it provides the opportunity to receive communications from Mayo Clinic or third parties.", Quote: "This policy applies to MayoClinic.org, MayoClinic.edu, other web locations under Mayo Clinic's control, and any correspondence we have with you."},
				Kind: category.ServiceWebsite, Name: "MayoClinic.org",
			},
			{Statement: policy.Statement{ID: "mayoclinic-edu", Quote: "This policy applies to MayoClinic.org, MayoClinic.edu, other web locations under Mayo Clinic's control, and any correspondence we have with you."},
				Kind: category.ServiceWebsite, Name: "MayoClinic.edu",
			},
			{Statement: policy.Statement{ID: "other-web-locations", Quote: "This policy applies to MayoClinic.org, MayoClinic.edu, other web locations under Mayo Clinic's control, and any correspondence we have with you."},
				Kind: category.ServiceWebsite, Name: "other web locations under Mayo Clinic's control",
			},
			{Statement: policy.Statement{ID: "correspondence", Quote: "This policy applies to MayoClinic.org, MayoClinic.edu, other web locations under Mayo Clinic's control, and any correspondence we have with you."},
				Kind: category.ServiceCorrespondence, Name: "any correspondence we have with you",
			},
			{Statement: policy.Statement{ID: "email-newsletter", Description: "A free newsletter one can sign up for.", Quote: quoteNewsletter},
				Kind: category.ServiceNewsletter, Name: "Mayo Clinic email newsletter",
			},
			{Statement: policy.Statement{ID: "email-links", Description: "E-mail links on the site through which people send e-mail to Mayo Clinic; the site's email functionality is not a completely secure and confidential means of communication.", Quote: quoteEmailLinks},
				Kind: category.ServiceCorrespondence, Name: "email links on our site",
			},
			{Statement: policy.Statement{ID: "patient-portal", Not: true, Description: "The policy does not cover it: Mayo Clinic's patient portal, through which patient information (protected health information, or PHI) is submitted, is covered by policies of its own.", Quote: "You may review policies specifically related to patient information (protected health information, or PHI) submitted through Mayo Clinic's patient portal."},
				Kind: category.ServicePatientPortal, Name: "Mayo Clinic's patient portal",
			},
			{Statement: policy.Statement{ID: "clinic-locations", Description: "Mayo Clinic's clinic locations.", Quote: quoteSecurity},
				Kind: category.ServiceFacility, Name: "clinic locations",
			},
			{Statement: policy.Statement{ID: "other-mayo-properties", Not: true, Description: "The policy does not cover them: other Mayo Clinic online properties, which may have their own privacy policies that apply to those sites.", Quote: "Other Mayo Clinic online properties may have their own privacy policies that apply to those sites."},
				Kind: category.ServiceWebsite, Name: "Other Mayo Clinic online properties",
			},
		},

		Documents: []policy.Document{
			{Statement: policy.Statement{ID: "terms-of-use", Quote: "In addition to this privacy policy, users of the Mayo Clinic site should consult the Mayo Clinic site terms of use as well as any product specific terms and conditions that apply."},
				Kind: policy.DocumentTermsOfUse, Title: "Mayo Clinic site terms of use",
			},
			{Statement: policy.Statement{ID: "product-terms", Quote: "In addition to this privacy policy, users of the Mayo Clinic site should consult the Mayo Clinic site terms of use as well as any product specific terms and conditions that apply."},
				Kind: policy.DocumentProductTerms, Title: "product specific terms and conditions",
			},
			{Statement: policy.Statement{ID: "patient-portal-policies", Quote: "You may review policies specifically related to patient information (protected health information, or PHI) submitted through Mayo Clinic's patient portal."},
				Kind: policy.DocumentPatientPrivacyPolicy, Title: "policies specifically related to patient information (protected health information, or PHI) submitted through Mayo Clinic's patient portal",
			},
			{Statement: policy.Statement{ID: "other-mayo-clinic-policies", Quote: "Other Mayo Clinic online properties may have their own privacy policies that apply to those sites. You should review those privacy policies in connection with your use of those sites."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "their own privacy policies",
			},
			{Statement: policy.Statement{ID: "notice-of-privacy-practices", Quote: "If we combine this information with your PHI, we will treat all of that information as PHI, and will only use or disclose that information as set forth in our notice of privacy practices."},
				Kind: policy.DocumentNoticeOfPrivacyPractices, Title: "notice of privacy practices",
			},
			{Statement: policy.Statement{ID: "advertiser-site-policies", Quote: "If you click on an advertisement on MayoClinic.org and visit a site maintained by one of our sponsors or advertisers, please be aware that we are not responsible for the privacy practices of that site. You should read the privacy policies of each site you visit to determine what information that site may be collecting about you."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "the privacy policies of each site you visit",
			},
			{Statement: policy.Statement{ID: "linked-site-policies", Quote: "Our websites link to other websites, many of which have their own privacy policies. Be sure to review the privacy policy on the site you're visiting."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "the privacy policy on the site you're visiting",
			},
		},

		Controllers: []policy.Controller{
			{Statement: policy.Statement{ID: "mayo-clinic", Quote: "We take your privacy seriously, and we want you to know how we collect, use, share and protect your information."},
				LegalName: "Mayo Clinic", TradingNames: []string{"Mayo"}, Contacts: []string{"contact-privacy-officer"},
			},
		},

		Officers: []policy.Officer{
			{Statement: policy.Statement{ID: "officer-privacy", Quote: "If you have a question or concern regarding your privacy, please contact Mayo Clinic's Privacy Officer using the contact information below:"},
				Role: policy.OfficerPrivacyOfficer, Name: "Mayo Clinic Privacy Officer",
				Contacts: []string{"contact-privacy-officer", "contact-privacy-officer-mail"},
			},
		},

		Contacts: []contact.Point{
			{ID: "contact-privacy-officer", Name: "Mayo Clinic Privacy Officer", Role: contact.RolePrivacyOfficer,
				Emails:      []string{"dlenterpriseprivacyoffice@mayo.edu"},
				Phones:      []contact.Phone{{Number: "507-266-6286", Country: "US"}},
				Addresses:   []contact.Address{rochester("Mayo Clinic Privacy Officer", "200 First St. SW")},
				Description: "for a question or concern regarding your privacy",
				Quote:       "Mayo Clinic Privacy Officer 200 First St. SW Rochester, MN 55905 507-266-6286 dlenterpriseprivacyoffice@mayo.edu"},
			{ID: "contact-mayoinfo", Role: contact.RoleOptOut,
				Emails:      []string{"mayoinfo@mayoclinic.com"},
				Description: "to stop receiving communications from the site",
				Quote:       "To stop receiving communications, send an email message to mayoinfo@mayoclinic.com or send regular mail to the following postal address:"},
			{ID: "contact-privacy-officer-mail", Name: "Mayo Privacy Officer", Role: contact.RoleOptOut,
				Addresses:   []contact.Address{rochester("Mayo Privacy Officer", "MayoClinic.org", "200 First St. SW")},
				Description: "regular mail to stop receiving communications from the site",
				Quote:       "To stop receiving communications, send an email message to mayoinfo@mayoclinic.com or send regular mail to the following postal address: Mayo Privacy Officer MayoClinic.org 200 First St. SW Rochester, MN 55905"},
		},

		Subjects: []policy.Subject{
			{Statement: policy.Statement{ID: "visitors", Description: "all visitors to the Mayo Clinic sites", Quote: "We respect the right to privacy of all visitors to the Mayo Clinic sites."},
				Kind: category.SubjectVisitor,
			},
			{Statement: policy.Statement{ID: "patients", Description: "Mayo Clinic patients, about whom Mayo Clinic holds PHI", Quote: quoteCombine},
				Kind: category.SubjectPatient,
			},
			{Statement: policy.Statement{ID: "subscribers", Description: "newsletter subscribers", Quote: "This data reflects site-usage patterns gathered during visits to our website each month or newsletter subscribers' interactions with our newsletters."},
				Kind: category.SubjectSubscriber,
			},
			{Statement: policy.Statement{ID: "survey-respondents", Description: "visitors who answer Mayo Clinic's surveys", Quote: "We occasionally survey visitors to our site."},
				Kind: category.SubjectSurveyRespondent,
			},
			{Statement: policy.Statement{ID: "european-residents", Description: "residents of the EEA or Switzerland", Quote: "If you are a resident of the EEA or Switzerland, the following information applies with respect to personal data collected through your use of our site."},
				Kind: category.SubjectResident,
			},
			{Statement: policy.Statement{ID: "children", Description: "children (no age stated)", Quote: "We are committed to protecting children's privacy on the internet, and we do not knowingly collect personal information from children."},
				Kind: category.SubjectChild,
			},
		},

		Collection: []policy.Collection{
			{Statement: policy.Statement{ID: "collect-patient-portal", AppliesTo: &policy.Scope{Services: []string{"patient-portal"}, Subjects: []string{"patients"}}, Description: "patient information (protected health information, or PHI) submitted through Mayo Clinic's patient portal, governed by policies specifically related to it", Quote: "You may review policies specifically related to patient information (protected health information, or PHI) submitted through Mayo Clinic's patient portal."},
				Data:    []category.Data{category.DataHealth},
				Sources: []category.Source{category.SourceDataSubject},
			},
			{Statement: policy.Statement{ID: "collect-entered", Description: "information you enter on our sites or give us in any other way, such as name, email address and phone number", Quote: "We receive and store information you enter on our sites or give us in any other way, such as name, email address and phone number."},
				Data:    []category.Data{category.DataPersonal, category.DataName, category.DataEmail, category.DataPhone},
				Sources: []category.Source{category.SourceDataSubject},
			},
			{Statement: policy.Statement{ID: "collect-forms", Description: "information you submit on forms, such as appointment request forms", Quote: "This includes information you submit on forms, such as appointment request forms."},
				Data:    []category.Data{category.DataFormInput},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodForm},
			},
			{Statement: policy.Statement{ID: "collect-sensitive-forms", Description: "sensitive information, such as health information, that some forms collect, necessary for us to provide our services to you", Quote: "Some forms collect sensitive information, such as health information, necessary for us to provide our services to you."},
				Data:        []category.Data{category.DataHealth},
				Sources:     []category.Source{category.SourceDataSubject},
				Methods:     []category.Method{category.MethodForm},
				Requirement: policy.RequirementRequired,
			},
			{Statement: policy.Statement{ID: "collect-automatic", AppliesTo: &policy.Scope{Services: sitesAndNewsletter()}, Description: "computer and connection information: statistics on your page views, traffic to and from our sites, referral URL, ad data, IP address, device identifiers; also transaction history, web log information, how you search for our sites, the websites you click on from our sites or emails, whether and when you open our emails, browsing activities across other websites, MAC address and browser version", Quote: quoteAutomatic},

				Data: []category.Data{
					category.DataConnection, category.DataPageViews, category.DataUsage, category.DataReferrer,
					category.DataAdInteraction, category.DataIPAddress, category.DataDeviceID, category.DataTransaction,
					category.DataServerLog, category.DataSearch, category.DataEmailInteraction, category.DataCrossSiteActivity,
					category.DataMACAddress, category.DataBrowser, category.DataClickstream,
				},
				Sources:  []category.Source{category.SourceAutomatic},
				Methods:  []category.Method{category.MethodCookie, category.MethodWebBeacon, category.MethodDevice},
				Trackers: []string{"cookies", "web-beacons", "other-tracking-technologies"},
			},
			{Statement: policy.Statement{ID: "collect-newsletter-sign-up", AppliesTo: &policy.Scope{Services: []string{"email-newsletter"}}, Description: "signing up for the free Mayo Clinic email newsletter", Quote: quoteNewsletter},
				Data:    []category.Data{category.DataEmail},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodSignUp},
			},
			{Statement: policy.Statement{ID: "collect-email-links", AppliesTo: &policy.Scope{Services: []string{"email-links"}}, Description: "email communications that you send to us via the email links on our site, with your inquiry", Quote: quoteEmailLinks},
				Data:    []category.Data{category.DataCorrespondence, category.DataInquiry},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodCorrespondence},
			},
			{Statement: policy.Statement{ID: "collect-site-surveys", AppliesTo: &policy.Scope{Subjects: []string{"visitors"}}, Quote: "We occasionally survey visitors to our site."},
				Data:    []category.Data{category.DataSurveyResponse},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodSurvey},
			},
			{Statement: policy.Statement{ID: "collect-survey-contact", AppliesTo: &policy.Scope{Subjects: []string{"survey-respondents"}}, Description: "contact information for follow-up, sometimes requested in surveys; surveys generally do not ask for information that would personally identify you", Quote: quoteSurveyFollow},
				Data:        []category.Data{category.DataContact},
				Sources:     []category.Source{category.SourceDataSubject},
				Methods:     []category.Method{category.MethodSurvey},
				Requirement: policy.RequirementOptional,
			},
			{Statement: policy.Statement{ID: "collect-survey-personal", AppliesTo: &policy.Scope{Subjects: []string{"survey-respondents"}}, Description: "personal information (such as an email address) that survey respondents provide in a survey", Quote: quoteSurveyShare},
				Data:    []category.Data{category.DataPersonal, category.DataEmail},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodSurvey},
			},
			{Statement: policy.Statement{ID: "collect-by-third-parties", AppliesTo: &policy.Scope{Subjects: []string{"visitors", "subscribers"}, Services: sitesAndNewsletter()}, Description: "IP addresses, traffic patterns and related information that third parties collect: site-usage patterns gathered during visits to our website each month or newsletter subscribers' interactions with our newsletters", Quote: "Third parties may collect information such as IP addresses, traffic patterns and related information. This data reflects site-usage patterns gathered during visits to our website each month or newsletter subscribers' interactions with our newsletters."},
				Data:    []category.Data{category.DataIPAddress, category.DataUsage, category.DataEmailInteraction},
				Sources: []category.Source{category.SourceAutomatic},
			},
			{Statement: policy.Statement{ID: "collect-ad-cookies", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Description: "information sponsors, advertisers and their ad servers collect with their cookies: IP address, browser type, operating system, web pages visited, time of visits, content viewed, ads viewed and other clickstream data", Quote: quoteAdCookies},

				Data: []category.Data{
					category.DataIPAddress, category.DataBrowser, category.DataOperatingSystem, category.DataPageViews,
					category.DataVisitTime, category.DataAdInteraction, category.DataClickstream,
				},
				Sources:  []category.Source{category.SourceAutomatic},
				Methods:  []category.Method{category.MethodCookie},
				Trackers: []string{"ad-cookies"},
			},
			{Statement: policy.Statement{ID: "collect-orders", AppliesTo: &policy.Scope{Services: sites()}, Description: "information you submit via our website, such as ordering information including your name, address and credit card number", Quote: "SSL protects information you submit via our website, such as ordering information including your name, address and credit card number."},
				Data:    []category.Data{category.DataOrder, category.DataName, category.DataPostalAddress, category.DataPaymentCard},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodPurchase},
			},
			{Statement: policy.Statement{ID: "collect-survey-no-identifiers", Not: true, AppliesTo: &policy.Scope{Subjects: []string{"survey-respondents"}}, Description: "generally, surveys do not ask for information that would personally identify you", Quote: "We generally do not ask for information in surveys that would personally identify you."},
				Data:    []category.Data{category.DataIdentifier},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodSurvey},
			},
		},

		Combinations: []policy.Combination{
			{Statement: policy.Statement{ID: "combine-other-information", Quote: quoteCombine},
				Collections: collected(), With: []category.Data{category.DataPersonal},
			},
			{Statement: policy.Statement{ID: "combine-phi", AppliesTo: &policy.Scope{Subjects: []string{"patients"}}, Quote: quoteCombine + " If we combine this information with your PHI, we will treat all of that information as PHI, and will only use or disclose that information as set forth in our notice of privacy practices."},
				Collections: collected(), With: []category.Data{category.DataHealth},
				Treatment: "treated as PHI as a whole, and only used or disclosed as set forth in the notice of privacy practices",
				Documents: []string{"notice-of-privacy-practices"},
			},
		},

		Purposes: []policy.Purpose{
			// What information we collect.
			{Statement: policy.Statement{ID: "purpose-provide-services", Description: "provide our services to you", Quote: "Some forms collect sensitive information, such as health information, necessary for us to provide our services to you."},
				Kind: category.PurposeServiceProvision,

				Collections: []string{"collect-sensitive-forms"},
			},
			// Email communications, newsletter and related services.
			{Statement: policy.Statement{ID: "purpose-communications", Description: "communications from us or third parties that MayoClinic.org gives you the opportunity to receive", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Quote: "MayoClinic.org provides you with the opportunity to receive communications from us or third parties."},
				Kind: category.PurposeContact,

				Choice: policy.ModeOptIn,
			},
			{Statement: policy.Statement{ID: "purpose-newsletter", Description: "a free Mayo Clinic email newsletter you can sign up for and unsubscribe from at any time", AppliesTo: &policy.Scope{Services: []string{"email-newsletter"}}, Quote: quoteNewsletter + " You can unsubscribe from this newsletter at any time."},
				Kind: category.PurposeNewsletter,

				Collections: []string{"collect-newsletter-sign-up"},
				Choice:      policy.ModeOptIn,
			},
			{Statement: policy.Statement{ID: "purpose-answer-inquiries", Description: "address your inquiry; we make every effort to respond in a timely fashion once communications are received", Quote: quoteEmailLinks + " We make every effort to respond in a timely fashion once communications are received."},
				Kind: category.PurposeCustomerSupport,

				Collections: []string{"collect-email-links"},
			},
			// Surveys.
			{Statement: policy.Statement{ID: "purpose-survey-insights", Description: "used in aggregated, de-identified form to help us understand the needs of our visitors so that we can improve our site", Quote: "The information from these surveys is used in aggregated, de-identified form to help us understand the needs of our visitors so that we can improve our site."},
				Kind: category.PurposeImprovement,

				Collections: []string{"collect-site-surveys"},
				Data:        []category.Data{category.DataNonPersonal},
			},
			{Statement: policy.Statement{ID: "purpose-survey-follow-up", Description: "follow-up on survey answers", Quote: quoteSurveyFollow},
				Kind: category.PurposeSurveys,

				Collections: []string{"collect-survey-contact"},
				Choice:      policy.ModeOptIn,
			},
			{Statement: policy.Statement{ID: "purpose-survey-respond", Description: "respond to the question or request in a survey", Quote: quoteSurveyShare},
				Kind: category.PurposeCustomerSupport,

				Collections: []string{"collect-survey-personal"},
			},
			// How we use the information we collect ("for things like").
			{Statement: policy.Statement{ID: "use-performance", Description: "Optimizing the performance of our sites", Quote: quoteUses + " " + quoteOptimize},
				Kind: category.PurposePerformance,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-user-experience", Description: "Optimizing the user experience of our sites", Quote: quoteUses + " " + quoteOptimize},
				Kind: category.PurposeImprovement,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-business", Description: "Operating, evaluating and improving our business", Quote: "Operating, evaluating and improving our business"},
				Kind: category.PurposeBusinessOperations,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-fulfil-orders", Description: "Fulfilling orders for products, services or information", Quote: quoteFulfil},
				Kind: category.PurposeOrderFulfilment,

				Collections: append(collected(), "collect-orders"),
			},
			{Statement: policy.Statement{ID: "use-fulfil-requests", Description: "Fulfilling requests for products, services or information", Quote: quoteFulfil},
				Kind: category.PurposeServiceProvision,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-returns", Description: "Processing returns and exchanges", Quote: "Processing returns and exchanges"},
				Kind: category.PurposeReturns,

				Collections: append(collected(), "collect-orders"),
			},
			{Statement: policy.Statement{ID: "use-order-tracking", Description: "Tracking and confirming online orders", Quote: "Tracking and confirming online orders"},
				Kind: category.PurposeOrderTracking,

				Collections: append(collected(), "collect-orders"),
			},
			{Statement: policy.Statement{ID: "use-delivery", Description: "Delivering or installing products", Quote: "Delivering or installing products"},
				Kind: category.PurposeOrderFulfilment,

				Collections: append(collected(), "collect-orders"),
			},
			{Statement: policy.Statement{ID: "use-marketing", Description: "Marketing and advertising products and services", Quote: quoteMarketing},
				Kind: category.PurposeMarketing,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-infer-interests", Description: "inferring your interests from your interactions with our websites and newsletters", Quote: quoteMarketing},
				Kind: category.PurposeProfiling,
				Data: []category.Data{category.DataActivity, category.DataEmailInteraction, category.DataInferredInterests},
			},
			{Statement: policy.Statement{ID: "use-tailored-advertising", Description: "tailoring advertisements to you on our websites (on other websites: use-tailored-advertising-other-sites) based on your interactions with us in our stores and online interests", Quote: quoteMarketing},
				Kind: category.PurposeTargetedAdvertising,
				Data: []category.Data{category.DataCommercial, category.DataActivity, category.DataInferredInterests},
			},
			{Statement: policy.Statement{ID: "use-tailored-newsletters-offers", Description: "tailoring newsletters and offers to you (both on our websites and on other websites) based on your interactions with us in our stores and online interests", Quote: quoteMarketing},
				Kind: category.PurposePersonalisation,
				Data: []category.Data{category.DataCommercial, category.DataActivity, category.DataInferredInterests},
			},
			{Statement: policy.Statement{ID: "use-newsletters", Description: "Sending you email newsletters", Quote: "Sending you email newsletters"},
				Kind: category.PurposeNewsletter,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-research", Description: "Conducting research and analysis", Quote: "Conducting research and analysis"},
				Kind: category.PurposeResearch,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-account-messages", Description: "Communicating with you about your account", Quote: quoteCommunicate},
				Kind: category.PurposeServiceCommunication,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-event-messages", Description: "Communicating with you about special events", Quote: quoteCommunicate},
				Kind: category.PurposeEvents,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-survey-messages", Description: "Communicating with you about surveys", Quote: quoteCommunicate},
				Kind: category.PurposeSurveys,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "use-accounts", Description: "Establishing and managing your accounts with us", Quote: "Establishing and managing your accounts with us"},
				Kind: category.PurposeAccountManagement,

				Collections: collected(),
			},
			// Data retention.
			{Statement: policy.Statement{ID: "purpose-legal-obligations", Description: "comply with our legal obligations", Quote: quoteRetention},
				Kind: category.PurposeLegalCompliance,
			},
			{Statement: policy.Statement{ID: "purpose-resolve-disputes", Description: "resolve disputes", Quote: quoteRetention},
				Kind: category.PurposeLegalClaims,
			},
			{Statement: policy.Statement{ID: "purpose-enforce-agreements", Description: "enforce our agreements", Quote: quoteRetention},
				Kind: category.PurposeEnforceTerms,
			},
			// We may share information with third parties.
			{Statement: policy.Statement{ID: "purpose-provide-site", Description: "help us provide the services", Quote: "We may share the information we collect about you with third parties who we have engaged to help us provide the services, or they may collect information about you directly when you interact with them."},
				Kind: category.PurposeServiceProvision,

				Collections: collected(),
			},
			{Statement: policy.Statement{ID: "purpose-legal-process", Description: "conform to applicable law or comply with legal process served on us or our sites, when required by law or on the good-faith belief that it is necessary", Quote: quoteLegal},
				Kind: category.PurposeLegalCompliance,

				Data: []category.Data{category.DataPersonal},
			},
			{Statement: policy.Statement{ID: "purpose-protect-rights", Description: "protect and defend our rights or property, the sites, or our users; act to protect the personal safety of us, users of the sites or the public", Quote: quoteLegal},
				Kind: category.PurposeProtectRights,

				Data: []category.Data{category.DataPersonal},
			},
			// Interest-based advertising and your choices.
			{Statement: policy.Statement{ID: "purpose-present-ads", Description: "help present advertisements on this website", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Quote: quoteEveryday},
				Kind: category.PurposeAdvertising,
			},
			{Statement: policy.Statement{ID: "use-tailored-advertising-other-sites", Description: "tailoring advertisements to you on other websites based on your interactions with us in our stores and online interests", Quote: quoteMarketing},
				Kind: category.PurposeCrossContextAdvertising,
				Data: []category.Data{category.DataCommercial, category.DataActivity, category.DataInferredInterests},
			},
		},

		LegalBases: []policy.LegalBasis{
			{Basis: policy.BasisConsent, Jurisdictions: eeaCH(),
				SpecialConditions: []policy.SpecialCondition{policy.Art9NotStated},
				Description:       "with your consent",
				Quote:             "Purposes of processing and legal basis for processing: As explained above, we process personal data in various ways depending upon your use of the services. We process personal data on the following legal bases: (1) with your consent."},
			{Basis: policy.BasisContract, Jurisdictions: eeaCH(),
				SpecialConditions: []policy.SpecialCondition{policy.Art9NotStated},
				Description:       "as necessary to provide the services",
				Quote:             "(2) as necessary to provide the services."},
			{Basis: policy.BasisLegitimateInterests, Jurisdictions: eeaCH(),
				Interest:          "providing the services",
				SpecialConditions: []policy.SpecialCondition{policy.Art9NotStated},
				Description:       "as necessary for our legitimate interests in providing the services where those interests do not override your fundamental rights and freedom related to data privacy",
				Quote:             "and (3) as necessary for our legitimate interests in providing the services where those interests do not override your fundamental rights and freedom related to data privacy."},
		},

		Recipients: []policy.Recipient{
			// Email communications.
			{Statement: policy.Statement{ID: "to-inquiry-staff", Description: "a customer service representative, employee, medical expert or agent that is most able to address your inquiry", Quote: quoteEmailLinks},
				Types: []category.Recipient{category.RecipientInternal},

				Collections: []string{"collect-email-links"},
				Purposes:    []string{"purpose-answer-inquiries"},
				Conditions:  []policy.Condition{policy.ConditionNeedToKnow},
			},
			// Surveys.
			{Statement: policy.Statement{ID: "to-survey-partners", Description: "third parties with whom we have a business relationship", Quote: "The information from these surveys is used in aggregated, de-identified form to help us understand the needs of our visitors so that we can improve our site. The information may be shared with third parties with whom we have a business relationship."},
				Types: []category.Recipient{category.RecipientBusinessPartner},

				Collections: []string{"collect-site-surveys"},
				Conditions:  []policy.Condition{policy.ConditionAggregated, policy.ConditionDeIdentified},
			},
			{Statement: policy.Statement{ID: "to-survey-staff", Description: "only those people who need to see it to respond to the question or request", Quote: quoteSurveyShare},
				Types: []category.Recipient{category.RecipientInternal},

				Collections: []string{"collect-survey-personal"},
				Purposes:    []string{"purpose-survey-respond"},
				Conditions:  []policy.Condition{policy.ConditionNeedToKnow},
			},
			{Statement: policy.Statement{ID: "to-survey-data-managers", Description: "third parties who perform data management services for our site, who have agreed to keep all data from surveys confidential", Quote: quoteSurveyShare},
				Types: []category.Recipient{category.RecipientDataManagementProvider},

				Collections: []string{"collect-survey-personal"},
				Conditions:  []policy.Condition{policy.ConditionContractualSafeguards},
			},
			// We may share information with third parties.
			{Statement: policy.Statement{ID: "to-site-providers", Description: "third parties who we have engaged to help us provide the services; in certain circumstances they may use the data to improve the products and services they provide to Mayo Clinic or their other customers. EU residents are referred to the section \"Users in the European Economic Area (EEA) and Switzerland\" for additional information.", Quote: quoteSharing},
				Types: []category.Recipient{category.RecipientServiceProvider},

				Collections:       append(collected(), "collect-by-third-parties"),
				Purposes:          []string{"purpose-provide-site"},
				RecipientPurposes: []category.Purpose{category.PurposeRecipientServices},
				CollectsDirectly:  true,
			},
			{Statement: policy.Statement{ID: "to-legal", Description: "not named: whoever law, legal process, or the protection of rights, property or safety requires the disclosure to", Quote: quoteLegal},
				Types: []category.Recipient{category.RecipientThirdParty},

				Data:       []category.Data{category.DataPersonal},
				Purposes:   []string{"purpose-legal-process", "purpose-protect-rights"},
				Conditions: []policy.Condition{policy.ConditionRequiredByLaw, policy.ConditionGoodFaithBelief, policy.ConditionProtectRights},
			},
			// Interest-based advertising and your choices.
			{Statement: policy.Statement{ID: "to-sponsors-advertisers", Description: "Our sponsors and advertisers and their ad servers; Mayo Clinic does not control their use of cookies or how they manage the information they gather; they have contractually agreed to not collect name, address, email address or phone number from site visitors while they are on MayoClinic.org", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Quote: quoteAdCookies + " We do not control these third parties' use of cookies or how they manage the information they gather through them. However, our sponsors and advertisers have contractually agreed to not collect name, address, email address or phone number from site visitors while they are on MayoClinic.org."},
				Types: []category.Recipient{category.RecipientAdvertiser},

				Collections:       []string{"collect-ad-cookies"},
				WithheldData:      []category.Data{category.DataName, category.DataPostalAddress, category.DataEmail, category.DataPhone},
				RecipientPurposes: []category.Purpose{category.PurposeAdMeasurement, category.PurposeTargetedAdvertising},
				CollectsDirectly:  true,
			},
			{Statement: policy.Statement{ID: "to-everyday-health", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Quote: quoteEveryday},
				Types:    []category.Recipient{category.RecipientAdvertisingPartner},
				Entities: []policy.Entity{{Name: "Everyday Health", Description: "Mayo Clinic's partner"}},
				Purposes: []string{"purpose-present-ads"},
			},
			{Statement: policy.Statement{ID: "to-collective-media", Description: "a third-party ad network provider, Collective Media", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Quote: quoteEveryday},
				Types:    []category.Recipient{category.RecipientAdNetwork},
				Entities: []policy.Entity{{Name: "Collective Media", Description: "the third-party ad network provider Everyday Health may use"}},

				Via:      "to-everyday-health",
				Purposes: []string{"purpose-present-ads"},
			},
			// Your California privacy rights.
			{Statement: policy.Statement{ID: "to-no-third-party-marketing", Description: "unaffiliated third parties, for their direct marketing purposes", Not: true, AppliesTo: california(), Quote: "We do not share your personal information with unaffiliated third parties for their direct marketing purposes."},
				Types: []category.Recipient{category.RecipientThirdParty},

				Data:              []category.Data{category.DataPersonal},
				RecipientPurposes: []category.Purpose{category.PurposeDirectMarketing},
			},
			{Statement: policy.Statement{ID: "to-mayo-affiliates", Description: "any Mayo entity or affiliate; you may opt out of such sharing for marketing purposes", AppliesTo: california(), Quote: "We may, however, share your personal data with any Mayo entity or affiliate. " + quoteCAOptOut},
				Types: []category.Recipient{category.RecipientAffiliate},

				Data:              []category.Data{category.DataPersonal},
				RecipientPurposes: []category.Purpose{category.PurposeMarketing},
				Choice:            policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "to-inquiry-agents", Description: "an agent that is most able to address your inquiry", Quote: quoteEmailLinks},
				Types: []category.Recipient{category.RecipientServiceProvider},
				Role:  policy.RoleProcessor,

				Collections: []string{"collect-email-links"},
				Purposes:    []string{"purpose-answer-inquiries"},
				Conditions:  []policy.Condition{policy.ConditionNeedToKnow},
			},
		},

		Retention: []policy.Retention{
			{Statement: policy.Statement{ID: "keep-email-inquiries", Quote: "Once we have responded to your communication, it is discarded or archived, depending on the nature of the inquiry."},
				Collections: []string{"collect-email-links"},
				Purposes:    []string{"purpose-answer-inquiries"},
				Periods:     []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventResponseSent}},
				Disposal:    []policy.Disposal{policy.DisposalDelete, policy.DisposalArchive},
			},
			{Statement: policy.Statement{ID: "keep-general", Quote: quoteRetention},

				Purposes: []string{"purpose-provide-services", "purpose-legal-obligations", "purpose-resolve-disputes", "purpose-enforce-agreements"},
				Periods: []policy.Period{
					{Kind: policy.PeriodUntilEvent, Event: policy.EventAccountClosed},
					{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled},
					{Kind: policy.PeriodLegalRequirement, Criteria: "as needed to comply with our legal obligations"},
					{Kind: policy.PeriodCriteria, Criteria: "as needed to enforce our agreements"},
					{Kind: policy.PeriodUntilEvent, Event: policy.EventDisputeResolved},
				},
			},
		},

		Trackers: []policy.Tracker{
			{Statement: policy.Statement{ID: "cookies", AppliesTo: &policy.Scope{Services: sitesAndNewsletter()}, Description: "cookies through which much of the automatically collected information is collected", Quote: quoteTrackingTech},
				Kind: category.TrackerCookie,
			},
			{Statement: policy.Statement{ID: "web-beacons", AppliesTo: &policy.Scope{Services: sitesAndNewsletter()}, Description: "web beacons through which much of the automatically collected information is collected", Quote: quoteTrackingTech},
				Kind: category.TrackerWebBeacon,
			},
			{Statement: policy.Statement{ID: "other-tracking-technologies", AppliesTo: &policy.Scope{Services: sitesAndNewsletter()}, Description: "other tracking technologies through which much of the automatically collected information is collected", Quote: quoteTrackingTech},
				Name: "other tracking technologies", Kind: category.TrackerOther,
			},
			{Statement: policy.Statement{ID: "ad-cookies", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Description: "cookies our sponsors and advertisers and their ad servers may use when you view pages on our site, to measure the effectiveness of their advertising, to provide advertisements about goods and services that may be of interest to you, or to avoid running the same ads to you over time; Mayo Clinic does not control their use", Quote: quoteAdCookies},
				Kind: category.TrackerCookie, Party: policy.PartyThirdParty,
				Recipient: "to-sponsors-advertisers",
				Class:     category.ClassAdvertising,
				Data: []category.Data{
					category.DataIPAddress, category.DataBrowser, category.DataOperatingSystem, category.DataPageViews,
					category.DataVisitTime, category.DataAdInteraction, category.DataClickstream,
				},
			},
		},

		Choices: []policy.Choice{
			{Statement: policy.Statement{ID: "choice-unsubscribe-newsletter", Description: "unsubscribe from the free Mayo Clinic email newsletter at any time", AppliesTo: &policy.Scope{Services: []string{"email-newsletter"}}, Quote: "You can unsubscribe from this newsletter at any time."},
				Kind: policy.ChoiceUnsubscribe,

				Purposes:   []string{"purpose-newsletter"},
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotStated}},
			},
			{Statement: policy.Statement{ID: "choice-stop-communications", Description: "stop receiving communications from our site", Quote: "You may decide at some point that you no longer wish to receive communications from our site. To stop receiving communications, send an email message to mayoinfo@mayoclinic.com or send regular mail to the following postal address:"},
				Kind: policy.ChoiceUnsubscribe,

				Purposes: []string{"purpose-communications"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismEmail, Contact: "contact-mayoinfo"},
					{Kind: policy.MechanismPostalMail, Contact: "contact-privacy-officer-mail", Description: "regular mail"},
				},
			},
			{Statement: policy.Statement{ID: "choice-decline-survey-contact", Description: "decline to provide contact information for survey follow-up", AppliesTo: &policy.Scope{Subjects: []string{"survey-respondents"}}, Quote: quoteSurveyFollow},
				Kind: policy.ChoiceDecline,

				Purposes:   []string{"purpose-survey-follow-up"},
				Data:       []category.Data{category.DataContact},
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotProviding}},
			},
			{Statement: policy.Statement{ID: "choice-private-email", Description: "to keep a communication private, do not use the site's email", AppliesTo: &policy.Scope{Services: []string{"email-links"}}, Quote: "If you wish to keep your communication private, do not use our email."},
				Kind: policy.ChoiceDecline,

				Data:       []category.Data{category.DataCorrespondence},
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotProviding, Description: "do not use our email"}},
			},
			{Statement: policy.Statement{ID: "choice-opt-out-affiliate-sharing", Description: "opt out of sharing with any Mayo entity or affiliate for marketing purposes, by contacting Mayo Clinic", AppliesTo: california(), Quote: quoteCAOptOut},
				Kind: policy.ChoiceOptOut,

				Recipients: []string{"to-mayo-affiliates"},
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismContactUs, Contact: "contact-privacy-officer"}},
			},
		},

		Rights: []policy.RightsStatement{
			{Statement: policy.Statement{ID: "rights-european", Citations: []policy.Citation{{Law: jurisdiction.LawGDPR, Provision: "Chapter III"}, {Law: jurisdiction.LawFADP, Provision: "Section 2"}}, AppliesTo: &policy.Scope{Jurisdictions: eeaCH(), Subjects: []string{"european-residents"}}, Description: "the rights under Chapter III of the EU General Data Protection Regulation or Section 2 of the Swiss Federal Act on Data Protection, which include the right to access and rectify and to request erasure of personal data", Quote: quoteEEARights + " In order to verify your identity, we may require you to provide us with personal information prior to accessing any records containing information about you."},

				Rights:        []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure},
				NonExhaustive: true,
				Laws:          []jurisdiction.Law{jurisdiction.LawGDPR, jurisdiction.LawFADP},

				Verification: &rights.Verification{
					Description: "we may require you to provide us with personal information prior to accessing any records containing information about you",
					Quote:       "In order to verify your identity, we may require you to provide us with personal information prior to accessing any records containing information about you.",
				},
				Limits: []policy.Limit{{Kind: policy.LimitIdentity, Description: "In order to verify your identity, we may require you to provide us with personal information prior to accessing any records containing information about you."}},
			},
			{Statement: policy.Statement{ID: "rights-california", AppliesTo: california(), Description: "the right to contact Mayo Clinic and opt out of sharing with any Mayo entity or affiliate for marketing purposes", Quote: quoteCAOptOut},

				Rights: []rights.Right{rights.RightOptOutMarketing},

				Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Contact: "contact-privacy-officer"}},
			},
		},

		Transfers: []policy.Transfer{
			{Statement: policy.Statement{ID: "transfer-international", Quote: "Personal data we collect may be transferred to, and stored and processed in, the United States or any other country in which we or our affiliates or processors maintain facilities. We will ensure that transfers of personal data to a country or an international organization outside the EEA or Switzerland are subject to appropriate safeguards."},
				From: eeaCH(), To: []jurisdiction.Code{jurisdiction.UnitedStates},
				OtherDestinations: "any other country in which we or our affiliates or processors maintain facilities",
				Safeguards:        []policy.Safeguard{policy.SafeguardAppropriateSafeguards},
			},
		},

		Children: &policy.Children{Statement: policy.Statement{ID: "children-data", Quote: "We are committed to protecting children's privacy on the internet, and we do not knowingly collect personal information from children."},

			KnowinglyCollects: ptr(false),
		},

		Security: []policy.Measure{
			{Statement: policy.Statement{ID: "security-1", AppliesTo: &policy.Scope{Services: append(sites(), "clinic-locations")}, Description: "reasonable security measures to protect the confidentiality of personal information under our control", Quote: quoteSecurity},
				Kind: policy.MeasureReasonableMeasures,
			},
			{Statement: policy.Statement{ID: "security-2", AppliesTo: &policy.Scope{Services: append(sites(), "clinic-locations")}, Description: "we appropriately limit access to personal information under our control", Quote: quoteSecurity},
				Kind: policy.MeasureAccessControl,
			},
			{Statement: policy.Statement{ID: "security-3", Description: "a variety of information security measures to protect your online transactions with us", Quote: "We use a variety of information security measures to protect your online transactions with us."},
				Kind: policy.MeasureReasonableMeasures,
				Data: []category.Data{category.DataTransaction},
			},
			{Statement: policy.Statement{ID: "security-4", AppliesTo: &policy.Scope{Services: sites()}, Description: "encryption technology to protect your personal information during data transport; SSL protects information you submit via our website, such as ordering information including your name, address and credit card number", Quote: "The Mayo Clinic site uses encryption technology, such as Secure Sockets Layer (SSL), to protect your personal information during data transport. SSL protects information you submit via our website, such as ordering information including your name, address and credit card number."},
				Kind: policy.MeasureEncryptionInTransit, Technology: "Secure Sockets Layer (SSL)",
				Data: []category.Data{category.DataPersonal, category.DataOrder, category.DataName, category.DataPostalAddress, category.DataPaymentCard},
			},
			{Statement: policy.Statement{ID: "security-5", Description: "reasonable steps to ensure the integrity and confidentiality of personally identifiable information that you may provide", Quote: "We have taken reasonable steps to ensure the integrity and confidentiality of personally identifiable information that you may provide."},
				Kind: policy.MeasureIntegrity,
			},
			{Statement: policy.Statement{ID: "security-6", Description: "third parties who perform data management services for the site have agreed to keep all data from surveys confidential", Quote: "Those third parties have agreed to keep all data from surveys confidential."},
				Kind: policy.MeasureConfidentialityAgreement,
				Data: []category.Data{category.DataSurveyResponse, category.DataPersonal},
			},
		},

		Disclaimers: []policy.Disclaimer{
			{Statement: policy.Statement{ID: "disclaimer-1", AppliesTo: &policy.Scope{Services: []string{"email-links"}}, Description: "the email functionality on the site is not a completely secure and confidential means of communication; another internet user may access or view an email in transit; to keep a communication private, do not use it", Quote: "The email functionality on our site does not provide a completely secure and confidential means of communication. It's possible that your email communication may be accessed or viewed by another internet user while in transit to us. If you wish to keep your communication private, do not use our email."},
				Kind: policy.DisclaimerEmailNotSecure,
			},
			{Statement: policy.Statement{ID: "disclaimer-2", Description: "Mayo Clinic does not control sponsors' and advertisers' use of cookies or how they manage the information they gather through them", Quote: "We do not control these third parties' use of cookies or how they manage the information they gather through them."},
				Kind: policy.DisclaimerThirdPartyTracking,
			},
			{Statement: policy.Statement{ID: "disclaimer-3", AppliesTo: &policy.Scope{Services: []string{"mayoclinic-org"}}, Description: "Mayo Clinic is not responsible for the privacy practices of a sponsor's or advertiser's site reached by clicking an advertisement; read the privacy policy of each site you visit", Quote: "If you click on an advertisement on MayoClinic.org and visit a site maintained by one of our sponsors or advertisers, please be aware that we are not responsible for the privacy practices of that site. You should read the privacy policies of each site you visit to determine what information that site may be collecting about you."},
				Kind: policy.DisclaimerThirdPartySites,
			},
			{Statement: policy.Statement{ID: "disclaimer-4", Description: "Mayo Clinic cannot ensure or warrant the security of any information you transmit to us, and you do so at your own risk", Quote: "That being said, Mayo Clinic cannot ensure or warrant the security of any information you transmit to us, and you do so at your own risk."},
				Kind: policy.DisclaimerNoGuarantee,
			},
			{Statement: policy.Statement{ID: "disclaimer-5", Description: "electronic transmissions via the internet are not necessarily secure from interception, so we cannot absolutely guarantee their security or confidentiality", Quote: "You should understand, however, that electronic transmissions via the internet are not necessarily secure from interception, and so we cannot absolutely guarantee the security or confidentiality of such transmissions."},
				Kind: policy.DisclaimerInternetNotSecure,
			},
		},

		Signals: []policy.Signal{
			{Statement: policy.Statement{ID: "signal-1", Description: "your browser or device may include Do Not Track functionality; at this time the sites do not respond to it", Quote: "Your browser or device may include \"Do Not Track\" functionality. At this time, we do not respond to browser \"Do Not Track\" signals."},
				Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored,
			},
		},

		Changes: &policy.Changes{Statement: policy.Statement{ID: "changes", Quote: "We may need to update our privacy policy as technology changes and Mayo Clinic evolves. If we make significant changes to the privacy policy, we'll post a prominent message on our websites."},

			Notices: []policy.ChangeNotice{
				{Methods: []policy.NoticeMethod{policy.NoticeProminentNotice}, Trigger: policy.TriggerSignificantChange,
					Quote: "If we make significant changes to the privacy policy, we'll post a prominent message on our websites."},
			},
			Reasons: "as technology changes and Mayo Clinic evolves",
		},

		Laws: []policy.LawStatement{
			{Statement: policy.Statement{ID: "law-1", Quote: quoteEEARights},
				Law: jurisdiction.LawGDPR, Jurisdictions: []jurisdiction.Code{jurisdiction.EEA}, Status: policy.LawApplies,
			},
			{Statement: policy.Statement{ID: "law-2", Quote: quoteEEARights},
				Law: jurisdiction.LawFADP, Jurisdictions: []jurisdiction.Code{jurisdiction.Switzerland}, Status: policy.LawApplies,
			},
			{Statement: policy.Statement{ID: "law-3", Description: "The section headed \"Your California privacy rights\": no sharing with unaffiliated third parties for their direct marketing, sharing with Mayo entities and affiliates, and the right to opt out of it; the Cal. Civ. Code §1798.83 (\"Shine the Light\") disclosure, though the text does not name the law.", Quote: quoteCAOptOut},
				Law: jurisdiction.LawShineTheLight, Jurisdictions: []jurisdiction.Code{jurisdiction.California}, Status: policy.LawApplies,
			},
		},
	}
}
