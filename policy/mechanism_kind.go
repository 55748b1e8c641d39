package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// MechanismKind is how a person makes a choice.
type MechanismKind string

// The mechanism kind codes.
const (
	// MechanismUnsubscribeLink is "unsubscribe-link": A link at the bottom of an e-mail or other message.
	MechanismUnsubscribeLink MechanismKind = "unsubscribe-link"
	// MechanismEmail is "email": Writing to an e-mail address.
	MechanismEmail MechanismKind = "email"
	// MechanismPostalMail is "postal-mail": Writing to a postal address.
	MechanismPostalMail MechanismKind = "postal-mail"
	// MechanismPhone is "phone": Calling a number.
	MechanismPhone MechanismKind = "phone"
	// MechanismContactUs is "contact-us": Contacting the organisation by any of its contact details.
	MechanismContactUs MechanismKind = "contact-us"
	// MechanismSMSKeyword is "sms-keyword": Texting a keyword such as STOP or HELP.
	MechanismSMSKeyword MechanismKind = "sms-keyword"
	// MechanismBrowserSettings is "browser-settings": A setting of the web browser.
	MechanismBrowserSettings MechanismKind = "browser-settings"
	// MechanismDeviceSettings is "device-settings": A setting of the phone or its operating system.
	MechanismDeviceSettings MechanismKind = "device-settings"
	// MechanismIndustryOptOut is "industry-opt-out": An opt-out page run by an industry body (DAA, NAI, EDAA) or a third party.
	MechanismIndustryOptOut MechanismKind = "industry-opt-out"
	// MechanismPreferenceCenter is "preference-center": A page where the person manages subscriptions and preferences.
	MechanismPreferenceCenter MechanismKind = "preference-center"
	// MechanismAccountSettings is "account-settings": Settings in the person's account.
	MechanismAccountSettings MechanismKind = "account-settings"
	// MechanismOnlineAccount is "online-account": Signing up again through an online account.
	MechanismOnlineAccount MechanismKind = "online-account"
	// MechanismCookieBanner is "cookie-banner": A cookie banner or consent manager on the site.
	MechanismCookieBanner MechanismKind = "cookie-banner"
	// MechanismOptOutSignal is "opt-out-preference-signal": A browser or device signal such as Global Privacy Control that the organisation honours as an opt-out.
	MechanismOptOutSignal MechanismKind = "opt-out-preference-signal"
	// MechanismInAppSetting is "in-app-setting": A setting inside the organisation's app.
	MechanismInAppSetting MechanismKind = "in-app-setting"
	// MechanismWebForm is "web-form": A form on a web page.
	MechanismWebForm MechanismKind = "web-form"
	// MechanismPrivacyLink is "privacy-link": A "Do Not Sell or Share My Personal Information", "Your Privacy Choices" or similar link.
	MechanismPrivacyLink MechanismKind = "privacy-link"
	// MechanismNotProviding is "not-providing": Simply not giving the data.
	MechanismNotProviding MechanismKind = "not-providing"
	// MechanismNotStated is "not-stated": The policy offers the choice but does not say how to make it.
	MechanismNotStated MechanismKind = "not-stated"
	// MechanismCloseAccount is "close-account": Closing or deleting the person's account.
	MechanismCloseAccount MechanismKind = "close-account"
)

var mechanismKindList = vocab.New[MechanismKind]("mechanism kind", true, term, []category.Definition{
	{Code: string(MechanismUnsubscribeLink), Title: "Unsubscribe link", Description: "A link at the bottom of an e-mail or other message."},
	{Code: string(MechanismEmail), Title: "E-mail", Description: "Writing to an e-mail address."},
	{Code: string(MechanismPostalMail), Title: "Postal mail", Description: "Writing to a postal address."},
	{Code: string(MechanismPhone), Title: "Telephone", Description: "Calling a number."},
	{Code: string(MechanismContactUs), Title: "Contacting the organisation", Description: "Contacting the organisation by any of its contact details."},
	{Code: string(MechanismSMSKeyword), Title: "Text-message keyword", Description: "Texting a keyword such as STOP or HELP."},
	{Code: string(MechanismBrowserSettings), Title: "Browser settings", Description: "A setting of the web browser."},
	{Code: string(MechanismDeviceSettings), Title: "Device settings", Description: "A setting of the phone or its operating system."},
	{Code: string(MechanismIndustryOptOut), Title: "Industry opt-out page", Description: "An opt-out page run by an industry body (DAA, NAI, EDAA) or a third party."},
	{Code: string(MechanismPreferenceCenter), Title: "Preference centre", Description: "A page where the person manages subscriptions and preferences."},
	{Code: string(MechanismAccountSettings), Title: "Account settings", Description: "Settings in the person's account."},
	{Code: string(MechanismOnlineAccount), Title: "Online account sign-up", Description: "Signing up again through an online account."},
	{Code: string(MechanismCookieBanner), Title: "Cookie consent tool", Description: "A cookie banner or consent manager on the site."},
	{Code: string(MechanismOptOutSignal), Title: "Opt-out preference signal", Description: "A browser or device signal such as Global Privacy Control that the organisation honours as an opt-out."},
	{Code: string(MechanismInAppSetting), Title: "In-app setting", Description: "A setting inside the organisation's app."},
	{Code: string(MechanismWebForm), Title: "Web form", Description: "A form on a web page."},
	{Code: string(MechanismPrivacyLink), Title: "Privacy choices link", Description: "A \"Do Not Sell or Share My Personal Information\", \"Your Privacy Choices\" or similar link."},
	{Code: string(MechanismNotProviding), Title: "Not providing the data", Description: "Simply not giving the data."},
	{Code: string(MechanismNotStated), Title: "Not stated", Description: "The policy offers the choice but does not say how to make it."},
	{Code: string(MechanismCloseAccount), Title: "Closing the account", Description: "Closing or deleting the person's account."},
})

// MechanismKindDefinitions returns the definitions of every mechanism kind code in a fixed order.
func MechanismKindDefinitions() []category.Definition { return mechanismKindList.All() }

// Definition returns the registry definition of m; ok is false for extension and
// unknown codes.
func (m MechanismKind) Definition() (def category.Definition, ok bool) {
	return mechanismKindList.Lookup(m)
}

// Known reports whether m is defined in the registry.
func (m MechanismKind) Known() bool { return mechanismKindList.Known(m) }

// Valid reports whether m is defined or is a well-formed "x-" extension code.
func (m MechanismKind) Valid() bool { return mechanismKindList.Valid(m) }
