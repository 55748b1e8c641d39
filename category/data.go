package category

import (
	"slices"

	"github.com/openpolicies/privacy/internal/vocab"
)

// Data is a category of personal data: a dotted path from general to specific
// ("contact.email", "health.genetic.familial"). A code is valid when the registry
// defines it or when it is an extension code starting with "x-".
type Data string

// The data categories. Their definitions, with flags and mappings, are in
// [DataDefinitions].
const (
	// DataPersonal is "personal-data". Personal data of an unstated kind: the policy says "personal information" without naming it.
	DataPersonal Data = "personal-data"
	// DataNonPersonal is "non-personal". Information the policy says does not identify a person (aggregate statistics, anonymous data).
	DataNonPersonal Data = "non-personal"
	// DataIdentifier is "identifier". Data that identifies a person directly.
	DataIdentifier Data = "identifier"
	// DataName is "identifier.name". A person's name.
	DataName Data = "identifier.name"
	// DataUsername is "identifier.username". A name chosen to use a service.
	DataUsername Data = "identifier.username"
	// DataAccountID is "identifier.account". An identifier of a person's account with the organisation.
	DataAccountID Data = "identifier.account"
	// DataGovernmentID is "identifier.government". An identifier issued by a public authority.
	DataGovernmentID Data = "identifier.government"
	// DataSSN is "identifier.government.ssn". A US social security number.
	DataSSN Data = "identifier.government.ssn"
	// DataDriversLicense is "identifier.government.drivers-license". A driving licence or state identification card number.
	DataDriversLicense Data = "identifier.government.drivers-license"
	// DataPassport is "identifier.government.passport". A passport number.
	DataPassport Data = "identifier.government.passport"
	// DataTaxID is "identifier.government.tax". A taxpayer identification number.
	DataTaxID Data = "identifier.government.tax"
	// DataNationalID is "identifier.government.national-id". A national identity or personal number, such as the number of a national identity card.
	DataNationalID Data = "identifier.government.national-id"
	// DataIDDocumentImage is "identifier.government.document-image". Photographs or scans of a passport, driving licence or other identity document, as taken for identity verification.
	DataIDDocumentImage Data = "identifier.government.document-image"
	// DataInsurancePolicyNumber is "identifier.insurance-policy". The number of an insurance policy, health insurance included.
	DataInsurancePolicyNumber Data = "identifier.insurance-policy"
	// DataMedicalRecordNumber is "identifier.medical-record". The number under which a provider files a patient's records.
	DataMedicalRecordNumber Data = "identifier.medical-record"
	// DataSubscriberID is "identifier.subscriber". Identifiers of a mobile or other telecom subscription and of its SIM card.
	DataSubscriberID Data = "identifier.subscriber"
	// DataIMSI is "identifier.subscriber.imsi". The International Mobile Subscriber Identity stored on a SIM card.
	DataIMSI Data = "identifier.subscriber.imsi"
	// DataICCID is "identifier.subscriber.iccid". The Integrated Circuit Card Identifier printed on and stored in a SIM card.
	DataICCID Data = "identifier.subscriber.iccid"
	// DataMSISDN is "identifier.subscriber.msisdn". The telephone number of a mobile subscription as the network identifies it.
	DataMSISDN Data = "identifier.subscriber.msisdn"
	// DataSignature is "identifier.signature". A handwritten or electronic signature.
	DataSignature Data = "identifier.signature"
	// DataContact is "contact". Data used to reach a person.
	DataContact Data = "contact"
	// DataEmail is "contact.email". An e-mail address.
	DataEmail Data = "contact.email"
	// DataPhone is "contact.phone". A home, work or mobile telephone number.
	DataPhone Data = "contact.phone"
	// DataPostalAddress is "contact.postal-address". A postal or home address.
	DataPostalAddress Data = "contact.postal-address"
	// DataBillingAddress is "contact.billing-address". The address an invoice or card statement goes to.
	DataBillingAddress Data = "contact.billing-address"
	// DataShippingAddress is "contact.shipping-address". The address goods are delivered to.
	DataShippingAddress Data = "contact.shipping-address"
	// DataOtherPersonContact is "contact.other-person". Contact details a person gives about someone else, such as a gift recipient, an emergency contact, a referee or a friend they refer.
	DataOtherPersonContact Data = "contact.other-person"
	// DataDemographic is "demographic". Characteristics of a person such as age, gender or origin.
	DataDemographic Data = "demographic"
	// DataAge is "demographic.age". A person's age or age range.
	DataAge Data = "demographic.age"
	// DataDateOfBirth is "demographic.date-of-birth". A person's date of birth.
	DataDateOfBirth Data = "demographic.date-of-birth"
	// DataSex is "demographic.sex". The sex or gender assigned to a person at birth.
	DataSex Data = "demographic.sex"
	// DataGenderIdentity is "demographic.gender-identity". How a person currently identifies or expresses their gender, which may reveal transgender or non-binary status.
	DataGenderIdentity Data = "demographic.gender-identity"
	// DataRacialEthnicOrigin is "demographic.racial-ethnic-origin". Race, ethnicity or ethnic origin (GDPR Art. 9(1)).
	DataRacialEthnicOrigin Data = "demographic.racial-ethnic-origin"
	// DataNationalOrigin is "demographic.national-origin". The country or nation a person or their family comes from.
	DataNationalOrigin Data = "demographic.national-origin"
	// DataAncestry is "demographic.ancestry". A person's lineage or descent.
	DataAncestry Data = "demographic.ancestry"
	// DataCitizenship is "demographic.citizenship". Nationality, citizenship or immigration status.
	DataCitizenship Data = "demographic.citizenship"
	// DataVeteranStatus is "demographic.veteran-status". Whether a person serves or served in the armed forces.
	DataVeteranStatus Data = "demographic.veteran-status"
	// DataMaritalStatus is "demographic.marital-status". A person's marital or family status.
	DataMaritalStatus Data = "demographic.marital-status"
	// DataLanguage is "demographic.language". A person's language or language preference.
	DataLanguage Data = "demographic.language"
	// DataBelief is "belief". Convictions and opinions a person holds.
	DataBelief Data = "belief"
	// DataReligiousBelief is "belief.religious". Religious or philosophical beliefs (GDPR Art. 9(1)).
	DataReligiousBelief Data = "belief.religious"
	// DataPoliticalOpinion is "belief.political". Political opinions (GDPR Art. 9(1)).
	DataPoliticalOpinion Data = "belief.political"
	// DataTradeUnion is "belief.trade-union". Membership of a trade union (GDPR Art. 9(1)).
	DataTradeUnion Data = "belief.trade-union"
	// DataHealth is "health". Data about a person's physical or mental health, including the provision of health care (GDPR Art. 9(1)).
	DataHealth Data = "health"
	// DataMedicalCondition is "health.condition". Diagnoses, conditions and symptoms.
	DataMedicalCondition Data = "health.condition"
	// DataDisability is "health.disability". Physical or mental disabilities.
	DataDisability Data = "health.disability"
	// DataReproductiveHealth is "health.reproductive". Pregnancy, childbirth and related medical conditions.
	DataReproductiveHealth Data = "health.reproductive"
	// DataMedicalRecord is "health.record". Records of care, treatment, test results and prescriptions.
	DataMedicalRecord Data = "health.record"
	// DataPrescription is "health.prescription". Prescription numbers and prescription information: the medicines prescribed, filled or dispensed.
	DataPrescription Data = "health.prescription"
	// DataHealthcare is "health.care". Appointments, visits and other data about care a person seeks or receives.
	DataHealthcare Data = "health.care"
	// DataFitness is "health.fitness". Exercise, activity and sleep data.
	DataFitness Data = "health.fitness"
	// DataPsychological is "health.psychological". Mental, psychological or behavioural characteristics.
	DataPsychological Data = "health.psychological"
	// DataGenetic is "health.genetic". Data from the analysis of a person's genes (GDPR Art. 9(1)).
	DataGenetic Data = "health.genetic"
	// DataFamilialGenetic is "health.genetic.familial". Genetic data about a person's relatives or family history.
	DataFamilialGenetic Data = "health.genetic.familial"
	// DataBiometric is "biometric". Physical, physiological or behavioural characteristics processed to identify a person (GDPR Art. 9(1)).
	DataBiometric Data = "biometric"
	// DataFingerprint is "biometric.fingerprint". Fingerprint images or templates.
	DataFingerprint Data = "biometric.fingerprint"
	// DataFaceprint is "biometric.face". Facial geometry or face images used for recognition.
	DataFaceprint Data = "biometric.face"
	// DataIrisRetina is "biometric.iris-retina". Scans of the iris or retina.
	DataIrisRetina Data = "biometric.iris-retina"
	// DataVoiceprint is "biometric.voice". Characteristics of a person's voice processed to identify them; plain recordings are content.media.audio.
	DataVoiceprint Data = "biometric.voice"
	// DataGait is "biometric.gait". The way a person walks.
	DataGait Data = "biometric.gait"
	// DataBehavioralBiometric is "biometric.behavioral". Keystroke, gesture and other behavioural patterns that identify a person.
	DataBehavioralBiometric Data = "biometric.behavioral"
	// DataBiometricHealth is "biometric.health". Exercise, sleep or other health data the policy counts as biometric.
	DataBiometricHealth Data = "biometric.health"
	// DataNeural is "neural". Information generated by measuring the activity of a person's central or peripheral nervous system (CCPA §1798.140(ae)).
	DataNeural Data = "neural"
	// DataPhysical is "physical". Physical characteristics or description that may identify a person.
	DataPhysical Data = "physical"
	// DataSexuality is "sexuality". Data concerning a person's sex life or sexual orientation (GDPR Art. 9(1)).
	DataSexuality Data = "sexuality"
	// DataSexLife is "sexuality.sex-life". Data concerning a person's sex life.
	DataSexLife Data = "sexuality.sex-life"
	// DataSexualOrientation is "sexuality.orientation". A person's sexual orientation.
	DataSexualOrientation Data = "sexuality.orientation"
	// DataCriminal is "criminal". Criminal convictions, offences and related security measures (GDPR Art. 10).
	DataCriminal Data = "criminal"
	// DataCriminalBackgroundCheck is "criminal.background-check". Searches of criminal records made to screen a person, and their results.
	DataCriminalBackgroundCheck Data = "criminal.background-check"
	// DataCrimeVictim is "crime-victim". Whether a person is or was the victim of a crime.
	DataCrimeVictim Data = "crime-victim"
	// DataFinancial is "financial". Financial accounts, payment and credit data.
	DataFinancial Data = "financial"
	// DataBankAccount is "financial.bank-account". The number of a bank account, without what gives access to it.
	DataBankAccount Data = "financial.bank-account"
	// DataBankAccountWithCredentials is "financial.bank-account.with-credentials". A financial account number together with the password, code or other credentials that give access to the account (CCPA §1798.140(ae)); the number alone is financial.bank-account.
	DataBankAccountWithCredentials Data = "financial.bank-account.with-credentials"
	// DataPaymentCard is "financial.payment-card". A payment card number, without the code needed to use it.
	DataPaymentCard Data = "financial.payment-card"
	// DataPaymentCardWithCode is "financial.payment-card.with-security-code". A credit or debit card number together with the security code, PIN or other access code needed to use it (CCPA §1798.140(ae)); the number alone is financial.payment-card.
	DataPaymentCardWithCode Data = "financial.payment-card.with-security-code"
	// DataPaymentCardLastFour is "financial.payment-card.last-four". The last four digits of a payment card, kept to recognise the card.
	DataPaymentCardLastFour Data = "financial.payment-card.last-four"
	// DataPaymentCardExpiry is "financial.payment-card.expiry". The expiry date of a payment card.
	DataPaymentCardExpiry Data = "financial.payment-card.expiry"
	// DataCredit is "financial.credit". Credit history, credit risk and solvency.
	DataCredit Data = "financial.credit"
	// DataDigitalWallet is "financial.digital-wallet". A mobile or online wallet or payment account used to pay, and its identifiers.
	DataDigitalWallet Data = "financial.digital-wallet"
	// DataStoredValue is "financial.stored-value". Prepaid credit or an account balance held with the organisation, with its top-ups and use.
	DataStoredValue Data = "financial.stored-value"
	// DataGiftCard is "financial.gift-card". Gift card numbers and balances, and who bought, sent or redeemed a card.
	DataGiftCard Data = "financial.gift-card"
	// DataIncome is "financial.income". Income, salary range or income bracket.
	DataIncome Data = "financial.income"
	// DataInsurance is "financial.insurance". Insurance a person holds, its cover and claims.
	DataInsurance Data = "financial.insurance"
	// DataCommercial is "commercial". Products and services bought, obtained or considered, and the history of them.
	DataCommercial Data = "commercial"
	// DataTransaction is "commercial.transaction". Details of purchases and other transactions.
	DataTransaction Data = "commercial.transaction"
	// DataOrder is "commercial.order". What a person orders, with delivery and fulfilment details.
	DataOrder Data = "commercial.order"
	// DataContract is "commercial.contract". Copies and records of the contracts a person has agreed with the organisation, with their terms and dates.
	DataContract Data = "commercial.contract"
	// DataLoyalty is "commercial.loyalty". Membership of a loyalty or rewards programme: number, status or tier, points and rewards.
	DataLoyalty Data = "commercial.loyalty"
	// DataLoyaltyNumber is "commercial.loyalty.number". The number of a loyalty card or rewards account.
	DataLoyaltyNumber Data = "commercial.loyalty.number"
	// DataLoyaltyStatus is "commercial.loyalty.status". A member's tier or status, points balance and rewards earned or redeemed.
	DataLoyaltyStatus Data = "commercial.loyalty.status"
	// DataShoppingPreferences is "commercial.preferences". Brands, sizes, stores and products a person prefers, with favourites and wish lists.
	DataShoppingPreferences Data = "commercial.preferences"
	// DataReferral is "commercial.referral". Referral programme data: who referred whom, referral codes and rewards.
	DataReferral Data = "commercial.referral"
	// DataRental is "commercial.rental". Vehicles, bikes, equipment or other items a person rents, with when and where the rental began and ended.
	DataRental Data = "commercial.rental"
	// DataAccount is "account". Data about a person's account with the organisation.
	DataAccount Data = "account"
	// DataCredentials is "account.credentials". User name with password or other credentials that give access to an account.
	DataCredentials Data = "account.credentials"
	// DataRegistration is "account.registration". What a person provides when registering, such as member profile fields.
	DataRegistration Data = "account.registration"
	// DataAccountSettings is "account.settings". Settings and preferences a person sets in their account.
	DataAccountSettings Data = "account.settings"
	// DataProfile is "profile". Interests, preferences and professional profile a person states or the organisation keeps.
	DataProfile Data = "profile"
	// DataPreferences is "profile.preferences". Stated or remembered preferences, such as language or content choices.
	DataPreferences Data = "profile.preferences"
	// DataInterests is "profile.interests". Content and topic interests a person states.
	DataInterests Data = "profile.interests"
	// DataProfession is "profile.profession". A person's profession, occupation or specialty.
	DataProfession Data = "profile.profession"
	// DataPrivacyChoices is "profile.privacy-choices". Consents, opt-outs and other privacy choices a person made, with the records of them.
	DataPrivacyChoices Data = "profile.privacy-choices"
	// DataProfessional is "professional". Employment history, qualifications and job applications.
	DataProfessional Data = "professional"
	// DataJobApplication is "professional.application". Applications, CVs and related correspondence from job candidates.
	DataJobApplication Data = "professional.application"
	// DataEmployment is "professional.employment". Current and past employers, job titles, work history and performance at work.
	DataEmployment Data = "professional.employment"
	// DataCompensation is "professional.compensation". Salary, wages, benefits and other pay.
	DataCompensation Data = "professional.compensation"
	// DataBackgroundCheck is "professional.background-check". Screening of a worker or applicant: verification of identity, employment, education, licences and references, and its results; criminal record searches are criminal.background-check.
	DataBackgroundCheck Data = "professional.background-check"
	// DataEducation is "education". Education records and history.
	DataEducation Data = "education"
	// DataHousehold is "household". Members and characteristics of a person's household, such as its size, children and income.
	DataHousehold Data = "household"
	// DataInference is "inference". Conclusions drawn about a person, such as inferred interests or a profile.
	DataInference Data = "inference"
	// DataInferredInterests is "inference.interests". Interests the organisation or its partners infer from a person's activity.
	DataInferredInterests Data = "inference.interests"
	// DataInferredCharacteristics is "inference.characteristics". Characteristics, predispositions, behaviour, attitudes, abilities or aptitudes inferred to build a profile of a person.
	DataInferredCharacteristics Data = "inference.characteristics"
	// DataCommunication is "communication". Content of communications with the organisation.
	DataCommunication Data = "communication"
	// DataCorrespondence is "communication.correspondence". Records and copies of correspondence, such as e-mails and letters, with their attachments.
	DataCorrespondence Data = "communication.correspondence"
	// DataInquiry is "communication.inquiry". Questions, requests and problem reports a person sends.
	DataInquiry Data = "communication.inquiry"
	// DataMessageContent is "communication.messages". Contents of a person's mail, e-mail or text messages not addressed to the organisation.
	DataMessageContent Data = "communication.messages"
	// DataSupportRecords is "communication.support". Records of a person's contacts with customer support: tickets, chats, calls and their outcome.
	DataSupportRecords Data = "communication.support"
	// DataCallRecording is "communication.call-recording". Recordings of telephone or video calls with the organisation.
	DataCallRecording Data = "communication.call-recording"
	// DataCommunications is "communications". What a telecom, messaging or Internet access service carries and records about a person's communications: the ePrivacy Directive's content and traffic data. Communications with the organisation itself are communication.
	DataCommunications Data = "communications"
	// DataCommunicationsContent is "communications.content". The content of calls, text messages, e-mails and other communications the service carries between people.
	DataCommunicationsContent Data = "communications.content"
	// DataTraffic is "communications.traffic". Data processed to convey or bill a communication: numbers or addresses, date, time, duration, volume and routing (ePrivacy Directive Art. 2(b)).
	DataTraffic Data = "communications.traffic"
	// DataCallDetailRecords is "communications.traffic.call-records". Records of each call, message or data session: the parties, start time, duration and the cell used.
	DataCallDetailRecords Data = "communications.traffic.call-records"
	// DataInterconnectRecords is "communications.traffic.interconnect". Records operators exchange to route, carry and settle calls and messages between their networks.
	DataInterconnectRecords Data = "communications.traffic.interconnect"
	// DataServiceUsage is "communications.usage". Minutes, messages and data used, roaming and charges, as recorded to bill a subscription or a prepaid balance.
	DataServiceUsage Data = "communications.usage"
	// DataContent is "content". Content a person provides.
	DataContent Data = "content"
	// DataFormInput is "content.form". What a person enters in forms, such as appointment request or order forms.
	DataFormInput Data = "content.form"
	// DataSurveyResponse is "content.survey". Answers to surveys and questionnaires.
	DataSurveyResponse Data = "content.survey"
	// DataUserContribution is "content.user-contribution". Content a person posts publicly or sends to other users.
	DataUserContribution Data = "content.user-contribution"
	// DataMedia is "content.media". Images, audio and video of or by a person.
	DataMedia Data = "content.media"
	// DataPhoto is "content.media.photo". Photographs and other images of or by a person.
	DataPhoto Data = "content.media.photo"
	// DataVideo is "content.media.video". Video recordings of or by a person, such as uploaded videos or CCTV footage.
	DataVideo Data = "content.media.video"
	// DataAudio is "content.media.audio". Audio and voice recordings of or by a person, such as voice messages or voice commands.
	DataAudio Data = "content.media.audio"
	// DataReview is "content.review". Reviews, ratings and comments a person gives on products, services, places or other users.
	DataReview Data = "content.review"
	// DataAddressBook is "content.contacts". The contacts in a person's address book or phone, when an app reads or uploads them.
	DataAddressBook Data = "content.contacts"
	// DataCalendar is "content.calendar". Events in a person's calendar.
	DataCalendar Data = "content.calendar"
	// DataFiles is "content.files". Files and documents a person uploads or stores on the service.
	DataFiles Data = "content.files"
	// DataOnline is "online". Identifiers and technical data about a person's device and connection.
	DataOnline Data = "online"
	// DataIPAddress is "online.ip-address". The Internet Protocol address of a device.
	DataIPAddress Data = "online.ip-address"
	// DataMACAddress is "online.mac-address". The hardware address of a network interface.
	DataMACAddress Data = "online.mac-address"
	// DataDeviceID is "online.device-id". A unique identifier of a device, other than its serial number.
	DataDeviceID Data = "online.device-id"
	// DataIMEI is "online.device-id.imei". The International Mobile Equipment Identity of a phone or other mobile device.
	DataIMEI Data = "online.device-id.imei"
	// DataAdvertisingID is "online.advertising-id". A resettable identifier for advertising (IDFA, Android advertising ID).
	DataAdvertisingID Data = "online.advertising-id"
	// DataCookieID is "online.cookie-id". An identifier stored in a cookie or similar technology.
	DataCookieID Data = "online.cookie-id"
	// DataDomainName is "online.domain-name". The host or domain name of the computer a person connects from.
	DataDomainName Data = "online.domain-name"
	// DataBrowser is "online.browser". Browser type, version and settings.
	DataBrowser Data = "online.browser"
	// DataOperatingSystem is "online.os". The operating system of a device.
	DataOperatingSystem Data = "online.os"
	// DataAppVersion is "online.app-version". The version of an app a person uses.
	DataAppVersion Data = "online.app-version"
	// DataDeviceSettings is "online.device-settings". Settings and characteristics of a device.
	DataDeviceSettings Data = "online.device-settings"
	// DataMobileCarrier is "online.carrier". The mobile network operator of a device.
	DataMobileCarrier Data = "online.carrier"
	// DataConnection is "online.connection". Information about the Internet connection.
	DataConnection Data = "online.connection"
	// DataInstalledApps is "online.installed-apps". The apps installed on a device.
	DataInstalledApps Data = "online.installed-apps"
	// DataSensor is "online.sensor". Readings of a device's sensors, such as its accelerometer, gyroscope or ambient light sensor.
	DataSensor Data = "online.sensor"
	// DataActivity is "activity". How a person uses web sites, apps and e-mails.
	DataActivity Data = "activity"
	// DataUsage is "activity.usage". Details of visits and use: pages, features, resources used, traffic data.
	DataUsage Data = "activity.usage"
	// DataPageViews is "activity.page-views". Pages visited and content viewed.
	DataPageViews Data = "activity.page-views"
	// DataClickstream is "activity.clickstream". The sequence of clicks and pages in a visit.
	DataClickstream Data = "activity.clickstream"
	// DataReferrer is "activity.referrer". Where a visit came from and where it went.
	DataReferrer Data = "activity.referrer"
	// DataVisitTime is "activity.timestamps". When a person visited or used a service.
	DataVisitTime Data = "activity.timestamps"
	// DataSearch is "activity.search". Search terms and how a person searched for a site.
	DataSearch Data = "activity.search"
	// DataCrossSiteActivity is "activity.cross-site". Browsing activity on other, unrelated web sites and services.
	DataCrossSiteActivity Data = "activity.cross-site"
	// DataEmailInteraction is "activity.email". Whether and when e-mails are opened and which links are clicked.
	DataEmailInteraction Data = "activity.email"
	// DataAdInteraction is "activity.advertising". Ads viewed and clicked, and other advertising data.
	DataAdInteraction Data = "activity.advertising"
	// DataSessionReplay is "activity.session-replay". Recordings of a person's movements, clicks and keystrokes on a site.
	DataSessionReplay Data = "activity.session-replay"
	// DataServerLog is "activity.server-log". Request details a server logs: the resource requested, time, method, response size and status.
	DataServerLog Data = "activity.server-log"
	// DataErrors is "activity.errors". Errors and crashes encountered during use.
	DataErrors Data = "activity.errors"
	// DataPerformance is "activity.performance". Load times, hang rates, energy use and other diagnostic data about how the service performs.
	DataPerformance Data = "activity.performance"
	// DataAppUsage is "activity.app". How a person uses an app.
	DataAppUsage Data = "activity.app"
	// DataLocation is "location". Where a person or their device is.
	DataLocation Data = "location"
	// DataPreciseLocation is "location.precise". Location from GPS or similar, precise enough to locate a person (CCPA: within 1,850 feet).
	DataPreciseLocation Data = "location.precise"
	// DataApproximateLocation is "location.approximate". Location at the level of city or postal code, e.g. derived from an IP address.
	DataApproximateLocation Data = "location.approximate"
	// DataNetworkLocation is "location.network". Location the network observes: the cell site, mast or Wi-Fi access point a device connects through.
	DataNetworkLocation Data = "location.network"
	// DataTrips is "location.trips". Trips, rides and journeys: start and end points, routes and times; precise ones are also location.precise.
	DataTrips Data = "location.trips"
	// DataSocial is "social". Data from or about a person's social media accounts and interactions.
	DataSocial Data = "social"
	// DataSocialProfile is "social.profile". Profile data from a social network account: name, picture, identifier and public profile fields.
	DataSocialProfile Data = "social.profile"
	// DataSocialConnections is "social.connections". Friends, followers and other connections on a social network.
	DataSocialConnections Data = "social.connections"
	// DataVehicle is "vehicle". Data about vehicles a person owns, rents or uses.
	DataVehicle Data = "vehicle"
	// DataVehiclePlate is "vehicle.plate". A vehicle's registration or licence plate number.
	DataVehiclePlate Data = "vehicle.plate"
	// DataVehicleID is "vehicle.identifier". A vehicle identification number (VIN), or the number of a bike, scooter or other shared vehicle.
	DataVehicleID Data = "vehicle.identifier"
	// DataVehicleUsage is "vehicle.usage". How a vehicle is used and driven: speed, braking, mileage, fuel or battery level.
	DataVehicleUsage Data = "vehicle.usage"
)

// The codes of the laws of package jurisdiction that make data sensitive. This
// package cannot import jurisdiction (it imports this one); a test there checks
// that each is a law it defines.
const (
	lawGDPR    = "gdpr"
	lawUKGDPR  = "uk-gdpr"
	lawFADP    = "ch-fadp"
	lawLGPD    = "lgpd"
	lawQuebec  = "quebec-law-25"
	lawCCPA    = "ccpa"
	lawVCDPA   = "vcdpa"
	lawCPA     = "cpa"
	lawCTDPA   = "ctdpa"
	lawUCPA    = "ucpa"
	lawTDPSA   = "tdpsa"
	lawOCPA    = "or-ocpa"
	lawMTCDPA  = "mt-cdpa"
	lawDPDPA   = "de-dpdpa"
	lawNJDPA   = "nj-dpa"
	lawWAMHMDA = "wa-mhmda"
)

// Groups of laws that name the same kinds of sensitive data.
var (
	// lawsSpecial protect the GDPR Art. 9(1) special categories: the GDPR, its
	// UK copy, and the Swiss and Brazilian laws whose lists match it.
	lawsSpecial = []string{lawGDPR, lawUKGDPR, lawFADP, lawLGPD}
	// lawsUSStates are the US state laws whose sensitive data includes racial or
	// ethnic origin, religious beliefs, health, citizenship or immigration
	// status, and genetic and biometric data.
	lawsUSStates = []string{lawVCDPA, lawCPA, lawCTDPA, lawUCPA, lawTDPSA, lawOCPA, lawMTCDPA, lawDPDPA, lawNJDPA}
	// lawsUSSexLife are the state laws that name sex life as well as sexual
	// orientation; Virginia, Utah and Oregon name sexual orientation only.
	lawsUSSexLife = []string{lawCPA, lawCTDPA, lawTDPSA, lawMTCDPA, lawDPDPA, lawNJDPA}
	// lawsUSPreciseLocation are the state laws that name precise geolocation
	// (every one of lawsUSStates but Colorado's).
	lawsUSPreciseLocation = []string{lawVCDPA, lawCTDPA, lawUCPA, lawTDPSA, lawOCPA, lawMTCDPA, lawDPDPA, lawNJDPA}
)

// The laws under which each kind of data is sensitive.
var (
	sensGovID             = []string{lawCCPA}
	sensRace              = slices.Concat(lawsSpecial, []string{lawCCPA}, lawsUSStates)
	sensNationalOrigin    = []string{lawOCPA, lawDPDPA}
	sensCitizenship       = slices.Concat([]string{lawCCPA}, lawsUSStates)
	sensGenderIdentity    = []string{lawOCPA, lawDPDPA, lawNJDPA}
	sensBelief            = lawsSpecial
	sensReligion          = slices.Concat(lawsSpecial, []string{lawCCPA}, lawsUSStates)
	sensPolitical         = lawsSpecial
	sensUnion             = slices.Concat(lawsSpecial, []string{lawCCPA})
	sensHealth            = slices.Concat(lawsSpecial, []string{lawQuebec, lawWAMHMDA, lawCCPA}, lawsUSStates)
	sensBiometric         = slices.Concat(lawsSpecial, []string{lawQuebec, lawWAMHMDA, lawCCPA}, lawsUSStates)
	sensNeural            = []string{lawCCPA, lawCPA}
	sensSexuality         = slices.Concat(lawsSpecial, []string{lawCCPA}, lawsUSSexLife)
	sensSexualOrientation = slices.Concat(sensSexuality, []string{lawVCDPA, lawUCPA, lawOCPA})
	sensCriminal          = []string{lawFADP}
	sensCrimeVictim       = []string{lawOCPA}
	sensFinancialAccess   = []string{lawCCPA, lawNJDPA}
	sensCredentials       = []string{lawCCPA}
	sensMessages          = []string{lawCCPA}
	sensPreciseLocation   = slices.Concat([]string{lawCCPA}, lawsUSPreciseLocation)
)

var dataList = vocab.New[Data]("data category", true, term, []Definition{
	{Code: string(DataPersonal), Title: "Personal data", Description: "Personal data of an unstated kind: the policy says \"personal information\" without naming it.", DPV: dpv + "PersonalData"},
	{Code: string(DataNonPersonal), Title: "Non-personal information", Description: "Information the policy says does not identify a person (aggregate statistics, anonymous data)."},
	{Code: string(DataIdentifier), Title: "Identifiers", Description: "Data that identifies a person directly.", CCPA: "A", DPV: dpvPD + "Identifying"},
	{Code: string(DataName), Title: "Name", Description: "A person's name.", Parent: string(DataIdentifier), CCPA: "A", P3P: "physical", DPV: dpvPD + "Name"},
	{Code: string(DataUsername), Title: "Username or screen name", Description: "A name chosen to use a service.", Parent: string(DataIdentifier), CCPA: "A", P3P: "online"},
	{Code: string(DataAccountID), Title: "Account identifier", Description: "An identifier of a person's account with the organisation.", Parent: string(DataIdentifier), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataGovernmentID), Title: "Government identifier", Description: "An identifier issued by a public authority.", Parent: string(DataIdentifier), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID, DPV: dpvPD + "OfficialID"},
	{Code: string(DataSSN), Title: "Social security number", Description: "A US social security number.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID},
	{Code: string(DataDriversLicense), Title: "Driver's licence number", Description: "A driving licence or state identification card number.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID},
	{Code: string(DataPassport), Title: "Passport number", Description: "A passport number.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID, DPV: dpvPD + "Passport"},
	{Code: string(DataTaxID), Title: "Tax identifier", Description: "A taxpayer identification number.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID},
	{Code: string(DataNationalID), Title: "National identity number", Description: "A national identity or personal number, such as the number of a national identity card.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID},
	{Code: string(DataIDDocumentImage), Title: "Identity document images", Description: "Photographs or scans of a passport, driving licence or other identity document, as taken for identity verification.", Parent: string(DataGovernmentID), Sensitive: true, CCPA: "A", P3P: "government", SensitiveUnder: sensGovID},
	{Code: string(DataInsurancePolicyNumber), Title: "Insurance policy number", Description: "The number of an insurance policy, health insurance included.", Parent: string(DataIdentifier), CCPA: "B"},
	{Code: string(DataMedicalRecordNumber), Title: "Medical record number", Description: "The number under which a provider files a patient's records.", Parent: string(DataIdentifier), Health: true, CCPA: "B", P3P: "health"},
	{Code: string(DataSubscriberID), Title: "Subscriber and SIM identifiers", Description: "Identifiers of a mobile or other telecom subscription and of its SIM card.", Parent: string(DataIdentifier), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataIMSI), Title: "IMSI", Description: "The International Mobile Subscriber Identity stored on a SIM card.", Parent: string(DataSubscriberID), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataICCID), Title: "SIM card number (ICCID)", Description: "The Integrated Circuit Card Identifier printed on and stored in a SIM card.", Parent: string(DataSubscriberID), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataMSISDN), Title: "Mobile subscriber number (MSISDN)", Description: "The telephone number of a mobile subscription as the network identifies it.", Parent: string(DataSubscriberID), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataSignature), Title: "Signature", Description: "A handwritten or electronic signature.", Parent: string(DataIdentifier), CCPA: "B", P3P: "physical"},
	{Code: string(DataContact), Title: "Contact details", Description: "Data used to reach a person.", CCPA: "A", P3P: "physical", DPV: dpvPD + "Contact"},
	{Code: string(DataEmail), Title: "E-mail address", Description: "An e-mail address.", Parent: string(DataContact), CCPA: "A", P3P: "online", DPV: dpvPD + "EmailAddress"},
	{Code: string(DataPhone), Title: "Telephone number", Description: "A home, work or mobile telephone number.", Parent: string(DataContact), CCPA: "A", P3P: "physical", DPV: dpvPD + "TelephoneNumber"},
	{Code: string(DataPostalAddress), Title: "Postal address", Description: "A postal or home address.", Parent: string(DataContact), CCPA: "A", P3P: "physical", DPV: dpvPD + "PhysicalAddress"},
	{Code: string(DataBillingAddress), Title: "Billing address", Description: "The address an invoice or card statement goes to.", Parent: string(DataContact), CCPA: "B", P3P: "purchase"},
	{Code: string(DataShippingAddress), Title: "Shipping address", Description: "The address goods are delivered to.", Parent: string(DataContact), CCPA: "B", P3P: "purchase"},
	{Code: string(DataOtherPersonContact), Title: "Other people's contact details", Description: "Contact details a person gives about someone else, such as a gift recipient, an emergency contact, a referee or a friend they refer.", Parent: string(DataContact), CCPA: "A", P3P: "physical"},
	{Code: string(DataDemographic), Title: "Demographic data", Description: "Characteristics of a person such as age, gender or origin.", CCPA: "C", P3P: "demographic"},
	{Code: string(DataAge), Title: "Age", Description: "A person's age or age range.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic", DPV: dpvPD + "Age"},
	{Code: string(DataDateOfBirth), Title: "Date of birth", Description: "A person's date of birth.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic", DPV: dpvPD + "BirthDate"},
	{Code: string(DataSex), Title: "Sex or gender at birth", Description: "The sex or gender assigned to a person at birth.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic", DPV: dpvPD + "Gender"},
	{Code: string(DataGenderIdentity), Title: "Gender identity and expression", Description: "How a person currently identifies or expresses their gender, which may reveal transgender or non-binary status.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic", SensitiveUnder: sensGenderIdentity},
	{Code: string(DataRacialEthnicOrigin), Title: "Racial or ethnic origin", Description: "Race, ethnicity or ethnic origin (GDPR Art. 9(1)).", Parent: string(DataDemographic), Special: true, Sensitive: true, CCPA: "C", P3P: "demographic", DPV: dpvPD + "Race", GDPR: "Art. 9(1)", SensitiveUnder: sensRace},
	{Code: string(DataNationalOrigin), Title: "National origin", Description: "The country or nation a person or their family comes from.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic", SensitiveUnder: sensNationalOrigin},
	{Code: string(DataAncestry), Title: "Ancestry", Description: "A person's lineage or descent.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic"},
	{Code: string(DataCitizenship), Title: "Citizenship or immigration status", Description: "Nationality, citizenship or immigration status.", Parent: string(DataDemographic), Sensitive: true, CCPA: "C", P3P: "demographic", DPV: dpvPD + "Citizenship", SensitiveUnder: sensCitizenship},
	{Code: string(DataVeteranStatus), Title: "Veteran or military status", Description: "Whether a person serves or served in the armed forces.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic"},
	{Code: string(DataMaritalStatus), Title: "Marital status", Description: "A person's marital or family status.", Parent: string(DataDemographic), CCPA: "C", P3P: "demographic"},
	{Code: string(DataLanguage), Title: "Language", Description: "A person's language or language preference.", Parent: string(DataDemographic), P3P: "demographic"},
	{Code: string(DataBelief), Title: "Beliefs and opinions", Description: "Convictions and opinions a person holds.", Special: true, CCPA: "C", SensitiveUnder: sensBelief},
	{Code: string(DataReligiousBelief), Title: "Religious or philosophical beliefs", Description: "Religious or philosophical beliefs (GDPR Art. 9(1)).", Parent: string(DataBelief), Special: true, Sensitive: true, CCPA: "C", DPV: dpvPD + "Religion", GDPR: "Art. 9(1)", SensitiveUnder: sensReligion},
	{Code: string(DataPoliticalOpinion), Title: "Political opinions", Description: "Political opinions (GDPR Art. 9(1)).", Parent: string(DataBelief), Special: true, CCPA: "C", P3P: "political", DPV: dpvPD + "PoliticalOpinion", GDPR: "Art. 9(1)", SensitiveUnder: sensPolitical},
	{Code: string(DataTradeUnion), Title: "Trade-union membership", Description: "Membership of a trade union (GDPR Art. 9(1)).", Parent: string(DataBelief), Special: true, Sensitive: true, CCPA: "C", P3P: "political", DPV: dpvPD + "TradeUnionMembership", GDPR: "Art. 9(1)", SensitiveUnder: sensUnion},
	{Code: string(DataHealth), Title: "Health data", Description: "Data about a person's physical or mental health, including the provision of health care (GDPR Art. 9(1)).", Special: true, Sensitive: true, Health: true, P3P: "health", DPV: dpvPD + "Health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataMedicalCondition), Title: "Medical conditions", Description: "Diagnoses, conditions and symptoms.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataDisability), Title: "Disabilities", Description: "Physical or mental disabilities.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, CCPA: "C", P3P: "health", DPV: dpvPD + "Disability", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataReproductiveHealth), Title: "Pregnancy and childbirth", Description: "Pregnancy, childbirth and related medical conditions.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, CCPA: "C", P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataMedicalRecord), Title: "Medical records", Description: "Records of care, treatment, test results and prescriptions.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", DPV: dpvPD + "HealthRecord", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataPrescription), Title: "Prescriptions", Description: "Prescription numbers and prescription information: the medicines prescribed, filled or dispensed.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth, DPV: dpvPD + "Prescription"},
	{Code: string(DataHealthcare), Title: "Health-care services", Description: "Appointments, visits and other data about care a person seeks or receives.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataFitness), Title: "Fitness and exercise data", Description: "Exercise, activity and sleep data.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataPsychological), Title: "Psychological characteristics", Description: "Mental, psychological or behavioural characteristics.", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataGenetic), Title: "Genetic data", Description: "Data from the analysis of a person's genes (GDPR Art. 9(1)).", Parent: string(DataHealth), Special: true, Sensitive: true, Health: true, CCPA: "E", P3P: "health", DPV: dpvPD + "Genetic", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataFamilialGenetic), Title: "Familial genetic data", Description: "Genetic data about a person's relatives or family history.", Parent: string(DataGenetic), Special: true, Sensitive: true, Health: true, CCPA: "E", P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensHealth},
	{Code: string(DataBiometric), Title: "Biometric data", Description: "Physical, physiological or behavioural characteristics processed to identify a person (GDPR Art. 9(1)).", Special: true, Sensitive: true, CCPA: "E", P3P: "physical", DPV: dpvPD + "Biometric", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataFingerprint), Title: "Fingerprints", Description: "Fingerprint images or templates.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", DPV: dpvPD + "Fingerprint", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataFaceprint), Title: "Face prints", Description: "Facial geometry or face images used for recognition.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", DPV: dpvPD + "FacialPrint", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataIrisRetina), Title: "Iris or retina scans", Description: "Scans of the iris or retina.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataVoiceprint), Title: "Voiceprints", Description: "Characteristics of a person's voice processed to identify them; plain recordings are content.media.audio.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataGait), Title: "Gait patterns", Description: "The way a person walks.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataBehavioralBiometric), Title: "Behavioural characteristics", Description: "Keystroke, gesture and other behavioural patterns that identify a person.", Parent: string(DataBiometric), Special: true, Sensitive: true, CCPA: "E", P3P: "physical", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataBiometricHealth), Title: "Health-related biometric data", Description: "Exercise, sleep or other health data the policy counts as biometric.", Parent: string(DataBiometric), Special: true, Sensitive: true, Health: true, CCPA: "E", P3P: "health", GDPR: "Art. 9(1)", SensitiveUnder: sensBiometric},
	{Code: string(DataNeural), Title: "Neural data", Description: "Information generated by measuring the activity of a person's central or peripheral nervous system (CCPA §1798.140(ae)).", Sensitive: true, SensitiveUnder: sensNeural},
	{Code: string(DataPhysical), Title: "Physical characteristics", Description: "Physical characteristics or description that may identify a person.", CCPA: "C", P3P: "physical"},
	{Code: string(DataSexuality), Title: "Sex life and sexual orientation", Description: "Data concerning a person's sex life or sexual orientation (GDPR Art. 9(1)).", Special: true, Sensitive: true, CCPA: "C", GDPR: "Art. 9(1)", SensitiveUnder: sensSexuality},
	{Code: string(DataSexLife), Title: "Sex life", Description: "Data concerning a person's sex life.", Parent: string(DataSexuality), Special: true, Sensitive: true, CCPA: "C", DPV: dpvPD + "Sexual", GDPR: "Art. 9(1)", SensitiveUnder: sensSexuality},
	{Code: string(DataSexualOrientation), Title: "Sexual orientation", Description: "A person's sexual orientation.", Parent: string(DataSexuality), Special: true, Sensitive: true, CCPA: "C", GDPR: "Art. 9(1)", SensitiveUnder: sensSexualOrientation},
	{Code: string(DataCriminal), Title: "Criminal records", Description: "Criminal convictions, offences and related security measures (GDPR Art. 10).", Criminal: true, DPV: dpvPD + "CriminalConviction", GDPR: "Art. 10", SensitiveUnder: sensCriminal},
	{Code: string(DataCriminalBackgroundCheck), Title: "Criminal background checks", Description: "Searches of criminal records made to screen a person, and their results.", Parent: string(DataCriminal), Criminal: true, GDPR: "Art. 10", SensitiveUnder: sensCriminal},
	{Code: string(DataCrimeVictim), Title: "Crime-victim status", Description: "Whether a person is or was the victim of a crime.", SensitiveUnder: sensCrimeVictim},
	{Code: string(DataFinancial), Title: "Financial data", Description: "Financial accounts, payment and credit data.", CCPA: "B", P3P: "financial", DPV: dpvPD + "Financial"},
	{Code: string(DataBankAccount), Title: "Bank account number", Description: "The number of a bank account, without what gives access to it.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial", DPV: dpvPD + "BankAccount"},
	{Code: string(DataBankAccountWithCredentials), Title: "Bank account number with credentials", Description: "A financial account number together with the password, code or other credentials that give access to the account (CCPA §1798.140(ae)); the number alone is financial.bank-account.", Parent: string(DataBankAccount), Sensitive: true, CCPA: "B", P3P: "financial", SensitiveUnder: sensFinancialAccess},
	{Code: string(DataPaymentCard), Title: "Credit or debit card number", Description: "A payment card number, without the code needed to use it.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial", DPV: dpvPD + "CreditCardNumber"},
	{Code: string(DataPaymentCardWithCode), Title: "Card number with its security code", Description: "A credit or debit card number together with the security code, PIN or other access code needed to use it (CCPA §1798.140(ae)); the number alone is financial.payment-card.", Parent: string(DataPaymentCard), Sensitive: true, CCPA: "B", P3P: "financial", SensitiveUnder: sensFinancialAccess},
	{Code: string(DataPaymentCardLastFour), Title: "Last four digits of a card", Description: "The last four digits of a payment card, kept to recognise the card.", Parent: string(DataPaymentCard), CCPA: "B", P3P: "financial"},
	{Code: string(DataPaymentCardExpiry), Title: "Card expiry date", Description: "The expiry date of a payment card.", Parent: string(DataPaymentCard), CCPA: "B", P3P: "financial", DPV: dpvPD + "PaymentCardExpiry"},
	{Code: string(DataCredit), Title: "Credit data", Description: "Credit history, credit risk and solvency.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial"},
	{Code: string(DataDigitalWallet), Title: "Digital wallet", Description: "A mobile or online wallet or payment account used to pay, and its identifiers.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial"},
	{Code: string(DataStoredValue), Title: "Stored-value balance", Description: "Prepaid credit or an account balance held with the organisation, with its top-ups and use.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial"},
	{Code: string(DataGiftCard), Title: "Gift cards", Description: "Gift card numbers and balances, and who bought, sent or redeemed a card.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial"},
	{Code: string(DataIncome), Title: "Income", Description: "Income, salary range or income bracket.", Parent: string(DataFinancial), P3P: "financial", DPV: dpvPD + "Income"},
	{Code: string(DataInsurance), Title: "Insurance", Description: "Insurance a person holds, its cover and claims.", Parent: string(DataFinancial), CCPA: "B", P3P: "financial", DPV: dpvPD + "Insurance"},
	{Code: string(DataCommercial), Title: "Commercial information", Description: "Products and services bought, obtained or considered, and the history of them.", CCPA: "D", P3P: "purchase"},
	{Code: string(DataTransaction), Title: "Transaction history", Description: "Details of purchases and other transactions.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase", DPV: dpvPD + "Transactional"},
	{Code: string(DataOrder), Title: "Order details", Description: "What a person orders, with delivery and fulfilment details.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase"},
	{Code: string(DataContract), Title: "Contracts", Description: "Copies and records of the contracts a person has agreed with the organisation, with their terms and dates.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase"},
	{Code: string(DataLoyalty), Title: "Loyalty programme", Description: "Membership of a loyalty or rewards programme: number, status or tier, points and rewards.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase"},
	{Code: string(DataLoyaltyNumber), Title: "Loyalty number", Description: "The number of a loyalty card or rewards account.", Parent: string(DataLoyalty), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataLoyaltyStatus), Title: "Loyalty status and points", Description: "A member's tier or status, points balance and rewards earned or redeemed.", Parent: string(DataLoyalty), CCPA: "D", P3P: "purchase"},
	{Code: string(DataShoppingPreferences), Title: "Shopping preferences", Description: "Brands, sizes, stores and products a person prefers, with favourites and wish lists.", Parent: string(DataCommercial), CCPA: "D", P3P: "preference"},
	{Code: string(DataReferral), Title: "Referrals", Description: "Referral programme data: who referred whom, referral codes and rewards.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase"},
	{Code: string(DataRental), Title: "Rentals", Description: "Vehicles, bikes, equipment or other items a person rents, with when and where the rental began and ended.", Parent: string(DataCommercial), CCPA: "D", P3P: "purchase"},
	{Code: string(DataAccount), Title: "Account data", Description: "Data about a person's account with the organisation.", P3P: "online"},
	{Code: string(DataCredentials), Title: "Log-in credentials", Description: "User name with password or other credentials that give access to an account.", Parent: string(DataAccount), Sensitive: true, CCPA: "B", P3P: "online", SensitiveUnder: sensCredentials},
	{Code: string(DataRegistration), Title: "Registration information", Description: "What a person provides when registering, such as member profile fields.", Parent: string(DataAccount), P3P: "online"},
	{Code: string(DataAccountSettings), Title: "Account settings and preferences", Description: "Settings and preferences a person sets in their account.", Parent: string(DataAccount), P3P: "preference"},
	{Code: string(DataProfile), Title: "Profile and preferences", Description: "Interests, preferences and professional profile a person states or the organisation keeps.", P3P: "preference"},
	{Code: string(DataPreferences), Title: "Preferences", Description: "Stated or remembered preferences, such as language or content choices.", Parent: string(DataProfile), P3P: "preference", DPV: dpvPD + "Preference"},
	{Code: string(DataInterests), Title: "Interests", Description: "Content and topic interests a person states.", Parent: string(DataProfile), P3P: "preference", DPV: dpvPD + "Interest"},
	{Code: string(DataProfession), Title: "Profession and specialty", Description: "A person's profession, occupation or specialty.", Parent: string(DataProfile), CCPA: "I", P3P: "demographic"},
	{Code: string(DataPrivacyChoices), Title: "Privacy choices", Description: "Consents, opt-outs and other privacy choices a person made, with the records of them.", Parent: string(DataProfile), P3P: "preference", DPV: dpvPD + "PrivacyPreference"},
	{Code: string(DataProfessional), Title: "Professional or employment information", Description: "Employment history, qualifications and job applications.", CCPA: "I", P3P: "demographic"},
	{Code: string(DataJobApplication), Title: "Job application", Description: "Applications, CVs and related correspondence from job candidates.", Parent: string(DataProfessional), CCPA: "I", P3P: "demographic"},
	{Code: string(DataEmployment), Title: "Employment", Description: "Current and past employers, job titles, work history and performance at work.", Parent: string(DataProfessional), CCPA: "I", P3P: "demographic", DPV: dpvPD + "EmploymentHistory"},
	{Code: string(DataCompensation), Title: "Pay and benefits", Description: "Salary, wages, benefits and other pay.", Parent: string(DataProfessional), CCPA: "I", P3P: "demographic", DPV: dpvPD + "Salary"},
	{Code: string(DataBackgroundCheck), Title: "Background checks", Description: "Screening of a worker or applicant: verification of identity, employment, education, licences and references, and its results; criminal record searches are criminal.background-check.", Parent: string(DataProfessional), CCPA: "I", P3P: "demographic"},
	{Code: string(DataEducation), Title: "Education information", Description: "Education records and history.", CCPA: "J", P3P: "demographic"},
	{Code: string(DataHousehold), Title: "Household", Description: "Members and characteristics of a person's household, such as its size, children and income.", P3P: "demographic", DPV: dpvPD + "Household"},
	{Code: string(DataInference), Title: "Inferences", Description: "Conclusions drawn about a person, such as inferred interests or a profile.", CCPA: "K"},
	{Code: string(DataInferredInterests), Title: "Inferred interests", Description: "Interests the organisation or its partners infer from a person's activity.", Parent: string(DataInference), CCPA: "K", P3P: "preference"},
	{Code: string(DataInferredCharacteristics), Title: "Inferred characteristics", Description: "Characteristics, predispositions, behaviour, attitudes, abilities or aptitudes inferred to build a profile of a person.", Parent: string(DataInference), CCPA: "K"},
	{Code: string(DataCommunication), Title: "Communications", Description: "Content of communications with the organisation.", P3P: "interactive", DPV: dpvPD + "Communication"},
	{Code: string(DataCorrespondence), Title: "Correspondence", Description: "Records and copies of correspondence, such as e-mails and letters, with their attachments.", Parent: string(DataCommunication), P3P: "interactive"},
	{Code: string(DataInquiry), Title: "Requests and inquiries", Description: "Questions, requests and problem reports a person sends.", Parent: string(DataCommunication), P3P: "interactive"},
	{Code: string(DataMessageContent), Title: "Message content", Description: "Contents of a person's mail, e-mail or text messages not addressed to the organisation.", Parent: string(DataCommunication), Sensitive: true, P3P: "content", SensitiveUnder: sensMessages},
	{Code: string(DataSupportRecords), Title: "Customer support records", Description: "Records of a person's contacts with customer support: tickets, chats, calls and their outcome.", Parent: string(DataCommunication), P3P: "interactive"},
	{Code: string(DataCallRecording), Title: "Call recordings", Description: "Recordings of telephone or video calls with the organisation.", Parent: string(DataCommunication), CCPA: "H", P3P: "interactive", DPV: dpvPD + "VoiceCommunicationRecording"},
	{Code: string(DataCommunications), Title: "Electronic communications data", Description: "What a telecom, messaging or Internet access service carries and records about a person's communications: the ePrivacy Directive's content and traffic data. Communications with the organisation itself are communication."},
	{Code: string(DataCommunicationsContent), Title: "Communications content", Description: "The content of calls, text messages, e-mails and other communications the service carries between people.", Parent: string(DataCommunications), Sensitive: true, P3P: "content", SensitiveUnder: sensMessages},
	{Code: string(DataTraffic), Title: "Traffic data", Description: "Data processed to convey or bill a communication: numbers or addresses, date, time, duration, volume and routing (ePrivacy Directive Art. 2(b)).", Parent: string(DataCommunications)},
	{Code: string(DataCallDetailRecords), Title: "Call detail records", Description: "Records of each call, message or data session: the parties, start time, duration and the cell used.", Parent: string(DataTraffic), DPV: dpvPD + "CallLog"},
	{Code: string(DataInterconnectRecords), Title: "Interconnect records", Description: "Records operators exchange to route, carry and settle calls and messages between their networks.", Parent: string(DataTraffic)},
	{Code: string(DataServiceUsage), Title: "Service usage and billing records", Description: "Minutes, messages and data used, roaming and charges, as recorded to bill a subscription or a prepaid balance.", Parent: string(DataCommunications)},
	{Code: string(DataContent), Title: "User content", Description: "Content a person provides.", P3P: "content"},
	{Code: string(DataFormInput), Title: "Form input", Description: "What a person enters in forms, such as appointment request or order forms.", Parent: string(DataContent), P3P: "interactive"},
	{Code: string(DataSurveyResponse), Title: "Survey responses", Description: "Answers to surveys and questionnaires.", Parent: string(DataContent), P3P: "interactive"},
	{Code: string(DataUserContribution), Title: "User contributions", Description: "Content a person posts publicly or sends to other users.", Parent: string(DataContent), P3P: "content"},
	{Code: string(DataMedia), Title: "Photos, audio and video", Description: "Images, audio and video of or by a person.", Parent: string(DataContent), CCPA: "H", P3P: "content"},
	{Code: string(DataPhoto), Title: "Photos and images", Description: "Photographs and other images of or by a person.", Parent: string(DataMedia), CCPA: "H", P3P: "content", DPV: dpvPD + "Picture"},
	{Code: string(DataVideo), Title: "Video recordings", Description: "Video recordings of or by a person, such as uploaded videos or CCTV footage.", Parent: string(DataMedia), CCPA: "H", P3P: "content"},
	{Code: string(DataAudio), Title: "Audio and voice recordings", Description: "Audio and voice recordings of or by a person, such as voice messages or voice commands.", Parent: string(DataMedia), CCPA: "H", P3P: "content"},
	{Code: string(DataReview), Title: "Reviews and ratings", Description: "Reviews, ratings and comments a person gives on products, services, places or other users.", Parent: string(DataContent), P3P: "content"},
	{Code: string(DataAddressBook), Title: "Address book", Description: "The contacts in a person's address book or phone, when an app reads or uploads them.", Parent: string(DataContent), P3P: "content"},
	{Code: string(DataCalendar), Title: "Calendar", Description: "Events in a person's calendar.", Parent: string(DataContent), P3P: "content"},
	{Code: string(DataFiles), Title: "Files and documents", Description: "Files and documents a person uploads or stores on the service.", Parent: string(DataContent), P3P: "content"},
	{Code: string(DataOnline), Title: "Online identifiers and device data", Description: "Identifiers and technical data about a person's device and connection.", CCPA: "A", P3P: "computer"},
	{Code: string(DataIPAddress), Title: "IP address", Description: "The Internet Protocol address of a device.", Parent: string(DataOnline), CCPA: "A", P3P: "computer", DPV: dpvPD + "IPAddress"},
	{Code: string(DataMACAddress), Title: "MAC address", Description: "The hardware address of a network interface.", Parent: string(DataOnline), CCPA: "A", P3P: "computer", DPV: dpvPD + "MACAddress"},
	{Code: string(DataDeviceID), Title: "Device identifier", Description: "A unique identifier of a device, other than its serial number.", Parent: string(DataOnline), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataIMEI), Title: "IMEI", Description: "The International Mobile Equipment Identity of a phone or other mobile device.", Parent: string(DataDeviceID), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataAdvertisingID), Title: "Advertising identifier", Description: "A resettable identifier for advertising (IDFA, Android advertising ID).", Parent: string(DataOnline), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataCookieID), Title: "Cookie identifier", Description: "An identifier stored in a cookie or similar technology.", Parent: string(DataOnline), CCPA: "A", P3P: "uniqueid"},
	{Code: string(DataDomainName), Title: "Domain name of the device", Description: "The host or domain name of the computer a person connects from.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataBrowser), Title: "Browser information", Description: "Browser type, version and settings.", Parent: string(DataOnline), CCPA: "F", P3P: "computer", DPV: dpvPD + "BrowserFingerprint"},
	{Code: string(DataOperatingSystem), Title: "Operating system", Description: "The operating system of a device.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataAppVersion), Title: "App version", Description: "The version of an app a person uses.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataDeviceSettings), Title: "Device settings", Description: "Settings and characteristics of a device.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataMobileCarrier), Title: "Mobile carrier", Description: "The mobile network operator of a device.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataConnection), Title: "Connection information", Description: "Information about the Internet connection.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataInstalledApps), Title: "Installed apps", Description: "The apps installed on a device.", Parent: string(DataOnline), CCPA: "F", P3P: "computer", DPV: dpvPD + "DeviceApplications"},
	{Code: string(DataSensor), Title: "Device sensor data", Description: "Readings of a device's sensors, such as its accelerometer, gyroscope or ambient light sensor.", Parent: string(DataOnline), CCPA: "F", P3P: "computer"},
	{Code: string(DataActivity), Title: "Internet or network activity", Description: "How a person uses web sites, apps and e-mails.", CCPA: "F", P3P: "navigation", DPV: dpvPD + "BrowsingBehavior"},
	{Code: string(DataUsage), Title: "Usage details", Description: "Details of visits and use: pages, features, resources used, traffic data.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataPageViews), Title: "Pages and content viewed", Description: "Pages visited and content viewed.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataClickstream), Title: "Clickstream", Description: "The sequence of clicks and pages in a visit.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataReferrer), Title: "Referring and exit pages", Description: "Where a visit came from and where it went.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation", DPV: dpvPD + "BrowsingReferral"},
	{Code: string(DataVisitTime), Title: "Date and time of visits", Description: "When a person visited or used a service.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataSearch), Title: "Search activity", Description: "Search terms and how a person searched for a site.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataCrossSiteActivity), Title: "Activity across other sites", Description: "Browsing activity on other, unrelated web sites and services.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataEmailInteraction), Title: "E-mail interaction", Description: "Whether and when e-mails are opened and which links are clicked.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataAdInteraction), Title: "Advertising data", Description: "Ads viewed and clicked, and other advertising data.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataSessionReplay), Title: "Session recordings", Description: "Recordings of a person's movements, clicks and keystrokes on a site.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataServerLog), Title: "Web server logs", Description: "Request details a server logs: the resource requested, time, method, response size and status.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataErrors), Title: "Error information", Description: "Errors and crashes encountered during use.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataPerformance), Title: "Performance and diagnostics", Description: "Load times, hang rates, energy use and other diagnostic data about how the service performs.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataAppUsage), Title: "App usage", Description: "How a person uses an app.", Parent: string(DataActivity), CCPA: "F", P3P: "navigation"},
	{Code: string(DataLocation), Title: "Location", Description: "Where a person or their device is.", CCPA: "G", P3P: "location", DPV: dpvPD + "Location"},
	{Code: string(DataPreciseLocation), Title: "Precise location", Description: "Location from GPS or similar, precise enough to locate a person (CCPA: within 1,850 feet).", Parent: string(DataLocation), Sensitive: true, CCPA: "G", P3P: "location", SensitiveUnder: sensPreciseLocation},
	{Code: string(DataApproximateLocation), Title: "Approximate location", Description: "Location at the level of city or postal code, e.g. derived from an IP address.", Parent: string(DataLocation), CCPA: "G", P3P: "location"},
	{Code: string(DataNetworkLocation), Title: "Network-observed location", Description: "Location the network observes: the cell site, mast or Wi-Fi access point a device connects through.", Parent: string(DataLocation), CCPA: "G", P3P: "location"},
	{Code: string(DataTrips), Title: "Trips and routes", Description: "Trips, rides and journeys: start and end points, routes and times; precise ones are also location.precise.", Parent: string(DataLocation), CCPA: "G", P3P: "location", DPV: dpvPD + "TravelHistory"},
	{Code: string(DataSocial), Title: "Social media data", Description: "Data from or about a person's social media accounts and interactions.", P3P: "interactive", DPV: dpvPD + "SocialMedia"},
	{Code: string(DataSocialProfile), Title: "Social media profile", Description: "Profile data from a social network account: name, picture, identifier and public profile fields.", Parent: string(DataSocial), P3P: "interactive"},
	{Code: string(DataSocialConnections), Title: "Social connections", Description: "Friends, followers and other connections on a social network.", Parent: string(DataSocial), P3P: "interactive", DPV: dpvPD + "SocialNetwork"},
	{Code: string(DataVehicle), Title: "Vehicle data", Description: "Data about vehicles a person owns, rents or uses.", DPV: dpvPD + "Vehicle"},
	{Code: string(DataVehiclePlate), Title: "Licence plate", Description: "A vehicle's registration or licence plate number.", Parent: string(DataVehicle), DPV: dpvPD + "VehicalLicenseNumber"},
	{Code: string(DataVehicleID), Title: "Vehicle identifier", Description: "A vehicle identification number (VIN), or the number of a bike, scooter or other shared vehicle.", Parent: string(DataVehicle)},
	{Code: string(DataVehicleUsage), Title: "Vehicle usage and driving data", Description: "How a vehicle is used and driven: speed, braking, mileage, fuel or battery level.", Parent: string(DataVehicle), DPV: dpvPD + "VehicleUsage"},
}).WithClone(cloneDefinition)

// DataDefinitions returns the definitions of all data categories, general before
// specific, in a fixed order.
func DataDefinitions() []Definition { return dataList.All() }

// Definition returns the registry definition of d; ok is false for extension and
// unknown codes.
func (d Data) Definition() (def Definition, ok bool) { return dataList.Lookup(d) }

// Known reports whether d is defined in the registry.
func (d Data) Known() bool { return dataList.Known(d) }

// Valid reports whether d is defined or is a well-formed "x-" extension code.
func (d Data) Valid() bool { return dataList.Valid(d) }

// Ancestors returns the more general categories of d, nearest first: the
// ancestors of "health.genetic.familial" are "health.genetic" and "health".
func (d Data) Ancestors() []Data { return dataList.Ancestors(d) }

// Within reports whether d is c or one of its descendants.
func (d Data) Within(c Data) bool {
	if d == c {
		return true
	}
	for _, a := range d.Ancestors() {
		if a == c {
			return true
		}
	}
	return false
}

// Special reports whether d is a GDPR Art. 9(1) special category, itself or
// through an ancestor.
func (d Data) Special() bool { return d.flag(func(x Definition) bool { return x.Special }) }

// Criminal reports whether d is criminal-offence data (GDPR Art. 10).
func (d Data) Criminal() bool { return d.flag(func(x Definition) bool { return x.Criminal }) }

// Sensitive reports whether d is CCPA sensitive personal information.
func (d Data) Sensitive() bool { return d.flag(func(x Definition) bool { return x.Sensitive }) }

// SensitiveUnder returns the codes of the laws under which d is sensitive data,
// itself or through an ancestor, sorted; nil when none is known. An "x-" code
// has none (resolve it to the standard code it narrows first).
func (d Data) SensitiveUnder() []string {
	var out []string
	for _, c := range append([]Data{d}, d.Ancestors()...) {
		if def, ok := dataList.Shared(c); ok {
			out = append(out, def.SensitiveUnder...)
		}
	}
	if out == nil {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// SensitiveIn reports whether d is sensitive data under the law with the given
// code ("or-ocpa"), itself or through an ancestor.
func (d Data) SensitiveIn(law string) bool { return slices.Contains(d.SensitiveUnder(), law) }

// Health reports whether d is health data that HIPAA protects in a covered
// entity's hands.
func (d Data) Health() bool { return d.flag(func(x Definition) bool { return x.Health }) }

func (d Data) flag(f func(Definition) bool) bool {
	if def, ok := d.Definition(); ok && f(def) {
		return true
	}
	for _, a := range d.Ancestors() {
		if def, ok := a.Definition(); ok && f(def) {
			return true
		}
	}
	return false
}
