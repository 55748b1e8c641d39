package examples

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// BlausenMedical2019 returns the Blausen Medical privacy policy (with its cookie policy) as archived on 2019-04-05.
func BlausenMedical2019() *policy.Policy {
	// Fresh values on every call, so that no two fields of the value share memory.
	office := func(recipient string) contact.Address {
		return contact.Address{Recipient: recipient, Lines: []string{"10111 Richmond Avenue - Suite 525"}, Locality: "Houston", Region: "Texas", PostalCode: "77042", Country: "US"}
	}
	scopeSubjects := func(ids ...string) *policy.Scope { return &policy.Scope{Subjects: ids} }
	// requestChannels are the two ways "Requests should be made" for every right.
	requestChannels := func() []rights.Channel {
		return []rights.Channel{{Kind: rights.ChannelEmail, Contact: "requests"}, {Kind: rights.ChannelPostalMail, Contact: "requests"}}
	}
	scopeServices := func(ids ...string) *policy.Scope { return &policy.Scope{Services: ids} }
	// interestAds are the purposes the text calls interest-based advertising.
	interestAds := func() []string {
		return []string{"purpose-cookies-advertising", "purpose-tracking-advertising", "purpose-personalise-advertising",
			"purpose-cookies-advertising-other-sites", "purpose-tracking-advertising-other-sites", "purpose-personalise-advertising-other-sites"}
	}
	const (
		quoteIntro          = "Welcome to the Blausen Medical website of Blausen Medical Communications, Inc., the data controller with registered office at 10111 Richmond Avenue - Suite 525, Houston, Texas 77042 (USA)."
		quoteRightsKnow     = "We remind you that you have the right to obtain confirmation of the existence or otherwise of personal data concerning you and to know the content and origin thereof, verify its exactness, or request the supplementing, updating or correction of such data."
		quoteRightsUnlawful = "You also have the right to request the deletion, conversion into anonymous form or blockage of data processed in breach of the law and, in any case, to oppose, for legitimate reasons, to the processing of such data."
		quoteRequests       = "Requests should be made: - via e-mail: info@blausen.com - or by post, to Blausen Medical Communications, Inc., 10111 Richmond Avenue - Suite 525, Houston, Texas 77042 (USA)"
		quoteCare           = "We take great care over the processing and protection of the personal data of our Clients, Users, Suppliers, Collaborators and all those with which we engage in relations."
		quoteModel          = "For this reason, to guarantee maximum compliance with EU Regulation 2016/679, Blausen Medical Communications, Inc. has adopted a Privacy Organization Model."
		quoteLegislation    = "Italian and EU legislation require personal data processors to inform data subjects about which data will be processed and about certain elements relating to the processing operations."
		quoteFair           = "Your personal information will be processed fairly, lawfully and transparently, without infringing on your privacy or your rights."
		quoteArticles       = "In accordance with Articles 13 and 14 of EU Regulation 2016/679, we provide you with the following information."
		quoteScope          = "The methods of managing the website are described on this page with regard to the processing of the personal data of the users who consult it. This Policy is provided to those who interact with the web services supplied by Blausen and accessible at: www.blausen.com"
		quoteDescribes      = "This Policy describes our privacy methods, including the type of information we gather on our visitors and users, how we gather it, what we do with it, how we protect it and the rights users have on their information."
		quoteNavigation     = "The computer systems and the software procedures assigned to the functioning of this website acquire, in the course of their normal operation, certain personal data whose transmission is implicit in the use of the Internet’s communication protocols. This is information that is not collected in order to be associated to identified, interested parties but which, by its very nature, could, through processing and association with data held by third parties, allow the identification of the users. This category of data includes IP addresses or the domain names of the computers used by users who connect to the site, the addresses in the URI (Uniform Resource Identifier) notation of the resources requested, the time of the request, the method used to submit the request to the server, the size of the file obtained in reply, the numerical code indicating the status of the reply data from the server (correct outcome, error, etc.) and other parameters regarding the operating system and the digital environment of the user."
		quoteNavIdentity    = "This is information that is not collected in order to be associated to identified, interested parties but which, by its very nature, could, through processing and association with data held by third parties, allow the identification of the users."
		quoteNavPurposes    = "These data are used for the sole purpose of extracting anonymous statistical information on the use of the site and to check its proper functioning."
		quoteNavDeleted     = "These data are deleted immediately after processing."
		quoteNavLiability   = "The data could be used to ascertain Liability in the event of cyber-crimes to the detriment of the website."
		quoteCookiesUse     = "Blausen.com (“Blausen,” “we” or “us”) and our partners use cookies and other tracking technologies to collect information about your use of the websites and the associated services which include email communications (collectively, the “Services”)."
		quoteCookieDef      = "“Cookies” are small data files that a website places on your browser when you visit the website. Cookies allow a website or third party to recognize your browser. There are three primary types of cookies:"
		quoteSession        = "Session cookies are specific to a particular visit and carry information as you view different pages within a website. Session cookies expire and delete themselves automatically in a short period of time, e.g., when you leave the website or when you close your browser."
		quotePersistent     = "Persistent cookies enable us to recognize you when you visit our website and remember your preferences. Persistent cookies are stored on your browser or mobile device until you choose to delete them, and otherwise typically delete themselves at expiration."
		quoteThirdParty     = "Third-party cookies are placed by someone other than us, and may gather browsing activity across multiple websites and sessions. They are usually persistent cookies and are stored until you delete them or they expire based on the time period set in each third-party cookie."
		quoteBeacons        = "“Web beacons” are small graphic files (sometimes called “clear GIFs” or “web pixels”) that are embedded in images on pages of a website or in an email and are typically used to track a user’s activity on the page or whether an email was opened. The beacon sends back to the home server (which can belong to the host site, a network advertiser or some other third party) information from your browser, such as the IP address, the URL of the page on which the beacon is located and the content viewed, the type of browser that is accessing the site and the ID number of any cookies on your computer previously placed by that server."
		quoteCategories     = "The cookies used in connection with your use of the Services will generally fall within one of the following categories:"
		quoteShareIntro     = "Blausen may share your information with third parties (or provide access thereto) only in the following ways and in the following cases:"
		quoteNecessary      = "Necessary functionality : These cookies are essential to enable you to navigate the Blausen Network properties and access the Services in a safe and secure manner."
		quoteImportant      = "Important functionality : These cookies help us authenticate registered members, remember your profession, specialty, preferences and content interests so that we can provide an enhanced and more personalized user experience."
		quotePerformance    = "Performance and Analytics : These cookies provide data on how the Services are functioning to help us improve the performance of the Services and the user experience."
		quoteAdCookies      = "Advertising/Marketing Services : These cookies enable us and our advertising partners to deliver advertisements with the Blausen Network and on third party sites that are more relevant to you and your interests based on your member registration information, content browsing activity, use of the Services and in some cases, other information about you that we or our advertisers have obtained from other sources. Cookies may be used to limit the number of times you see a particular advertisement and to measure of the effectiveness of an advertising campaign."
		quoteTrackingUses   = "We may use cookies and other tracking technologies to recognize individual users when they access the Services, remember user preferences, keep track of users’ access to and use of the Services, track whether our emails opened and whether links are clicked, ensure that the Services are functioning properly, analyze trends and to personalize the Services, including advertising within the Blausen Network and on third party websites, so that it is relevant to individual user’s interests which may be inferred based on profession, specialty, location, prior activity within the Blausen Network and also other information that we or our partners may have about our users."
		quoteDevice         = "When you use the Services, we may collect information about your device including the IP address (which provides non-precise information, e.g., city or zip code level, about the approximate physical location of the device), unique device identifier (which is different than the device’s serial number), cookie information, advertising ID (which is a unique, user-resettable identification number for advertising associated with a mobile device), browser information (including referring URL), operating system, mobile carrier, device settings and App version and usage information, all of which we may associate with information about your use of the Services."
		quotePrecise        = "When enabled by you, we collect precise location information provided by your mobile device, which you may disable through the device settings."
		quoteMembers        = "If you are a member of the Blausen Network, we may elect to associate the information collected by cookies and other tracking technologies with your registration information and other information we have about you."
		quotePersonalise    = "We may personalize the Services, including the advertising you see within the Blausen Network, on third party websites and in our email communications, based on your registration information, information collected about your use of the Services and information we receive from third party sources."
		quoteAdPartners     = "We partner with third parties to manage and conduct our advertising activities including advertising on third party websites. These third parties may use cookies and other tracking technologies to deliver this advertising based on your activities and interests as inferred from your use of the Services and other information they have about you."
		quoteAdvertisers    = "Also, advertisers may use their own cookies and other tracking technologies in the advertisements served to you through the Services."
		quoteBrowsers       = "Most browser software can be set to reject all cookies, including third party cookies, however, if you choose to reject our cookies, your ability to access and use the Services will be limited. Typically the cookie settings are within the “options” or “preferences” menu in your browser. The links below provide information about cookie settings for some commonly used browsers: Internet Explorer Chrome Safari Firefox"
		quoteOptOut         = "You can opt-out of interest-based advertising on the Sites by rejecting cookies and through preferences manager or, if you are located in the European Union (EU), you may also opt-out here. Please note that even if you reject cookies and opt-out of interest-based advertising, you will continue to receive generic advertisements through the Services."
		quoteDNT            = "Note that the Sites do not respond to web browser “do not track” signals."
		quoteIndustry       = "You can learn more about managing your preferences for ads online, particularly for many third-party advertising networks, through resources made available by the Digital Advertising Alliance at https://www.aboutads.info/ or the Network Advertising Initiative at https://optout.networkadvertising.org."
		quoteOptOutAgain    = "Note that if you delete cookies, use a different device, or change web browsers, you may need to opt out again."
		quoteMobile         = "You may control interest-based advertising on your mobile device by enabling the “Limit Ad Tracking” setting in your iOS device’s settings or “Opt out of Ads Personalization” in your Android device’s settings. This will not prevent you from seeing advertisements, but will limit the use of device advertising identifiers to personalize ads based on your interests."
		quoteLocationOff    = "You also may disable the transmission of precise location information through your device settings."
		quoteChanges        = "We reserve the right to change this Cookie Policy at any time and any changes will be effective upon posting unless we advise otherwise. We encourage you to periodically review this Cookie Policy for current information about our use of cookies and other tracking technologies."
		quoteGA             = "Website analysis with Google Analytics: These cookies assign a randomly generated ID to your device, enabling us to recognize your device upon your next access. Lifespan: 6 months"
		quoteOtherSites     = "The Blausen website may contain links to other websites not controlled by Blausen Medical Communications, Inc. Please be aware that Blausen Medical Communications, Inc. is not responsible for the privacy practices of these other websites. We encourage you to be aware of when you leave the Blausen website and to read the privacy policies of other websites you visit."
		quoteVoluntary      = "The optional, explicit and voluntary sending of information by filling in forms or sending electronic mail to the addresses shown on this website leads to the subsequent acquisition of the sender’s address and personal data, required to respond to the requests and/or provide the services requested, as well as any other personal data included in the correspondence (and in any attachments to it) or on the appropriate forms."
		quoteVoluntaryUse   = "The data will be treated with information technology and digital transmission methods in order to respond to the requests and/or provide the service requested."
		quoteTypes          = "We gather two types of information: Personal Information (which can be used to uniquely identify a single person) and Non-Personal Information (which do not enable identification). We gather information regarding our users and visitors."
		quoteWhy            = "We gather this information to: - Reply to your requests; - Send you our newsletter; - Provide and manage our services;"
		quoteImprove        = "We gather and use this information in order to improve our services and make them more secure."
		quoteContact        = "We gather and use them to contact our visitors, users and job candidates, and comply with the laws in force."
		quoteSignUp         = "By signing up for our newsletter and providing your e-mail address or other contact information, you expressly agree to receive promotional messages via e-mail."
		quoteSignUpOut      = "If you do not wish to receive any promotional messages, please notify Blausen at any time or follow the instructions for cancellation or interruption of your subscription contained in the promotional messages received."
		quotePromo          = "With express consent, users may receive our promotional messages and content."
		quotePromoOut       = "Users may choose not to receive promotional messages simply by contacting us or using our subscription cancellation options."
		quoteServiceMsgs    = "We may also contact users via service or billing messages. Users may not opt out of receiving service and billing messages."
		quoteSuppliers      = "Blausen has partnered with a number of selected service suppliers whose services and solutions complement, facilitate, and improve our own. These include hosting and server co-location services, communications, cyber-security services, billing and payment processing services, marketing services, fraud detection and prevention services, web analytics, newsletter distribution and monitoring services, session recording and remote access services, content providers and our legal and financial advisors. These third-party services may receive or otherwise have access to the Personal Information of our users, in its entirety or in part, depending on each of their specific roles and purposes in facilitating and improving our services and may use such information only for such purposes."
		quoteLegalRequest   = "Blausen disclose or otherwise allow others access to your Personal Information pursuant to a legal request, such as a subpoena, legal proceedings, search warrant or court order, or in compliance with applicable laws, if we have a good faith belief that the law requires us to do so, with or without notice to you."
		quoteSocial         = "Our website may include certain Social Media features and widgets, such as the \"Share this\" button or other interactive mini-programs. These Social Media features may collect information such as your IP address or which page you are visiting on our website, and may set a cookie to enable them to function properly. Social Media features are hosted by a third party."
		quoteSocialPolicy   = "Your interactions with these third parties are governed by their policies and not ours."
		quoteFamily         = "Blausen may share Personal Information internally within our family of companies, for the purposes described in this Privacy Policy."
		quoteControl        = "If we have a good faith belief that such change in control might materially affect your Personal Information stored with us, we will notify you via e-mail and/or prominent notice on our website of this event and certain choices you may have regarding your Personal Information."
		quoteThirdParties   = "We may share the information of our visitors and users with third parties, including service providers and officials charged with applying the law."
	)
	// supplier is one of the kinds of service supplier the SHARE INFORMATION
	// section lists; all are governed by the same three sentences.
	supplier := func(id string, typ category.Recipient, description string) policy.Recipient {
		return policy.Recipient{Statement: policy.Statement{ID: id, Description: description + ": one of the selected service suppliers whose services and solutions complement, facilitate, and improve Blausen's own; they may receive or otherwise have access to the Personal Information of users, in its entirety or in part, depending on each one's specific role and purposes in facilitating and improving Blausen's services, and may use it only for such purposes", AppliesTo: scopeSubjects("users"), Quote: quoteShareIntro + " " + quoteSuppliers},

			Types: []category.Recipient{typ},

			Data:       []category.Data{category.DataPersonal},
			Purposes:   []string{"purpose-provide-services", "purpose-improve-services"},
			Conditions: []policy.Condition{policy.ConditionPurposeLimited},
		}
	}

	return &policy.Policy{
		ID:        BlausenMedical2019ID,
		Title:     "Privacy Policy | Blausen Medical",
		URL:       "https://blausen.com/en/privacy-policy",
		Language:  "en",
		Retrieved: "2019-04-05",
		Source:    "https://web.archive.org/web/20190405172031id_/https%3A//blausen.com/en/privacy-policy",

		Services: []policy.Service{
			{Statement: policy.Statement{ID: "website", Description: "The web services supplied by Blausen and accessible at www.blausen.com, whose management this page describes with regard to the personal data of the users who consult it; the text also calls it \"the Blausen website\", \"our website\" and \"the Sites\", and counts it among \"the Services\".", Quote: quoteScope},
				Kind: category.ServiceWebsite, Name: "Blausen Medical website", URLs: []string{"https://www.blausen.com"},
			},
			{Statement: policy.Statement{ID: "blausen-network", Description: "The Blausen Network properties: registered members belong to it, and advertising is delivered within it.", Quote: quoteNecessary},
				Kind: category.ServiceWebsite, Name: "Blausen Network",
			},
			{Statement: policy.Statement{ID: "email-communications", Description: "The email communications the text counts among the associated services that, with the websites, make up \"the Services\".", Quote: quoteCookiesUse},
				Kind: category.ServiceEmail, Name: "email communications",
			},
			{Statement: policy.Statement{ID: "newsletter", Quote: quoteSignUp},
				Kind: category.ServiceNewsletter, Name: "our newsletter",
			},
		},

		Documents: []policy.Document{
			{Statement: policy.Statement{ID: "doc-other-websites-policies", Quote: "We encourage you to be aware of when you leave the Blausen website and to read the privacy policies of other websites you visit."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "privacy policies of other websites you visit",
			},
			{Statement: policy.Statement{ID: "doc-social-media-policies", Quote: quoteSocialPolicy},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "policies of the third parties that host the Social Media features",
			},
		},

		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "blausen", Quote: quoteIntro},

			LegalName:    "Blausen Medical Communications, Inc.",
			TradingNames: []string{"Blausen Medical", "Blausen.com", "Blausen"},
			Address:      ptr(office("")),
			Contacts:     []string{"requests"},
			Services:     []string{"website"},
		}},

		Contacts: []contact.Point{{
			ID:          "requests",
			Role:        contact.RoleGeneral,
			Emails:      []string{"info@blausen.com"},
			Addresses:   []contact.Address{office("Blausen Medical Communications, Inc.")},
			Description: "Where requests to exercise the rights should be made, by e-mail or by post.",
			Quote:       quoteRequests,
		}},

		Subjects: []policy.Subject{
			{Statement: policy.Statement{ID: "clients", Description: "Clients", Quote: quoteCare},
				Kind: category.SubjectCustomer},
			{Statement: policy.Statement{ID: "users", Description: "Users: the users who consult the website, those who interact with the web services supplied by Blausen.", Quote: quoteDescribes},
				Kind: category.SubjectUser},
			{Statement: policy.Statement{ID: "visitors", Description: "visitors", Quote: quoteDescribes},
				Kind: category.SubjectVisitor},
			{Statement: policy.Statement{ID: "suppliers", Description: "Suppliers", Quote: quoteCare},
				Kind: category.SubjectSupplier},
			{Statement: policy.Statement{ID: "collaborators", Description: "Collaborators", Quote: quoteCare},
				Kind: category.SubjectCollaborator},
			{Statement: policy.Statement{ID: "members", Description: "registered members; members of the Blausen Network", Quote: quoteMembers},
				Kind: category.SubjectRegisteredUser},
			{Statement: policy.Statement{ID: "job-candidates", Description: "job candidates", Quote: quoteContact},
				Kind: category.SubjectJobCandidate},
		},

		Collection: []policy.Collection{
			{Statement: policy.Statement{ID: "collect-navigation", AppliesTo: scopeServices("website"), Description: "Navigation data: acquired by the computer systems and software procedures of the website in their normal operation, because their transmission is implicit in the use of the Internet's communication protocols: IP addresses or domain names of the computers used, URI addresses of the resources requested, time of the request, method used to submit it, size of the file obtained in reply, numerical status code of the reply, and other parameters regarding the operating system and the digital environment of the user. Not collected to be associated with identified persons, but by its nature it could, through processing and association with data held by third parties, allow the identification of the users.", Quote: quoteNavigation},

				Data: []category.Data{category.DataIPAddress, category.DataDomainName, category.DataServerLog,
					category.DataOperatingSystem, category.DataDeviceSettings},
				Sources:     []category.Source{category.SourceAutomatic},
				Methods:     []category.Method{category.MethodServerLog, category.MethodDevice},
				Requirement: policy.RequirementRequired,
				// "the sole purpose of extracting anonymous statistical information
				// ... and to check its proper functioning", to which the text then
				// adds ascertaining liability for cyber-crimes.
				OnlyFor: []string{"purpose-navigation-statistics", "purpose-navigation-functioning", "purpose-navigation-liability"},
			},
			{Statement: policy.Statement{ID: "collect-tracking", AppliesTo: scopeServices("website", "email-communications"), Description: "Information about your use of the websites and the associated services, including email communications, collected by Blausen and its partners with cookies and other tracking technologies.", Quote: quoteCookiesUse},

				Data:     []category.Data{category.DataUsage, category.DataEmailInteraction},
				Sources:  []category.Source{category.SourceAutomatic},
				Methods:  []category.Method{category.MethodCookie, category.MethodWebBeacon},
				Trackers: []string{"tracker-cookies", "tracker-other", "tracker-web-beacons"},
			},
			{Statement: policy.Statement{ID: "collect-device", Description: "Information about your device when you use the Services: IP address (which gives non-precise, city or zip code level, information about the approximate physical location of the device), unique device identifier (different from the serial number), cookie information, advertising ID (a unique, user-resettable identification number for advertising associated with a mobile device), browser information including referring URL, operating system, mobile carrier, device settings, and App version and usage information.", Quote: quoteDevice},

				Data: []category.Data{category.DataIPAddress, category.DataApproximateLocation, category.DataDeviceID, category.DataCookieID,
					category.DataAdvertisingID, category.DataBrowser, category.DataReferrer, category.DataOperatingSystem,
					category.DataMobileCarrier, category.DataDeviceSettings, category.DataAppVersion, category.DataAppUsage},
				Sources: []category.Source{category.SourceAutomatic},
				Methods: []category.Method{category.MethodDevice},
			},
			{Statement: policy.Statement{ID: "collect-precise-location", Description: "Precise location information provided by your mobile device, collected only when you enable it; you may disable it through the device settings.", Quote: quotePrecise},

				Data:        []category.Data{category.DataPreciseLocation},
				Sources:     []category.Source{category.SourceAutomatic},
				Methods:     []category.Method{category.MethodDevice},
				Requirement: policy.RequirementOptional,
			},
			{Statement: policy.Statement{ID: "collect-third-party-sources", Description: "information we receive from third party sources", Quote: quotePersonalise},

				Data:    []category.Data{category.DataPersonal},
				Sources: []category.Source{category.SourceThirdParty},
				Methods: []category.Method{category.MethodThirdPartyProvided},
			},
			{Statement: policy.Statement{ID: "collect-voluntary", AppliesTo: scopeServices("website"), Description: "Data provided voluntarily by the user: the optional, explicit and voluntary sending of information by filling in forms or sending electronic mail to the addresses shown on the website leads to the acquisition of the sender's address and the personal data required to respond to the requests and/or provide the services requested, and of any other personal data included in the correspondence (and its attachments) or on the forms.", Quote: quoteVoluntary},

				Data:        []category.Data{category.DataEmail, category.DataPersonal, category.DataCorrespondence, category.DataFormInput},
				Sources:     []category.Source{category.SourceDataSubject},
				Methods:     []category.Method{category.MethodForm, category.MethodCorrespondence},
				Requirement: policy.RequirementOptional,
			},
			{Statement: policy.Statement{ID: "collect-information-types", AppliesTo: scopeSubjects("users", "visitors"), Description: "Two types of information: Personal Information (which can be used to uniquely identify a single person) and Non-Personal Information (which does not enable identification), regarding users and visitors.", Quote: quoteTypes},

				Data: []category.Data{category.DataPersonal, category.DataNonPersonal},
			},
			{Statement: policy.Statement{ID: "collect-newsletter", AppliesTo: scopeServices("newsletter"), Description: "The e-mail address or other contact information provided when signing up for the newsletter.", Quote: quoteSignUp},

				Data:    []category.Data{category.DataEmail, category.DataContact},
				Sources: []category.Source{category.SourceDataSubject},
				Methods: []category.Method{category.MethodSignUp},
			},
			{Statement: policy.Statement{ID: "collect-social-widgets", AppliesTo: scopeServices("website"), Description: "Information such as your IP address or which page you are visiting on the website, collected by the Social Media features and widgets (such as the \"Share this\" button), which may also set a cookie to function properly.", Quote: quoteSocial},

				Data:     []category.Data{category.DataIPAddress, category.DataPageViews},
				Sources:  []category.Source{category.SourceAutomatic},
				Methods:  []category.Method{category.MethodSocialWidget, category.MethodCookie},
				Trackers: []string{"tracker-social-widgets"},
			},
		},

		Combinations: []policy.Combination{
			{Statement: policy.Statement{ID: "combine-device-usage", Quote: quoteDevice},
				Collections: []string{"collect-device"},
				With:        []category.Data{category.DataUsage},
			},
			{Statement: policy.Statement{ID: "combine-members", AppliesTo: scopeSubjects("members"), Quote: quoteMembers},
				Collections: []string{"collect-tracking"},
				With:        []category.Data{category.DataRegistration, category.DataPersonal},
			},
			{Statement: policy.Statement{ID: "combine-navigation-identity", Not: true, AppliesTo: scopeServices("website"), Description: "Navigation data are not collected in order to be associated with identified persons, though by their nature they could, through processing and association with data held by third parties, allow the identification of the users.", Quote: quoteNavIdentity},
				Collections: []string{"collect-navigation"},
				With:        []category.Data{category.DataIdentifier},
			},
		},

		Purposes: []policy.Purpose{
			// Navigation data.
			{Statement: policy.Statement{ID: "purpose-navigation-statistics", Description: "extracting anonymous statistical information on the use of the site (with checking its proper functioning, what the text calls the sole purpose of navigation data)", Quote: quoteNavPurposes},
				Kind: category.PurposeAnalytics, Collections: []string{"collect-navigation"},
			},
			{Statement: policy.Statement{ID: "purpose-navigation-functioning", Description: "checking the proper functioning of the site", Quote: quoteNavPurposes},
				Kind: category.PurposePerformance, Collections: []string{"collect-navigation"},
			},
			{Statement: policy.Statement{ID: "purpose-navigation-liability", Description: "ascertaining liability in the event of cyber-crimes to the detriment of the website", Quote: quoteNavLiability},
				Kind: category.PurposeLegalClaims, Collections: []string{"collect-navigation"},
			},

			// The four cookie categories.
			{Statement: policy.Statement{ID: "purpose-cookies-necessary", Description: "enable you to navigate the Blausen Network properties and access the Services", Quote: quoteNecessary},
				Kind: category.PurposeServiceProvision,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-security", Description: "access the Services in a safe and secure manner", Quote: quoteNecessary},
				Kind: category.PurposeSecurity,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-authentication", Description: "authenticate registered members", AppliesTo: scopeSubjects("members"), Quote: quoteImportant},
				Kind: category.PurposeAuthentication,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-preferences", Description: "remember your profession, specialty, preferences and content interests", Quote: quoteImportant},
				Kind: category.PurposePreferences,

				Data: []category.Data{category.DataProfession, category.DataPreferences, category.DataInterests},
			},
			{Statement: policy.Statement{ID: "purpose-cookies-personalisation", Description: "provide an enhanced and more personalized user experience", Quote: quoteImportant},
				Kind: category.PurposePersonalisation,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-performance", Description: "provide data on how the Services are functioning", Quote: quotePerformance},
				Kind: category.PurposePerformance,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-improvement", Description: "improve the performance of the Services and the user experience", Quote: quotePerformance},
				Kind: category.PurposeImprovement,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-advertising", Description: "deliver advertisements with the Blausen Network (on third party sites: purpose-cookies-advertising-other-sites) that are more relevant to you and your interests, based on your member registration information, content browsing activity, use of the Services and in some cases other information about you that Blausen or its advertisers have obtained from other sources", Quote: quoteAdCookies},
				Kind: category.PurposeTargetedAdvertising,

				Data:   []category.Data{category.DataRegistration, category.DataPageViews, category.DataUsage, category.DataPersonal},
				Choice: policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "purpose-cookies-ad-measurement", Description: "limit the number of times you see a particular advertisement and measure the effectiveness of an advertising campaign", Quote: quoteAdCookies},
				Kind: category.PurposeAdMeasurement,
			},

			// What cookies and other tracking technologies may be used for.
			{Statement: policy.Statement{ID: "purpose-tracking-recognition", Description: "recognize individual users when they access the Services", Quote: quoteTrackingUses},
				Kind: category.PurposeAuthentication,
			},
			{Statement: policy.Statement{ID: "purpose-tracking-preferences", Description: "remember user preferences", Quote: quoteTrackingUses},
				Kind: category.PurposePreferences,
			},
			{Statement: policy.Statement{ID: "purpose-tracking-usage", Description: "keep track of users' access to and use of the Services; analyze trends", Quote: quoteTrackingUses},
				Kind: category.PurposeAnalytics,

				Data: []category.Data{category.DataUsage}},
			{Statement: policy.Statement{ID: "purpose-tracking-email", Description: "track whether our emails are opened and whether links are clicked", AppliesTo: scopeServices("email-communications"), Quote: quoteTrackingUses},
				Kind: category.PurposeAnalytics,

				Data: []category.Data{category.DataEmailInteraction},
			},
			{Statement: policy.Statement{ID: "purpose-tracking-functioning", Description: "ensure that the Services are functioning properly", Quote: quoteTrackingUses},
				Kind: category.PurposePerformance,
			},
			{Statement: policy.Statement{ID: "purpose-tracking-personalisation", Description: "personalize the Services", Quote: quoteTrackingUses},
				Kind: category.PurposePersonalisation,
			},
			{Statement: policy.Statement{ID: "purpose-tracking-advertising", Description: "personalize advertising within the Blausen Network (on third party websites: purpose-tracking-advertising-other-sites) so that it is relevant to individual users' interests, which may be inferred based on profession, specialty, location, prior activity within the Blausen Network and other information that Blausen or its partners may have about users", Quote: quoteTrackingUses},
				Kind: category.PurposeTargetedAdvertising,

				Data:   []category.Data{category.DataInferredInterests, category.DataProfession, category.DataLocation, category.DataUsage, category.DataPersonal},
				Choice: policy.ModeOptOut,
			},

			// Personalisation of the Services and of advertising.
			{Statement: policy.Statement{ID: "purpose-personalise-services", Description: "personalize the Services based on your registration information, information collected about your use of the Services and information received from third party sources", Quote: quotePersonalise},
				Kind: category.PurposePersonalisation,

				Collections: []string{"collect-third-party-sources"},
				Data:        []category.Data{category.DataRegistration, category.DataUsage},
			},
			{Statement: policy.Statement{ID: "purpose-personalise-advertising", Description: "personalize the advertising you see within the Blausen Network and in our email communications (on third party websites: purpose-personalise-advertising-other-sites), based on the same information", Quote: quotePersonalise},
				Kind: category.PurposeTargetedAdvertising,

				Collections: []string{"collect-third-party-sources"},
				Data:        []category.Data{category.DataRegistration, category.DataUsage},
				Choice:      policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "purpose-advertising", Description: "our advertising activities, including advertising on third party websites, managed and conducted with third parties", Quote: quoteAdPartners},
				Kind: category.PurposeAdvertising,
			},
			{Statement: policy.Statement{ID: "purpose-google-analytics", Description: "website analysis with Google Analytics: recognize your device upon your next access", Quote: quoteGA},
				Kind: category.PurposeAnalytics,

				Data: []category.Data{category.DataCookieID},
			},

			// Data provided voluntarily by the user.
			{Statement: policy.Statement{ID: "purpose-voluntary-respond", Description: "respond to the requests, with information technology and digital transmission methods", Quote: quoteVoluntaryUse},
				Kind: category.PurposeCustomerSupport, Collections: []string{"collect-voluntary"},
			},
			{Statement: policy.Statement{ID: "purpose-voluntary-service", Description: "provide the service requested, with information technology and digital transmission methods", Quote: quoteVoluntaryUse},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-voluntary"},
			},

			// WHY DO WE GATHER THIS INFORMATION?
			{Statement: policy.Statement{ID: "purpose-reply-requests", Description: "Reply to your requests", Quote: quoteWhy},
				Kind: category.PurposeCustomerSupport, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-newsletter", Description: "Send you our newsletter", AppliesTo: scopeServices("newsletter"), Quote: quoteWhy},
				Kind: category.PurposeNewsletter, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-provide-services", Description: "Provide and manage our services", Quote: quoteWhy},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-improve-services", Description: "improve our services", Quote: quoteImprove},
				Kind: category.PurposeImprovement, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-secure-services", Description: "make our services more secure", Quote: quoteImprove},
				Kind: category.PurposeSecurity, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-contact", Description: "contact our visitors, users and job candidates", AppliesTo: scopeSubjects("visitors", "users", "job-candidates"), Quote: quoteContact},
				Kind: category.PurposeContact, Collections: []string{"collect-information-types"},
			},
			{Statement: policy.Statement{ID: "purpose-legal-compliance", Description: "comply with the laws in force", Quote: quoteContact},
				Kind: category.PurposeLegalCompliance, Collections: []string{"collect-information-types"},
			},

			// HOW WE USE YOUR DATA
			{Statement: policy.Statement{ID: "purpose-promotional-email", Description: "send promotional messages via e-mail to those who sign up for the newsletter: by signing up and providing their e-mail address or other contact information they expressly agree to receive them", AppliesTo: scopeServices("newsletter"), Quote: quoteSignUp},
				Kind: category.PurposeDirectMarketing, Collections: []string{"collect-newsletter"},
				LegalBases: []policy.LegalBasis{{Basis: policy.BasisConsent, Quote: quoteSignUp}},
				Choice:     policy.ModeOptIn,
			},
			{Statement: policy.Statement{ID: "purpose-promotional", Description: "send our promotional messages and content to users, with express consent", AppliesTo: scopeSubjects("users"), Quote: quotePromo},
				Kind:       category.PurposeDirectMarketing,
				LegalBases: []policy.LegalBasis{{Basis: policy.BasisConsent, Quote: quotePromo}},
				Choice:     policy.ModeOptIn,
			},
			{Statement: policy.Statement{ID: "purpose-service-messages", Description: "contact users via service or billing messages", AppliesTo: scopeSubjects("users"), Quote: quoteServiceMsgs},
				Kind: category.PurposeServiceCommunication,

				Choice: policy.ModeAlways,
			},

			// Advertising on third party websites, split from the purposes above.
			{Statement: policy.Statement{ID: "purpose-cookies-advertising-other-sites", Description: "deliver advertisements on third party sites that are more relevant to you and your interests, based on your member registration information, content browsing activity, use of the Services and in some cases other information about you that Blausen or its advertisers have obtained from other sources", Quote: quoteAdCookies},
				Kind: category.PurposeCrossContextAdvertising,

				Data:   []category.Data{category.DataRegistration, category.DataPageViews, category.DataUsage, category.DataPersonal},
				Choice: policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "purpose-tracking-advertising-other-sites", Description: "personalize advertising on third party websites so that it is relevant to individual users' interests, which may be inferred based on profession, specialty, location, prior activity within the Blausen Network and other information that Blausen or its partners may have about users", Quote: quoteTrackingUses},
				Kind: category.PurposeCrossContextAdvertising,

				Data:   []category.Data{category.DataInferredInterests, category.DataProfession, category.DataLocation, category.DataUsage, category.DataPersonal},
				Choice: policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "purpose-personalise-advertising-other-sites", Description: "personalize the advertising you see on third party websites, based on your registration information, information collected about your use of the Services and information received from third party sources", Quote: quotePersonalise},
				Kind: category.PurposeCrossContextAdvertising,

				Collections: []string{"collect-third-party-sources"},
				Data:        []category.Data{category.DataRegistration, category.DataUsage},
				Choice:      policy.ModeOptOut,
			},
			{Statement: policy.Statement{ID: "purpose-advertising-other-sites", Description: "advertising on third party websites, managed and conducted with third parties", Quote: quoteAdPartners},
				Kind: category.PurposeCrossContextAdvertising,
			},
			{Statement: policy.Statement{ID: "purpose-generic-advertising", Description: "generic advertisements through the Services, which you continue to receive even if you reject cookies and opt out of interest-based advertising", AppliesTo: scopeServices("website", "blausen-network", "email-communications"), Quote: quoteOptOut},
				Kind: category.PurposeAdvertising,
			},
		},

		Recipients: []policy.Recipient{
			{Statement: policy.Statement{ID: "recipient-partners", Description: "our partners, who use cookies and other tracking technologies with Blausen", Quote: quoteCookiesUse},
				Types: []category.Recipient{category.RecipientBusinessPartner},

				Collections: []string{"collect-tracking"}, CollectsDirectly: true,
			},
			{Statement: policy.Statement{ID: "recipient-advertising-partners", Description: "third parties Blausen partners with to manage and conduct its advertising activities, including advertising on third party websites; they may use cookies and other tracking technologies to deliver this advertising based on your activities and interests as inferred from your use of the Services and other information they have about you", Quote: quoteAdPartners},
				Types: []category.Recipient{category.RecipientAdvertisingPartner},

				Data:              []category.Data{category.DataUsage, category.DataInferredInterests},
				Purposes:          []string{"purpose-advertising", "purpose-advertising-other-sites"},
				RecipientPurposes: []category.Purpose{category.PurposeCrossContextAdvertising},
				CollectsDirectly:  true,
			},
			{Statement: policy.Statement{ID: "recipient-advertisers", Description: "advertisers, who may use their own cookies and other tracking technologies in the advertisements served through the Services", Quote: quoteAdvertisers},
				Types: []category.Recipient{category.RecipientAdvertiser},

				CollectsDirectly: true,
			},
			supplier("supplier-hosting", category.RecipientHostingProvider, "hosting and server co-location services"),
			supplier("supplier-communications", category.RecipientCommunicationsProvider, "communications; newsletter distribution and monitoring services"),
			supplier("supplier-security", category.RecipientSecurityProvider, "cyber-security services; fraud detection and prevention services"),
			supplier("supplier-billing", category.RecipientPaymentProcessor, "billing and payment processing services"),
			supplier("supplier-marketing", category.RecipientMarketingProvider, "marketing services"),
			supplier("supplier-analytics", category.RecipientAnalyticsProvider, "web analytics; session recording services"),
			supplier("supplier-remote-access", category.RecipientRemoteAccessProvider, "remote access services"),
			supplier("supplier-content", category.RecipientContentProvider, "content providers"),
			supplier("supplier-advisers", category.RecipientProfessionalAdviser, "our legal and financial advisors"),
			{Statement: policy.Statement{ID: "recipient-legal-requests", Description: "others, pursuant to a legal request such as a subpoena, legal proceedings, search warrant or court order, or in compliance with applicable laws", Quote: quoteLegalRequest},
				Types: []category.Recipient{category.RecipientThirdParty},

				Data:       []category.Data{category.DataPersonal},
				Conditions: []policy.Condition{policy.ConditionRequiredByLaw, policy.ConditionGoodFaithBelief, policy.ConditionWithOrWithoutNotice, policy.ConditionWithCourtOrder},
			},
			{Statement: policy.Statement{ID: "recipient-social-media", Description: "the third parties that host the Social Media features and widgets; your interactions with them are governed by their policies", AppliesTo: scopeServices("website"), Quote: quoteSocial},
				Types: []category.Recipient{category.RecipientSocialMedia},
				Role:  policy.RoleIndependentController,

				Collections: []string{"collect-social-widgets"}, CollectsDirectly: true,
				Documents: []string{"doc-social-media-policies"},
			},
			{Statement: policy.Statement{ID: "recipient-affiliates", Description: "internally within our family of companies, for the purposes described in this Privacy Policy", Quote: quoteFamily},
				Types: []category.Recipient{category.RecipientAffiliate},

				Data:       []category.Data{category.DataPersonal},
				Conditions: []policy.Condition{policy.ConditionDisclosedPurpose},
			},
			{Statement: policy.Statement{ID: "recipient-third-parties", Description: "third parties, including service providers and officials charged with applying the law; Blausen says it shares information with third parties (or provides access to it) only in the ways and cases the SHARE INFORMATION section lists", AppliesTo: scopeSubjects("visitors", "users"), Quote: quoteThirdParties},
				Types: []category.Recipient{category.RecipientThirdParty, category.RecipientServiceProvider},
			},
			{Statement: policy.Statement{ID: "recipient-law-officials", Description: "officials charged with applying the law", AppliesTo: scopeSubjects("visitors", "users"), Quote: quoteThirdParties},
				Types: []category.Recipient{category.RecipientPublicAuthority, category.RecipientLawEnforcement},
			},
			{Statement: policy.Statement{ID: "recipient-beacon-servers", Description: "the home server to which a web beacon sends back information from your browser, which can belong to the host site, a network advertiser or some other third party", Quote: quoteBeacons},
				Types: []category.Recipient{category.RecipientAdNetwork, category.RecipientThirdParty},

				Data:             []category.Data{category.DataIPAddress, category.DataPageViews, category.DataBrowser, category.DataCookieID},
				CollectsDirectly: true,
			},
		},

		Retention: []policy.Retention{{Statement: policy.Statement{ID: "retention-navigation", Quote: quoteNavDeleted},

			Collections: []string{"collect-navigation"},
			Periods:     []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventAfterProcessing}},
			Disposal:    []policy.Disposal{policy.DisposalDelete},
		}},

		Trackers: []policy.Tracker{
			{Statement: policy.Statement{ID: "tracker-cookies", Description: "Small data files that a website places on your browser when you visit the website; they allow a website or third party to recognize your browser. Blausen and its partners use them to collect information about your use of the Services.", Quote: quoteCookieDef},
				Name: "Cookies", Kind: category.TrackerCookie,
			},
			{Statement: policy.Statement{ID: "tracker-other", Description: "Tracking technologies other than cookies, used by Blausen and its partners.", Quote: quoteCookiesUse},
				Name: "other tracking technologies", Kind: category.TrackerOther,
			},
			{Statement: policy.Statement{ID: "tracker-session-cookies", Description: "Specific to a particular visit; they carry information as you view different pages within a website, and expire and delete themselves automatically in a short period of time, e.g. when you leave the website or close your browser.", Quote: quoteSession},
				Name: "Session cookies", Kind: category.TrackerCookie,
				Lifespan: &policy.Lifespan{Kind: policy.LifespanSession},
			},
			{Statement: policy.Statement{ID: "tracker-persistent-cookies", Description: "They enable Blausen to recognize you when you visit its website and remember your preferences; stored on your browser or mobile device until you choose to delete them, otherwise they typically delete themselves at expiration.", Quote: quotePersistent},
				Name: "Persistent cookies", Kind: category.TrackerCookie,
				Lifespan: &policy.Lifespan{Kind: policy.LifespanPersistent},
				Purposes: []string{"purpose-tracking-recognition", "purpose-tracking-preferences"},
			},
			{Statement: policy.Statement{ID: "tracker-third-party-cookies", Description: "Placed by someone other than Blausen; they may gather browsing activity across multiple websites and sessions. Usually persistent, stored until you delete them or they expire based on the time period set in each third-party cookie.", Quote: quoteThirdParty},
				Name: "Third-party cookies", Kind: category.TrackerCookie, Party: policy.PartyThirdParty,
				Lifespan: &policy.Lifespan{Kind: policy.LifespanPersistent},
				Data:     []category.Data{category.DataCrossSiteActivity},
			},
			{Statement: policy.Statement{ID: "tracker-web-beacons", Description: "Small graphic files (\"clear GIFs\", \"web pixels\") embedded in images on pages of a website or in an email, typically used to track a user's activity on the page or whether an email was opened. The beacon sends back to the home server (which can belong to the host site, a network advertiser or some other third party) information from your browser: the IP address, the URL of the page on which the beacon is located and the content viewed, the type of browser and the ID number of any cookies previously placed by that server.", Quote: quoteBeacons},
				Name: "Web beacons", Kind: category.TrackerWebBeacon, Recipient: "recipient-beacon-servers",
				Data: []category.Data{category.DataIPAddress, category.DataPageViews, category.DataBrowser, category.DataCookieID, category.DataEmailInteraction},
			},
			{Statement: policy.Statement{ID: "tracker-necessary", Description: "One of the categories the cookies used with the Services generally fall within: essential to enable you to navigate the Blausen Network properties and access the Services in a safe and secure manner.", Quote: quoteCategories + " " + quoteNecessary},
				Name: "Necessary functionality", Kind: category.TrackerCookie, Class: category.ClassStrictlyNecessary,
				Purposes: []string{"purpose-cookies-necessary", "purpose-cookies-security"},
			},
			{Statement: policy.Statement{ID: "tracker-functional", Description: "One of the categories the cookies used with the Services generally fall within: they help Blausen authenticate registered members and remember your profession, specialty, preferences and content interests.", Quote: quoteImportant},
				Name: "Important functionality", Kind: category.TrackerCookie, Class: category.ClassFunctional,
				Data:     []category.Data{category.DataProfession, category.DataPreferences, category.DataInterests},
				Purposes: []string{"purpose-cookies-authentication", "purpose-cookies-preferences", "purpose-cookies-personalisation"},
			},
			{Statement: policy.Statement{ID: "tracker-performance", Description: "One of the categories the cookies used with the Services generally fall within: they provide data on how the Services are functioning.", Quote: quotePerformance},
				Name: "Performance and Analytics", Kind: category.TrackerCookie, Class: category.ClassAnalytics,
				Purposes: []string{"purpose-cookies-performance", "purpose-cookies-improvement"},
			},
			{Statement: policy.Statement{ID: "tracker-advertising", Description: "One of the categories the cookies used with the Services generally fall within: they enable Blausen and its advertising partners to deliver more relevant advertisements within the Blausen Network and on third party sites, limit how often you see an advertisement and measure the effectiveness of advertising campaigns.", Quote: quoteAdCookies},
				Name: "Advertising/Marketing Services", Kind: category.TrackerCookie, Class: category.ClassAdvertising,
				Recipient: "recipient-advertising-partners",
				Purposes:  []string{"purpose-cookies-advertising", "purpose-cookies-ad-measurement", "purpose-cookies-advertising-other-sites"},
			},
			{Statement: policy.Statement{ID: "tracker-google-analytics", Description: "Listed under \"Cookies Consent\": these cookies assign a randomly generated ID to your device, enabling Blausen to recognize your device upon your next access.", Quote: quoteGA},
				Name: "Website analysis with Google Analytics", Kind: category.TrackerCookie, Class: category.ClassAnalytics,
				Provider: &policy.Entity{Name: "Google Analytics"},
				Lifespan: &policy.Lifespan{Kind: policy.LifespanDuration, Duration: "P6M"},
				Data:     []category.Data{category.DataCookieID},
				Purposes: []string{"purpose-google-analytics"},
			},
			{Statement: policy.Statement{ID: "tracker-social-widgets", AppliesTo: scopeServices("website"), Description: "Such as the \"Share this\" button or other interactive mini-programs, hosted by a third party; they may collect your IP address or which page you are visiting and may set a cookie to function properly.", Quote: quoteSocial},
				Name: "Social Media features and widgets", Kind: category.TrackerSocialWidget, Party: policy.PartyThirdParty,
				Recipient: "recipient-social-media",
				Data:      []category.Data{category.DataIPAddress, category.DataPageViews},
			},
		},

		Choices: []policy.Choice{
			{Statement: policy.Statement{ID: "choice-browser-cookies", Description: "Set your browser to reject all cookies, including third party cookies; the cookie settings are typically within the \"options\" or \"preferences\" menu of the browser.", Quote: quoteBrowsers},
				Kind: policy.ChoiceCookieControl,

				Trackers: []string{"tracker-cookies", "tracker-session-cookies", "tracker-persistent-cookies", "tracker-third-party-cookies",
					"tracker-necessary", "tracker-functional", "tracker-performance", "tracker-advertising", "tracker-google-analytics"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismBrowserSettings, Platform: "Internet Explorer", URL: "https://support.microsoft.com/en-us/help/17442/windows-internet-explorer-delete-manage-cookies"},
					{Kind: policy.MechanismBrowserSettings, Platform: "Chrome", URL: "https://support.google.com/chrome/answer/95647?hl=en"},
					{Kind: policy.MechanismBrowserSettings, Platform: "Safari", URL: "https://support.apple.com/kb/ph21411?locale=en_US"},
					{Kind: policy.MechanismBrowserSettings, Platform: "Firefox", URL: "https://support.mozilla.org/en-US/kb/cookies-information-websites-store-on-your-computer"},
				},
				Consequences: []string{"your ability to access and use the Services will be limited"},
				Limits:       []policy.Limit{{Kind: policy.LimitServiceImpact, Description: "if you choose to reject our cookies, your ability to access and use the Services will be limited"}},
			},
			{Statement: policy.Statement{ID: "choice-opt-out-ads", Description: "Opt out of interest-based advertising on the Sites by rejecting cookies and through the preferences manager.", Quote: quoteOptOut},
				Kind: policy.ChoiceAdPersonalisation,

				Purposes: interestAds(),
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismBrowserSettings, Description: "rejecting cookies"},
					{Kind: policy.MechanismIndustryOptOut, Name: "preferences manager", URL: "https://preferences-mgr.truste.com/"},
				},
				Limits: []policy.Limit{
					{Kind: policy.LimitScopeOfChoice, Description: "even if you reject cookies and opt out of interest-based advertising, you will continue to receive generic advertisements through the Services", Purposes: []string{"purpose-generic-advertising"}},
					{Kind: policy.LimitPerDevice, Description: "if you delete cookies, use a different device, or change web browsers, you may need to opt out again"},
				},
			},
			{Statement: policy.Statement{ID: "choice-opt-out-ads-eu", Description: "If you are located in the European Union (EU), you may also opt out of interest-based advertising here.", AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.EU}}, Quote: quoteOptOut},
				Kind: policy.ChoiceAdPersonalisation,

				Purposes:   interestAds(),
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismIndustryOptOut, URL: "http://www.youronlinechoices.eu/"}},
				Limits: []policy.Limit{
					{Kind: policy.LimitScopeOfChoice, Description: "even if you reject cookies and opt out of interest-based advertising, you will continue to receive generic advertisements through the Services", Purposes: []string{"purpose-generic-advertising"}},
					{Kind: policy.LimitPerDevice, Description: "if you delete cookies, use a different device, or change web browsers, you may need to opt out again"},
				},
			},
			{Statement: policy.Statement{ID: "choice-industry-resources", Description: "Learn more about managing your preferences for ads online, particularly for many third-party advertising networks, through the resources of the Digital Advertising Alliance and the Network Advertising Initiative.", Quote: quoteIndustry + " " + quoteOptOutAgain},
				Kind: policy.ChoiceAdPersonalisation,

				Purposes: interestAds(),
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismIndustryOptOut, Name: "Digital Advertising Alliance", URL: "https://www.aboutads.info/"},
					{Kind: policy.MechanismIndustryOptOut, Name: "Network Advertising Initiative", URL: "https://optout.networkadvertising.org"},
				},
				Limits: []policy.Limit{{Kind: policy.LimitPerDevice, Description: "if you delete cookies, use a different device, or change web browsers, you may need to opt out again"}},
			},
			{Statement: policy.Statement{ID: "choice-mobile-ads", Description: "Control interest-based advertising on your mobile device through its settings.", Quote: quoteMobile},
				Kind: policy.ChoiceAdPersonalisation,

				Purposes: interestAds(),
				Data:     []category.Data{category.DataAdvertisingID},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismDeviceSettings, Name: "Limit Ad Tracking", Platform: "iOS"},
					{Kind: policy.MechanismDeviceSettings, Name: "Opt out of Ads Personalization", Platform: "Android"},
				},
				Limits:       []policy.Limit{{Kind: policy.LimitScopeOfChoice, Description: "this will not prevent you from seeing advertisements", Purposes: []string{"purpose-generic-advertising"}}},
				Consequences: []string{"limits the use of device advertising identifiers to personalize ads based on your interests"},
			},
			{Statement: policy.Statement{ID: "choice-precise-location", Description: "Disable the transmission of precise location information through your device settings.", Quote: quoteLocationOff},
				Kind: policy.ChoiceDevicePermission,

				Data:       []category.Data{category.DataPreciseLocation},
				Mechanisms: []policy.Mechanism{{Kind: policy.MechanismDeviceSettings}},
			},
			{Statement: policy.Statement{ID: "choice-unsubscribe-newsletter", Description: "If you do not wish to receive any promotional messages, notify Blausen at any time or follow the instructions for cancellation or interruption of your subscription contained in the promotional messages received.", AppliesTo: scopeServices("newsletter"), Quote: quoteSignUpOut},
				Kind: policy.ChoiceUnsubscribe,

				Purposes: []string{"purpose-promotional-email"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismContactUs, Description: "notify Blausen at any time"},
					{Kind: policy.MechanismUnsubscribeLink, Description: "the instructions for cancellation or interruption of your subscription contained in the promotional messages received"},
				},
			},
			{Statement: policy.Statement{ID: "choice-unsubscribe", Description: "Choose not to receive promotional messages simply by contacting Blausen or using its subscription cancellation options.", AppliesTo: scopeSubjects("users"), Quote: quotePromoOut + " " + quoteServiceMsgs},
				Kind: policy.ChoiceUnsubscribe,

				Purposes: []string{"purpose-promotional"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismContactUs, Description: "contacting us"},
					{Kind: policy.MechanismUnsubscribeLink, Description: "our subscription cancellation options"},
				},
				Limits: []policy.Limit{{Kind: policy.LimitScopeOfChoice, Description: "Users may not opt out of receiving service and billing messages.", Purposes: []string{"purpose-service-messages"}}},
			},
		},

		Rights: []policy.RightsStatement{
			{Statement: policy.Statement{ID: "rights", Description: "The right to obtain confirmation of the existence or otherwise of personal data concerning you, to know its content and origin, verify its exactness, or request its supplementing, updating or correction. The text states this paragraph twice: in its introduction and under \"Your rights and the Data Supervisors\".", Quote: quoteRightsKnow},

				Rights:   []rights.Right{rights.RightConfirmation, rights.RightAccess, rights.RightKnowSource, rights.RightRectification},
				Channels: requestChannels(),
			},
			{Statement: policy.Statement{ID: "rights-unlawful-data", Description: "The right to request the deletion, conversion into anonymous form or blockage of data processed in breach of the law.", Quote: quoteRightsUnlawful + " " + quoteRequests},

				Rights:   []rights.Right{rights.RightErasure, rights.RightAnonymisation, rights.RightRestriction},
				Channels: requestChannels(),
				Limits:   []policy.Limit{{Kind: policy.LimitUnlawfulOnly, Description: "only of data processed in breach of the law"}},
			},
			{Statement: policy.Statement{ID: "rights-objection", Description: "The right, in any case, to oppose, for legitimate reasons, to the processing of such data.", Quote: quoteRightsUnlawful + " " + quoteRequests},

				Rights:   []rights.Right{rights.RightObjection},
				Channels: requestChannels(),
				Limits:   []policy.Limit{{Kind: policy.LimitLegitimateGrounds, Description: "for legitimate reasons"}},
			},
		},

		Security: []policy.Measure{
			{Statement: policy.Statement{ID: "security-1", Description: "great care over the processing and protection of the personal data of Clients, Users, Suppliers, Collaborators and all those with which Blausen engages in relations", Quote: quoteCare},
				Kind: policy.MeasureReasonableMeasures,
			},
			{Statement: policy.Statement{ID: "security-2", Description: "adopted to guarantee maximum compliance with EU Regulation 2016/679", Quote: quoteModel},
				Kind: policy.MeasurePrivacyProgram, Technology: "Privacy Organization Model",
			},
			{Statement: policy.Statement{ID: "security-3", Description: "personal information processed fairly, lawfully and transparently, without infringing on your privacy or your rights", Quote: quoteFair},
				Kind: policy.MeasureProcessingPrinciples,
			},
		},

		Disclaimers: []policy.Disclaimer{
			{Statement: policy.Statement{ID: "disclaimer-1", Description: "The Blausen website may contain links to other websites not controlled by Blausen Medical Communications, Inc., which is not responsible for their privacy practices; you are encouraged to notice when you leave the Blausen website and to read the privacy policies of the other websites you visit.", AppliesTo: scopeServices("website"), Quote: quoteOtherSites},
				Kind: policy.DisclaimerThirdPartySites,
			},
			{Statement: policy.Statement{ID: "disclaimer-2", Description: "Your interactions with the third parties that host the Social Media features are governed by their policies and not Blausen's.", AppliesTo: scopeServices("website"), Quote: quoteSocialPolicy},
				Kind: policy.DisclaimerThirdPartyTracking,
			},
		},

		Signals: []policy.Signal{{Statement: policy.Statement{ID: "signal-1", Description: "the Sites do not respond to web browser \"do not track\" signals", Quote: quoteDNT},

			Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored,
		}},

		Changes: &policy.Changes{Statement: policy.Statement{ID: "changes", Quote: quoteChanges},

			Notices: []policy.ChangeNotice{{
				Methods: []policy.NoticeMethod{policy.NoticeEmail, policy.NoticeProminentNotice},
				Trigger: policy.TriggerChangeOfControl,
				Quote:   quoteControl,
			}},
			Effect:           policy.EffectOnPosting,
			ReviewEncouraged: true,
			Part:             "Cookie Policy",
		},

		Laws: []policy.LawStatement{
			// The text states its GDPR compliance twice: the Privacy Organization
			// Model and the information given under Articles 13 and 14.
			{Statement: policy.Statement{ID: "law-1", Quote: quoteModel + " " + quoteArticles,
				Citations: []policy.Citation{{Law: jurisdiction.LawGDPR, Provision: "Art. 13"}, {Law: jurisdiction.LawGDPR, Provision: "Art. 14"}}},
				Law: jurisdiction.LawGDPR, Status: policy.LawComplies},
			{Statement: policy.Statement{ID: "law-2", Quote: quoteLegislation},
				Jurisdictions: []jurisdiction.Code{jurisdiction.Italy, jurisdiction.EU}, Status: policy.LawApplies},
		},
	}
}
