package rights

import "github.com/openpolicies/privacy/internal/vocab"

// ChannelKind is a way of sending a rights request.
type ChannelKind string

// The channel kind codes.
const (
	// ChannelEmail is "email": Write to an e-mail address.
	ChannelEmail ChannelKind = "email"
	// ChannelPostalMail is "postal-mail": Write to a postal address.
	ChannelPostalMail ChannelKind = "postal-mail"
	// ChannelPhone is "phone": Call a telephone number.
	ChannelPhone ChannelKind = "phone"
	// ChannelWebForm is "web-form": Fill in a form on a web page.
	ChannelWebForm ChannelKind = "web-form"
	// ChannelAccountSettings is "account-settings": Change the data in the account's settings.
	ChannelAccountSettings ChannelKind = "account-settings"
	// ChannelPortal is "portal": Use an online portal such as a patient portal.
	ChannelPortal ChannelKind = "portal"
	// ChannelApp is "app": Use a function of the organisation's app.
	ChannelApp ChannelKind = "app"
	// ChannelDepartment is "department": Apply to a named department, in person or otherwise.
	ChannelDepartment ChannelKind = "department"
	// ChannelContactUs is "contact-us": Contact the organisation through the contact details it gives.
	ChannelContactUs ChannelKind = "contact-us"
	// ChannelWebPage is "web-page": Follow the options or instructions on a web page the policy links to.
	ChannelWebPage ChannelKind = "web-page"
	// ChannelOptOutSignal is "opt-out-preference-signal": Send a browser or device signal such as Global Privacy Control, which the organisation treats as an opt-out request.
	ChannelOptOutSignal ChannelKind = "opt-out-preference-signal"
	// ChannelChat is "chat": Ask through a live chat or chatbot.
	ChannelChat ChannelKind = "chat"
	// ChannelInPerson is "in-person": Ask in person at a store, office or other premises.
	ChannelInPerson ChannelKind = "in-person"
	// ChannelAuthorizedAgent is "authorized-agent": Have an authorised agent submit the request on the person's behalf.
	ChannelAuthorizedAgent ChannelKind = "authorized-agent"
	// ChannelPrivacyLink is "privacy-link": Follow a "Do Not Sell or Share My Personal Information", "Your Privacy Choices" or similar link.
	ChannelPrivacyLink ChannelKind = "privacy-link"
)

var channelKindList = vocab.New[ChannelKind]("channel kind", true, term, []Definition{
	{Code: string(ChannelEmail), Title: "E-mail", Description: "Write to an e-mail address."},
	{Code: string(ChannelPostalMail), Title: "Postal mail", Description: "Write to a postal address."},
	{Code: string(ChannelPhone), Title: "Telephone", Description: "Call a telephone number."},
	{Code: string(ChannelWebForm), Title: "Web form", Description: "Fill in a form on a web page."},
	{Code: string(ChannelAccountSettings), Title: "Account settings", Description: "Change the data in the account's settings."},
	{Code: string(ChannelPortal), Title: "Portal", Description: "Use an online portal such as a patient portal."},
	{Code: string(ChannelApp), Title: "App", Description: "Use a function of the organisation's app."},
	{Code: string(ChannelDepartment), Title: "Department", Description: "Apply to a named department, in person or otherwise."},
	{Code: string(ChannelContactUs), Title: "Contact the organisation", Description: "Contact the organisation through the contact details it gives."},
	{Code: string(ChannelWebPage), Title: "Web page", Description: "Follow the options or instructions on a web page the policy links to."},
	{Code: string(ChannelOptOutSignal), Title: "Opt-out preference signal", Description: "Send a browser or device signal such as Global Privacy Control, which the organisation treats as an opt-out request."},
	{Code: string(ChannelChat), Title: "Chat", Description: "Ask through a live chat or chatbot."},
	{Code: string(ChannelInPerson), Title: "In person", Description: "Ask in person at a store, office or other premises."},
	{Code: string(ChannelAuthorizedAgent), Title: "Authorised agent", Description: "Have an authorised agent submit the request on the person's behalf."},
	{Code: string(ChannelPrivacyLink), Title: "Privacy choices link", Description: "Follow a \"Do Not Sell or Share My Personal Information\", \"Your Privacy Choices\" or similar link."},
})

// ChannelKindDefinitions returns the definitions of every channel kind code in a fixed order.
func ChannelKindDefinitions() []Definition { return channelKindList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c ChannelKind) Definition() (def Definition, ok bool) { return channelKindList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c ChannelKind) Known() bool { return channelKindList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c ChannelKind) Valid() bool { return channelKindList.Valid(c) }
