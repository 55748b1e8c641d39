package examples

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// Instacart2026 returns the Instacart (Maplebear Inc.) privacy policy, last updated 2026-01-15.
//
// The source is the policy page as archived by Open Terms Archive: a grocery
// marketplace and app under the CCPA/CPRA and other US state laws, with
// sections for prescription deliveries under HIPAA, restaurant orders,
// California, Nevada and Canada (Quebec). The CCPA "Summary Table" is one
// collection statement per row (table-*) with one recipient statement per row
// and third-party category (sold-* and not-sold-*). README.md maps each heading
// of the text to the members below.
func Instacart2026() *policy.Policy {
	svc := func(ids ...string) *policy.Scope { return &policy.Scope{Services: ids} }
	notWhiteLabel := func(ids ...string) *policy.Scope {
		return &policy.Scope{Services: ids, ExceptServices: []string{"white-labels"}}
	}
	where := func() *policy.Scope { return &policy.Scope{WhereLawProvides: true} }
	california := func() *policy.Scope {
		return &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.California}, Subjects: []string{"california-residents"}}
	}
	canada := func() *policy.Scope {
		return &policy.Scope{Jurisdictions: []jurisdiction.Code{"CA"}, Subjects: []string{"canada-residents"}}
	}
	table := func() *policy.Scope { return &policy.Scope{Lookback: "P12M"} }
	src := func(s ...category.Source) []category.Source { return s }
	data := func(d ...category.Data) []category.Data { return d }
	kinds := func(t ...category.Recipient) []category.Recipient { return t }
	from := func(t ...category.Recipient) []policy.Party { return []policy.Party{{Types: t}} }
	// The collection statements of "Information We Collect", which the uses
	// and disclosures of "your Personal Information" draw on.
	collected := func() []string {
		return []string{
			"collect-contact", "collect-account", "collect-order", "collect-id-verification", "collect-id-copy",
			"collect-vehicle", "collect-payment", "collect-fresh-funds", "collect-shopper-messages", "collect-public",
			"collect-customer-service", "collect-surveys", "collect-retailer-feedback", "collect-other-people",
			"collect-family-accounts", "collect-activity", "collect-marketing-interactions", "collect-session-replay",
			"collect-device", "collect-generated-ids", "collect-general-location", "collect-precise-location",
			"collect-tracking", "collect-sso", "collect-retailer-loyalty", "collect-pharmacy", "collect-pharmacy-refills",
			"collect-pharmacy-temperature", "collect-pharmacy-recall", "collect-vendors-partners",
			"collect-service-providers", "collect-restaurant-vendor", "collect-integrations", "collect-shoppable-recipe",
			"collect-marketing-partners", "collect-measurement-partners", "collect-co-brand", "collect-payment-partners",
			"collect-fraud-partners", "collect-from-shoppers", "collect-account-owners", "collect-referrers",
			"collect-authorities", "collect-public-sources", "collect-card-details",
		}
	}
	// notSensitive is collected() without the statements of sensitive
	// personal information (government IDs, precise location, pharmacy and
	// health data, card details with security codes, the contents of messages
	// between customers and shoppers), which the CCPA section says are used
	// only to provide the Services, resist fraud, ensure safety and maintain
	// quality (collection "ca-sensitive-limited"): the marketing,
	// advertising and personalisation uses take the rest.
	notSensitive := func() []string {
		sensitive := map[string]bool{"collect-id-verification": true, "collect-id-copy": true, "collect-precise-location": true,
			"collect-pharmacy": true, "collect-pharmacy-refills": true, "collect-pharmacy-temperature": true, "collect-pharmacy-recall": true,
			"collect-shopper-messages": true, "collect-card-details": true}
		var ids []string
		for _, id := range collected() {
			if !sensitive[id] {
				ids = append(ids, id)
			}
		}
		return ids
	}

	// The rows of the Summary Table.
	tableRows := func() []string {
		return []string{
			"table-identifiers", "table-customer-records", "table-protected-classifications", "table-commercial",
			"table-internet-activity", "table-geolocation", "table-audio-visual", "table-inferences", "table-sensitive",
		}
	}
	// The recipients of the Summary Table to whom data may have been sold or shared.
	soldTo := func() []string {
		return []string{
			"sold-identifiers-ad", "sold-identifiers-analytics", "sold-customer-records-ad", "sold-protected-ad",
			"sold-protected-analytics", "sold-commercial-ad", "sold-commercial-analytics", "sold-internet-ad",
			"sold-internet-analytics", "sold-geolocation-ad", "sold-geolocation-analytics", "sold-inferences-ad",
			"sold-inferences-analytics",
		}
	}
	phi := func() *policy.Scope {
		return &policy.Scope{Services: []string{"prescription-deliveries"}, ExceptServices: []string{"white-labels"}}
	}
	adTypes := func() []category.Recipient {
		return []category.Recipient{category.RecipientAdvertisingPartner, category.RecipientMarketingProvider}
	}
	analyticsTypes := func() []category.Recipient { return []category.Recipient{category.RecipientAnalyticsProvider} }
	soldPurposes := func() []string { return []string{"use-interest-ads", "use-ad-measurement"} }

	const (
		quoteIntro          = "This Privacy Policy explains how Maplebear Inc. d/b/a Instacart and Maplebear Canada Inc."
		quoteServices       = "collect, use, and share your Personal Information in providing services, including any Instacart websites, mobile apps, devices, APIs, white-label retailer websites or apps"
		quoteIDVerification = "If you order alcohol, prescriptions, or other age- or dollar amount restricted orders, we collect information from your government ID to verify your age or your identity, including the government ID number and state or country, and, when legally required, a copy of the full state ID card."
		quotePublic         = "If you post in a public space on the Services or otherwise choose to make your Personal Information public on the Services (e.g., by sharing a recipe publicly on the Services), we collect such information."
		quoteOtherInfo      = "We collect any other information that you choose to provide during your interactions with our Services, including your responses to surveys that you choose to participate in (for example customer satisfaction surveys) or information that you provide directly to us regarding an experience with one of our retailers."
		quoteOtherPeople    = "For example, you may refer a friend to Instacart or send an Instacart gift delivery or gift card to someone. In these cases, we collect the recipient’s name, email, and delivery address, as applicable."
		quoteActivity       = "This includes the products with which you engage or place in your cart, information related to your orders, the pages that you navigate to, and the frequency and duration of your use of the Services."
		quoteSessionReplay  = "We also may use third party services that employ software code to record users’ interactions with the Services. Session replays include users’ clicks, mouse movements, scrolls, and keystrokes/key touches during those sessions. These replays help us diagnose usability problems and identify areas for improvement."
		quoteDevice         = "This includes information such as your device’s IP address, your device type, browser information (such as browser type and any settings), internet service provider, mobile network carrier, mobile country code, operating system, and unique device identifiers."
		quoteGeneralLoc     = "We rely on this general location to maintain security and prevent fraud (for example, detect suspicious or unusual access patterns), present localized experiences (such as content availability), comply with regional laws and obligations (for example, consent/opt-out prompts and notices), and to measure and improve our services through aggregated analytics."
		quotePreciseLoc     = "If you choose to allow the Services to access location services through the permission system used by your device’s operating system or browser, we may collect the precise location of your device."
		quotePreciseUse     = "We use your location information to facilitate the prompt hand-off of pickup orders (where available), to improve the accuracy of deliveries, to assist you in finding nearby stores for which pickup or delivery are available, and for other similar purposes."
		quotePreciseMore    = "We may also use such information for our analytics purposes and to better understand how we can improve the Services."
		quoteLocChoice      = "You can choose whether or not your device’s location information is shared with us by adjusting the settings on your device or browser, or when prompted by the Instacart application."
		quoteTracking       = "When you visit or otherwise interact with our Services, we (and our partners, advertisers, and third-party advertising networks) may automatically collect information about you using device identifiers, cookies, pixels, tags, application programming interfaces"
		quoteTrackingUse    = "We use this information for various purposes, including to make the Services function properly, understand how you use the Services, personalize your experience, and measure, monitor, manage, display, and customize the advertisements you see."
		quoteSSO            = "If you log in to the Services through these third-party platforms, then depending on your settings on these platforms, we may receive some information about you from them, including your name, email address, device identifier and other identifiers."
		quoteRetailerLoyal  = "We may receive Personal Information from our retail partners in whose loyalty programs you participate, such as a confirmation of your loyalty member status, to enable you to receive your loyalty benefits, discounts, and special promotions."
		quotePharmacy       = "If you use the Services for prescription delivery, the pharmacy processing your prescription will provide us with your name, delivery address, email address, birth date, telephone number, the total amount (including sales tax, where applicable) being charged to you for the prescription drug product(s) purchased, the prescription number(s) and in some case the total number of refills and your refill count (if you select to have refills fulfilled through Instacart)."
		quoteVendors        = "We may also receive information, including contact, account, order, payment, and activity information, from our vendors and business partners, including the following:"
		quoteServiceProv    = "We receive Personal Information from our service providers and other vendors that we engage to perform services for us, including those that provide market research, delivery services, map services, email, or SMS communication platforms, or who assist us with providing, operating, or maintaining parts of our Services."
		quoteMarketingRecv  = "We receive Personal Information about you, including advertising identifiers, contact information, browsing activity and related data about you from other parties, to supplement the information we collect, and from partners with whom we work for advertising measurement, analytics, and attribution."
		quotePayProcessors  = "When you pay for orders using a credit card or other payment method on our Services, your credit card or other payment information is collected and processed by our third-party payment processors."
		quoteRestaurantPay  = "When you place a restaurant order, our restaurant partner will collect and process your credit card or other payment information in order to fulfill the order."
		quotePaymentRedir   = "We also make available opportunities to pay for orders via other payment partners that may redirect you to their websites to submit your payment information. For instance, if you use an online payment system provider to make purchases through the Services, you will be directed to their websites to provide your payment information. These payment providers’ privacy policies apply to the information you provide to them through their website."
		quoteTransactions   = "If you place an order through the Services, we will use your Personal Information to process your payment and facilitate the delivery of your order. This may include information provided to us by our payment processors and partners, as explained above."
		quoteCommunicate    = "We use your Personal Information to provide you with relevant information about us or our Services (including details about our community affairs efforts) or to request information or feedback."
		quoteMarketingUse   = "We use your Personal Information to send you marketing and promotional materials and communications, including interest-based and other advertisements, and to analyze and measure their effectiveness."
		quotePersonalise    = "Based on how you browse, use, or otherwise interact with the Services, we display content, advertising, recommendations, digital coupons and otherwise personalize the Services to you."
		quoteTrends         = "We use your Personal Information to help us (or our service providers and partners) conduct research and analytics about your use of the Services and identify usage trends."
		quoteImprove        = "We also use your Personal Information to identify issues, test new features or changes in our features, and improve the Services."
		quoteSecurity       = "We use your Personal Information to (a) help maintain the security and integrity of the Services, (b) detect, prevent, investigate, and protect you, our business, our users, and others from fraud, unauthorized transactions, and other unsafe activity, and (c) protect the safety, rights, or property of any person, the public, or Instacart."
		quoteDeidentify     = "In some circumstances we may deidentify Personal Information in accordance with applicable laws or receive such information from a third party and treat that deidentified data as non-Personal Information; in such cases, we will maintain and use the information in deidentified form and will not attempt to reidentify the information unless permitted by applicable laws."
		quoteMarketingDiscl = "We may disclose your Personal Information (such as contact information, device information, browser and activity information, and general location) to our marketing and advertising partners, including social media platforms, third-party advertising networks, other websites and publishers, and other parties so we can both market our products to you and provide advertising services to other companies (e.g., to assist in serving and measuring our or their advertisements)."
		quoteAdTrackers     = "Some of our advertising partners may use cookies, SDKs, or other trackers to collect information about your online activity over time and across different websites or online services."
		quoteAnalytics      = "We use third-party analytics providers who may deploy cookies, pixels, and similar technologies to analyze traffic to the Services and understand the usage of the Services as well as the performance of advertisements. Such providers may collect device, location, browser and activity information."
		quoteGoogle         = "For example, we use Google Analytics, an analytics tool that helps us understand how our customers engage with the Services."
		quoteShoppers       = "If you place an order through the Services, we will disclose your Personal Information to the personal shopper who will pick it up and deliver it to you. Such information includes order information, delivery preferences, name, address and precise geolocation."
		quoteRetailers      = "We may disclose your Personal Information to our retailers to provide and maintain the Services. For example, we may disclose your order information to a retailer with whom you placed an order so their personnel can prepare your order for your shopper, a courier or for you to pick-up."
		quoteRetailerLoyal2 = "We may also disclose your Personal Information to retailers to enable us to verify your participation in their loyalty programs or to obtain your loyalty number where you do not submit it to us directly."
		quoteAlcohol        = "For example, if available in your region, when you buy alcohol using the Services, we may be required by law to share certain information with the retailer who makes the sale, including name, delivery address, government-issued ID information, the quantity, brand, price, proof, and volume of the alcohol purchased."
		quoteWhiteLabel     = "If you use an Instacart White Label Site, we may share with the retailer information collected from your interactions on that White Label Site, including your contact information, your order details, and information that we combine from other sources."
		quoteRestaurant     = "To make the restaurant experience available to you on Instacart, we share certain of your Personal Information with our restaurant partner who facilitates the restaurant experience for Instacart and allows Instacart to deliver restaurant-related content and offers on our Services."
		quoteRestaurant2    = "Our restaurant partner may use certain of your information in order to provide the restaurant services, including to provide customer support, and will also disclose this information to the couriers and restaurants from which you placed an order so they can prepare and hand your order directly to you or to the courier who will deliver it to you."
		quoteOtherUsers     = "We may disclose your Personal Information to other Instacart Services account owners and users of the Services if you choose to make such information public or select sharing features on the Services."
		quoteLegalMatters   = "We may share your information when we believe that the disclosure is reasonably necessary or appropriate under, or to comply with, applicable laws, regulations, legal processes, or legal requests. In such cases, we share information that is relevant to the legal matter."
		quoteSale           = "If another entity acquires us or any of our assets, information that we have collected may be transferred to such entity and its advisors leading up to and/or following the transaction."
		quoteOtherThird     = "We may also disclose your Personal Information to other parties if we believe it necessary or appropriate either: (a) to protect our operations and those of any of our affiliates; (b) to protect our rights, privacy, safety, or property, and/or those of others; or (c) to allow us to pursue available remedies or limit damages that we may sustain."
		quoteTableHeader    = "Categories of third parties to whom we may have sold/shared your Personal Information or to whom we have disclosed Personal Information for targeted advertising"
		quoteBusinessPurp   = "we also disclose some or all categories of Personal Information listed in the table below to our vendors, partners, service providers, contractors (e.g., our personal shoppers) and the other recipients listed above for various business purposes, including to operate, secure, improve, and market our Services, to fulfill orders and process transactions, to allow business partners to integrate with our Services, for co-branding, and to support customer service and analytics."
		quotePHIDisclosure  = "We will not disclose your Personal Health Information without your prior written consent with other people or non-affiliated companies unless: (i) such disclosure is necessary in order to provide the Services; (ii) to your pharmacy on their instruction, (iii) the Personal Health Information has been “de-identified” so that it cannot identify you; (iv) such disclosure is required by law; or (v) such disclosure is in connection with a business transaction or bankruptcy proceeding."
		quotePHIRights      = "These laws give you rights with respect to the access, use, and disclosure of Personal Health Information by your health care providers, such as pharmacies, and us."
		quotePatientStatus  = "When you place a pharmacy order using the Services, the pharmacy responds as we have described above in the “Information Collection” section by disclosing to Instacart your status as a patient of the pharmacy, and in some cases your prescription refill information. Information concerning your status as a patient of the pharmacy is protected by HIPAA."
		quoteHIPAA          = "To the extent that we receive, create, maintain, use, or disclose any of your Personal Health Information, we will maintain the privacy and security of such information as required by applicable law, including the Health Insurance Portability and Accountability Act and the regulations promulgated under that Act"
		quoteSecurityPHI    = "In addition, when we collect, maintain, access, use, or disclose your Personal Health Information, we do so using systems and processes consistent with information privacy and security requirements under applicable federal and state laws, including, without limitation, HIPAA."
		quoteChildren       = "The Services are not designed for or intentionally directed to children under the age of 18. If we become aware that we have received Personal Information from an individual under the age of 18, we will take reasonable steps to remove the individual’s Personal Information from our records."
		quoteThirdSites     = "Some links on the Services may redirect you to third-party websites and services that we do not operate. We may also offer social sharing tools that let you share actions on the Services with other websites and vice versa. The privacy practices of these websites and services will be governed by their own privacy policies."
		quoteTransferGlobal = "Instacart operates a global business, and we use vendors located around the world to help us run our business. Accordingly, the disclosures described above may result in the transfer of your Personal Information outside of the country or region in which you reside."
		quoteTransferCanada = "For example, the Personal Information of customers located in Canada will be transferred outside of Canada (and for residents of Quebec, outside of Quebec), including to the United States."
		quoteTransferSteps  = "When we transfer your Personal Information outside of your country or province of residence, we do so in accordance with applicable law and take appropriate steps to ensure your information is protected."
		quoteForeignAccess  = "However, please note that while outside of the jurisdiction in which you reside, some of your Personal Information will be subject to applicable local laws, which may permit government and national security authorities in those jurisdictions to access your Personal Information in certain circumstances."
		quoteRetention      = "We keep Personal Information only for as long as necessary to fulfill the purposes for which we have collected it, including for the purposes of satisfying any legal, accounting, or reporting requirements."
		quoteRetentionCrit  = "To determine the appropriate retention period for Personal Information, we consider the amount, nature, and sensitivity of the Personal Information; the potential risk of harm from unauthorized use or disclosure of the Personal Information; the purposes for which we use the Personal Information; whether we can achieve those purposes through other means; and the applicable laws that require us to retain information for regulatory purposes or permit us to retain the information to preserve our legal rights."
		quoteChoicesIntro   = "Depending on your place of residence, under applicable law, you can make certain choices and exercise certain rights with respect to our use of your Personal Information. Please note that rights and requests may be subject to applicable exceptions. We will not discriminate against you if you decide to exercise these rights."
		quoteMarketingMsgs  = "We may send you periodic marketing and promotional emails, push notifications and/or text messages to your mobile device and, where required by law, we will obtain your consent to do so."
		quoteMarketingOpt   = "If you no longer wish to receive our marketing and promotional communications, you may opt out of receiving them by following the opt-out instructions included in any communication that you receive from us or by visiting your Account Settings. Please note that even if you opt out of receiving marketing and promotional communications from us, we may still send you administrative and transactional messages from which you cannot opt out."
		quoteAccountRights  = "If you have created an account through the Services, you may review, correct, or update your information (including your name, telephone number, delivery address, and payment information) at any time by logging in to your account and visiting the “Account Settings” page. Please note that changes to your settings may require some time to take effect."
		quoteOtherRights    = "Depending on where you reside, you may have certain additional privacy rights with respect to your Personal Information, under applicable law. The exact scope of these rights may vary by state and include certain exceptions:"
		quoteAccountHolders = "If you have an active Instacart account, click"
		quoteNonAccount     = "If you do not have an Instacart account, no longer have access to your Instacart account, or you used Instacart through one of our embedded partner experiences (such as Groceries Powered by Instacart), please email us at"
		quoteAgents         = "Depending on where you reside, you may authorize another person or entity to exercise certain rights on your behalf (an “Authorized Agent”). In such states, Authorized Agents can submit all eligible privacy requests on behalf of consumers by emailing us at"
		quoteVerification   = "To protect the confidentiality of your Personal Information and that of others, we will only process your request for access, deletion and correction when your identity has been verified (or where otherwise not permitted)."
		quoteAgentProof     = "If your request was submitted by an Authorized Agent, where permitted or necessary to maintain security, we may require written proof of the Authorized Agent’s permission to submit the request on your behalf and may confirm the request directly with you (other than for opt-outs)."
		quoteOptOut         = "You may also exercise your opt out rights by enabling a browser-based opt-out preference signal that complies with applicable laws, such as the Global Privacy Control (“GPC”). We listen for and honor GPC signals as required under applicable laws."
		quoteAppeal         = "If you submit a request to exercise any of the rights described above and we do not take action on the request, you may appeal our decision if you are in an eligible jurisdiction."
		quoteAppealHow      = "To appeal a refusal to take action on your request, please email us at"
		quoteDNT            = "Although we do our best to honor the privacy preferences of our users, we do not interpret or respond to DNT or other similar signals from your browser at this time."
		quoteCCPA           = "provides California residents with certain rights, as described"
		quoteSensitive      = "We only use or disclose sensitive Personal Information as necessary to provide the Services; resist malicious, deceptive, fraudulent, or illegal actions directed at our business; ensure the physical safety of natural persons; and verify, maintain, and improve the quality of our Services."
		quoteConsumerAff    = "Under California Civil Code Section 1789.3, California residents are entitled to the following specific consumer rights notice: If you have a question or complaint regarding our website, please send an email to"
		quoteDCA            = "California residents may reach the Complaint Assistance Unit of the Division of Consumer Services of the California Department of Consumer Affairs may be contacted in writing at 400 R Street, Suite 1080, Sacramento, California 95814, or by telephone at (916) 445-1254 or (800) 952-5210."
		quoteShine          = "If we disclose information subject to California’s “Shine the Light” law to third parties for their own direct marketing purposes, California residents may opt out"
		quoteNevada         = "If you live in Nevada, you can opt out of the sale of your personal information by completing the privacy request form"
		quoteCanadaDecision = "For some of the uses described in Information Uses above, we may use technological tools that render decisions about you automatically. These include tools that detect fraud, which may lead to account deactivation."
		quoteCanadaRights   = "If you are a resident of Canada, you may submit an access or deletion request as explained in"
		quoteCanadaAppeal   = "If you believe that applicable data protection laws have not been complied with, you may lodge an appeal with us by using the contact information provided"
		quoteCanadaDPA      = "You also have the right to complain directly to the appropriate data protection authority."
		quoteChanges        = "We may occasionally update this Privacy Policy to reflect changes in our practices with respect to the collection, use, and disclosure of Personal Information and/or changes in applicable law."
		quoteChangesNotice  = "If we make changes, we will revise the date at the top of this Privacy Policy and, in the case of material changes to this Privacy Policy, we may provide you with additional notice (such as a notice posted on the Services\u00a0or a message delivered to the email address that we have on file for you), and seek your consent where required by applicable privacy laws."
		quoteContact        = "Questions or comments about this Privacy Policy or our information handling practices? Contact Instacart’s Global Privacy Team at:"
		quoteRestaurantLink = "Your restaurant orders are linked to your Instacart account, and you can request information about those orders by exercising your Privacy Choices below."
	)

	return &policy.Policy{
		ID:        Instacart2026ID,
		Title:     "Privacy Policy",
		URL:       "https://www.instacart.com/privacy",
		Language:  "en-US",
		Updated:   "2026-01-15",
		Retrieved: "2026-05-07",
		Source:    "https://github.com/OpenTermsArchive/contrib-versions/blob/ff3cad2da26ea5452f23bcb9934a220521ce9e64/Instacart/Privacy%20Policy.md",

		Services: []policy.Service{
			{Statement: policy.Statement{ID: "websites", Quote: quoteServices}, Kind: category.ServiceWebsite, Name: "Instacart websites"},
			{Statement: policy.Statement{ID: "mobile-apps", Quote: quoteServices}, Kind: category.ServiceMobileApp, Name: "Instacart mobile apps"},
			{Statement: policy.Statement{ID: "devices", Quote: quoteServices}, Kind: category.ServiceDevice, Name: "Instacart devices"},
			{Statement: policy.Statement{ID: "apis", Quote: quoteServices}, Kind: category.ServiceAPI, Name: "Instacart APIs"},
			{Statement: policy.Statement{ID: "white-labels", Description: "White-label retailer websites or apps where this Privacy Policy is linked (“Instacart White Labels”, also “Instacart White Label Sites”).", Quote: quoteServices},
				Kind: category.ServiceOnlineStore, Name: "Instacart White Labels"},
			{Statement: policy.Statement{ID: "prescription-deliveries", Description: "Orders to have prescriptions delivered from the person's pharmacy; not available on Instacart White Labels.", Quote: "Certain Services allow you to place an order to have your prescriptions delivered to you from your pharmacy."},
				Kind: category.ServiceDelivery, Name: "Prescription Deliveries"},
			{Statement: policy.Statement{ID: "restaurant-orders", Description: "Restaurant orders, processed and fulfilled by a restaurant partner and linked to the Instacart account; not available on Instacart White Label Sites.", Quote: "Certain Services allow you to place restaurant orders."},
				Kind: category.ServiceDelivery, Name: "Restaurant Orders"},
			{Statement: policy.Statement{ID: "fresh-funds", Description: "A Fresh Funds program with a Fresh Funds partner, whose credits are redeemed with a Fresh Funds code; the disclosure to partners does not apply to Instacart White Labels.", Quote: "If you participate in a Fresh Funds program and enter a Fresh Funds code to redeem your Fresh Funds credits, we collect information necessary for us to administer the program, including the name of the Fresh Funds partner in whose program you participate, your Fresh Funds balance, and the products you purchased with your Fresh Funds."},
				Kind: category.ServiceLoyaltyProgramme, Name: "Fresh Funds"},
			{Statement: policy.Statement{ID: "family-accounts", Quote: "You may also participate in Family Accounts and provide us information about your association with another Instacart customer."},
				Kind: category.ServiceOnlineAccount, Name: "Family Accounts"},
			{Statement: policy.Statement{ID: "business-accounts", Quote: "If other Instacart Services account owners invite you to place orders or request other services through their accounts, such as Family Accounts or Instacart Business Accounts, we collect information about your activities on those accounts."},
				Kind: category.ServiceOnlineAccount, Name: "Instacart Business Accounts"},
			{Statement: policy.Statement{ID: "shoppable-recipe", Quote: "For example, if you use an Instacart Shoppable Recipe button on another site, we will receive information about your use of that button and of the third-party website or application."},
				Kind: category.ServiceAPI, Name: "Instacart Shoppable Recipe button"},
			{Statement: policy.Statement{ID: "embedded-experiences", Description: "Instacart experiences embedded in a partner’s application, such as Groceries Powered by Instacart.", Quote: "This includes websites or applications that use Instacart’s APIs through which users can create or access their Instacart accounts and Instacart experiences that are embedded in a partner’s application."},
				Kind: category.ServiceAPI, Name: "Groceries Powered by Instacart"},
			{Statement: policy.Statement{ID: "marketing-emails", Quote: quoteMarketingMsgs}, Kind: category.ServiceEmail, Name: "marketing and promotional emails"},
			{Statement: policy.Statement{ID: "push-notifications", Quote: quoteMarketingMsgs}, Kind: category.ServicePushNotifications, Name: "push notifications"},
			{Statement: policy.Statement{ID: "text-messages", Quote: quoteMarketingMsgs}, Kind: category.ServiceSMS, Name: "text messages"},
		},

		Documents: []policy.Document{
			{Statement: policy.Statement{ID: "terms-of-service", Description: "Where it conflicts with the Prescription Deliveries section, that section governs.", Quote: "If there is a conflict between the terms of this Section and any other terms of this Privacy Policy or the Instacart Terms of Services, the terms in this Section will govern."},
				Kind: policy.DocumentTermsOfUse, Title: "Instacart Terms of Services"},
			{Statement: policy.Statement{ID: "pharmacy-npp", Quote: "For a more complete description of your rights under HIPAA and the uses and disclosures of your Personal Health Information, please refer to your pharmacy's Notice of Privacy Practices."},
				Kind: policy.DocumentNoticeOfPrivacyPractices, Title: "your pharmacy's Notice of Privacy Practices"},
			{Statement: policy.Statement{ID: "payment-provider-policies", Quote: "These payment providers’ privacy policies apply to the information you provide to them through their website."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "These payment providers’ privacy policies"},
			{Statement: policy.Statement{ID: "third-party-site-policies", Quote: "The privacy practices of these websites and services will be governed by their own privacy policies. We encourage you to review and understand their privacy policies before disclosing any Personal Information to them."},
				Kind: policy.DocumentOtherPrivacyPolicy, Title: "their own privacy policies"},
			{Statement: policy.Statement{ID: "google-analytics-support", Quote: "To learn more about Google Analytics’ data practices, please visit"},
				Kind: policy.DocumentThirdPartyInfo, Title: "Google’s support page", URL: "https://support.google.com/analytics/topic/2919631?hl=en&ref_topic=1008008"},
			{Statement: policy.Statement{ID: "gpc-info", Quote: "To learn more about GPC, please click"},
				Kind: policy.DocumentThirdPartyInfo, Title: "Global Privacy Control", URL: "https://globalprivacycontrol.org/"},
			{Statement: policy.Statement{ID: "dnt-info", Quote: "For more information, visit"},
				Kind: policy.DocumentThirdPartyInfo, Title: "All About Do Not Track", URL: "http://www.allaboutdnt.com/"},
		},

		Controllers: []policy.Controller{
			{Statement: policy.Statement{ID: "maplebear-inc", Quote: quoteIntro},
				LegalName: "Maplebear Inc.", TradingNames: []string{"Instacart"}, Contacts: []string{"contact-privacy-team"}},
			{Statement: policy.Statement{ID: "maplebear-canada", Quote: quoteIntro},
				LegalName: "Maplebear Canada Inc.", TradingNames: []string{"Instacart"}, Contacts: []string{"contact-privacy-team"}},
		},

		Contacts: []contact.Point{
			{ID: "contact-privacy-team", Name: "Instacart’s Global Privacy Team", Role: contact.RolePrivacyOfficer,
				Emails:      []string{"privacy@instacart.com"},
				Phones:      []contact.Phone{{Number: "1-888-246-7822", Country: "US"}},
				Addresses:   []contact.Address{{Recipient: "Instacart", Lines: []string{"50 Beale Street, Suite 600"}, Locality: "San Francisco", Region: "California", PostalCode: "94105", Country: "US"}},
				Description: "For questions or comments about the Privacy Policy or Instacart's information handling practices; the “Contact Information” that other sections point to.",
				Quote:       quoteContact},
			{ID: "contact-customer-privacy", Role: contact.RolePrivacyRequests,
				Emails:      []string{"customerprivacy@instacart.com"},
				Description: "Where non-account holders, people without access to their account and Authorized Agents submit privacy requests.",
				Quote:       "If you do not have or no longer have access to your Instacart account, please email us at"},
			{ID: "contact-appeals", Role: contact.RoleAppeals,
				Emails:      []string{"PrivacyAppeals@instacart.com"},
				Description: "Appeals of a refusal to act on a rights request, with the subject line “Rights Request Appeal”; the text shows PrivacyAppeals@instacart.com, though its link points to customerprivacy@instacart.com.",
				Quote:       quoteAppealHow},
			{ID: "contact-legal", Role: contact.RoleGeneral,
				Emails:      []string{"legal@instacart.com"},
				Description: "Questions or complaints regarding the website, under California Civil Code Section 1789.3.",
				Quote:       quoteConsumerAff},
			{ID: "contact-dca", Name: "Complaint Assistance Unit of the Division of Consumer Services of the California Department of Consumer Affairs", Role: contact.RoleSupervisoryAuthority,
				Phones:    []contact.Phone{{Number: "(916) 445-1254", Country: "US"}, {Number: "(800) 952-5210", Country: "US"}},
				Addresses: []contact.Address{{Lines: []string{"400 R Street, Suite 1080"}, Locality: "Sacramento", Region: "California", PostalCode: "95814", Country: "US"}},
				Quote:     quoteDCA},
			{ID: "contact-help-center", Name: "Help Center", Role: contact.RoleCustomerService,
				URLs:  []string{"https://www.instacart.com/help"},
				Quote: "For customer service inquiries, visit our"},
			{ID: "contact-accessibility-phone", Role: contact.RoleAccessibility,
				Phones:      []contact.Phone{{Number: "(888) 317-8968", Country: "US"}},
				Description: "To access this Privacy Policy in an alternative format, for people with a disability.",
				Quote:       "If you have a disability and would like to access this Privacy Policy in an alternative format, please contact us at (888) 317-8968."},
			{ID: "contact-accessibility-feedback", Role: contact.RoleAccessibility,
				Emails:      []string{"accessibility-feedback@instacart.com"},
				Description: "Comments concerning the website’s accessibility.",
				Quote:       "If you have comments concerning this website’s accessibility, please contact us at the email address"},
		},

		Subjects: []policy.Subject{
			{Statement: policy.Statement{ID: "account-holders", Description: "people with an active Instacart account", Quote: quoteAccountHolders}, Kind: category.SubjectRegisteredUser},
			{Statement: policy.Statement{ID: "non-account-holders", Description: "people without an Instacart account, without access to it any longer, or who used Instacart through an embedded partner experience", Quote: quoteNonAccount}, Kind: category.SubjectUser},
			{Statement: policy.Statement{ID: "customers", Description: "people who place an order through the Services", Quote: "If you place an order through the Services, we collect information necessary to fulfill the order, including your delivery address, the date and time of the order, the items you ordered and any special instructions."}, Kind: category.SubjectCustomer},
			{Statement: policy.Statement{ID: "gift-recipients", Description: "people to whom a customer sends an Instacart gift delivery or gift card", Quote: quoteOtherPeople}, Kind: category.SubjectGiftRecipient},
			{Statement: policy.Statement{ID: "referred-friends", Description: "friends a customer refers to Instacart", Quote: quoteOtherPeople}, Kind: category.SubjectNonCustomer},
			{Statement: policy.Statement{ID: "account-participants", Description: "people invited to place orders through another account owner's Family Account or Instacart Business Account", Quote: "If other Instacart Services account owners invite you to place orders or request other services through their accounts, such as Family Accounts or Instacart Business Accounts, we collect information about your activities on those accounts."}, Kind: category.SubjectAuthorisedUser},
			{Statement: policy.Statement{ID: "pharmacy-patients", Description: "patients of a pharmacy who order prescription deliveries", Quote: quotePatientStatus}, Kind: category.SubjectPatient},
			{Statement: policy.Statement{ID: "children", Description: "children under the age of 18", Quote: quoteChildren}, Kind: category.SubjectChild},
			{Statement: policy.Statement{ID: "us-residents", Description: "people who reside in the U.S.", Quote: "If you reside in the U.S., your Personal Health Information is protected under HIPAA and state law (depending on your state of residence)."}, Kind: category.SubjectResident},
			{Statement: policy.Statement{ID: "california-residents", Quote: "The California Consumer Privacy Act"}, Kind: category.SubjectResident},
			{Statement: policy.Statement{ID: "nevada-residents", Quote: quoteNevada}, Kind: category.SubjectResident},
			{Statement: policy.Statement{ID: "canada-residents", Quote: quoteCanadaRights}, Kind: category.SubjectResident},
			{Statement: policy.Statement{ID: "quebec-residents", Quote: quoteTransferCanada}, Kind: category.SubjectResident},
		},

		Collection: []policy.Collection{
			// Information You Provide.
			{Statement: policy.Statement{ID: "collect-contact", Quote: "When you use or interact with the Services, we collect relevant contact details from you, including your name, telephone number and email address."},
				Data: data(category.DataContact, category.DataName, category.DataPhone, category.DataEmail), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-account", Description: "username and password, and other relevant information we request", Quote: "When you set up an Instacart account, we collect your username and password, and other relevant information we request."},
				Data: data(category.DataUsername, category.DataCredentials, category.DataRegistration), Sources: src(category.SourceDataSubject), Methods: []category.Method{category.MethodRegistration}},
			{Statement: policy.Statement{ID: "collect-order", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "delivery address, the date and time of the order, the items ordered and any special instructions", Quote: "If you place an order through the Services, we collect information necessary to fulfill the order, including your delivery address, the date and time of the order, the items you ordered and any special instructions."},
				Data: data(category.DataOrder, category.DataShippingAddress, category.DataVisitTime), Sources: src(category.SourceDataSubject), Methods: []category.Method{category.MethodPurchase}, Requirement: policy.RequirementRequired},
			{Statement: policy.Statement{ID: "collect-id-verification", Description: "for alcohol, prescriptions, or other age- or dollar amount restricted orders: the government ID number and state or country", Quote: quoteIDVerification},
				Data: data(category.DataGovernmentID, category.DataDriversLicense), Sources: src(category.SourceDataSubject), Requirement: policy.RequirementConditional},
			{Statement: policy.Statement{ID: "collect-id-copy", AppliesTo: where(), Description: "when legally required, a copy of the full state ID card", Quote: quoteIDVerification},
				Data: data(category.DataIDDocumentImage), Sources: src(category.SourceDataSubject), Requirement: policy.RequirementConditional},
			{Statement: policy.Statement{ID: "collect-vehicle", Description: "for curbside pickup orders", Quote: "For curbside pickup orders, we may collect your vehicle license plate number(s)."},
				Data: data(category.DataVehiclePlate), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-payment", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "billing address and method of payment", Quote: "If you place an order through the Services, we collect your billing address and method of payment."},
				Data: data(category.DataBillingAddress, category.DataFinancial), Sources: src(category.SourceDataSubject), Methods: []category.Method{category.MethodPurchase}},
			{Statement: policy.Statement{ID: "collect-fresh-funds", AppliesTo: svc("fresh-funds"), Description: "the name of the Fresh Funds partner in whose program you participate, your Fresh Funds balance, and the products you purchased with your Fresh Funds", Quote: "If you participate in a Fresh Funds program and enter a Fresh Funds code to redeem your Fresh Funds credits, we collect information necessary for us to administer the program, including the name of the Fresh Funds partner in whose program you participate, your Fresh Funds balance, and the products you purchased with your Fresh Funds."},
				Data: data(category.DataStoredValue, category.DataTransaction), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-shopper-messages", Description: "communications with your personal shopper via the Services about product replacements and other questions regarding the order", Quote: "When you place an order for delivery, you may communicate with your personal shopper via the Services about product replacements and other questions you or your personal shopper may have regarding the order. We collect the information contained in those communications."},
				Data: data(category.DataMessageContent), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-public", Description: "what you post in a public space or otherwise choose to make public on the Services, such as a recipe", Quote: quotePublic},
				Data: data(category.DataUserContribution), Sources: src(category.SourceDataSubject), Methods: []category.Method{category.MethodPosting}, Requirement: policy.RequirementOptional},
			{Statement: policy.Statement{ID: "collect-customer-service", Quote: "If you interact or communicate with our customer service representatives, we collect the information you provide during such interactions."},
				Data: data(category.DataSupportRecords), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-surveys", Description: "responses to surveys that you choose to participate in, such as customer satisfaction surveys", Quote: quoteOtherInfo},
				Data: data(category.DataSurveyResponse), Sources: src(category.SourceDataSubject), Methods: []category.Method{category.MethodSurvey}, Requirement: policy.RequirementOptional},
			{Statement: policy.Statement{ID: "collect-retailer-feedback", Description: "any other information you choose to provide, including about an experience with one of our retailers", Quote: quoteOtherInfo},
				Data: data(category.DataPersonal, category.DataInquiry), Sources: src(category.SourceDataSubject), Requirement: policy.RequirementOptional},
			{Statement: policy.Statement{ID: "collect-other-people", AppliesTo: &policy.Scope{Subjects: []string{"gift-recipients", "referred-friends"}}, Description: "when you refer a friend or send a gift delivery or gift card: the recipient’s name, email, and delivery address, as applicable; you are responsible for having permission to share their information", Quote: quoteOtherPeople},
				Data: data(category.DataOtherPersonContact, category.DataName, category.DataEmail, category.DataShippingAddress, category.DataReferral, category.DataGiftCard), Sources: src(category.SourceOtherUsers)},
			{Statement: policy.Statement{ID: "collect-family-accounts", AppliesTo: svc("family-accounts"), Description: "your association with another Instacart customer", Quote: "You may also participate in Family Accounts and provide us information about your association with another Instacart customer."},
				Data: data(category.DataHousehold), Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "collect-no-children-info", Not: true, AppliesTo: &policy.Scope{Subjects: []string{"children"}}, Description: "users may not provide Personal Information about children under the age of 18", Quote: "You may not provide Personal Information about children under the age of 18."},
				Data: data(category.DataPersonal), Sources: src(category.SourceOtherUsers)},
			// Information Collected by Automated Means.
			{Statement: policy.Statement{ID: "collect-activity", Description: "the products with which you engage or place in your cart, information related to your orders, the pages you navigate to, and the frequency and duration of your use of the Services", Quote: quoteActivity},
				Data: data(category.DataActivity, category.DataUsage, category.DataShoppingPreferences, category.DataOrder, category.DataPageViews, category.DataVisitTime), Sources: src(category.SourceAutomatic)},
			{Statement: policy.Statement{ID: "collect-marketing-interactions", Description: "interactions with chat bots, emails, texts, notifications, or other marketing (e.g., whether you opened or clicked)", Quote: "We also collect information regarding your interactions with our chat bots, emails, texts, notifications, or other marketing from us (e.g., whether you opened or clicked)."},
				Data: data(category.DataEmailInteraction, category.DataAdInteraction, category.DataUsage), Sources: src(category.SourceAutomatic)},
			{Statement: policy.Statement{ID: "collect-session-replay", Description: "session replays by third party services: users’ clicks, mouse movements, scrolls, and keystrokes/key touches", Quote: quoteSessionReplay},
				Data: data(category.DataSessionReplay), Sources: src(category.SourceAutomatic), Methods: []category.Method{category.MethodSessionReplay}, Trackers: []string{"tracker-session-replay"},
				From: from(category.RecipientAnalyticsProvider)},
			{Statement: policy.Statement{ID: "collect-device", Description: "recorded by our servers: IP address, device type, browser type and settings, internet service provider, mobile network carrier, mobile country code, operating system, and unique device identifiers", Quote: quoteDevice},
				Data: data(category.DataOnline, category.DataIPAddress, category.DataDeviceSettings, category.DataBrowser, category.DataConnection, category.DataMobileCarrier, category.DataOperatingSystem, category.DataDeviceID), Sources: src(category.SourceAutomatic), Methods: []category.Method{category.MethodServerLog, category.MethodDevice}},
			{Statement: policy.Statement{ID: "collect-generated-ids", Description: "new unique identifiers generated using existing user device information", Quote: "We may also generate new unique identifiers using existing user device information."},
				Data: data(category.DataDeviceID), Sources: src(category.SourceServiceGenerated)},
			{Statement: policy.Statement{ID: "collect-general-location", Description: "general location (such as country, region, or city) inferred, for example, from the device’s IP address; it may be approximate and reflect the location of the internet service provider or a VPN endpoint", Quote: "We infer your general location (such as country, region, or city), for example by using your device’s IP address."},
				Data: data(category.DataApproximateLocation), Sources: src(category.SourceInferred), Methods: []category.Method{category.MethodDevice}},
			{Statement: policy.Statement{ID: "collect-precise-location", Description: "the precise location of your device, if you allow the Services to access location services through your device’s or browser's permission system", Quote: quotePreciseLoc},
				Data: data(category.DataPreciseLocation), Sources: src(category.SourceAutomatic), Methods: []category.Method{category.MethodAppPermission}, Requirement: policy.RequirementOptional},
			{Statement: policy.Statement{ID: "collect-tracking", Description: "information collected by us and our partners, advertisers, and third-party advertising networks using device identifiers, cookies, pixels, tags, APIs, SDKs and similar technologies", Quote: quoteTracking},
				Data:     data(category.DataDeviceID, category.DataCookieID, category.DataActivity),
				Sources:  src(category.SourceAutomatic),
				Methods:  []category.Method{category.MethodCookie, category.MethodWebBeacon, category.MethodAPI, category.MethodSDK},
				Trackers: []string{"tracker-cookies", "tracker-pixels", "tracker-tags", "tracker-apis", "tracker-sdks"},
				From:     []policy.Party{{Types: kinds(category.RecipientBusinessPartner, category.RecipientAdvertiser, category.RecipientAdNetwork), Description: "our partners, advertisers, and third-party advertising networks"}}},
			// Information Received From Other Sources or Parties.
			{Statement: policy.Statement{ID: "collect-sso", Description: "when you log in with a third-party platform, depending on your settings there: your name, email address, device identifier and other identifiers", Quote: quoteSSO},
				Data: data(category.DataName, category.DataEmail, category.DataDeviceID, category.DataIdentifier), Sources: src(category.SourceThirdParty),
				From: []policy.Party{{Types: kinds(category.RecipientIdentityProvider, category.RecipientSocialMedia), Entities: []policy.Entity{{Name: "Facebook"}, {Name: "Google"}}, Description: "Single Sign-on services"}}},
			{Statement: policy.Statement{ID: "collect-retailer-loyalty", Description: "such as a confirmation of your loyalty member status", Quote: quoteRetailerLoyal},
				Data: data(category.DataLoyaltyStatus), Sources: src(category.SourcePartner), From: from(category.RecipientRetailer)},
			{Statement: policy.Statement{ID: "collect-pharmacy", AppliesTo: phi(), Description: "from the pharmacy processing your prescription: name, delivery address, email address, birth date, telephone number, the total amount charged for the prescription drug product(s), and the prescription number(s)", Quote: quotePharmacy},
				Data:    data(category.DataName, category.DataShippingAddress, category.DataEmail, category.DataDateOfBirth, category.DataPhone, category.DataTransaction, category.DataPrescription),
				Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy)},
			{Statement: policy.Statement{ID: "collect-pharmacy-refills", AppliesTo: phi(), Description: "in some cases the total number of refills and your refill count, if you select to have refills fulfilled through Instacart", Quote: quotePharmacy},
				Data: data(category.DataPrescription), Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy), Requirement: policy.RequirementOptional},
			{Statement: policy.Statement{ID: "collect-pharmacy-temperature", AppliesTo: phi(), Description: "whether the prescription drug product requires temperature control", Quote: "The pharmacy will also share whether the prescription drug product you have ordered requires temperature control."},
				Data: data(category.DataPrescription), Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy)},
			{Statement: policy.Statement{ID: "collect-pharmacy-recall", AppliesTo: phi(), Description: "if a prescription drug product delivered through the Services is recalled: your name, email address, the date of the order, and the total amount to be refunded", Quote: "Additionally, if a prescription drug product delivered to you through the Services has been recalled, the pharmacy will share your name, email address, the date of the prescription drug product order, and the total amount to be refunded to you with us."},
				Data: data(category.DataName, category.DataEmail, category.DataOrder, category.DataTransaction), Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy)},
			{Statement: policy.Statement{ID: "collect-vendors-partners", Quote: quoteVendors},
				Data: data(category.DataContact, category.DataAccount, category.DataOrder, category.DataFinancial, category.DataActivity), Sources: src(category.SourceThirdParty, category.SourcePartner),
				From: from(category.RecipientServiceProvider, category.RecipientBusinessPartner)},
			{Statement: policy.Statement{ID: "collect-service-providers", Description: "from service providers and vendors, such as those providing market research, delivery services, map services, email or SMS communication platforms", Quote: quoteServiceProv},
				Data: data(category.DataPersonal), Sources: src(category.SourceThirdParty),
				From: []policy.Party{{Types: kinds(category.RecipientServiceProvider, category.RecipientResearchPartner, category.RecipientDeliveryProvider, category.RecipientCommunicationsProvider), Description: "service providers and other vendors, including those that provide market research, delivery services, map services, email, or SMS communication platforms"}}},
			{Statement: policy.Statement{ID: "collect-restaurant-vendor", AppliesTo: notWhiteLabel("restaurant-orders"), Quote: "This also includes our vendor who processes and fulfills your restaurant orders that are linked to your Instacart account."},
				Data: data(category.DataOrder), Sources: src(category.SourceThirdParty), From: from(category.RecipientServiceProvider, category.RecipientDeliveryProvider)},
			{Statement: policy.Statement{ID: "collect-integrations", AppliesTo: svc("embedded-experiences", "apis"), Description: "information about your use of partners’ sites or applications that have implemented or integrated Instacart services", Quote: "Partners who have implemented or integrated certain Instacart services on their websites or applications may also let us collect information about your use of their sites or applications or share such information with us."},
				Data: data(category.DataUsage, category.DataCrossSiteActivity), Sources: src(category.SourcePartner), Methods: []category.Method{category.MethodAPI}, From: from(category.RecipientBusinessPartner)},
			{Statement: policy.Statement{ID: "collect-shoppable-recipe", AppliesTo: svc("shoppable-recipe"), Quote: "For example, if you use an Instacart Shoppable Recipe button on another site, we will receive information about your use of that button and of the third-party website or application."},
				Data: data(category.DataUsage, category.DataCrossSiteActivity), Sources: src(category.SourcePartner), Methods: []category.Method{category.MethodAPI}, From: from(category.RecipientBusinessPartner)},
			{Statement: policy.Statement{ID: "collect-marketing-partners", Description: "advertising identifiers, contact information, browsing activity and related data, to supplement the information we collect", Quote: quoteMarketingRecv},
				Data: data(category.DataAdvertisingID, category.DataContact, category.DataActivity, category.DataCrossSiteActivity), Sources: src(category.SourceThirdParty, category.SourcePartner),
				From: from(category.RecipientAdvertisingPartner, category.RecipientMarketingProvider)},
			{Statement: policy.Statement{ID: "collect-measurement-partners", Description: "from partners with whom we work for advertising measurement, analytics, and attribution", Quote: quoteMarketingRecv},
				Data: data(category.DataAdvertisingID, category.DataAdInteraction, category.DataActivity), Sources: src(category.SourcePartner),
				From: from(category.RecipientAdvertisingPartner, category.RecipientAnalyticsProvider)},
			{Statement: policy.Statement{ID: "collect-co-brand", Description: "from partners with whom we operate co-branded businesses or offer co-branded products", Quote: "Co-branded partners. Partners with whom we operate co-branded businesses, offer co-branded products."},
				Data: data(category.DataPersonal), Sources: src(category.SourcePartner), From: from(category.RecipientCoBrandPartner)},
			{Statement: policy.Statement{ID: "collect-payment-partners", Description: "payment information from payment providers, processors and partners", Quote: "Payment partners. We receive payment information from our payment providers, processors and partners"},
				Data: data(category.DataFinancial), Sources: src(category.SourceThirdParty), From: from(category.RecipientPaymentProcessor)},
			{Statement: policy.Statement{ID: "collect-fraud-partners", Quote: "We may receive Personal Information about you from partners who assist us in fraud prevention or in connection with claims or disputes."},
				Data: data(category.DataPersonal), Sources: src(category.SourceThirdParty), From: from(category.RecipientSecurityProvider, category.RecipientFraudPreventionAgency)},
			{Statement: policy.Statement{ID: "collect-from-shoppers", Description: "from Instacart personal shoppers in connection with your delivery: your address and delivery details", Quote: "We may receive Personal Information about you from Instacart personal shoppers in connection with your delivery, including information about your address and delivery details."},
				Data: data(category.DataShippingAddress, category.DataOrder), Sources: src(category.SourceThirdParty), From: from(category.RecipientGigWorker)},
			{Statement: policy.Statement{ID: "collect-account-owners", AppliesTo: &policy.Scope{Subjects: []string{"account-participants"}, Services: []string{"family-accounts", "business-accounts"}}, Description: "your activities on the accounts of other account owners who invite you to place orders or request services through them", Quote: "If other Instacart Services account owners invite you to place orders or request other services through their accounts, such as Family Accounts or Instacart Business Accounts, we collect information about your activities on those accounts."},
				Data: data(category.DataUsage, category.DataOrder), Sources: src(category.SourceOtherUsers), From: from(category.RecipientOtherUsers)},
			{Statement: policy.Statement{ID: "collect-referrers", AppliesTo: &policy.Scope{Subjects: []string{"gift-recipients", "referred-friends"}}, Quote: "Other Instacart customers, if they refer you to our Services, send you a gift or other order delivery through our Services."},
				Data: data(category.DataOtherPersonContact, category.DataReferral), Sources: src(category.SourceOtherUsers), From: from(category.RecipientOtherUsers)},
			{Statement: policy.Statement{ID: "collect-authorities", Quote: "Law enforcement, public health, and other governmental authorities."},
				Data: data(category.DataPersonal), Sources: src(category.SourceThirdParty), From: from(category.RecipientLawEnforcement, category.RecipientPublicAuthority)},
			{Statement: policy.Statement{ID: "collect-public-sources", Quote: "Publicly available sources."},
				Data: data(category.DataPersonal), Sources: src(category.SourcePublic)},
			// Payment Processors and Partners.
			{Statement: policy.Statement{ID: "collect-card-details", Description: "such as the last 4 digits of your card number and its expiration month and year", Quote: "We may receive certain information about your payment card from our payment processors, such as the last 4 digits of your card number and its expiration month and year."},
				Data: data(category.DataPaymentCardLastFour, category.DataPaymentCardExpiry), Sources: src(category.SourceThirdParty), From: from(category.RecipientPaymentProcessor)},
			// Information Uses: deidentified data received from a third party.
			{Statement: policy.Statement{ID: "collect-deidentified", Description: "deidentified information received from a third party, treated as non-Personal Information", Quote: quoteDeidentify},
				Data: data(category.DataNonPersonal), Sources: src(category.SourceThirdParty), From: from(category.RecipientThirdParty)},
			// Summary Table: one statement per category of Personal Information.
			{Statement: policy.Statement{ID: "table-identifiers", AppliesTo: table(), Description: "Identifiers", Quote: "Example: Name, Email address, Phone number, Physical address, IP address and device identifiers, Loyalty program numbers"},
				Data:    data(category.DataIdentifier, category.DataName, category.DataEmail, category.DataPhone, category.DataPostalAddress, category.DataIPAddress, category.DataDeviceID, category.DataLoyaltyNumber),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic, category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "table-customer-records", AppliesTo: table(), Description: "Personal Information categories listed in the California Customer Records statute", Quote: "Example: Telephone numbers, Payment information (credit card information)"},
				Data:    data(category.DataPhone, category.DataPaymentCard),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic, category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "table-protected-classifications", AppliesTo: table(), Description: "Characteristics of protected classifications under California or federal law; example: Gender", Quote: "Characteristics of protected classifications under California or federal law"},
				Data:    data(category.DataSex),
				Sources: src(category.SourceDataSubject)},
			{Statement: policy.Statement{ID: "table-commercial", AppliesTo: table(), Description: "Commercial Information: products you purchased or considered, purchase history, preferences and interest profiles, consuming tendencies, reviews; also payment information: payment card details, digital wallet information, gift card numbers, account status and transaction details", Quote: "This also includes Payment information, including Payment card details, Digital wallet information, Gift card numbers, Account status and transaction details"},
				Data:    data(category.DataCommercial, category.DataTransaction, category.DataShoppingPreferences, category.DataInterests, category.DataReview, category.DataPaymentCard, category.DataDigitalWallet, category.DataGiftCard, category.DataAccount),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic, category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "table-internet-activity", AppliesTo: table(), Description: "Internet/Network Activity", Quote: "Your browsing and search history, Clickstream data, App usage, Interactions with the Services, emails, chatbots and advertisements, Session replay, and similar information"},
				Data:    data(category.DataActivity, category.DataPageViews, category.DataSearch, category.DataClickstream, category.DataAppUsage, category.DataUsage, category.DataEmailInteraction, category.DataAdInteraction, category.DataSessionReplay),
				Sources: src(category.SourceAutomatic, category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "table-geolocation", AppliesTo: table(), Description: "Geolocation Data", Quote: "Approximate location data"},
				Data:    data(category.DataApproximateLocation),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic)},
			{Statement: policy.Statement{ID: "table-audio-visual", AppliesTo: table(), Description: "Audio, electronic, visual, or similar information", Quote: "Customer service call recordings, Chat transcripts, Training recordings, Customer-uploaded information"},
				Data:    data(category.DataCallRecording, category.DataSupportRecords, category.DataMedia, category.DataFiles),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic)},
			{Statement: policy.Statement{ID: "table-inferences", AppliesTo: table(), Description: "Inferences", Quote: "Your preferences, behaviors, interests, and characteristics drawn from other Personal Information, including past orders or browsing history"},
				Data:    data(category.DataInference, category.DataInferredInterests, category.DataInferredCharacteristics),
				Sources: src(category.SourceAutomatic, category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "table-sensitive", AppliesTo: table(), Description: "Sensitive Personal Information", Quote: "Depending on your interaction with the Services, we collect government-issued IDs, Log-in information for accounts in combination with passwords allowing access to the accounts, Precise geolocation, Race/ethnicity, and Medical information"},
				Data:    data(category.DataGovernmentID, category.DataCredentials, category.DataPreciseLocation, category.DataRacialEthnicOrigin, category.DataHealth),
				Sources: src(category.SourceDataSubject, category.SourceAutomatic)},
			// Prescription Deliveries: Personal Health Information.
			{Statement: policy.Statement{ID: "collect-phi", AppliesTo: phi(), Description: "“Personal Health Information”: information collected in connection with your prescription delivery that relates to your past, present or future physical or mental health or condition, the provision of health care to you, or your payment for it", Quote: "Some of this information that we collect about you in connection with your prescription delivery may relate to: (i) your past, present or future physical or mental health or condition; (ii) the provision of health care to you; or (iii) your past, present, or future payment for the provision of health care"},
				Data: data(category.DataHealth, category.DataMedicalCondition, category.DataHealthcare, category.DataPrescription, category.DataTransaction), Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy)},
			{Statement: policy.Statement{ID: "collect-patient-status", AppliesTo: &policy.Scope{Services: []string{"prescription-deliveries"}, ExceptServices: []string{"white-labels"}, Subjects: []string{"pharmacy-patients"}}, Description: "your status as a patient of the pharmacy, and in some cases your prescription refill information; protected by HIPAA", Quote: quotePatientStatus},
				Data: data(category.DataHealthcare, category.DataPrescription), Sources: src(category.SourceThirdParty), From: from(category.RecipientPharmacy)},
			// California: use and disclosure of sensitive Personal Information.
			{Statement: policy.Statement{ID: "ca-sensitive-limited", AppliesTo: california(), Citations: []policy.Citation{{Law: jurisdiction.LawCCPA}}, Description: "sensitive Personal Information, used or disclosed only as necessary for these purposes", Quote: quoteSensitive},
				Data:    data(category.DataGovernmentID, category.DataCredentials, category.DataPreciseLocation, category.DataRacialEthnicOrigin, category.DataHealth),
				OnlyFor: []string{"spi-provide", "spi-resist-fraud", "spi-safety", "spi-quality"}},
		},

		Combinations: []policy.Combination{
			{Statement: policy.Statement{ID: "combine-other-sources", Description: "combined information is used for the purposes described in this Privacy Policy", Quote: "Please note that we may combine Personal Information that we collect (as described above) with information from other sources and use the combined information for the purposes described in this Privacy Policy."},
				Collections: collected(), With: data(category.DataPersonal), Sources: src(category.SourceThirdParty)},
			{Statement: policy.Statement{ID: "combine-marketing-supplement", Description: "data from marketing and advertising partners supplements the information we collect", Quote: quoteMarketingRecv},
				Collections: collected(), With: data(category.DataAdvertisingID, category.DataContact, category.DataActivity), Sources: src(category.SourcePartner)},
		},

		Purposes: []policy.Purpose{
			// Information Uses.
			{Statement: policy.Statement{ID: "use-provide-services", Description: "the provision, administration, and management of the Services, including the operation of our websites and mobile applications", Quote: "We use your Personal Information in connection with the provision, administration, and management of the Services, including the operation of our websites and mobile applications."},
				Kind: category.PurposeServiceProvision, Collections: collected()},
			{Statement: policy.Statement{ID: "use-process-payment", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "process your payment, including with information provided by our payment processors and partners", Quote: quoteTransactions},
				Kind: category.PurposePayment, Collections: []string{"collect-payment", "collect-card-details", "collect-payment-partners"}},
			{Statement: policy.Statement{ID: "use-deliver-orders", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "facilitate the delivery of your order", Quote: quoteTransactions},
				Kind: category.PurposeDelivery, Collections: []string{"collect-order", "collect-vehicle", "collect-shopper-messages", "collect-from-shoppers"}},
			{Statement: policy.Statement{ID: "use-customer-support", Quote: "We use your Personal Information to respond to your customer support communications and inquiries and assist you in your use of the Services."},
				Kind: category.PurposeCustomerSupport, Collections: collected()},
			{Statement: policy.Statement{ID: "use-communicate-info", Description: "provide you with relevant information about us or our Services, including details about our community affairs efforts", Quote: quoteCommunicate},
				Kind: category.PurposeContact, Collections: collected()},
			{Statement: policy.Statement{ID: "use-request-feedback", Description: "request information or feedback", Quote: quoteCommunicate},
				Kind: category.PurposeSurveys, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-service-updates", Description: "important updates about the Services and communications about changes to this Privacy Policy or other applicable terms and policies; administrative and transactional messages cannot be opted out of", Quote: "These communications include sending you, from time-to-time, important updates about the Services, communications about changes to this Privacy Policy or other applicable terms and policies."},
				Kind: category.PurposeServiceCommunication, Collections: collected(), Choice: policy.ModeAlways},
			{Statement: policy.Statement{ID: "use-marketing-messages", AppliesTo: svc("marketing-emails", "push-notifications", "text-messages"), Description: "send you marketing and promotional materials and communications: periodic marketing and promotional emails, push notifications and/or text messages", Quote: quoteMarketingUse},
				Kind: category.PurposeDirectMarketing, Collections: notSensitive(), Choice: policy.ModeOptOut},
			{Statement: policy.Statement{ID: "use-marketing-consent", AppliesTo: &policy.Scope{WhereLawProvides: true, Services: []string{"marketing-emails", "push-notifications", "text-messages"}}, Description: "where required by law, marketing and promotional messages are sent only with your consent", Quote: quoteMarketingMsgs},
				Kind: category.PurposeDirectMarketing, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "use-interest-ads", Description: "interest-based and other advertisements, which may use device identifiers, cookies, pixels, tags, APIs, SDKs and similar technologies", Quote: quoteMarketingUse},
				Kind: category.PurposeTargetedAdvertising, Collections: notSensitive(), Choice: policy.ModeOptOut},
			{Statement: policy.Statement{ID: "use-ad-measurement", Description: "analyze and measure the effectiveness of marketing and advertisements", Quote: quoteMarketingUse},
				Kind: category.PurposeAdMeasurement, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-personalise", Description: "understand which parts of the Services are of most interest to you and customize or personalize your experience and the content displayed", Quote: "We use your Personal Information to help us understand which parts of the Services are of most interest to you and customize or personalize your experience."},
				Kind: category.PurposePersonalisation, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-recommendations", Description: "display recommendations based on how you browse, use, or otherwise interact with the Services", Quote: quotePersonalise},
				Kind: category.PurposeRecommendations, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-digital-coupons", Description: "display digital coupons based on how you interact with the Services", Quote: quotePersonalise},
				Kind: category.PurposePricing, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-first-party-ads", Description: "display advertising on the Services based on how you browse, use, or otherwise interact with them", Quote: quotePersonalise},
				Kind: category.PurposeFirstPartyAdvertising, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "use-analytics", Description: "conduct analytics about your use of the Services and identify usage trends, also by our service providers and partners", Quote: quoteTrends},
				Kind: category.PurposeAnalytics, Collections: collected()},
			{Statement: policy.Statement{ID: "use-research", Description: "conduct research about your use of the Services, also by our service providers and partners", Quote: quoteTrends},
				Kind: category.PurposeResearch, Collections: collected()},
			{Statement: policy.Statement{ID: "use-improve", Description: "identify issues and improve the Services", Quote: quoteImprove},
				Kind: category.PurposeImprovement, Collections: collected()},
			{Statement: policy.Statement{ID: "use-test-features", Description: "test new features or changes in our features", Quote: quoteImprove},
				Kind: category.PurposeProductDevelopment, Collections: collected()},
			{Statement: policy.Statement{ID: "use-security", Description: "help maintain the security and integrity of the Services", Quote: quoteSecurity},
				Kind: category.PurposeSecurity, Collections: collected()},
			{Statement: policy.Statement{ID: "use-fraud", Description: "detect, prevent, investigate, and protect you, our business, our users, and others from fraud, unauthorized transactions, and other unsafe activity", Quote: quoteSecurity},
				Kind: category.PurposeFraudPrevention, Collections: collected()},
			{Statement: policy.Statement{ID: "use-protect", Description: "protect the safety, rights, or property of any person, the public, or Instacart", Quote: quoteSecurity},
				Kind: category.PurposeProtectRights, Collections: collected()},
			{Statement: policy.Statement{ID: "use-legal", Description: "comply with applicable laws and regulations, respond to legal process, and/or respond to requests and communications from law enforcement authorities or other government officials", Quote: "We use your Personal Information to comply with applicable laws and regulations, respond to legal process, and/or respond to requests and communications from law enforcement authorities or other government officials."},
				Kind: category.PurposeLegalCompliance, Collections: collected()},
			{Statement: policy.Statement{ID: "use-corporate", Description: "sales and business transactions in which information held by us is among the assets transferred or is otherwise relevant to the evaluation, negotiation or completion of the transaction", Quote: "We use your Personal Information to carry out sales and business transactions in which information held by us is among the assets transferred or is otherwise relevant to the evaluation, negotiation or completion of the transaction."},
				Kind: category.PurposeCorporateTransaction, Collections: collected()},
			{Statement: policy.Statement{ID: "use-community", AppliesTo: &policy.Scope{ExceptServices: []string{"white-labels"}}, Description: "our community affairs efforts; Instacart is active in local communities as part of its mission", Quote: "We may use your information in connection with our community affairs efforts."},
				Kind: category.PurposeCommunityEngagement, Collections: collected()},
			{Statement: policy.Statement{ID: "use-as-directed", Description: "other purposes at your direction or with your consent", Quote: "We will use your Personal Information for other purposes at your direction or with your consent."},
				Kind: category.PurposeAsDirected, Collections: collected(), Choice: policy.ModeOptIn},
			// Age and identity verification.
			{Statement: policy.Statement{ID: "verify-age", Quote: quoteIDVerification},
				Kind: category.PurposeAgeVerification, Collections: []string{"collect-id-verification", "collect-id-copy"}},
			{Statement: policy.Statement{ID: "verify-identity", Quote: quoteIDVerification},
				Kind: category.PurposeIdentityVerification, Collections: []string{"collect-id-verification", "collect-id-copy"}},
			{Statement: policy.Statement{ID: "fresh-funds-administer", AppliesTo: svc("fresh-funds"), Description: "administer the Fresh Funds program", Quote: "If you participate in a Fresh Funds program and enter a Fresh Funds code to redeem your Fresh Funds credits, we collect information necessary for us to administer the program, including the name of the Fresh Funds partner in whose program you participate, your Fresh Funds balance, and the products you purchased with your Fresh Funds."},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-fresh-funds"}},
			// Session replays.
			{Statement: policy.Statement{ID: "replay-diagnose", Description: "diagnose usability problems and identify areas for improvement", Quote: quoteSessionReplay},
				Kind: category.PurposeImprovement, Collections: []string{"collect-session-replay"}},
			// General location.
			{Statement: policy.Statement{ID: "location-security", Description: "maintain security (for example, detect suspicious or unusual access patterns)", Quote: quoteGeneralLoc},
				Kind: category.PurposeSecurity, Collections: []string{"collect-general-location"}},
			{Statement: policy.Statement{ID: "location-fraud", Description: "prevent fraud", Quote: quoteGeneralLoc},
				Kind: category.PurposeFraudPrevention, Collections: []string{"collect-general-location"}},
			{Statement: policy.Statement{ID: "location-localise", Description: "present localized experiences (such as content availability)", Quote: quoteGeneralLoc},
				Kind: category.PurposePersonalisation, Collections: []string{"collect-general-location"}},
			{Statement: policy.Statement{ID: "location-legal", Description: "comply with regional laws and obligations (for example, consent/opt-out prompts and notices)", Quote: quoteGeneralLoc},
				Kind: category.PurposeLegalCompliance, Collections: []string{"collect-general-location"}},
			{Statement: policy.Statement{ID: "location-analytics", Description: "measure our services through aggregated analytics", Quote: quoteGeneralLoc},
				Kind: category.PurposeAnalytics, Collections: []string{"collect-general-location"}},
			{Statement: policy.Statement{ID: "location-improve", Description: "improve our services through aggregated analytics", Quote: quoteGeneralLoc},
				Kind: category.PurposeImprovement, Collections: []string{"collect-general-location"}},
			// Precise geolocation.
			{Statement: policy.Statement{ID: "precise-pickup", Description: "facilitate the prompt hand-off of pickup orders (where available)", Quote: quotePreciseUse},
				Kind: category.PurposeOrderFulfilment, Collections: []string{"collect-precise-location"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "precise-delivery", Description: "improve the accuracy of deliveries", Quote: quotePreciseUse},
				Kind: category.PurposeDelivery, Collections: []string{"collect-precise-location"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "precise-stores", Description: "assist you in finding nearby stores for which pickup or delivery are available, and other similar purposes", Quote: quotePreciseUse},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-precise-location"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "precise-analytics", Description: "our analytics purposes", Quote: quotePreciseMore},
				Kind: category.PurposeAnalytics, Collections: []string{"collect-precise-location"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "precise-improve", Description: "better understand how we can improve the Services", Quote: quotePreciseMore},
				Kind: category.PurposeImprovement, Collections: []string{"collect-precise-location"}, Choice: policy.ModeOptIn},
			// Cookies, pixels, and other tracking technologies.
			{Statement: policy.Statement{ID: "tracking-function", Description: "make the Services function properly", Quote: quoteTrackingUse},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-tracking"}},
			{Statement: policy.Statement{ID: "tracking-analytics", Description: "understand how you use the Services", Quote: quoteTrackingUse},
				Kind: category.PurposeAnalytics, Collections: []string{"collect-tracking"}},
			{Statement: policy.Statement{ID: "tracking-personalise", Description: "personalize your experience", Quote: quoteTrackingUse},
				Kind: category.PurposePersonalisation, Collections: []string{"collect-tracking"}},
			{Statement: policy.Statement{ID: "tracking-ad-measurement", Description: "measure, monitor, and manage the advertisements you see", Quote: quoteTrackingUse},
				Kind: category.PurposeAdMeasurement, Collections: []string{"collect-tracking"}},
			{Statement: policy.Statement{ID: "tracking-ads", Description: "display and customize the advertisements you see", Quote: quoteTrackingUse},
				Kind: category.PurposeTargetedAdvertising, Collections: []string{"collect-tracking"}},
			// Information received from other sources.
			{Statement: policy.Statement{ID: "loyalty-benefits", Description: "enable you to receive your loyalty benefits, discounts, and special promotions", Quote: quoteRetailerLoyal},
				Kind: category.PurposeLoyaltyProgramme, Collections: []string{"collect-retailer-loyalty"}},
			{Statement: policy.Statement{ID: "partner-measurement", Description: "advertising measurement, analytics, and attribution with our partners", Quote: quoteMarketingRecv},
				Kind: category.PurposeAdMeasurement, Collections: []string{"collect-measurement-partners"}},
			// Information Disclosures.
			{Statement: policy.Statement{ID: "use-ad-services", Description: "provide advertising services to other companies (e.g., to assist in serving and measuring our or their advertisements)", Quote: quoteMarketingDiscl},
				Kind: category.PurposeAdvertising, Collections: notSensitive()},
			{Statement: policy.Statement{ID: "retailer-loyalty", Description: "verify your participation in retailers’ loyalty programs or obtain your loyalty number, so that you see loyalty pricing if available and eligible purchases are credited to your loyalty account", Quote: quoteRetailerLoyal2},
				Kind: category.PurposeLoyaltyProgramme},
			{Statement: policy.Statement{ID: "retailer-prepare", Description: "so that a retailer’s personnel can prepare your order for your shopper, a courier or for you to pick up", Quote: quoteRetailers},
				Kind: category.PurposeOrderFulfilment, Collections: []string{"collect-order"}},
			{Statement: policy.Statement{ID: "use-integrations", Description: "allow business partners to integrate with our Services", Quote: quoteBusinessPurp},
				Kind: category.PurposeServiceProvision},
			{Statement: policy.Statement{ID: "use-co-branding", Description: "co-branding: businesses, services and product lines operated or sold jointly with third-party businesses, such as co-branded credit cards", Quote: "We operate businesses and offer services or sell product lines jointly with third-party businesses (such as co-branded credit cards) and we may share your Personal Information with companies that offer co-branded services or products."},
				Kind: category.PurposeBusinessOperations},
			{Statement: policy.Statement{ID: "use-remedies", Description: "allow us to pursue available remedies or limit damages that we may sustain", Quote: quoteOtherThird},
				Kind: category.PurposeLegalClaims},
			{Statement: policy.Statement{ID: "restaurant-fulfil", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "make the restaurant experience available and fulfil restaurant orders", Quote: quoteRestaurant},
				Kind: category.PurposeOrderFulfilment},
			{Statement: policy.Statement{ID: "restaurant-offers", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "deliver restaurant-related content and offers on our Services", Quote: quoteRestaurant},
				Kind: category.PurposeMarketing},
			// California: the only uses of sensitive Personal Information.
			{Statement: policy.Statement{ID: "spi-provide", AppliesTo: california(), Description: "as necessary to provide the Services", Quote: quoteSensitive},
				Kind: category.PurposeServiceProvision, Collections: []string{"ca-sensitive-limited"}},
			{Statement: policy.Statement{ID: "spi-resist-fraud", AppliesTo: california(), Description: "resist malicious, deceptive, fraudulent, or illegal actions directed at our business", Quote: quoteSensitive},
				Kind: category.PurposeFraudPrevention, Collections: []string{"ca-sensitive-limited"}},
			{Statement: policy.Statement{ID: "spi-safety", AppliesTo: california(), Description: "ensure the physical safety of natural persons", Quote: quoteSensitive},
				Kind: category.PurposeProtectRights, Collections: []string{"ca-sensitive-limited"}},
			{Statement: policy.Statement{ID: "spi-quality", AppliesTo: california(), Description: "verify, maintain, and improve the quality of our Services", Quote: quoteSensitive},
				Kind: category.PurposeQualityAssurance, Collections: []string{"ca-sensitive-limited"}},
			// Prescription Deliveries.
			{Statement: policy.Statement{ID: "phi-provide", AppliesTo: phi(), Description: "provide the prescription delivery Services", Quote: quotePHIDisclosure},
				Kind: category.PurposeServiceProvision, Collections: []string{"collect-phi", "collect-patient-status"}},
		},

		Recipients: []policy.Recipient{
			// Information Disclosures.
			{Statement: policy.Statement{ID: "to-affiliates", Description: "affiliates, subsidiaries, and other companies under common control and ownership, for purposes consistent with this Privacy Policy and other business and operational purposes", Quote: "We may disclose your Personal Information to our affiliates, subsidiaries, and other companies under common control and ownership for purposes consistent with this Privacy Policy and other business and operational purposes."},
				Types: kinds(category.RecipientAffiliate), Collections: collected(), RecipientPurposes: []category.Purpose{category.PurposeBusinessOperations}},
			{Statement: policy.Statement{ID: "to-service-providers", Description: "service providers and vendors who provide services to us, for example cloud storage services, system hosting services, research partners such as those who provide customer research and surveys, data security services, delivery services, legal services, map services, email or SMS communication services, or other vendors that assist us with providing, operating or maintaining parts of our Services", Quote: "We disclose your Personal Information to our service providers and vendors who provide services to us, for example cloud storage services, system hosting services, research partners such as those who provide customer research and surveys, data security services, delivery services, legal services, map services, email or SMS communication services, or other vendors that assist us with providing, operating or maintaining parts of our Services."},
				Types: kinds(category.RecipientServiceProvider, category.RecipientHostingProvider, category.RecipientResearchPartner, category.RecipientSecurityProvider, category.RecipientDeliveryProvider, category.RecipientProfessionalAdviser, category.RecipientCommunicationsProvider),
				Role:  policy.RoleServiceProvider, Collections: collected(), Purposes: []string{"use-provide-services"}},
			{Statement: policy.Statement{ID: "to-instacart-partners", Description: "Instacart partners whose services we have integrated into our own, or who have integrated Instacart services into their sites or applications, such as your contact and order information", Quote: "We also share your Personal Information with Instacart partners whose services we have integrated into our own, or those who have integrated certain Instacart services into their sites or applications, such as your contact and order information."},
				Types: kinds(category.RecipientBusinessPartner), Data: data(category.DataContact, category.DataOrder), Purposes: []string{"use-integrations"}},
			{Statement: policy.Statement{ID: "to-payment-processors", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "payment processors, when you place an order through the Services", Quote: "We use payment processors as described"},
				Types: kinds(category.RecipientPaymentProcessor), Collections: []string{"collect-payment"}, Purposes: []string{"use-process-payment"}},
			{Statement: policy.Statement{ID: "to-fraud-providers", Description: "third-party fraud prevention providers, so they can check whether a purchase is legitimate: such as your device and activity information and order history", Quote: "To help protect our customers and prevent fraudulent purchases, we disclose your Personal Information (such as your device and activity information and order history) to our third-party fraud prevention providers so they can check whether the purchase is legitimate."},
				Types: kinds(category.RecipientSecurityProvider), Data: data(category.DataOnline, category.DataActivity, category.DataTransaction), Purposes: []string{"use-fraud"}},
			{Statement: policy.Statement{ID: "to-marketing-partners", Description: "marketing and advertising partners, including social media platforms, third-party advertising networks, other websites and publishers, and other parties: such as contact information, device information, browser and activity information, and general location", Quote: quoteMarketingDiscl},
				Types:    kinds(category.RecipientAdvertisingPartner, category.RecipientSocialMedia, category.RecipientAdNetwork, category.RecipientAdvertiser, category.RecipientThirdParty),
				Data:     data(category.DataContact, category.DataOnline, category.DataBrowser, category.DataActivity, category.DataApproximateLocation),
				Purposes: []string{"use-marketing-messages", "use-interest-ads", "use-ad-services", "use-ad-measurement"}},
			{Statement: policy.Statement{ID: "to-ad-partner-trackers", Description: "advertising partners that use cookies, SDKs, or other trackers to collect information about your online activity over time and across different websites or online services, so that you may see tailored ads on the Services or ads for Instacart elsewhere", Quote: quoteAdTrackers},
				Types: kinds(category.RecipientAdvertisingPartner), Data: data(category.DataActivity, category.DataCrossSiteActivity), CollectsDirectly: true,
				Purposes: []string{"use-interest-ads"}},
			{Statement: policy.Statement{ID: "to-analytics-providers", Description: "third-party analytics providers who may deploy cookies, pixels, and similar technologies to analyze traffic and usage of the Services and the performance of advertisements; they may collect device, location, browser and activity information", Quote: quoteAnalytics},
				Types: analyticsTypes(), Data: data(category.DataOnline, category.DataLocation, category.DataBrowser, category.DataActivity), CollectsDirectly: true,
				Purposes: []string{"use-analytics", "use-ad-measurement"}},
			{Statement: policy.Statement{ID: "to-google-analytics", Quote: quoteGoogle},
				Types: analyticsTypes(), Entities: []policy.Entity{{Name: "Google", Description: "provider of Google Analytics, an analytics tool"}}, CollectsDirectly: true,
				Purposes: []string{"use-analytics"}, Documents: []string{"google-analytics-support"}},
			{Statement: policy.Statement{ID: "to-session-replay-providers", Description: "third party services that employ software code to record users’ interactions with the Services", Quote: quoteSessionReplay},
				Types: analyticsTypes(), Collections: []string{"collect-session-replay"}, CollectsDirectly: true, Purposes: []string{"replay-diagnose"}},
			{Statement: policy.Statement{ID: "to-personal-shoppers", AppliesTo: &policy.Scope{Subjects: []string{"customers"}}, Description: "the personal shopper who will pick up and deliver your order: order information, delivery preferences, name, address and precise geolocation; the shopper no longer has access to your Personal Information once your order has been delivered", Quote: quoteShoppers + " Please note that the shopper will no longer have access to your Personal Information once your order has been delivered."},
				Types: kinds(category.RecipientGigWorker), Data: data(category.DataOrder, category.DataPreferences, category.DataName, category.DataShippingAddress, category.DataPreciseLocation),
				// The CCPA section calls them "contractors (e.g., our personal shoppers)".
				Role:     policy.RoleServiceProvider,
				Purposes: []string{"use-deliver-orders"}, Conditions: []policy.Condition{policy.ConditionPurposeLimited}},
			{Statement: policy.Statement{ID: "to-retailers", Description: "retailers, to provide and maintain the Services, for example order information to the retailer with whom you placed an order", Quote: quoteRetailers},
				Types: kinds(category.RecipientRetailer), Data: data(category.DataOrder), Purposes: []string{"use-provide-services", "retailer-prepare"}},
			{Statement: policy.Statement{ID: "to-retailers-loyalty", Description: "retailers, to verify your participation in their loyalty programs or obtain your loyalty number", Quote: quoteRetailerLoyal2},
				Types: kinds(category.RecipientRetailer), Data: data(category.DataLoyalty, category.DataLoyaltyNumber), Purposes: []string{"retailer-loyalty"}},
			{Statement: policy.Statement{ID: "to-retailers-alcohol", AppliesTo: where(), Description: "when you buy alcohol, if available in your region, the retailer who makes the sale: name, delivery address, government-issued ID information, the quantity, brand, price, proof, and volume of the alcohol purchased", Quote: quoteAlcohol},
				Types: kinds(category.RecipientRetailer), Data: data(category.DataName, category.DataShippingAddress, category.DataGovernmentID, category.DataOrder),
				Purposes: []string{"use-legal"}, Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
			{Statement: policy.Statement{ID: "to-white-label-retailers", AppliesTo: svc("white-labels"), Description: "the retailer of an Instacart White Label Site: information collected from your interactions on that site, including contact information, order details, and information we combine from other sources", Quote: quoteWhiteLabel},
				Types: kinds(category.RecipientRetailer), Data: data(category.DataContact, category.DataOrder, category.DataPersonal)},
			{Statement: policy.Statement{ID: "to-restaurant-partner", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "our restaurant partner who facilitates the restaurant experience; it may use certain of your information to provide the restaurant services, including customer support", Quote: quoteRestaurant + " " + quoteRestaurantPay + " " + quoteRestaurant2},
				Types: kinds(category.RecipientServiceProvider, category.RecipientBusinessPartner), Data: data(category.DataPersonal),
				Purposes: []string{"restaurant-fulfil", "restaurant-offers"}, RecipientPurposes: []category.Purpose{category.PurposeServiceProvision, category.PurposeCustomerSupport}},
			{Statement: policy.Statement{ID: "to-restaurants-couriers", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "the couriers and restaurants from which you placed an order, so they can prepare and hand your order to you or to the courier who will deliver it", Quote: quoteRestaurant2},
				Types: kinds(category.RecipientRestaurant, category.RecipientGigWorker), Via: "to-restaurant-partner", Data: data(category.DataPersonal, category.DataOrder),
				Purposes: []string{"restaurant-fulfil"}},
			{Statement: policy.Statement{ID: "to-fresh-funds-partners", AppliesTo: notWhiteLabel("fresh-funds"), Description: "the Fresh Funds partner in whose program you participate: your Fresh Funds balance, the products you purchased, and other information in connection with the program", Quote: "If you participate in our Fresh Funds program, we share with the Fresh Funds partner in whose program you participate your Fresh Funds balance, the products you purchased, and other information in connection with the program."},
				Types: kinds(category.RecipientBusinessPartner), Collections: []string{"collect-fresh-funds"}, Data: data(category.DataStoredValue, category.DataTransaction), Purposes: []string{"fresh-funds-administer"}},
			{Statement: policy.Statement{ID: "to-co-brand-partners", Description: "companies that offer co-branded services or products, such as co-branded credit cards", Quote: "We operate businesses and offer services or sell product lines jointly with third-party businesses (such as co-branded credit cards) and we may share your Personal Information with companies that offer co-branded services or products."},
				Types: kinds(category.RecipientCoBrandPartner, category.RecipientFinancialInstitution), Collections: collected(), Purposes: []string{"use-co-branding"}},
			{Statement: policy.Statement{ID: "to-other-users", Description: "other Instacart Services account owners and users of the Services, if you choose to make information public or select sharing features", Quote: quoteOtherUsers},
				Types: kinds(category.RecipientOtherUsers), Collections: []string{"collect-public"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "to-public-recipes", Description: "a recipe you share publicly is viewable by other users with your first name and last initial", Quote: "For example, if you share a recipe publicly on the Services, the recipe, along with your first name and last initial, will be viewable by other users."},
				Types: kinds(category.RecipientPublic, category.RecipientOtherUsers), Data: data(category.DataUserContribution, category.DataName), Collections: []string{"collect-public"}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "to-account-owners", AppliesTo: &policy.Scope{Subjects: []string{"account-participants"}, Services: []string{"family-accounts", "business-accounts"}}, Description: "the account owner who invited you to a Family Account or Instacart Business, and the other participants, see some of your information and carts", Quote: "In addition, if you select to participate in a Family Account or Instacart Business, the account owner who invited you to participate and the other participants will see some of your information and carts."},
				Types: kinds(category.RecipientOtherUsers), Data: data(category.DataPersonal, category.DataShoppingPreferences, category.DataOrder), Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "to-authorities", Description: "when we believe that the disclosure is reasonably necessary or appropriate under, or to comply with, applicable laws, regulations, legal processes, or legal requests; we share information relevant to the legal matter", Quote: quoteLegalMatters},
				Types: kinds(category.RecipientPublicAuthority, category.RecipientLawEnforcement), Role: policy.RoleAuthority, Collections: collected(), Purposes: []string{"use-legal"},
				Conditions: []policy.Condition{policy.ConditionRequiredByLaw, policy.ConditionGoodFaithBelief}},
			{Statement: policy.Statement{ID: "to-successor", Description: "another entity that acquires us or any of our assets, leading up to and/or following the transaction", Quote: quoteSale},
				Types: kinds(category.RecipientSuccessor), Collections: collected(), Purposes: []string{"use-corporate"}, Conditions: []policy.Condition{policy.ConditionCorporateTransaction}},
			{Statement: policy.Statement{ID: "to-successor-advisors", Description: "the acquiring entity's advisors", Quote: quoteSale},
				Types: kinds(category.RecipientProfessionalAdviser), Collections: collected(), Purposes: []string{"use-corporate"}, Conditions: []policy.Condition{policy.ConditionCorporateTransaction}},
			{Statement: policy.Statement{ID: "to-bankruptcy-third-parties", Description: "in a bankruptcy or reorganization proceeding, Personal Information may be considered an asset and sold or transferred to third parties", Quote: "In addition, if any bankruptcy or reorganization proceeding is brought by or against us, Personal Information that we hold may be considered an asset of ours and may be sold or transferred to third parties."},
				Types: kinds(category.RecipientThirdParty, category.RecipientSuccessor), Collections: collected(), Purposes: []string{"use-corporate"}, Conditions: []policy.Condition{policy.ConditionCorporateTransaction}},
			{Statement: policy.Statement{ID: "to-others-with-consent", Description: "other parties at your direction or with your consent", Quote: "We will disclose your Personal Information to other parties at your direction or with your consent."},
				Types: kinds(category.RecipientThirdParty), Collections: collected(), Purposes: []string{"use-as-directed"}, Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "to-others-protect", Description: "other parties, if we believe it necessary or appropriate to protect our operations and those of our affiliates, to protect our rights, privacy, safety, or property and those of others, or to pursue available remedies or limit damages", Quote: quoteOtherThird},
				Types: kinds(category.RecipientThirdParty), Collections: collected(), Purposes: []string{"use-protect", "use-remedies"},
				Conditions: []policy.Condition{policy.ConditionGoodFaithBelief, policy.ConditionProtectRights}},
			{Statement: policy.Statement{ID: "to-others-disclosed-purpose", Description: "for other reasons described at the time of information collection or prior to sharing", Quote: "We may disclose your Personal Information for other reasons that we will describe at the time of information collection or prior to sharing your information."},
				Types: kinds(category.RecipientThirdParty), Collections: collected(), Conditions: []policy.Condition{policy.ConditionDisclosedPurpose}},
			// Payment Processors and Partners.
			{Statement: policy.Statement{ID: "to-payment-processor-direct", Description: "third-party payment processors collect and process your credit card or other payment information; card payment information is transmitted directly to our payment processor", Quote: quotePayProcessors + " For example, if you pay with a credit card, the payment information that you provide through the Services is transmitted directly to our payment processor."},
				Types: kinds(category.RecipientPaymentProcessor), Data: data(category.DataPaymentCard, category.DataFinancial), CollectsDirectly: true, Purposes: []string{"use-process-payment"}},
			{Statement: policy.Statement{ID: "to-restaurant-partner-payment", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "where available, the restaurant partner collects and processes your credit card or other payment information to fulfill a restaurant order", Quote: quoteRestaurantPay},
				Types: kinds(category.RecipientServiceProvider, category.RecipientBusinessPartner), Data: data(category.DataPaymentCard, category.DataFinancial), CollectsDirectly: true, Purposes: []string{"restaurant-fulfil"}},
			{Statement: policy.Statement{ID: "to-payment-partners-redirect", Description: "other payment partners, such as online payment system providers, that redirect you to their websites to submit your payment information; their privacy policies apply", Quote: quotePaymentRedir},
				Types: kinds(category.RecipientPaymentProcessor), Role: policy.RoleIndependentController, Data: data(category.DataFinancial), CollectsDirectly: true, Documents: []string{"payment-provider-policies"}},
			// Third-Party Websites.
			{Statement: policy.Statement{ID: "to-social-sharing", Description: "other websites with which social sharing tools let you share actions on the Services, and vice versa; their own privacy policies govern them", Quote: quoteThirdSites},
				Types: kinds(category.RecipientSocialMedia, category.RecipientThirdParty), Role: policy.RoleIndependentController, Data: data(category.DataActivity), Choice: policy.ModeOptIn, Documents: []string{"third-party-site-policies"}},
			// Summary Table: third parties to whom data may have been sold or shared.
			{Statement: policy.Statement{ID: "sold-identifiers-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-identifiers"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-identifiers-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-identifiers"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-customer-records-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-customer-records"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-protected-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-protected-classifications"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-protected-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-protected-classifications"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-commercial-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-commercial"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-commercial-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-commercial"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-internet-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-internet-activity"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-internet-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-internet-activity"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-geolocation-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-geolocation"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-geolocation-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-geolocation"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "not-sold-audio-visual", Not: true, AppliesTo: table(), Description: "N/A: audio, electronic, visual, or similar information is not sold or shared", Quote: quoteTableHeader},
				Types: kinds(category.RecipientThirdParty), Collections: []string{"table-audio-visual"}, SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-inferences-ad", AppliesTo: table(), Description: "Advertising and marketing partners", Quote: quoteTableHeader},
				Types: adTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-inferences"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "sold-inferences-analytics", AppliesTo: table(), Description: "Analytics providers", Quote: quoteTableHeader},
				Types: analyticsTypes(), Role: policy.RoleThirdParty, Collections: []string{"table-inferences"}, Purposes: soldPurposes(), SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "not-sold-sensitive", Not: true, AppliesTo: table(), Description: "N/A: sensitive Personal Information is not sold or shared", Quote: quoteTableHeader},
				Types: kinds(category.RecipientThirdParty), Collections: []string{"table-sensitive"}, SoldOrShared: ptr(true)},
			{Statement: policy.Statement{ID: "to-business-purpose-recipients", Description: "vendors, partners, service providers, contractors (e.g., personal shoppers) and the other recipients listed above, for business purposes; which categories depend on how you interact with us, the Services you use, the features you choose, and the nature of the recipient's services", Quote: quoteBusinessPurp},
				Types: kinds(category.RecipientServiceProvider, category.RecipientBusinessPartner, category.RecipientGigWorker), Role: policy.RoleServiceProvider, Collections: tableRows(),
				Purposes:        []string{"use-provide-services", "use-security", "use-improve", "use-marketing-messages", "use-deliver-orders", "use-process-payment", "use-integrations", "use-co-branding", "use-customer-support", "use-analytics"},
				BusinessPurpose: ptr(true)},
			// Prescription Deliveries: the only disclosures of Personal Health Information to other people or non-affiliated companies.
			{Statement: policy.Statement{ID: "phi-with-consent", AppliesTo: phi(), Description: "other people or non-affiliated companies, with your prior written consent", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientThirdParty), Collections: []string{"collect-phi", "collect-patient-status"}, Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptIn},
			{Statement: policy.Statement{ID: "phi-service", AppliesTo: phi(), Description: "where such disclosure is necessary in order to provide the Services", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientServiceProvider, category.RecipientGigWorker), Collections: []string{"collect-phi", "collect-patient-status"}, Purposes: []string{"phi-provide"}},
			{Statement: policy.Statement{ID: "phi-pharmacy", AppliesTo: phi(), Description: "your pharmacy, on its instruction", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientPharmacy, category.RecipientHealthcareProvider), Collections: []string{"collect-phi", "collect-patient-status"}},
			{Statement: policy.Statement{ID: "phi-deidentified", AppliesTo: phi(), Description: "Personal Health Information that has been “de-identified” so that it cannot identify you", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientThirdParty), Collections: []string{"collect-phi"}, Conditions: []policy.Condition{policy.ConditionDeIdentified}},
			{Statement: policy.Statement{ID: "phi-required-by-law", AppliesTo: phi(), Description: "where such disclosure is required by law", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientPublicAuthority, category.RecipientThirdParty), Collections: []string{"collect-phi", "collect-patient-status"}, Purposes: []string{"use-legal"}, Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
			{Statement: policy.Statement{ID: "phi-business-transaction", AppliesTo: phi(), Description: "in connection with a business transaction or bankruptcy proceeding", Quote: quotePHIDisclosure},
				Types: kinds(category.RecipientSuccessor), Collections: []string{"collect-phi", "collect-patient-status"}, Purposes: []string{"use-corporate"}, Conditions: []policy.Condition{policy.ConditionCorporateTransaction}},
		},

		Retention: []policy.Retention{
			{Statement: policy.Statement{ID: "keep-as-necessary", Quote: quoteRetention},
				Data: data(category.DataPersonal),
				Periods: []policy.Period{
					{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled},
					{Kind: policy.PeriodLegalRequirement, Criteria: "satisfying any legal, accounting, or reporting requirements"},
				}},
			{Statement: policy.Statement{ID: "keep-criteria", Description: "how the appropriate retention period is determined", Quote: quoteRetentionCrit},
				Data: data(category.DataPersonal),
				Periods: []policy.Period{
					{Kind: policy.PeriodCriteria, Criteria: "the amount, nature, and sensitivity of the Personal Information; the potential risk of harm from unauthorized use or disclosure of the Personal Information; the purposes for which we use the Personal Information; whether we can achieve those purposes through other means"},
					{Kind: policy.PeriodLegalRequirement, Criteria: "the applicable laws that require us to retain information for regulatory purposes"},
				},
				Exceptions: []policy.Exception{{
					Reason: "applicable laws permit us to retain the information to preserve our legal rights",
					Period: policy.Period{Kind: policy.PeriodCriteria, Criteria: "as applicable laws permit, to preserve our legal rights"},
					Quote:  quoteRetentionCrit,
				}}},
		},

		Trackers: []policy.Tracker{
			{Statement: policy.Statement{ID: "tracker-cookies", Quote: quoteTracking},
				Name: "cookies", Kind: category.TrackerCookie, Data: data(category.DataCookieID, category.DataActivity),
				Purposes: []string{"tracking-function", "tracking-analytics", "tracking-personalise", "tracking-ad-measurement", "tracking-ads", "use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-pixels", Quote: quoteTracking},
				Name: "pixels", Kind: category.TrackerWebBeacon, Data: data(category.DataActivity),
				Purposes: []string{"tracking-function", "tracking-analytics", "tracking-personalise", "tracking-ad-measurement", "tracking-ads", "use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-tags", Quote: quoteTracking},
				Name: "tags", Kind: category.TrackerWebBeacon, Data: data(category.DataActivity),
				Purposes: []string{"tracking-function", "tracking-analytics", "tracking-personalise", "tracking-ad-measurement", "tracking-ads", "use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-apis", Quote: quoteTracking},
				Name: "application programming interfaces (APIs)", Kind: category.TrackerOther, Data: data(category.DataDeviceID, category.DataActivity),
				Purposes: []string{"tracking-function", "tracking-analytics", "tracking-personalise", "tracking-ad-measurement", "tracking-ads", "use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-sdks", Quote: quoteTracking},
				Name: "software development kits (SDKs)", Kind: category.TrackerSDK, Data: data(category.DataDeviceID, category.DataActivity),
				Purposes: []string{"tracking-function", "tracking-analytics", "tracking-personalise", "tracking-ad-measurement", "tracking-ads", "use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-session-replay", Quote: quoteSessionReplay},
				Name: "session replays", Kind: category.TrackerSessionReplay, Party: policy.PartyThirdParty, Recipient: "to-session-replay-providers",
				Data: data(category.DataSessionReplay), Purposes: []string{"replay-diagnose"}},
			{Statement: policy.Statement{ID: "tracker-ad-partner-cookies", Quote: quoteAdTrackers},
				Kind: category.TrackerCookie, Party: policy.PartyThirdParty, Class: category.ClassAdvertising, Recipient: "to-ad-partner-trackers",
				Data: data(category.DataCrossSiteActivity), Purposes: []string{"use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-ad-partner-sdks", Quote: quoteAdTrackers},
				Kind: category.TrackerSDK, Party: policy.PartyThirdParty, Class: category.ClassAdvertising, Recipient: "to-ad-partner-trackers",
				Data: data(category.DataCrossSiteActivity), Purposes: []string{"use-interest-ads"}},
			{Statement: policy.Statement{ID: "tracker-analytics-cookies", Quote: quoteAnalytics},
				Kind: category.TrackerCookie, Party: policy.PartyThirdParty, Class: category.ClassAnalytics, Recipient: "to-analytics-providers",
				Data: data(category.DataOnline, category.DataLocation, category.DataBrowser, category.DataActivity), Purposes: []string{"use-analytics", "use-ad-measurement"}},
			{Statement: policy.Statement{ID: "tracker-analytics-pixels", Quote: quoteAnalytics},
				Kind: category.TrackerWebBeacon, Party: policy.PartyThirdParty, Class: category.ClassAnalytics, Recipient: "to-analytics-providers",
				Data: data(category.DataOnline, category.DataLocation, category.DataBrowser, category.DataActivity), Purposes: []string{"use-analytics", "use-ad-measurement"}},
			{Statement: policy.Statement{ID: "tracker-google-analytics", Quote: quoteGoogle},
				Name: "Google Analytics", Kind: category.TrackerOther, Party: policy.PartyThirdParty, Class: category.ClassAnalytics,
				Provider: &policy.Entity{Name: "Google"}, Recipient: "to-google-analytics", Purposes: []string{"use-analytics"}},
		},

		Choices: []policy.Choice{
			{Statement: policy.Statement{ID: "choice-marketing-opt-out", Quote: quoteMarketingOpt},
				Kind:     policy.ChoiceUnsubscribe,
				Purposes: []string{"use-marketing-messages"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismUnsubscribeLink, Description: "the opt-out instructions included in any communication that you receive from us"},
					{Kind: policy.MechanismAccountSettings, Name: "Account Settings"},
				},
				Limits: []policy.Limit{{Kind: policy.LimitScopeOfChoice, Purposes: []string{"use-service-updates"},
					Description: "even if you opt out of receiving marketing and promotional communications from us, we may still send you administrative and transactional messages from which you cannot opt out"}}},
			{Statement: policy.Statement{ID: "choice-precise-location", Quote: quoteLocChoice},
				Kind:     policy.ChoiceDevicePermission,
				Data:     data(category.DataPreciseLocation),
				Purposes: []string{"precise-pickup", "precise-delivery", "precise-stores", "precise-analytics", "precise-improve"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismDeviceSettings, Description: "adjusting the settings on your device"},
					{Kind: policy.MechanismBrowserSettings, Description: "adjusting the settings on your browser"},
					{Kind: policy.MechanismInAppSetting, Description: "when prompted by the Instacart application"},
				}},
			{Statement: policy.Statement{ID: "choice-opt-out-sale-sharing", AppliesTo: where(), Description: "opt out of sale and sharing of your Personal Information or its disclosure for targeted advertising, where available", Quote: quoteOptOut},
				Kind:       policy.ChoiceOptOut,
				Recipients: soldTo(),
				Purposes:   []string{"use-interest-ads"},
				Mechanisms: []policy.Mechanism{
					{Kind: policy.MechanismPrivacyLink, URL: "https://www.instacart.com/accounts/your-privacy-choices?msockid=1633c79115e2696918a3d10d14706827", Name: "Your Privacy Choices"},
					{Kind: policy.MechanismOptOutSignal, Name: "Global Privacy Control (“GPC”)", Description: "a browser-based opt-out preference signal that complies with applicable laws"},
				}},
		},

		Rights: []policy.RightsStatement{
			{Statement: policy.Statement{ID: "rights-non-discrimination", AppliesTo: where(), Quote: quoteChoicesIntro},
				Rights: []rights.Right{rights.RightNonDiscrimination},
				Limits: []policy.Limit{{Kind: policy.LimitLegalException, Description: "rights and requests may be subject to applicable exceptions"}}},
			{Statement: policy.Statement{ID: "rights-account-settings", AppliesTo: &policy.Scope{Subjects: []string{"account-holders"}}, Description: "review, correct, or update your information at any time in Account Settings; without access to your account, by e-mail", Quote: quoteAccountRights},
				Rights: []rights.Right{rights.RightAccess, rights.RightRectification},
				Data:   data(category.DataName, category.DataPhone, category.DataShippingAddress, category.DataFinancial),
				Channels: []rights.Channel{
					{Kind: rights.ChannelAccountSettings, Name: "Account Settings"},
					{Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"},
				},
				Limits: []policy.Limit{{Description: "changes to your settings may require some time to take effect"}}},
			{Statement: policy.Statement{ID: "rights-state-account-holders", AppliesTo: &policy.Scope{WhereLawProvides: true, Subjects: []string{"account-holders"}}, Description: "Right to Know, Right to Access and obtain a copy in a portable format, Right to Correct, Right to Delete; account holders submit a request through a link and are prompted to log in again", Quote: quoteOtherRights},
				Rights:       []rights.Right{rights.RightKnowCategories, rights.RightAccess, rights.RightPortability, rights.RightRectification, rights.RightErasure},
				Channels:     []rights.Channel{{Kind: rights.ChannelWebForm, URL: "https://www.instacart.com/user_privacy/authenticate"}},
				Verification: &rights.Verification{Description: "requests for access, deletion and correction are processed only when your identity has been verified; account holders are prompted to re-log in to their Instacart account", Quote: quoteVerification},
				Limits: []policy.Limit{
					{Kind: policy.LimitLegalException, Description: "The exact scope of these rights may vary by state and include certain exceptions"},
					{Kind: policy.LimitIdentity, Description: "we will only process your request for access, deletion and correction when your identity has been verified"},
				},
				Reply: &policy.Reply{Forms: []string{"a portable format"}, Contents: []string{"what categories of data we have collected about you, the categories of sources of this data, and the categories of third parties to whom we disclose your information"}},
				Agents: &policy.Agents{Who: []string{"another person or entity"}, Proof: []policy.AgentProof{policy.ProofWrittenPermission, policy.ProofConsumerConfirmation},
					Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}}}},
			{Statement: policy.Statement{ID: "rights-state-non-account-holders", AppliesTo: &policy.Scope{WhereLawProvides: true, Subjects: []string{"non-account-holders"}}, Description: "the same rights for people without an Instacart account, without access to it, or who used Instacart through an embedded partner experience, by e-mail", Quote: quoteNonAccount},
				Rights:       []rights.Right{rights.RightKnowCategories, rights.RightAccess, rights.RightPortability, rights.RightRectification, rights.RightErasure},
				Channels:     []rights.Channel{{Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}},
				Verification: &rights.Verification{Description: "requests for access, deletion and correction are processed only when your identity has been verified", Quote: quoteVerification},
				Limits: []policy.Limit{
					{Kind: policy.LimitLegalException, Description: "The exact scope of these rights may vary by state and include certain exceptions"},
					{Kind: policy.LimitIdentity, Description: "we will only process your request for access, deletion and correction when your identity has been verified"},
				},
				Agents: &policy.Agents{Who: []string{"another person or entity"}, Proof: []policy.AgentProof{policy.ProofWrittenPermission, policy.ProofConsumerConfirmation},
					Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}}}},
			{Statement: policy.Statement{ID: "rights-specific-third-parties", AppliesTo: where(), Description: "residents of certain states may request the categories or specific third parties to which we disclose or sell Personal Information or share it for targeted advertising, provided as part of the Right to Access request", Quote: "Residents of certain states may have additional information rights, such as the right to request categories or specific third parties to which we disclose or sell Personal Information or share it for targeted advertising."},
				Rights: []rights.Right{rights.RightKnowThirdParties, rights.RightKnowCategories},
				Reply:  &policy.Reply{Contents: []string{"categories or specific third parties to which we disclose or sell Personal Information or share it for targeted advertising"}}},
			{Statement: policy.Statement{ID: "rights-opt-out", AppliesTo: where(), Description: "Right to Opt Out of sale and sharing of your Personal Information or disclosure of your Personal Information for targeted advertising, where available; agents may follow the instructions for opting out", Quote: quoteOptOut},
				Rights: []rights.Right{rights.RightOptOutSale, rights.RightOptOutSharing, rights.RightOptOutTargetedAdvertising},
				Channels: []rights.Channel{
					{Kind: rights.ChannelPrivacyLink, URL: "https://www.instacart.com/accounts/your-privacy-choices?msockid=1633c79115e2696918a3d10d14706827"},
					{Kind: rights.ChannelOptOutSignal, Name: "Global Privacy Control (“GPC”)"},
				},
				Agents: &policy.Agents{Who: []string{"Authorized Agents"},
					Channels: []rights.Channel{{Kind: rights.ChannelWebPage, URL: "https://www.instacart.com/accounts/your-privacy-choices?msockid=1633c79115e2696918a3d10d14706827", Name: "instructions for opting out"}}}},
			{Statement: policy.Statement{ID: "rights-appeal", AppliesTo: where(), Description: "appeal a refusal to take action on your request, in an eligible jurisdiction, by e-mail with the subject line “Rights Request Appeal”", Quote: quoteAppeal},
				Rights:   []rights.Right{rights.RightAppeal},
				Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "contact-appeals", Name: "subject line “Rights Request Appeal”"}}},
			{Statement: policy.Statement{ID: "rights-complaint-attorney-general", AppliesTo: where(), Description: "if unsatisfied with the handling of your appeal, you may have the right to complain to your state’s attorney general", Quote: "If you are unsatisfied with the way that we have handled your appeal, you may have the right to complain to your state’s attorney general."},
				Rights: []rights.Right{rights.RightComplaint}},
			{Statement: policy.Statement{ID: "rights-ccpa", AppliesTo: california(), Description: "The CCPA provides California residents with the rights described in Your Privacy Choices", Quote: quoteCCPA},
				Rights: []rights.Right{rights.RightKnowCategories, rights.RightAccess, rights.RightPortability, rights.RightRectification, rights.RightErasure, rights.RightOptOutSale, rights.RightOptOutSharing, rights.RightNonDiscrimination},
				Laws:   []jurisdiction.Law{jurisdiction.LawCCPA}},
			{Statement: policy.Statement{ID: "rights-shine-the-light", AppliesTo: california(), Citations: []policy.Citation{{Law: jurisdiction.LawShineTheLight}}, Description: "opt out of disclosures of information subject to California’s “Shine the Light” law to third parties for their own direct marketing purposes, if we make them", Quote: quoteShine},
				Rights:   []rights.Right{rights.RightOptOutMarketing},
				Laws:     []jurisdiction.Law{jurisdiction.LawShineTheLight},
				Channels: []rights.Channel{{Kind: rights.ChannelPrivacyLink, URL: "https://www.instacart.com/accounts/your-privacy-choices?msockid=1633c79115e2696918a3d10d14706827"}}},
			{Statement: policy.Statement{ID: "rights-consumer-affairs", AppliesTo: california(), Citations: []policy.Citation{{Law: jurisdiction.LawCaliforniaElectronicCommerce, Provision: "Section 1789.3"}}, Description: "a question or complaint regarding our website, by e-mail or in writing to the address under Contact Information", Quote: quoteConsumerAff},
				Rights: []rights.Right{rights.RightComplaintToController},
				Laws:   []jurisdiction.Law{jurisdiction.LawCaliforniaElectronicCommerce},
				Channels: []rights.Channel{
					{Kind: rights.ChannelEmail, Contact: "contact-legal"},
					{Kind: rights.ChannelPostalMail, Contact: "contact-privacy-team"},
				}},
			{Statement: policy.Statement{ID: "rights-consumer-affairs-dca", AppliesTo: california(), Citations: []policy.Citation{{Law: jurisdiction.LawCaliforniaElectronicCommerce, Provision: "Section 1789.3"}}, Description: "reach the Complaint Assistance Unit of the California Department of Consumer Affairs in writing or by telephone", Quote: quoteDCA},
				Rights: []rights.Right{rights.RightComplaint},
				Laws:   []jurisdiction.Law{jurisdiction.LawCaliforniaElectronicCommerce},
				Channels: []rights.Channel{
					{Kind: rights.ChannelPostalMail, Contact: "contact-dca"},
					{Kind: rights.ChannelPhone, Contact: "contact-dca"},
				}},
			{Statement: policy.Statement{ID: "rights-nevada", AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{"US-NV"}, Subjects: []string{"nevada-residents"}}, Description: "opt out of the sale of your personal information by completing the privacy request form", Quote: quoteNevada},
				Rights:   []rights.Right{rights.RightOptOutSale},
				Channels: []rights.Channel{{Kind: rights.ChannelWebForm, URL: "https://www.instacart.com/accounts/your-privacy-choices", Name: "privacy request form"}}},
			{Statement: policy.Statement{ID: "rights-hipaa", AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.UnitedStates}, Subjects: []string{"us-residents", "pharmacy-patients"}, Services: []string{"prescription-deliveries"}, ExceptServices: []string{"white-labels"}}, Description: "rights with respect to the access, use, and disclosure of Personal Health Information by your health care providers, such as pharmacies, and us, described more completely in your pharmacy's Notice of Privacy Practices", Quote: quotePHIRights},
				Rights:        []rights.Right{rights.RightAccess},
				NonExhaustive: true,
				Laws:          []jurisdiction.Law{jurisdiction.LawHIPAA},
				Data:          data(category.DataHealth)},
			{Statement: policy.Statement{ID: "rights-restaurant-orders", AppliesTo: notWhiteLabel("restaurant-orders"), Description: "request information about your restaurant orders, which are linked to your Instacart account, by exercising your Privacy Choices", Quote: quoteRestaurantLink},
				Rights:   []rights.Right{rights.RightAccess},
				Data:     data(category.DataOrder),
				Channels: []rights.Channel{{Kind: rights.ChannelWebForm, URL: "https://www.instacart.com/user_privacy/authenticate"}, {Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}}},
			{Statement: policy.Statement{ID: "rights-canada", AppliesTo: canada(), Description: "submit an access or deletion request as explained in Your Privacy Choices, also through Authorized Agents", Quote: quoteCanadaRights},
				Rights:   []rights.Right{rights.RightAccess, rights.RightErasure},
				Channels: []rights.Channel{{Kind: rights.ChannelWebForm, URL: "https://www.instacart.com/user_privacy/authenticate"}, {Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}},
				Agents:   &policy.Agents{Who: []string{"Authorized Agents"}, Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "contact-customer-privacy"}}}},
			{Statement: policy.Statement{ID: "rights-canada-appeal", AppliesTo: canada(), Description: "lodge an appeal with us if you believe that applicable data protection laws have not been complied with", Quote: quoteCanadaAppeal},
				Rights:   []rights.Right{rights.RightComplaintToController},
				Channels: []rights.Channel{{Kind: rights.ChannelContactUs, Contact: "contact-privacy-team"}}},
			{Statement: policy.Statement{ID: "rights-canada-complaint", AppliesTo: canada(), Description: "complain directly to the appropriate data protection authority", Quote: quoteCanadaDPA},
				Rights: []rights.Right{rights.RightComplaint}},
		},

		Transfers: []policy.Transfer{
			{Statement: policy.Statement{ID: "transfer-global", Quote: quoteTransferGlobal},
				OtherDestinations: "outside of the country or region in which you reside, to vendors located around the world",
				Recipients:        []string{"to-service-providers"},
				Safeguards:        []policy.Safeguard{policy.SafeguardAppropriateSafeguards}},
			{Statement: policy.Statement{ID: "transfer-canada", AppliesTo: canada(), Quote: quoteTransferCanada},
				From: []jurisdiction.Code{"CA"}, To: []jurisdiction.Code{jurisdiction.UnitedStates}, OtherDestinations: "outside of Canada",
				Safeguards: []policy.Safeguard{policy.SafeguardAppropriateSafeguards}},
			{Statement: policy.Statement{ID: "transfer-quebec", AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{"CA-QC"}, Subjects: []string{"quebec-residents"}}, Quote: quoteTransferCanada},
				From: []jurisdiction.Code{"CA-QC"}, To: []jurisdiction.Code{jurisdiction.UnitedStates}, OtherDestinations: "outside of Quebec",
				Safeguards: []policy.Safeguard{policy.SafeguardAppropriateSafeguards}},
		},

		Children: &policy.Children{Statement: policy.Statement{ID: "children-privacy", Quote: quoteChildren},
			AgeLimits:   []policy.AgeLimit{{MinimumAge: 18, Quote: "The Services are not designed for or intentionally directed to children under the age of 18."}},
			OnDiscovery: []policy.ChildAction{policy.ChildActionDelete},
		},

		Security: []policy.Measure{
			{Statement: policy.Statement{ID: "security-reasonable", Description: "reasonable administrative, physical, and technical measures designed to safeguard and protect Personal Information under our control from unauthorized access, use, and disclosure", Quote: "We employ and maintain reasonable administrative, physical, and technical measures designed to safeguard and protect Personal Information under our control from unauthorized access, use, and disclosure."},
				Kind: policy.MeasureReasonableMeasures, Data: data(category.DataPersonal)},
			{Statement: policy.Statement{ID: "security-physical", Quote: "We employ and maintain reasonable administrative, physical, and technical measures designed to safeguard and protect Personal Information under our control from unauthorized access, use, and disclosure."},
				Kind: policy.MeasurePhysicalSecurity, Data: data(category.DataPersonal)},
			{Statement: policy.Statement{ID: "security-hipaa", Citations: []policy.Citation{{Law: jurisdiction.LawHIPAA}}, Description: "systems and processes consistent with information privacy and security requirements under applicable federal and state laws, including HIPAA", Quote: quoteSecurityPHI},
				Kind: policy.MeasurePrivacyProgram, Data: data(category.DataHealth)},
			{Statement: policy.Statement{ID: "security-deidentified", Description: "deidentified information is maintained and used in deidentified form and not reidentified unless permitted by applicable laws", Quote: quoteDeidentify},
				Kind: policy.MeasureDeIdentification, Data: data(category.DataNonPersonal)},
		},

		Disclaimers: []policy.Disclaimer{
			{Statement: policy.Statement{ID: "disclaimer-public", Quote: "If you choose to share Personal Information publicly through the Services, please understand that we cannot control the actions of third parties who may access or collect this information."},
				Kind: policy.DisclaimerPublicContributions},
			{Statement: policy.Statement{ID: "disclaimer-security", Quote: "Nevertheless, because no data transmission or storage system is completely secure, we cannot guarantee the security of your information."},
				Kind: policy.DisclaimerNoGuarantee},
			{Statement: policy.Statement{ID: "disclaimer-third-party-sites", Quote: quoteThirdSites},
				Kind: policy.DisclaimerThirdPartySites},
			{Statement: policy.Statement{ID: "disclaimer-payment-providers", Quote: "These payment providers’ privacy policies apply to the information you provide to them through their website."},
				Kind: policy.DisclaimerThirdPartySites},
			{Statement: policy.Statement{ID: "disclaimer-foreign-access", Quote: quoteForeignAccess},
				Kind: policy.DisclaimerForeignAccess},
		},

		Signals: []policy.Signal{
			{Statement: policy.Statement{ID: "signal-gpc", AppliesTo: where(), Description: "GPC signals are honored as an exercise of the right to opt out, as required under applicable laws", Quote: quoteOptOut},
				Signal: policy.SignalGlobalPrivacyControl, Response: policy.ResponseHonored},
			{Statement: policy.Statement{ID: "signal-dnt", Quote: quoteDNT},
				Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored},
		},

		Changes: &policy.Changes{Statement: policy.Statement{ID: "changes", Description: "for material changes, consent is sought where required by applicable privacy laws", Quote: quoteChangesNotice},
			Notices: []policy.ChangeNotice{
				{Methods: []policy.NoticeMethod{policy.NoticePosting}, Trigger: policy.TriggerAnyChange,
					Quote: "The “Last updated” date at the top of this page indicates when this Privacy Policy was last revised."},
				{Methods: []policy.NoticeMethod{policy.NoticeProminentNotice, policy.NoticeEmail}, Trigger: policy.TriggerSignificantChange,
					Quote: quoteChangesNotice},
			},
			ReviewEncouraged: true,
			Reasons:          "to reflect changes in our practices with respect to the collection, use, and disclosure of Personal Information and/or changes in applicable law",
		},

		Laws: []policy.LawStatement{
			{Statement: policy.Statement{ID: "law-ccpa", Description: "the Summary Chart gives the categories of Personal Information collected and sold or shared for cross-context behavioral advertising as required under the CCPA", Quote: "Please refer to our Summary Chart in this Privacy Policy for details regarding the categories of Personal Information that we collect and sell or share for cross-context behavioral advertising as required under the CCPA."},
				Law: jurisdiction.LawCCPA, Jurisdictions: []jurisdiction.Code{jurisdiction.California}, Status: policy.LawApplies},
			{Statement: policy.Statement{ID: "law-hipaa-complies", AppliesTo: phi(), Quote: quoteHIPAA},
				Law: jurisdiction.LawHIPAA, Status: policy.LawComplies},
			{Statement: policy.Statement{ID: "law-hipaa-us", AppliesTo: &policy.Scope{Subjects: []string{"us-residents"}}, Quote: "If you reside in the U.S., your Personal Health Information is protected under HIPAA and state law (depending on your state of residence)."},
				Law: jurisdiction.LawHIPAA, Jurisdictions: []jurisdiction.Code{jurisdiction.UnitedStates}, Status: policy.LawApplies},
			{Statement: policy.Statement{ID: "law-us-state-health", AppliesTo: &policy.Scope{Subjects: []string{"us-residents"}}, Description: "state law, depending on your state of residence", Quote: "If you reside in the U.S., your Personal Health Information is protected under HIPAA and state law (depending on your state of residence)."},
				Jurisdictions: []jurisdiction.Code{jurisdiction.UnitedStates}, Status: policy.LawApplies},
			{Statement: policy.Statement{ID: "law-shine-the-light", Quote: quoteShine},
				Law: jurisdiction.LawShineTheLight, Jurisdictions: []jurisdiction.Code{jurisdiction.California}, Status: policy.LawApplies},
			{Statement: policy.Statement{ID: "law-electronic-commerce", Citations: []policy.Citation{{Law: jurisdiction.LawCaliforniaElectronicCommerce, Provision: "Section 1789.3"}}, Quote: quoteConsumerAff},
				Law: jurisdiction.LawCaliforniaElectronicCommerce, Jurisdictions: []jurisdiction.Code{jurisdiction.California}, Status: policy.LawApplies},
			{Statement: policy.Statement{ID: "law-transfers", Description: "transfers outside the country or province of residence are made in accordance with applicable law", Quote: quoteTransferSteps},
				Jurisdictions: []jurisdiction.Code{"CA", "CA-QC"}, Status: policy.LawComplies},
			{Statement: policy.Statement{ID: "law-canada", AppliesTo: canada(), Description: "applicable data protection laws, whose breach may be appealed to Instacart and complained of to the data protection authority", Quote: quoteCanadaAppeal},
				Jurisdictions: []jurisdiction.Code{"CA"}, Status: policy.LawApplies},
		},

		Decisions: []policy.Decision{
			{Statement: policy.Statement{ID: "decision-no-inference-decisions", Not: true, Quote: "We do not use any inferences to make legal or other significant decisions affecting you (as such term is understood under applicable laws)"},
				Effects: []policy.DecisionEffect{policy.EffectLegal, policy.EffectSignificant}, Collections: []string{"table-inferences"}, Data: data(category.DataInference)},
			{Statement: policy.Statement{ID: "decision-fraud-tools", AppliesTo: canada(), Description: "technological tools that render decisions automatically, including tools that detect fraud, which may lead to account deactivation", Quote: quoteCanadaDecision},
				Automated: true, Effects: []policy.DecisionEffect{policy.EffectSignificant}, Purposes: []string{"use-fraud"}},
		},

		Glossary: []policy.DefinedTerm{
			{Term: "Instacart", Definition: "Maplebear Inc. d/b/a Instacart and Maplebear Canada Inc. (also “we” or “us”)", Refers: []string{"maplebear-inc", "maplebear-canada"}},
			{Term: "Instacart White Labels", Definition: "white-label retailer websites or apps where this Privacy Policy is linked", Refers: []string{"white-labels"}},
			{Term: "Services", Definition: "services including any Instacart websites, mobile apps, devices, APIs, and Instacart White Labels where this Privacy Policy is linked", Refers: []string{"websites", "mobile-apps", "devices", "apis", "white-labels"}},
			{Term: "Personal Information", Definition: "any information that we can reasonably use to identify you"},
			{Term: "APIs", Definition: "application programming interfaces", Refers: []string{"tracker-apis"}},
			{Term: "SDKs", Definition: "software development kits", Refers: []string{"tracker-sdks"}},
			{Term: "Personal Health Information", Definition: "information collected in connection with your prescription delivery that relates to (i) your past, present or future physical or mental health or condition; (ii) the provision of health care to you; or (iii) your past, present, or future payment for the provision of health care", Refers: []string{"collect-phi"}},
			{Term: "HIPAA", Definition: "the Health Insurance Portability and Accountability Act and the regulations promulgated under that Act"},
			{Term: "Authorized Agent", Definition: "another person or entity you authorize to exercise certain rights on your behalf"},
			{Term: "GPC", Definition: "the Global Privacy Control, a browser-based opt-out preference signal", Refers: []string{"signal-gpc"}},
			{Term: "DNT", Definition: "“Do Not Track”, a developing standard for web browsers that aims to inform the websites you visit that you do not want information about your online activity collected over time and across third-party websites or online services", Refers: []string{"signal-dnt"}},
			{Term: "CCPA", Definition: "the California Consumer Privacy Act", Refers: []string{"law-ccpa"}},
		},
	}
}
