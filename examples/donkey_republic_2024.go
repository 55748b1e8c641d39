package examples

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// DonkeyRepublic2024 returns the Donkey Republic privacy policy, February 2024,
// version 1.2, as archived by Open Terms Archive on 2025-05-06.
//
// The source is the page "Privacy Policy" of donkey.bike: the data protection
// declaration (controller, contact and inquiry data, security, storage in the EU,
// deletion, website logs, cookies, rentals and vehicle data, advertising and the
// newsletter, partners at rental locations, user research, recipients, transfers
// to rental partners, rights) and the list of 3rd party processors, one recipient
// per row with its data, purposes, transfer mechanism and hosting location. Each
// processing activity carries the GDPR Art. 6(1) point the text cites for it. The
// e-mail addresses the archived page hides ("[email protected]") are not given by
// the text: the contact points that stand for them carry no address. The
// section map in README.md maps each heading to the members below.
func DonkeyRepublic2024() *policy.Policy {
	gdpr := func() []jurisdiction.Law { return []jurisdiction.Law{jurisdiction.LawGDPR} }
	cite := func(provision string) []policy.Citation {
		return []policy.Citation{{Law: jurisdiction.LawGDPR, Provision: provision}}
	}
	consent := func(provision, quote string) policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisConsent, Laws: gdpr(), Citations: cite(provision), Quote: quote}
	}
	contract := func(provision, quote string) policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisContract, Laws: gdpr(), Citations: cite(provision), Quote: quote}
	}
	li := func(interest, provision, quote string) policy.LegalBasis {
		return policy.LegalBasis{Basis: policy.BasisLegitimateInterests, Interest: interest, Laws: gdpr(), Citations: cite(provision), Quote: quote}
	}
	bases := func(b ...policy.LegalBasis) []policy.LegalBasis { return b }
	ids := func(s ...string) []string { return s }
	data := func(d ...category.Data) []category.Data { return d }
	st := func(id, quote string) policy.Statement { return policy.Statement{ID: id, Quote: quote} }
	std := func(id, desc, quote string) policy.Statement {
		return policy.Statement{ID: id, Description: desc, Quote: quote}
	}
	scoped := func(sc *policy.Scope, s policy.Statement) policy.Statement {
		s.AppliesTo = sc
		return s
	}
	services := func(s ...string) *policy.Scope { return &policy.Scope{Services: s} }
	subjects := func(s ...string) *policy.Scope { return &policy.Scope{Subjects: s} }
	address := func(recipient string) contact.Address {
		return contact.Address{Recipient: recipient, Lines: []string{"Skelbækgade 4, trappe B, 4. sal."}, Locality: "København V", PostalCode: "1717", Country: "DK"}
	}
	email := func(contactID string) rights.Channel {
		return rights.Channel{Kind: rights.ChannelEmail, Contact: contactID}
	}

	const (
		quoteController  = "The data controller within the meaning of Article 4 (7) of the EU General Data Protection Regulation (GDPR) and, where applicable, the corresponding provision of the Swiss Federal Act on Data Protection (FADP) is:"
		quoteContactUs   = "When you contact us by email, chat, Meta platforms including Facebook and Instagram, contact form or via phone, we store and process the data you provide (e.g. email address, name and any telephone number, contents of your message, etc.) in order to be able to respond to your inquiry."
		quoteSecurity    = "These security measures include firewalls, data encryption, physical access restrictions to our data centres, and access authorisation controls."
		quoteStorage     = "Some third party processors store data outside of the EU, under the Data Privacy Framework or by using Standard Contractual Clauses."
		quoteLogPurposes = "We process this data for the following purposes:"
		quoteLogDelete   = "The aforementioned data will be deleted no later than 30 days after you visited our website,  in accordance with the data processing for webhosting Article 6 (1) point (f) in the GDPR."
		quoteCookies     = "On various pages of our website, we use cookies to make our website more user-friendly and to enable the use of certain functions and features to display needs-based products or for market research purposes."
		quoteTracking    = "We use tracking software to track your behaviour on the website for example clicking a button to download the Donkey Republic app, software including Google Analytics 4. It helps us to improve our services."
		quoteCookieBasis = "The legal basis for aforementioned data processing is Article 6 (1) point (f) of the GDPR. The purposes of data processing named above constitute our legitimate interests."
		quoteRental      = "If you like to rent a bike, ebike, etc. (“Vehicle”) or becoming a member, you will need to provide personal data (e.g. name, email address, mobile number, payment method, credit card number etc.) in order to conclude the contract."
		quoteRentalBasis = "In addition, we need this personal information in order to process your order. The legal basis for this is Article 6 (1) point (b) of the GDPR."
		quoteInactive    = "Your account is regarded inactive, if you have not made use of the account for 48 consecutive months, after which point in time the order data will be erased, if we are not obliged to retain the data as described below."
		quoteTaxLaw      = "Under the provisions of the applicable commercial and tax laws, we are obliged to retain your order data for the legally prescribed period. The legal basis for this is Article 6 (1) point (c) of the GDPR."
		quoteVehicleUse  = "We collect and process this data at various cities and periods, analyse the resulting data to drive our strategic and operations decisions such as where to place hubs or how many mechanics to employ to take care of the Vehicles. We also use the data to optimise our App."
		quoteLocation    = "Phone location data is only collected when your phone has location services turned on. Turning off location services will automatically opt-out of the collection of location data."
		quoteUnlock      = "Unlocking, locking the Vehicle and ending a rental requires location services to be turned on to ensure that a vehicle can be found and rented again. It also enables our technical staff to find bikes that need repairs."
		quoteVehicleBase = "The legal basis for this type of data processing are Article 6 (1) point (f) and Article 6 (1), point (b) of the GDPR. The aforementioned purposes constitute our legitimate interests."
		quoteAds         = "For that reason, we may use the information you provided during sign up, such as email address, user behavior (e.g. booking history and ride duration), and location (city and country), in order to provide you with suggestions for products and services that are available in your area."
		quoteAdsBasis    = "The legal basis for processing your data for personal advertising purposes is in accordance with GDPR article 6, (1) point (f), due to our legitimate interest."
		quoteAdsObject   = "You have the right to object to this processing of your personal data, and may exercise this right by submitting a request for objection by contacting us at"
		quoteNewsletter  = "You also have the option to subscribe to receive our rider newsletter with information about our products, curated news, and exclusive offers. We only send these emails if you have given your explicit consent. The legal basis for this is GDPR article 6 (1), point (a)."
		quoteNLRecord    = "We collect and record your consent to the receipt of the newsletter through an in-app button. In addition, we store your email address and the date and time of your subscription and confirmation."
		quoteNLProof     = "This process allows us to prove that you have indeed subscribed to the newsletter and to investigate any possible misuse of your personal data. The legal basis for this is GDPR article 6, (1), point (f). The purposes listed above constitute our legitimate interests."
		quoteUpdates     = "We reserve the right to send you important product service updates through emails or push notifications, even if you have not subscribed to our newsletter. The legal basis for this is GDPR article 6 (1), point (f). You will, however, only receive these emails if you use our service."
		quotePartnerSup  = "We may forward the following personal data to these partners for the purpose of providing you with local support, if needed: name, phone number, and email address."
		quotePartnerAds  = "If agreed , we can provide an option for our riders to opt-in to receive advertising emails from our partner by submitting their name and email address. This information will also be forwarded to the partner."
		quotePartnerBase = "The legal basis for sending these emails is your consent, which you may withdraw at any time, according to GDPR article 6 (1), point (a)."
		quotePartnerCtrl = "The partner shall hereafter be considered a separate data controller and is individually responsible for complying with any data protection legislation applicable from time to time, including the GDPR for any processing of personal data carried out in connection with such relation."
		quoteResearch    = "We may invite you to voluntarily participate in user research through surveys or ratings in order to improve our products and services and better understand our riders. The legal basis for this is our legitimate interest in accordance with GDPR Article 6 (1), point (a)."
		quoteResearchKep = "If you consent to take part, we will store and process the personal data you provide to us in this context only for as long as it is necessary or until you withdraw your consent to this type of data processing in accordance with GDPR article 6 (1), point (a)."
		quoteSurveyShare = "We reserve the right to share the aggregated and anonymized results from our surveys with our partners, such as municipalities, regions or transport authorities, if and when requested by these institutions in order to improve their services in a determined region."
		quoteRecipients  = "We may disclose or make your personal information available to the following recipients:"
		quoteProcessors  = "If the external companies or cooperating partners are data processors for us, your personal information will always be processed in accordance with a data processing agreement meeting the legislative requirements."
		quoteIndependent = "If the external companies or cooperating partners are independent data controllers, your personal information will be processed in accordance with their own privacy policy, data protection policy or personal data protection policy, which you will be made aware of by the external companies unless the law prescribes otherwise."
		quoteSeparate    = "At locations where a Donkey Republic partner operates and manages the rental bike fleet, each party shall be deemed to be a separate data controller and shall be responsible for compliance with applicable data protection laws, including the GDPR, when processing personal data in connection with this Agreement."
		quoteForward     = "When a customer rents a bike in the system administered by the partner then Donkey Republic will forward the following data to the partner for the purpose of the partner providing support locally to the customer if needed:"
		quotePartnerMkt  = "If agreed between the parties, Donkey Republic can, through Donkey Republic’s system, provide an option for customers to opt-in to receive marketing material from the partner by submitting name and email address. This information will also be forwarded to the partner. The partner will hereafter be responsible for handling the consent with respect to the customers’ rights."
		quoteDerogation  = "In certain cases, we may transfer your data to countries without an adequate level of data protection based on an exception, such as if you consent to the transfer, in case of legal proceedings abroad, or if the transfer is necessary for the performance of a contract."
		quoteListChange  = "We reserve the right to make changes to this list at any time by giving notice on this page. It is strongly recommended to check this page regularly, referring to the date of the last modification listed on the bottom."
	)

	p := &policy.Policy{
		ID:        DonkeyRepublic2024ID,
		Title:     "Privacy Policy",
		Language:  "en",
		Version:   "1.2",
		Updated:   "2024-02",
		Retrieved: "2025-05-06",
		Source:    "https://github.com/OpenTermsArchive/contrib-versions/blob/582c4db3609322aaa1129899c67a5d5b0bb5840b/Donkey%20Republic/Privacy%20Policy.md",
	}

	p.Services = []policy.Service{
		{Statement: std("website", "Donkey Republic's website (donkey.bike), on which the cookie policy is published.", "Collection of personal data when visiting our website"),
			Kind: category.ServiceWebsite, Name: "Donkey Republic website", URLs: []string{"https://www.donkey.bike/"}},
		{Statement: std("app", "The Donkey Republic app, through which Vehicles are unlocked, locked and rented, the newsletter is subscribed to and the account is deleted.", "clicking a button to download the Donkey Republic app"),
			Kind: category.ServiceMobileApp, Name: "Donkey Republic app"},
		{Statement: std("rental", "Renting a bike, ebike or other Vehicle, and membership.", "Collection of personal data when renting a Vehicle or becoming a member"),
			Kind: category.ServiceRental, Name: "Vehicle rental and membership"},
		{Statement: st("rider-newsletter", "You also have the option to subscribe to receive our rider newsletter with information about our products, curated news, and exclusive offers."),
			Kind: category.ServiceNewsletter, Name: "rider newsletter"},
		{Statement: st("push-notifications", "We reserve the right to send you important product service updates through emails or push notifications, even if you have not subscribed to our newsletter."),
			Kind: category.ServicePushNotifications, Name: "push notifications"},
	}

	p.Subjects = []policy.Subject{
		{Statement: std("visitors", "People who use the website for information purposes only.", "If you use the website for information purposes only, we only collect the personal data that your browser transmits to our server."), Kind: category.SubjectVisitor},
		{Statement: std("riders", "Riders: the people who use the service.", "You will, however, only receive these emails if you use our service."), Kind: category.SubjectUser},
		{Statement: std("customers", "Customers with an active account.", "We store these data as long as you are our customer with an active account."), Kind: category.SubjectCustomer},
		{Statement: std("members", "People who become members.", quoteRental), Kind: category.SubjectRegisteredUser},
		{Statement: std("subscribers", "Subscribers of the rider newsletter.", quoteNewsletter), Kind: category.SubjectSubscriber},
		{Statement: std("research-participants", "People who take part in user research through surveys or ratings.", quoteResearch), Kind: category.SubjectSurveyRespondent},
	}

	p.Documents = []policy.Document{
		{Statement: st("cookie-policy", "Read more about our Cookies and how they operate"),
			Kind: policy.DocumentCookiePolicy, Title: "Cookies and how they operate", URL: "https://www.donkey.bike/cookie-policy/"},
		{Statement: st("processor-agreements", quoteProcessors),
			Kind: policy.DocumentDataProcessingAgreement, Title: "data processing agreement"},
		{Statement: st("controller-policies", quoteIndependent),
			Kind: policy.DocumentOtherPrivacyPolicy, Title: "their own privacy policy, data protection policy or personal data protection policy"},
		{Statement: st("dpf-site", "DPF = Data Privacy Framework"),
			Kind: policy.DocumentThirdPartyInfo, Title: "Home (data privacy framework.gov)", URL: "https://www.dataprivacyframework.gov/s/"},
		{Statement: st("scc-page", "SCC = Standard Contractual Clauses"),
			Kind: policy.DocumentThirdPartyInfo, Title: "Standard Contractual Clauses (SCC) – European Commission (europa.eu)", URL: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/standard-contractual-clauses-scc_en"},
		{Statement: st("bcr-page", "BCR = Binding Corporate Rules"),
			Kind: policy.DocumentThirdPartyInfo, Title: "Binding Corporate Rules (BCR) – European Commission", URL: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/binding-corporate-rules-bcr_en"},
		{Statement: st("paypal-transfers", "See PayPal’s transfer policies"),
			Kind: policy.DocumentThirdPartyInfo, Title: "PayPal’s transfer policies", URL: "https://www.paypal.com/dk/webapps/mpp/ua/privacy-full?locale.x=en_DK#8"},
		{Statement: st("google-transfers", "See Google’s data transfer policies"),
			Kind: policy.DocumentDataProcessingAgreement, Title: "Google’s data transfer policies", URL: "https://cloud.google.com/terms/data-processing-addendum"},
		{Statement: st("meta-dpa", "See Meta’s DPA and transfer policies"),
			Kind: policy.DocumentDataProcessingAgreement, Title: "Meta’s DPA and transfer policies", URL: "https://www.facebook.com/privacy/policy"},
		{Statement: st("amplitude-dpa", "See Amplitude’s DPA and transfer policies"),
			Kind: policy.DocumentDataProcessingAgreement, Title: "Amplitude’s DPA and transfer policies", URL: "https://www.amplitude.com/dpa"},
		{Statement: st("braze-dpa", "See Braze’s DPA and transfer policies"),
			Kind: policy.DocumentDataProcessingAgreement, Title: "Braze’s DPA and transfer policies", URL: "https://www.braze.com/company/legal/dpa#DPAEnglish"},
	}

	dr := address("")
	p.Controllers = []policy.Controller{{
		Statement: std("donkey-republic",
			"DonkeyRepublic Admin ApS (written \"Aps\" in the text), Copenhagen. Directors: Mr. Niels Henrik Rasmussen and Mr. Christian Dufft.",
			quoteController),
		LegalName:    "DonkeyRepublic Admin ApS",
		TradingNames: []string{"Donkey Republic"},
		Address:      &dr,
		Contacts:     ids("controller-contact"),
		Identifiers: []policy.Identifier{
			{Scheme: policy.SchemeCompanyRegister, Value: "38049488", Jurisdiction: "DK", Register: "Central business register (Denmark), CVR-number"},
			{Scheme: policy.SchemeVAT, Value: "DK 38049488", Jurisdiction: "DK", Register: "VAT-ID"},
		},
	}}

	p.Contacts = []contact.Point{
		{ID: "controller-contact", Name: "DonkeyRepublic Admin Aps", Role: contact.RoleGeneral,
			Phones:      []contact.Phone{{Number: "+45 89 88 7227", Country: "DK", Label: "DK"}},
			Addresses:   []contact.Address{address("")},
			Description: "The controller's contact details \"at the top of this Policy\": postal address, e-mail (its address is hidden in the archived text) and telephone.",
			Quote:       "Telephone: (+45) 89 88 7227 (DK)"},
		{ID: "dpo-contact", Name: "Data protection officer", Role: contact.RoleDataProtectionOfficer,
			Addresses:   []contact.Address{address("Data protection officer")},
			Description: "The data protection officer's e-mail address (hidden in the archived text), or the postal address marked clearly \"Data protection officer\".",
			Quote:       "You can contact our data protection officer at"},
		{ID: "advertising-objection-contact", Name: "Donkey Republic", Role: contact.RoleOptOut,
			Description: "The e-mail address for objections to personalised advertising (hidden in the archived text).",
			Quote:       "may exercise this right by submitting a request for objection by contacting us at"},
		{ID: "newsletter-contact", Name: "Donkey Republic", Role: contact.RoleOptOut,
			Description: "The e-mail address for unsubscribing from the newsletter (hidden in the archived text).",
			Quote:       "You can unsubscribe from the newsletter at any time by clicking on the unsubscribe link available in each email or by contacting us at"},
		{ID: "rights-contact", Name: "Donkey Republic", Role: contact.RolePrivacyRequests,
			Description: "The e-mail address for exercising rights (hidden in the archived text).",
			Quote:       "To exercise your rights, please reach out to"},
		{ID: "support-contact", Name: "support", Role: contact.RoleCustomerService,
			Description: "The support e-mail address for concerns about personal data (hidden in the archived text, which shows only its first part, \"support\").",
			Quote:       "If you have any concern about your personal data, please contact us at support"},
	}

	p.Officers = []policy.Officer{
		{Statement: st("dpo", "You can contact our data protection officer at"), Role: policy.OfficerDataProtectionOfficer, Name: "data protection officer", Contacts: ids("dpo-contact")},
	}

	p.Glossary = []policy.DefinedTerm{
		{Term: "personal data", Definition: "any information relating to an identified or identifiable natural person (‘data subject’); an identifiable natural person is one who can be identified, directly or indirectly, in particular by reference to an identifier such as a name, an identification number, location data, an online identifier or to one or more factors specific to the physical, physiological, genetic, mental, economic, cultural or social identity of that natural person (GDPR Art. 4)"},
		{Term: "Vehicle", Definition: "a bike, ebike, etc. that a person rents", Refers: ids("rental")},
		{Term: "DPF", Definition: "Data Privacy Framework"},
		{Term: "SCC", Definition: "Standard Contractual Clauses"},
		{Term: "BCR", Definition: "Binding Corporate Rules"},
	}

	p.History = []policy.Version{{Version: "1.2", Date: "2024-02"}}

	p.Laws = []policy.LawStatement{
		{Statement: policy.Statement{ID: "law-gdpr", Citations: []policy.Citation{{Law: jurisdiction.LawGDPR, Provision: "Art. 4(7)"}, {Law: jurisdiction.LawGDPR, Provision: "Art. 4"}}, Quote: quoteController},
			Law: jurisdiction.LawGDPR, Status: policy.LawApplies},
		{Statement: scoped(&policy.Scope{WhereLawProvides: true}, std("law-fadp", "The corresponding provision of the Swiss FADP applies where applicable.", quoteController)),
			Law: jurisdiction.LawFADP, Jurisdictions: []jurisdiction.Code{jurisdiction.Switzerland}, Status: policy.LawApplies},
	}

	p.Security = []policy.Measure{
		{Statement: st("due-care", "We shall therefore handle your personal data with due care, conscientiously and in accordance with the applicable laws."), Kind: policy.MeasureProcessingPrinciples},
		{Statement: scoped(services("rental"), st("ssl", "To prevent unauthorised access by third parties to your personal data and in particular, financial data, the ordering process is encrypted using SSL (Secure Socket Layer).")),
			Kind: policy.MeasureEncryptionInTransit, Technology: "SSL (Secure Socket Layer)", Data: data(category.DataPersonal, category.DataFinancial)},
		{Statement: std("reasonable-measures", "Physical, technical and administrative measures against loss, misuse, unauthorised access, disclosure and alteration.", "We also take reasonable physical, technical and administrative security measures to protect your personal data from loss, misuse, unauthorised access, disclosure and alteration."),
			Kind: policy.MeasureReasonableMeasures},
		{Statement: st("firewalls", quoteSecurity), Kind: policy.MeasureFirewall},
		{Statement: st("data-encryption", quoteSecurity), Kind: policy.MeasureEncryption},
		{Statement: std("data-centre-access", "Physical access restrictions to the data centres.", quoteSecurity), Kind: policy.MeasurePhysicalSecurity},
		{Statement: st("access-authorisation", quoteSecurity), Kind: policy.MeasureAccessControl},
	}

	// Collection.
	p.Collection = []policy.Collection{
		{Statement: std("collect-inquiries", "Data provided when contacting Donkey Republic by email, chat, Meta platforms (Facebook, Instagram), contact form or phone; the list of data is open (\"etc.\").", quoteContactUs),
			Data:    data(category.DataEmail, category.DataName, category.DataPhone, category.DataInquiry),
			Sources: []category.Source{category.SourceDataSubject},
			Methods: []category.Method{category.MethodCorrespondence, category.MethodChat, category.MethodForm, category.MethodCall}},
		{Statement: scoped(&policy.Scope{Services: ids("website"), Subjects: ids("visitors")},
			std("collect-website-log", "The data the browser transmits to the server, temporarily stored in a log file: IP address, date and time of the request, time zone difference to GMT, content of the request (specific page), access status/HTTP status code, amount of data transferred, referring website, browser, operating system and its interface, language and version of the browser software. Only this data is collected when the website is used for information purposes only.",
				"If you use the website for information purposes only, we only collect the personal data that your browser transmits to our server. This information is temporarily stored in a so-called log file.")),
			Data: data(category.DataIPAddress, category.DataVisitTime, category.DataDeviceSettings, category.DataPageViews, category.DataServerLog,
				category.DataReferrer, category.DataBrowser, category.DataOperatingSystem, category.DataLanguage),
			Sources: []category.Source{category.SourceAutomatic},
			Methods: []category.Method{category.MethodDevice, category.MethodServerLog}},
		{Statement: scoped(services("website"), std("collect-website-tracking", "Cookies (a session ID among them) and tracking software, Google Analytics 4 among it, that record behaviour on the website such as clicking a button to download the app.", quoteTracking)),
			Data:     data(category.DataCookieID, category.DataClickstream),
			Sources:  []category.Source{category.SourceAutomatic},
			Methods:  []category.Method{category.MethodCookie},
			Trackers: ids("transient-cookies", "session-cookies", "persistent-cookies", "google-analytics-4")},
		{Statement: scoped(&policy.Scope{Services: ids("rental"), Subjects: ids("customers", "members")},
			std("collect-rental", "Data needed to rent a Vehicle or become a member, e.g. name, email address, mobile number, payment method, credit card number (the list is open: \"etc.\").", quoteRental)),
			Data:        data(category.DataName, category.DataEmail, category.DataPhone, category.DataFinancial, category.DataPaymentCard),
			Sources:     []category.Source{category.SourceDataSubject},
			Methods:     []category.Method{category.MethodRegistration, category.MethodPurchase},
			Requirement: policy.RequirementRequired},
		{Statement: scoped(services("rental"), std("collect-order-data", "Order data: the orders and rentals the customer makes.", quoteTaxLaw)),
			Data:    data(category.DataOrder, category.DataRental),
			Sources: []category.Source{category.SourceServiceGenerated}},
		{Statement: scoped(services("rental"), std("collect-vehicle-use", "When a Vehicle is used: location and route of the Vehicle, duration of use, Vehicle locks and unlocks, occurred errors.", "We also collect and process the following data when you use a Vehicle:")),
			Data:    data(category.DataTrips, category.DataRental, category.DataVehicleUsage, category.DataErrors),
			Sources: []category.Source{category.SourceServiceGenerated},
			Methods: []category.Method{category.MethodConnectedDevice}},
		{Statement: scoped(services("app"), std("collect-phone-location", "Phone location, collected only when location services are turned on; unlocking, locking and ending a rental need them.", quoteLocation)),
			Data:        data(category.DataPreciseLocation),
			Sources:     []category.Source{category.SourceAutomatic},
			Methods:     []category.Method{category.MethodAppPermission},
			Requirement: policy.RequirementConditional},
		{Statement: scoped(&policy.Scope{Services: ids("app", "rider-newsletter"), Subjects: ids("subscribers")}, std("collect-newsletter-consent", "The consent to the newsletter, recorded through an in-app button, with the email address and the date and time of subscription and confirmation.", quoteNLRecord)),
			Data:    data(category.DataPrivacyChoices, category.DataEmail, category.DataVisitTime),
			Sources: []category.Source{category.SourceDataSubject},
			Methods: []category.Method{category.MethodSignUp}},
		{Statement: std("collect-partner-opt-in", "Name and email address a rider submits to opt in to a partner's advertising emails.", quotePartnerAds),
			Data:        data(category.DataName, category.DataEmail),
			Sources:     []category.Source{category.SourceDataSubject},
			Methods:     []category.Method{category.MethodSignUp},
			Requirement: policy.RequirementOptional},
		{Statement: scoped(subjects("research-participants"), std("collect-research", "The personal data a person provides in user research through surveys or ratings, taken part in voluntarily.", quoteResearchKep)),
			Data:        data(category.DataSurveyResponse, category.DataReview),
			Sources:     []category.Source{category.SourceDataSubject},
			Methods:     []category.Method{category.MethodSurvey},
			Requirement: policy.RequirementOptional},
	}

	// Purposes of the text, then those of the processor table.
	p.Purposes = []policy.Purpose{
		{Statement: st("respond-to-inquiries", quoteContactUs), Kind: category.PurposeCustomerSupport, Collections: ids("collect-inquiries"),
			LegalBases: bases(
				li("enabling and maintaining an effective and efficient client contact", "Art. 6(1)(f)", "Data processing for purposes of contacting us is done with the legitimate interest of enabling and maintaining an effective and efficient client contact Article 6 (1) point (f) of the GDPR"),
				consent("Art. 6(1)(a)", "and in accordance with Article 6 (1) point (a) of the GDPR, based on the consent you have given voluntarily"))},
		{Statement: std("website-connectivity", "To ensure smooth connectivity of the website.", quoteLogPurposes), Kind: category.PurposePerformance, Collections: ids("collect-website-log")},
		{Statement: std("website-usability", "To ensure that the website is user-friendly.", quoteLogPurposes), Kind: category.PurposeImprovement, Collections: ids("collect-website-log")},
		{Statement: std("system-security", "To evaluate the security and stability of the system.", quoteLogPurposes), Kind: category.PurposeSecurity, Collections: ids("collect-website-log")},
		{Statement: std("website-administration", "For other administrative purposes.", quoteLogPurposes), Kind: category.PurposeBusinessOperations, Collections: ids("collect-website-log")},
		{Statement: std("cookies-usability", "Cookies make the website more user-friendly.", quoteCookies), Kind: category.PurposeImprovement, Collections: ids("collect-website-tracking")},
		{Statement: std("cookies-needs-based-products", "Cookies enable the use of certain functions and features to display needs-based products.", quoteCookies), Kind: category.PurposeRecommendations, Collections: ids("collect-website-tracking")},
		{Statement: std("cookies-market-research", "Cookies serve market research.", quoteCookies), Kind: category.PurposeMarketResearch, Collections: ids("collect-website-tracking")},
		{Statement: std("session-recognition", "Session cookies save a session ID that assigns different requests from the browser to the common session, so that the computer is recognised when it returns to the website.", "They save a so-called session ID which is used to assign different requests from your browser to the common session. This allows your computer to be recognised when you return to our website."),
			Kind: category.PurposeAuthentication, Data: data(category.DataCookieID)},
		{Statement: std("track-behaviour", "Tracking software tracks behaviour on the website, such as clicking a button to download the app.", quoteTracking), Kind: category.PurposeAnalytics, Collections: ids("collect-website-tracking")},
		{Statement: std("tracking-improvement", "The tracking helps to improve the services.", quoteTracking), Kind: category.PurposeImprovement, Collections: ids("collect-website-tracking")},
		{Statement: scoped(services("rental"), std("conclude-contract", "To conclude the rental or membership contract.", quoteRental)), Kind: category.PurposeServiceProvision, Collections: ids("collect-rental"),
			LegalBases: bases(contract("Art. 6(1)(b)", quoteRentalBasis))},
		{Statement: scoped(services("rental"), std("process-order", "To process the order.", quoteRentalBasis)), Kind: category.PurposeOrderFulfilment, Collections: ids("collect-rental", "collect-order-data"),
			LegalBases: bases(contract("Art. 6(1)(b)", quoteRentalBasis))},
		{Statement: std("statutory-retention", "To retain order data for the period the applicable commercial and tax laws prescribe.", quoteTaxLaw), Kind: category.PurposeLegalCompliance, Collections: ids("collect-order-data"),
			LegalBases: bases(policy.LegalBasis{Basis: policy.BasisLegalObligation, Laws: gdpr(), Citations: cite("Art. 6(1)(c)"), Description: "the applicable commercial and tax laws", Quote: quoteTaxLaw})},
		{Statement: std("operations-decisions", "Vehicle data from various cities and periods is analysed to drive strategic and operations decisions, such as where to place hubs or how many mechanics to employ.", quoteVehicleUse), Kind: category.PurposeBusinessOperations, Collections: ids("collect-vehicle-use")},
		{Statement: scoped(services("app"), std("optimise-app", "Vehicle data is used to optimise the App.", quoteVehicleUse)), Kind: category.PurposeImprovement, Collections: ids("collect-vehicle-use")},
		{Statement: std("rental-location", "Unlocking, locking the Vehicle and ending a rental, so that a vehicle can be found and rented again.", quoteUnlock), Kind: category.PurposeServiceProvision, Collections: ids("collect-phone-location")},
		{Statement: std("repair-location", "Phone location enables technical staff to find bikes that need repairs.", quoteUnlock), Kind: category.PurposeBusinessOperations, Collections: ids("collect-phone-location")},
		{Statement: std("local-pricing", "If location services are on, location determines accurate product prices on the local market where the user is present.", "If location services are turned on, they will also be used to determine accurate product prices on the local market where a user is present."),
			Kind: category.PurposePricing, Collections: ids("collect-phone-location")},
		{Statement: std("personalised-advertising", "Personalised advertising (profiling), using information provided at sign-up such as the email address, user behaviour such as booking history and ride duration, and location (city and country).", "We also collect and process your data to send you personalized advertising (this is referred to as profiling)."),
			Kind: category.PurposeDirectMarketing, Collections: ids("collect-rental", "collect-vehicle-use"),
			Data:       data(category.DataEmail, category.DataRental, category.DataUsage, category.DataApproximateLocation),
			LegalBases: bases(li("personal advertising purposes", "Art. 6(1)(f)", quoteAdsBasis)),
			Choice:     policy.ModeOptOut},
		{Statement: std("local-suggestions", "Suggestions for products and services that are available in the person's area.", quoteAds),
			Kind: category.PurposeRecommendations, Collections: ids("collect-rental", "collect-vehicle-use"),
			Data:       data(category.DataEmail, category.DataRental, category.DataUsage, category.DataApproximateLocation),
			LegalBases: bases(li("personal advertising purposes", "Art. 6(1)(f)", quoteAdsBasis)),
			Choice:     policy.ModeOptOut},
		{Statement: scoped(&policy.Scope{Services: ids("rider-newsletter"), Subjects: ids("subscribers")}, std("newsletter", "The rider newsletter: information about products, curated news and exclusive offers, sent only with explicit consent.", quoteNewsletter)),
			Kind: category.PurposeNewsletter, Collections: ids("collect-newsletter-consent"),
			LegalBases: bases(consent("Art. 6(1)(a)", "The legal basis for this is GDPR article 6 (1), point (a).")),
			Choice:     policy.ModeOptIn},
		{Statement: std("prove-subscription", "To prove that the person has indeed subscribed to the newsletter.", quoteNLProof), Kind: category.PurposeLegalCompliance, Collections: ids("collect-newsletter-consent"),
			LegalBases: bases(li("proving that you have indeed subscribed to the newsletter", "Art. 6(1)(f)", quoteNLProof))},
		{Statement: std("investigate-misuse", "To investigate any possible misuse of the person's personal data.", quoteNLProof), Kind: category.PurposeSecurity, Collections: ids("collect-newsletter-consent"),
			LegalBases: bases(li("investigating any possible misuse of your personal data", "Art. 6(1)(f)", quoteNLProof))},
		{Statement: scoped(subjects("riders"), std("service-updates", "Important product service updates by email or push notification, also to riders who have not subscribed to the newsletter; only to those who use the service.", quoteUpdates)),
			Kind:       category.PurposeServiceCommunication,
			LegalBases: bases(li("sending important product service updates", "Art. 6(1)(f)", "The legal basis for this is GDPR article 6 (1), point (f).")),
			Choice:     policy.ModeOptOut},
		{Statement: std("partner-local-support", "Where a Donkey Republic partner administers the rental system, forwarding name, phone number and email address (and, under Section 8, location and route of the vehicles) so that the partner can provide local support if needed.", quotePartnerSup),
			Kind: category.PurposeCustomerSupport, Data: data(category.DataName, category.DataPhone, category.DataEmail)},
		{Statement: std("partner-advertising", "Advertising emails or marketing material from a partner, for riders who opt in; the consent may be withdrawn at any time.", quotePartnerBase),
			Kind: category.PurposeDirectMarketing, Collections: ids("collect-partner-opt-in"),
			LegalBases: bases(consent("Art. 6(1)(a)", quotePartnerBase)),
			Choice:     policy.ModeOptIn},
		{Statement: scoped(subjects("research-participants"), std("user-research", "Voluntary user research through surveys or ratings, to improve products and services and better understand riders. The text names the legitimate interest but cites Art. 6(1)(a), the consent provision, and keeps the data until consent is withdrawn.", quoteResearch)),
			Kind: category.PurposeResearch, Collections: ids("collect-research"),
			LegalBases: bases(
				li("improving our products and services and better understanding our riders", "Art. 6(1)(a)", "The legal basis for this is our legitimate interest in accordance with GDPR Article 6 (1), point (a)."),
				consent("Art. 6(1)(a)", quoteResearchKep)),
			Choice: policy.ModeOptIn},
		{Statement: std("research-improvement", "User research serves to improve products and services.", quoteResearch), Kind: category.PurposeImprovement, Collections: ids("collect-research"), Choice: policy.ModeOptIn},
		{Statement: std("secure-legal-claims", "Securing a legal claim, for which data may be kept longer than four years.", "e.g., if we must secure a legal claim"),
			Kind: category.PurposeLegalClaims},
		{Statement: policy.Statement{ID: "no-profit-from-data", Not: true, Description: "Donkey Republic never profits directly from personal data.", Quote: "We never sell or profit directly from any of your personal data."},
			Kind: category.PurposeDataSale},
	}

	// The purposes of the processor table's "Purpose" column.
	tablePurpose := func(id, desc string, kind category.Purpose) policy.Purpose {
		return policy.Purpose{Statement: std(id, desc, "We also describe what we use them for and the data protection setup that applies in the respective case."), Kind: kind}
	}
	p.Purposes = append(p.Purposes,
		tablePurpose("processor-payment", "Payment provider; payment provider for PayPal; payments processing.", category.PurposePayment),
		tablePurpose("processor-analytics", "Store and analyze data; storing and analysis of data.", category.PurposeAnalytics),
		tablePurpose("processor-review-aggregation", "Google Play Store and Apple App Store review aggregator.", category.PurposeReviews),
		tablePurpose("processor-deeplinks", "Deeplinks for apps.", category.PurposeServiceProvision),
		tablePurpose("processor-marketing-automation", "Marketing automation.", category.PurposeMarketing),
		tablePurpose("processor-operational-information", "Operational information.", category.PurposeServiceCommunication),
		tablePurpose("processor-push-notifications", "Push notifications.", category.PurposeServiceCommunication),
		tablePurpose("processor-transactional-email", "Transactional email.", category.PurposeServiceCommunication),
		tablePurpose("processor-support-email", "Support email.", category.PurposeCustomerSupport),
		tablePurpose("processor-marketing-email", "Marketing email.", category.PurposeDirectMarketing),
		tablePurpose("processor-performance-monitoring", "Server logging used for performance monitoring.", category.PurposePerformance),
		tablePurpose("processor-security-monitoring", "Server logging used for security monitoring.", category.PurposeSecurity),
		tablePurpose("processor-research-management", "Research management tool.", category.PurposeResearch),
		tablePurpose("processor-marketing", "Marketing activities.", category.PurposeMarketing),
		tablePurpose("processor-ads-tracking", "Ads tracking.", category.PurposeAdMeasurement),
		tablePurpose("processor-crash-reporting", "Crash reporting.", category.PurposePerformance),
		tablePurpose("processor-remote-configuration", "Remote configuration.", category.PurposeServiceProvision),
		tablePurpose("processor-app-store", "App store for Android devices.", category.PurposeServiceProvision),
		tablePurpose("processor-sign-in", "Sign in/up method.", category.PurposeAuthentication),
		tablePurpose("processor-maps", "Maps and location provider.", category.PurposeServiceProvision),
		tablePurpose("processor-hosting", "Hosting the backend service and the databases where the data is collected.", category.PurposeServiceProvision),
		tablePurpose("processor-customer-communication", "Customer communication.", category.PurposeCustomerSupport),
		tablePurpose("processor-research-recruitment", "Research recruitment.", category.PurposeResearch),
		tablePurpose("processor-sms", "SMS service provider: user communication.", category.PurposeServiceCommunication),
		tablePurpose("processor-phone-verification", "Phone number verification.", category.PurposeIdentityVerification),
		tablePurpose("processor-collect-forward", "Collect and forward data.", category.PurposeAnalytics),
		tablePurpose("processor-research-incentives", "Research incentive management.", category.PurposeResearch),
		tablePurpose("processor-reviews", "Product rating, review platform.", category.PurposeReviews),
		tablePurpose("processor-research-survey", "Research survey tool.", category.PurposeSurveys),
		tablePurpose("processor-customer-support", "Customer support.", category.PurposeCustomerSupport),
		tablePurpose("processor-issue-tracking", "Issue tracking.", category.PurposeCustomerSupport),
	)

	p.LegalBases = []policy.LegalBasis{
		{Basis: policy.BasisLegitimateInterests, Interest: "data processing for webhosting", Purposes: ids("website-connectivity", "website-usability", "system-security", "website-administration"),
			Laws: gdpr(), Citations: cite("Art. 6(1)(f)"), Quote: quoteLogDelete},
		{Basis: policy.BasisLegitimateInterests, Interest: "the purposes of data processing named above (user-friendliness, functions and features, market research, improving the services)",
			Purposes: ids("cookies-usability", "cookies-needs-based-products", "cookies-market-research", "session-recognition", "track-behaviour", "tracking-improvement"),
			Laws:     gdpr(), Citations: cite("Art. 6(1)(f)"), Quote: quoteCookieBasis},
		{Basis: policy.BasisLegitimateInterests, Interest: "the aforementioned purposes (operations decisions, optimising the App, renting and repairing Vehicles, local prices)",
			Purposes: ids("operations-decisions", "optimise-app", "rental-location", "repair-location", "local-pricing"),
			Laws:     gdpr(), Citations: cite("Art. 6(1)(f)"), Quote: quoteVehicleBase},
		{Basis: policy.BasisContract, Purposes: ids("operations-decisions", "optimise-app", "rental-location", "repair-location", "local-pricing"),
			Laws: gdpr(), Citations: cite("Art. 6(1)(b)"), Quote: quoteVehicleBase},
	}

	p.Decisions = []policy.Decision{
		{Statement: st("advertising-profiling", "We also collect and process your data to send you personalized advertising (this is referred to as profiling)."),
			Profiling: true, Purposes: ids("personalised-advertising", "local-suggestions"), Collections: ids("collect-rental", "collect-vehicle-use"),
			Data: data(category.DataEmail, category.DataRental, category.DataUsage, category.DataApproximateLocation)},
	}

	// Recipients of the text, then one per row of the processor table.
	partner := []category.Recipient{category.RecipientRentalOperator, category.RecipientBusinessPartner}
	p.Recipients = []policy.Recipient{
		{Statement: std("processors", "3rd party processors that process personal data on Donkey Republic's behalf, always under a data processing agreement meeting the legislative requirements; the complete list follows the policy.", "3rd party processors that process personal data on our behalf. For a complete list, please see below;"),
			Types: []category.Recipient{category.RecipientServiceProvider}, Role: policy.RoleProcessor,
			Conditions: []policy.Condition{policy.ConditionContractualSafeguards}, Documents: ids("processor-agreements")},
		{Statement: st("affiliates", "Donkey Republic’s affiliated companies;"), Types: []category.Recipient{category.RecipientAffiliate}},
		{Statement: std("employers", "Employers who have a corporate account and/or employee benefit scheme.", "Employers who have a corporate account and/or employee benefit scheme;"), Types: []category.Recipient{category.RecipientEmployer}},
		{Statement: std("cooperating-partners", "Suppliers, business partners or other cooperating partners.", "Suppliers, business partners or other cooperating partners;"), Types: []category.Recipient{category.RecipientBusinessPartner, category.RecipientServiceProvider}},
		{Statement: std("authorities", "Public authorities and municipalities.", "Public authorities and municipalities;"), Types: []category.Recipient{category.RecipientPublicAuthority}},
		{Statement: std("independent-controllers", "Independent controllers with whom Donkey Republic has a business cooperation; they process the data under their own privacy policy, which they make the person aware of unless the law prescribes otherwise.", "Independent controllers with whom we have a business cooperation;"),
			Types: []category.Recipient{category.RecipientBusinessPartner}, Role: policy.RoleIndependentController, Documents: ids("controller-policies")},
		{Statement: std("payment-service-providers", "Payment service providers, e.g. credit card companies.", "Payment service providers (e.g. credit card company etc.) to process your order."),
			Types: []category.Recipient{category.RecipientPaymentProcessor, category.RecipientFinancialInstitution}, Purposes: ids("process-order"), RecipientPurposes: []category.Purpose{category.PurposePayment}},
		{Statement: std("other-external-companies", "Other external companies receive or process personal information only where the law permits the disclosure and processing.", "Other external companies will not receive or process your personal information unless the law permits the disclosure and processing hereof."),
			Types: []category.Recipient{category.RecipientOtherCompany}, Conditions: []policy.Condition{policy.ConditionLegallyPermitted}},
		{Statement: std("partners-local-support", "Donkey Republic partners that administer the rental system in certain locations; they become separate data controllers, individually responsible for complying with data protection law, the GDPR included.", quotePartnerSup),
			Types: partner, Role: policy.RoleIndependentController, Collections: ids("collect-rental"),
			Data: data(category.DataName, category.DataPhone, category.DataEmail), Purposes: ids("partner-local-support"), RecipientPurposes: []category.Purpose{category.PurposeCustomerSupport}},
		{Statement: std("partners-advertising", "A partner to whose advertising emails a rider opted in receives the name and email address; it is hereafter a separate data controller.", quotePartnerCtrl),
			Types: partner, Role: policy.RoleIndependentController, Collections: ids("collect-partner-opt-in"),
			Data: data(category.DataName, category.DataEmail), Purposes: ids("partner-advertising"), RecipientPurposes: []category.Purpose{category.PurposeDirectMarketing},
			Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
		{Statement: std("partners-rental-locations", "At locations where a Donkey Republic partner operates and manages the rental bike fleet, each party is a separate data controller; Donkey Republic forwards name, email, phone number and the location and route of the vehicles to the partner for local support.", quoteSeparate),
			Types: partner, Role: policy.RoleIndependentController, Collections: ids("collect-rental", "collect-vehicle-use"),
			Data: data(category.DataName, category.DataEmail, category.DataPhone, category.DataTrips), Purposes: ids("partner-local-support"), RecipientPurposes: []category.Purpose{category.PurposeCustomerSupport}},
		{Statement: std("partners-rental-marketing", "If agreed between the parties, customers may opt in through Donkey Republic's system to marketing material from the partner; name and email address are forwarded and the partner then handles the consent with respect to the customers' rights.", quotePartnerMkt),
			Types: partner, Role: policy.RoleIndependentController, Collections: ids("collect-partner-opt-in"),
			Data: data(category.DataName, category.DataEmail), Purposes: ids("partner-advertising"), RecipientPurposes: []category.Purpose{category.PurposeDirectMarketing},
			Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
		{Statement: std("survey-results", "Partners such as municipalities, regions or transport authorities receive aggregated and anonymised survey results, if and when they request them, to improve their services in a determined region.", quoteSurveyShare),
			Types: []category.Recipient{category.RecipientPublicAuthority, category.RecipientBusinessPartner}, Collections: ids("collect-research"), Data: data(category.DataSurveyResponse),
			Conditions: []policy.Condition{policy.ConditionAggregated, policy.ConditionDeIdentified}, RecipientPurposes: []category.Purpose{category.PurposeImprovement}},
		{Statement: policy.Statement{ID: "no-sale", Not: true, Quote: "We never sell or profit directly from any of your personal data."},
			Types: []category.Recipient{category.RecipientThirdParty}, Sale: ptr(true)},
	}

	// The processor table: one row per processor.
	type row struct {
		id, name, url, purpose, quote string
		types                         []category.Recipient
		data                          []category.Data
		purposes                      []string
		safeguards                    []policy.Safeguard
		locations                     []jurisdiction.Code
		elsewhere, document           string
	}
	const (
		nA   = policy.SafeguardNotNeeded
		dpf  = policy.SafeguardDataPrivacyFramework
		sccs = policy.SafeguardStandardContractualClauses
		bcr  = policy.SafeguardBindingCorporateRules
		eu   = jurisdiction.EU
		us   = jurisdiction.UnitedStates
	)
	sg := func(s ...policy.Safeguard) []policy.Safeguard { return s }
	loc := func(c ...jurisdiction.Code) []jurisdiction.Code { return c }
	rt := func(r ...category.Recipient) []category.Recipient { return r }
	const (
		name     = category.DataName
		mail     = category.DataEmail
		phone    = category.DataPhone
		card     = category.DataPaymentCard
		ip       = category.DataIPAddress
		where    = category.DataLocation
		adID     = category.DataAdvertisingID
		userID   = category.DataAccountID
		rental   = category.DataRental
		usage    = category.DataUsage
		browse   = category.DataClickstream
		member   = category.DataLoyaltyStatus
		lang     = category.DataLanguage
		lastFour = category.DataPaymentCardLastFour
	)
	rows := []row{
		{id: "processor-adyen", name: "Adyen", url: "http://adyen.com", purpose: "Payment provider; user location only in case of dispute.",
			quote: "Name, email address, Payment card, IP Address and user location (only in case of dispute) | Payment provider",
			types: rt(category.RecipientPaymentProcessor), data: data(name, mail, card, ip, where), purposes: ids("processor-payment"), safeguards: sg(nA), locations: loc(eu)},
		{id: "processor-amplitude", name: "Amplitude", url: "https://amplitude.com/", purpose: "Store and analyze data.",
			quote: "Name, email address, Phone number, User location, Advertising ID, IP address, User id, rental data, usage data, web browsing data | Store and analyze data | DPF",
			types: rt(category.RecipientAnalyticsProvider), data: data(name, mail, phone, where, adID, ip, userID, rental, usage, browse), purposes: ids("processor-analytics"), safeguards: sg(dpf),
			elsewhere: "Different locations where Amplitude operates", document: "amplitude-dpa"},
		{id: "processor-appfollow", name: "AppFollow", url: "https://appfollow.io/", purpose: "Google Play Store and Apple App Store review aggregator.",
			quote: "| Name | Google Play Store and Apple App Store review aggregator |",
			types: rt(category.RecipientServiceProvider), data: data(name), purposes: ids("processor-review-aggregation"), safeguards: sg(nA), locations: loc(eu)},
		{id: "processor-braintree", name: "Braintree", url: "http://braintreepayments.com", purpose: "Payment provider for PayPal.",
			quote: "Name, email address, Payment card, IP Address | Payment provider for PayPal | BCR, SCCs | Different locations where PayPal operates",
			types: rt(category.RecipientPaymentProcessor), data: data(name, mail, card, ip), purposes: ids("processor-payment"), safeguards: sg(bcr, sccs),
			elsewhere: "Different locations where PayPal operates", document: "paypal-transfers"},
		{id: "processor-branch", name: "Branch", url: "https://www.branch.io/", purpose: "Deeplinks for apps.",
			quote: "User name, email address address | Deeplinks for apps | SCCs, DPF | US",
			types: rt(category.RecipientServiceProvider), data: data(name, mail), purposes: ids("processor-deeplinks"), safeguards: sg(sccs, dpf), locations: loc(us)},
		{id: "processor-braze", name: "Braze", url: "https://www.braze.com/", purpose: "Marketing automation, operational information, push notifications.",
			quote: "Marketing automation, operational information, push notifications | DPF, SCCs | EU, US, different locations where Braze operates",
			types: rt(category.RecipientMarketingProvider, category.RecipientCommunicationsProvider), data: data(name, mail, phone, userID, adID, ip),
			purposes: ids("processor-marketing-automation", "processor-operational-information", "processor-push-notifications"), safeguards: sg(dpf, sccs), locations: loc(eu, us),
			elsewhere: "different locations where Braze operates", document: "braze-dpa"},
		{id: "processor-brevo", name: "Brevo", url: "https://www.brevo.com/", purpose: "Transactional, support and marketing email.",
			quote: "Rental data, member status, app language, user id | Transactional, support and marketing email addresss | N/A, since no data is transferred outside of the EU | France, Belgium",
			types: rt(category.RecipientCommunicationsProvider, category.RecipientMarketingProvider), data: data(name, mail, phone, rental, member, lang, userID),
			purposes: ids("processor-transactional-email", "processor-support-email", "processor-marketing-email"), safeguards: sg(nA), locations: loc("FR", "BE")},
		{id: "processor-clevertap", name: "CleverTap", url: "https://clevertap.com/", purpose: "Marketing automation, operational information, push notifications.",
			quote: "Marketing automation, operational information, push notifications | DPF | EU",
			types: rt(category.RecipientMarketingProvider, category.RecipientCommunicationsProvider), data: data(name, mail, phone, userID, adID, ip),
			purposes: ids("processor-marketing-automation", "processor-operational-information", "processor-push-notifications"), safeguards: sg(dpf), locations: loc(eu)},
		{id: "processor-datadog", name: "Datadog", url: "https://www.datadoghq.com/", purpose: "Server logging used for performance and security monitoring.",
			quote: "Name, email address, Phone number, Location, IP Address | Server logging used for performance and security monitoring | N/A, since no data is transferred outside of the EU | Germany",
			types: rt(category.RecipientServiceProvider, category.RecipientSecurityProvider), data: data(name, mail, phone, where, ip),
			purposes: ids("processor-performance-monitoring", "processor-security-monitoring"), safeguards: sg(nA), locations: loc("DE")},
		{id: "processor-dovetail", name: "Dovetail", url: "https://dovetail.com/", purpose: "Research management tool.",
			quote: "Name, demographic data | Research management tool | DPF, SCCs | US",
			types: rt(category.RecipientDataManagementProvider), data: data(name, category.DataDemographic), purposes: ids("processor-research-management"), safeguards: sg(dpf, sccs), locations: loc(us)},
		{id: "processor-google", name: "Google LLC", purpose: "Marketing activities, ads tracking, storing and analysis of data, crash reporting, remote configuration, app store for Android devices, sign in/up method, maps and location provider; the tools Firebase, Analytics, PlayStore, WhatsApp, Cloud and Ads.",
			quote: "This includes the tools Firebase, Analytics, PlayStore, WhatsApp, Cloud and Ads. | DPF, SCCs | US, any country where Google or its Subprocessors maintain facilities",
			types: rt(category.RecipientMarketingProvider, category.RecipientAdvertisingPartner, category.RecipientAnalyticsProvider, category.RecipientPlatformProvider,
				category.RecipientIdentityProvider, category.RecipientHostingProvider, category.RecipientCommunicationsProvider),
			data: data(name, mail, phone, where, ip, adID, userID, rental, usage, browse),
			purposes: ids("processor-marketing", "processor-ads-tracking", "processor-analytics", "processor-crash-reporting", "processor-remote-configuration",
				"processor-app-store", "processor-sign-in", "processor-maps"),
			safeguards: sg(dpf, sccs), locations: loc(us), elsewhere: "any country where Google or its Subprocessors maintain facilities", document: "google-transfers"},
		{id: "processor-heroku", name: "Heroku", url: "https://www.heroku.com/", purpose: "Heroku hosts our backend service and the databases where we collect data.",
			quote: "Heroku hosts our backend service and the databases where we collect data | DPF,SCCs | EU, US",
			types: rt(category.RecipientHostingProvider), data: data(name, mail, phone, where, ip), purposes: ids("processor-hosting"), safeguards: sg(dpf, sccs), locations: loc(eu, us)},
		{id: "processor-meta", name: "Meta", url: "https://about.meta.com/de/", purpose: "Facebook, Instagram. Marketing activities, customer communication, research recruitment.",
			quote: "Advertising ID, Event data on ride booking and membership signup, meta user name | Facebook, Instagram. Marketing activities, customer communication,  research recruitment | DPF | Different locations where Meta products are available",
			types: rt(category.RecipientSocialMedia, category.RecipientAdvertisingPartner), data: data(adID, category.DataAppUsage, rental, category.DataUsername),
			purposes: ids("processor-marketing", "processor-customer-communication", "processor-research-recruitment"), safeguards: sg(dpf),
			elsewhere: "Different locations where Meta products are available", document: "meta-dpa"},
		{id: "processor-paypal", name: "PayPal", url: "http://paypal.com", purpose: "Payment provider.",
			quote: "| Name, email address | Payment provider | BCR, SCCs | Different locations where PayPal operates",
			types: rt(category.RecipientPaymentProcessor), data: data(name, mail), purposes: ids("processor-payment"), safeguards: sg(bcr, sccs),
			elsewhere: "Different locations where PayPal operates", document: "paypal-transfers"},
		{id: "processor-prelude", name: "Prelude", url: "https://prelude.so/", purpose: "SMS service provider. Phone number verification, user communication.",
			quote: "| Phone number | SMS service provider. Phone number verification,user communication | N/A, since no data is transferred outside of the EU | EU",
			types: rt(category.RecipientCommunicationsProvider), data: data(phone), purposes: ids("processor-phone-verification", "processor-sms"), safeguards: sg(nA), locations: loc(eu)},
		{id: "processor-segment", name: "Segment", url: "https://segment.com/", purpose: "Collect and forward data.",
			quote: "Name, email address, Phone number, User location, IP address, Advertising ID, User id, web browsing data | Collect and forward data | DPF, SCCs, BCR | US",
			types: rt(category.RecipientDataManagementProvider, category.RecipientAnalyticsProvider), data: data(name, mail, phone, where, ip, adID, userID, browse),
			purposes: ids("processor-collect-forward"), safeguards: sg(dpf, sccs, bcr), locations: loc(us)},
		{id: "processor-sisense", name: "Sisense", url: "https://www.sisense.com/", purpose: "Store and analyze data.",
			quote: "Name, email address, Phone number, User location, Advertising ID, IP address | Store and analyze data | SCCs | US",
			types: rt(category.RecipientAnalyticsProvider), data: data(name, mail, phone, where, adID, ip), purposes: ids("processor-analytics"), safeguards: sg(sccs), locations: loc(us)},
		{id: "processor-stripe", name: "Stripe", url: "https://stripe.com/en-dk", purpose: "Payments processing; user location only in case of dispute.",
			quote: "Name, email address, Payment card, IP Address and user location (only in case of dispute) | Payments processing | SCCs, DPF | US",
			types: rt(category.RecipientPaymentProcessor), data: data(name, mail, card, ip, where), purposes: ids("processor-payment"), safeguards: sg(sccs, dpf), locations: loc(us)},
		{id: "processor-tremendous", name: "Tremendous", url: "https://www.tremendous.com/", purpose: "Research incentive management.",
			quote: "Name, email address | Research incentive management | SCCs | US",
			types: rt(category.RecipientServiceProvider), data: data(name, mail), purposes: ids("processor-research-incentives"), safeguards: sg(sccs), locations: loc(us)},
		{id: "processor-trustpilot", name: "Trustpilot", url: "https://www.trustpilot.com/", purpose: "Product rating, review platform.",
			quote: "Email address, phone number, name. | Product rating, review platform | N/A, since no data is transferred outside of the EU | EU",
			types: rt(category.RecipientServiceProvider), data: data(mail, phone, name), purposes: ids("processor-reviews"), safeguards: sg(nA), locations: loc(eu)},
		{id: "processor-typeform", name: "Typeform", url: "https://www.typeform.com/", purpose: "Research survey tool.",
			quote: "| Name | Research survey tool | SCCs | US",
			types: rt(category.RecipientDataManagementProvider), data: data(name), purposes: ids("processor-research-survey"), safeguards: sg(sccs), locations: loc(us)},
		{id: "processor-vonage", name: "Vonage", url: "https://www.vonage.com/", purpose: "SMS service provider. Phone number verification, user communication.",
			quote: "| Phone number | SMS service provider. Phone number verification,user communication | DPF, SCCs | US",
			types: rt(category.RecipientCommunicationsProvider), data: data(phone), purposes: ids("processor-phone-verification", "processor-sms"), safeguards: sg(dpf, sccs), locations: loc(us)},
		{id: "processor-wow24-7", name: "WOW24-7", url: "https://wow24-7.com/", purpose: "Customer support.",
			quote: "Name, email address, Phone number, User location, IP Address, rental data, member status, app language, user id, last four digits of payment card | Customer support | SCCs, DPF | US, Ukraine",
			types: rt(category.RecipientCustomerSupportProvider), data: data(name, mail, phone, where, ip, rental, member, lang, userID, lastFour),
			purposes: ids("processor-customer-support"), safeguards: sg(sccs, dpf), locations: loc(us, "UA")},
		{id: "processor-zendesk", name: "Zendesk", url: "https://www.zendesk.com/", purpose: "Customer Support, issue tracking. Zendesk receives email address and phone number; support or the user may disclose the full name, one or more locations of the user and the last 4 digits of the payment card.",
			quote: "Support or user may disclose Full name, one or more locations of the user; last 4 digits of payment card | Customer Support, issue tracking. | DPF | EU",
			types: rt(category.RecipientCustomerSupportProvider), data: data(mail, phone, name, where, lastFour),
			purposes: ids("processor-customer-support", "processor-issue-tracking"), safeguards: sg(dpf), locations: loc(eu)},
	}
	var outsideEU []string
	for _, r := range rows {
		desc := r.purpose
		if r.elsewhere != "" {
			desc += " Hosting location: " + r.elsewhere + "."
		}
		rec := policy.Recipient{
			Statement:  std(r.id, desc, r.quote),
			Types:      r.types,
			Role:       policy.RoleProcessor,
			Entities:   []policy.Entity{{Name: r.name, URL: r.url}},
			Data:       r.data,
			Purposes:   r.purposes,
			Safeguards: r.safeguards,
			Locations:  r.locations,
		}
		if r.document != "" {
			rec.Documents = ids(r.document)
		}
		p.Recipients = append(p.Recipients, rec)
		// Processors hosted only in the EU are not among those that store data
		// outside it, whatever mechanism their row names.
		if r.safeguards[0] != nA && (len(r.locations) == 0 || len(r.locations) > 1 || r.locations[0] != eu) {
			outsideEU = append(outsideEU, r.id)
		}
	}

	p.Transfers = []policy.Transfer{
		{Statement: std("storage-in-eu", "The majority of all personal data is stored in data centres in EU countries, where no transfer mechanism is needed.", "The majority of all personal data is stored in data centers in EU countries."),
			To: []jurisdiction.Code{eu}, Data: data(category.DataPersonal), Safeguards: sg(nA)},
		{Statement: std("processors-outside-eu", "Some third party processors store data outside of the EU under the Data Privacy Framework or Standard Contractual Clauses; the processor table lists them with their hosting locations.", quoteStorage),
			From: []jurisdiction.Code{eu}, OtherDestinations: "outside of the EU, at the hosting locations of the processor table", Recipients: outsideEU, Safeguards: sg(dpf, sccs)},
		{Statement: std("derogations", "In certain cases data is transferred to countries without an adequate level of data protection on the basis of an exception: the person's consent, legal proceedings abroad, or the performance of a contract.", quoteDerogation),
			OtherDestinations: "countries without an adequate level of data protection",
			Safeguards:        sg(policy.SafeguardDerogationConsent, policy.SafeguardDerogationLegalClaims, policy.SafeguardDerogationContract)},
	}

	p.Retention = []policy.Retention{
		{Statement: std("retention-general", "Generally, data is kept for up to four years; in certain cases longer.", "Generally, we will retain your data for up to four years, however, in certain cases we will retain the personal data for a longer period of time, e.g., if we must secure a legal claim or if certain legislation requires it."),
			Data:    data(category.DataPersonal),
			Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P4Y", Bound: policy.BoundAtMost}},
			Exceptions: []policy.Exception{
				{Reason: "if we must secure a legal claim", Period: policy.Period{Kind: policy.PeriodCriteria, Criteria: "for a longer period of time, while a legal claim must be secured"}},
				{Reason: "if certain legislation requires it", Period: policy.Period{Kind: policy.PeriodLegalRequirement, Criteria: "certain legislation requires it"}},
			}},
		{Statement: policy.Statement{ID: "retention-website-log", Citations: cite("Art. 6(1)(f)"), Description: "Log data is stored temporarily and deleted no later than 30 days after the visit.", Quote: quoteLogDelete},
			Collections: ids("collect-website-log"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P30D", Bound: policy.BoundAtMost, From: policy.EventCollection}},
			Disposal:    []policy.Disposal{policy.DisposalDelete}},
		{Statement: std("retention-account", "Rental and membership data is stored as long as the person is a customer with an active account; an account is inactive after 48 consecutive months without use, after which the order data is erased unless it must be retained by law.", "We store these data as long as you are our customer with an active account."),
			Collections: ids("collect-rental", "collect-order-data"),
			Periods: []policy.Period{
				{Kind: policy.PeriodUntilEvent, Event: policy.EventAccountClosed},
				{Kind: policy.PeriodDuration, Duration: "P48M", From: policy.EventInactivity},
			},
			Combine:  policy.CombineEarliest,
			Disposal: []policy.Disposal{policy.DisposalDelete},
			Exceptions: []policy.Exception{
				{Data: data(category.DataOrder), Reason: "if we are not obliged to retain the data as described below", Quote: quoteInactive,
					Period: policy.Period{Kind: policy.PeriodLegalRequirement, Criteria: "the legally prescribed period under the applicable commercial and tax laws"}},
			}},
		{Statement: std("retention-order-data", "Order data is kept for the legally prescribed period under the applicable commercial and tax laws and erased at the end of the statutory retention periods.", "At the end of the statutory retention periods stipulated by the commercial and tax laws, we shall erase your order data."),
			Collections: ids("collect-order-data"), Purposes: ids("statutory-retention"),
			Periods:  []policy.Period{{Kind: policy.PeriodLegalRequirement, Criteria: "the statutory retention periods stipulated by the commercial and tax laws"}},
			Disposal: []policy.Disposal{policy.DisposalDelete}},
		{Statement: st("retention-vehicle-data", "We store this data for 48 months and then anonymise and aggregate the data."),
			Collections: ids("collect-vehicle-use", "collect-phone-location"),
			Periods:     []policy.Period{{Kind: policy.PeriodDuration, Duration: "P48M"}},
			Disposal:    []policy.Disposal{policy.DisposalAnonymise, policy.DisposalAggregate}},
		{Statement: st("retention-research", quoteResearchKep),
			Collections: ids("collect-research"),
			Periods: []policy.Period{
				{Kind: policy.PeriodCriteria, Criteria: "only for as long as it is necessary"},
				{Kind: policy.PeriodUntilEvent, Event: policy.EventConsentWithdrawn},
			},
			Combine: policy.CombineEarliest},
	}

	cookiePurposes := ids("cookies-usability", "cookies-needs-based-products", "cookies-market-research")
	p.Trackers = []policy.Tracker{
		{Statement: std("transient-cookies", "Transient cookies are automatically deleted when the browser is closed; they include, in particular, session cookies.", "Transient cookies are automatically deleted when you close your browser. These include, in particular, session cookies."),
			Name: "Transient cookies", Kind: category.TrackerCookie, Lifespan: &policy.Lifespan{Kind: policy.LifespanSession},
			Purposes: cookiePurposes, Choices: ids("delete-cookies", "block-cookies")},
		{Statement: std("session-cookies", "Session cookies save a session ID; they are deleted when the person logs out or closes the browser.", "Session cookies are deleted when you log out or close the browser."),
			Name: "Session cookies", Kind: category.TrackerCookie, Lifespan: &policy.Lifespan{Kind: policy.LifespanSession},
			Data: data(category.DataCookieID), Purposes: ids("session-recognition"), Choices: ids("delete-cookies", "block-cookies")},
		{Statement: std("persistent-cookies", "Persistent cookies are automatically deleted after a specified period, which may differ depending on the cookie; the policy lists no lifespans and refers to the overview in the cookie settings of the browser.", "Persistent cookies are automatically deleted after a specified period, which may differ, depending on the cookie."),
			Name: "Persistent cookies", Kind: category.TrackerCookie, Lifespan: &policy.Lifespan{Kind: policy.LifespanPersistent},
			Purposes: cookiePurposes, Choices: ids("delete-cookies", "block-cookies")},
		{Statement: std("google-analytics-4", "Tracking software that tracks behaviour on the website.", quoteTracking),
			Name: "Google Analytics 4", Kind: category.TrackerOther, Party: policy.PartyThirdParty, Provider: &policy.Entity{Name: "Google LLC"}, Recipient: "processor-google",
			Class: category.ClassAnalytics, Data: data(category.DataClickstream), Purposes: ids("track-behaviour", "tracking-improvement")},
	}

	allCookies := ids("transient-cookies", "session-cookies", "persistent-cookies")
	p.Choices = []policy.Choice{
		{Statement: st("delete-cookies", "You can delete cookies at any time in the security settings of your browser."),
			Kind: policy.ChoiceCookieControl, Trackers: allCookies,
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismBrowserSettings, Name: "security settings of your browser"}}},
		{Statement: std("block-cookies", "Blocking the acceptance of third-party cookies or all cookies, for example.", "You may configure your browser settings according to your preferences and, for example, block the acceptance of third-party cookies or all cookies. Please note that if you do this, you may not be able to use all the functions and features of this website."),
			Kind: policy.ChoiceCookieControl, Trackers: allCookies,
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismBrowserSettings, Name: "browser settings"}},
			Limits:     []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "you may not be able to use all the functions and features of this website"}}},
		{Statement: st("location-services", quoteLocation),
			Kind: policy.ChoiceDevicePermission, Data: data(category.DataPreciseLocation), Purposes: ids("rental-location", "repair-location", "local-pricing"),
			Mechanisms:   []policy.Mechanism{{Kind: policy.MechanismDeviceSettings, Name: "location services"}},
			Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "Unlocking, locking the Vehicle and ending a rental requires location services to be turned on"}},
			Consequences: []string{"Turning off location services will automatically opt-out of the collection of location data."}},
		{Statement: st("object-to-advertising", quoteAdsObject),
			Kind: policy.ChoiceOptOut, Purposes: ids("personalised-advertising", "local-suggestions"),
			Mechanisms: []policy.Mechanism{
				{Kind: policy.MechanismEmail, Contact: "advertising-objection-contact"},
				{Kind: policy.MechanismUnsubscribeLink, Description: "the unsubscribe link available in each email"},
				{Kind: policy.MechanismCloseAccount, Description: "closing your account"},
			}},
		{Statement: st("newsletter-opt-in", "We collect and record your consent to the receipt of the newsletter through an in-app button."),
			Kind: policy.ChoiceOptIn, Purposes: ids("newsletter"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismInAppSetting, Name: "in-app button"}}},
		{Statement: st("newsletter-unsubscribe", "You can unsubscribe from the newsletter at any time by clicking on the unsubscribe link available in each email or by contacting us at"),
			Kind: policy.ChoiceUnsubscribe, Purposes: ids("newsletter"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismUnsubscribeLink}, {Kind: policy.MechanismEmail, Contact: "newsletter-contact"}}},
		{Statement: st("service-updates-opt-out", "You can choose to stop receiving these types of communication at any time by clicking on the unsubscribe link available in each email or by changing the push notification settings in your device."),
			Kind: policy.ChoiceUnsubscribe, Purposes: ids("service-updates"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismUnsubscribeLink}, {Kind: policy.MechanismDeviceSettings, Name: "push notification settings"}}},
		{Statement: std("partner-marketing-opt-in", "If agreed with the partner, riders can opt in to advertising emails or marketing material from the partner by submitting their name and email address through Donkey Republic's system.", quotePartnerAds),
			Kind: policy.ChoiceOptIn, Purposes: ids("partner-advertising"), Recipients: ids("partners-advertising", "partners-rental-marketing"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotStated, Description: "submitting name and email address through Donkey Republic’s system"}}},
		{Statement: st("partner-marketing-withdraw", quotePartnerBase),
			Kind: policy.ChoiceWithdrawConsent, Purposes: ids("partner-advertising"), Recipients: ids("partners-advertising"),
			Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotStated}}},
		{Statement: std("object-to-processor-list", "A person who objects to a change of the processor list must cease using the service and can request removal of the personal data.", "If you object to any of the changes to this list, you must cease using this service and can request removal of the personal data."),
			Kind: policy.ChoiceDecline, Recipients: ids("processors"),
			Mechanisms:   []policy.Mechanism{{Kind: policy.MechanismNotProviding, Description: "cease using this service"}},
			Consequences: []string{"can request removal of the personal data"}},
	}

	rightsChannel := func() []rights.Channel { return []rights.Channel{email("rights-contact")} }
	p.Rights = []policy.RightsStatement{
		{Statement: policy.Statement{ID: "withdraw-inquiry-consent", Citations: cite("Art. 7(3)"), Quote: "In case where the legal basis is based on your consent after Article 6 (1) point (a) of the GDPR, we note that you have the right to withdraw your consent after Article 7 (3) of the GDPR."},
			Rights: []rights.Right{rights.RightWithdrawConsent}, Laws: gdpr()},
		{Statement: st("object-to-advertising-right", quoteAdsObject),
			Rights: []rights.Right{rights.RightObjection}, Laws: gdpr(), Channels: []rights.Channel{email("advertising-objection-contact")}},
		{Statement: policy.Statement{ID: "gdpr-rights", Citations: []policy.Citation{
			{Law: jurisdiction.LawGDPR, Provision: "Art. 15"}, {Law: jurisdiction.LawGDPR, Provision: "Art. 16"}, {Law: jurisdiction.LawGDPR, Provision: "Art. 17"},
			{Law: jurisdiction.LawGDPR, Provision: "Art. 18"}, {Law: jurisdiction.LawGDPR, Provision: "Art. 20"}},
			Description: "Right to information (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20).",
			Quote:       "You have the following rights with respect to personal data concerning you:"},
			Rights: []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightPortability},
			Laws:   gdpr(), Channels: rightsChannel()},
		{Statement: policy.Statement{ID: "complaint", Citations: cite("Art. 77"), Description: "No supervisory authority is named.",
			Quote: "In addition, you have the right to lodge a complaint with a supervisory authority if you believe that the processing of your personal data infringes against this regulation (Article 77 of the GDPR)."},
			Rights: []rights.Right{rights.RightComplaint}, Laws: gdpr()},
		{Statement: policy.Statement{ID: "withdraw-consent", Citations: cite("Art. 6(1)(a)"),
			Description: "After the withdrawal, data may no longer be processed on the basis of the consent going forward.",
			Quote:       "You have the right to withdraw the consent you once gave to us with regard to data processing any time (Legal basis: Article 6 (1), point (a) of the GDPR). As a result, we shall no longer be allowed to process data based on this consent going forward."},
			Rights: []rights.Right{rights.RightWithdrawConsent}, Laws: gdpr(), Channels: rightsChannel(),
			Limits: []policy.Limit{{Kind: policy.LimitNotRetroactive, Description: "The withdrawal of consent shall not affect the legality of the processing done on the basis of this consent before its withdrawal."}}},
		{Statement: scoped(services("app"), st("delete-account", "In relation to the right of erasure you may request the deletion of your user account and thereby all personal information by pressing the button “delete account” in the user profile section of the App.")),
			Rights: []rights.Right{rights.RightErasure}, Data: data(category.DataPersonal),
			Channels: []rights.Channel{{Kind: rights.ChannelApp, Name: "button “delete account” in the user profile section of the App"}}},
		{Statement: policy.Statement{ID: "objection", Citations: cite("Art. 21"), Quote: "Right to object to processing (Article 21 of the GDPR)."},
			Rights: []rights.Right{rights.RightObjection}, Laws: gdpr(), Channels: rightsChannel()},
		{Statement: std("object-to-direct-advertising", "The right to object to processing for direct advertising purposes, which includes profiling to the extent that it is related to such direct advertising.", "Where we process your personal data for direct advertising purposes, you will have the right to object upon request to the processing of your personal data for such advertising purposes; this also includes profiling to the extent that it is related to such direct advertising."),
			Rights: []rights.Right{rights.RightObjection}, Laws: gdpr(), Channels: rightsChannel(),
			Limits: []policy.Limit{{Kind: policy.LimitLegalException, Purposes: ids("secure-legal-claims"),
				Description: "we shall no longer process your personal data unless we can demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms or unless the processing is for purposes of asserting, exercising or defending legal claims"}}},
		{Statement: std("transfer-documentation", "Questions about processors, the cooperation with other controllers or transfers to third countries, including a request for a copy of documentation that the required guarantees have been made; the contact details are at the top of the policy.", "Should you have any questions about our use of data processors, about the cooperation with other data controllers or transferring of data to third countries, including a request to be provided with a copy of documentation that the required guarantees have been made, please contact us."),
			Rights: []rights.Right{rights.RightSafeguardsCopy}, Laws: gdpr(),
			Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Contact: "controller-contact"}}},
	}

	p.Changes = &policy.Changes{
		Statement:        st("processor-list-changes", quoteListChange),
		Notices:          []policy.ChangeNotice{{Methods: []policy.NoticeMethod{policy.NoticePosting}, Trigger: policy.TriggerAnyChange, Quote: "We reserve the right to make changes to this list at any time by giving notice on this page."}},
		ReviewEncouraged: true,
		Part:             "list of 3rd party providers",
	}

	return p
}
