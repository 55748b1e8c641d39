package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// DisclaimerKind is a kind of limit an organisation puts on its responsibility.
type DisclaimerKind string

// The disclaimer kind codes.
const (
	// DisclaimerNoGuarantee is "no-guarantee": The organisation cannot guarantee security; transmission is at the person's own risk.
	DisclaimerNoGuarantee DisclaimerKind = "no-guarantee"
	// DisclaimerEmailNotSecure is "email-not-secure": E-mail to the organisation is not encrypted or may be intercepted.
	DisclaimerEmailNotSecure DisclaimerKind = "email-not-secure"
	// DisclaimerSMSNotEncrypted is "sms-not-encrypted": Text messages are unencrypted; message and data rates may apply.
	DisclaimerSMSNotEncrypted DisclaimerKind = "sms-not-encrypted"
	// DisclaimerInternetNotSecure is "internet-not-secure": Transmissions over the Internet can be intercepted.
	DisclaimerInternetNotSecure DisclaimerKind = "internet-not-secure"
	// DisclaimerPublicContributions is "public-contributions": Content a person posts is public and may be seen by anyone.
	DisclaimerPublicContributions DisclaimerKind = "public-contributions"
	// DisclaimerThirdPartySites is "third-party-sites": The organisation is not responsible for the practices of sites it links to or advertisers' sites.
	DisclaimerThirdPartySites DisclaimerKind = "third-party-sites"
	// DisclaimerThirdPartyTracking is "third-party-tracking": The organisation does not control third parties' cookies or use of data.
	DisclaimerThirdPartyTracking DisclaimerKind = "third-party-tracking"
	// DisclaimerCarrierLiability is "carrier-liability": Mobile carriers are not liable for delayed or undelivered messages.
	DisclaimerCarrierLiability DisclaimerKind = "carrier-liability"
	// DisclaimerForeignAccess is "foreign-authority-access": Data transferred abroad is subject to the laws there, which may let government and national-security authorities access it.
	DisclaimerForeignAccess DisclaimerKind = "foreign-authority-access"
	// DisclaimerUserResponsibility is "user-responsibility": The person is responsible for keeping their password and account details secure and not sharing them.
	DisclaimerUserResponsibility DisclaimerKind = "user-responsibility"
)

var disclaimerKindList = vocab.New[DisclaimerKind]("disclaimer kind", true, term, []category.Definition{
	{Code: string(DisclaimerNoGuarantee), Title: "No security guarantee", Description: "The organisation cannot guarantee security; transmission is at the person's own risk."},
	{Code: string(DisclaimerEmailNotSecure), Title: "E-mail is not secure", Description: "E-mail to the organisation is not encrypted or may be intercepted."},
	{Code: string(DisclaimerSMSNotEncrypted), Title: "Texts are not encrypted", Description: "Text messages are unencrypted; message and data rates may apply."},
	{Code: string(DisclaimerInternetNotSecure), Title: "The Internet is not secure", Description: "Transmissions over the Internet can be intercepted."},
	{Code: string(DisclaimerPublicContributions), Title: "Public contributions", Description: "Content a person posts is public and may be seen by anyone."},
	{Code: string(DisclaimerThirdPartySites), Title: "Third-party sites", Description: "The organisation is not responsible for the practices of sites it links to or advertisers' sites."},
	{Code: string(DisclaimerThirdPartyTracking), Title: "Third-party tracking", Description: "The organisation does not control third parties' cookies or use of data."},
	{Code: string(DisclaimerCarrierLiability), Title: "Carrier liability", Description: "Mobile carriers are not liable for delayed or undelivered messages."},
	{Code: string(DisclaimerForeignAccess), Title: "Access by foreign authorities", Description: "Data transferred abroad is subject to the laws there, which may let government and national-security authorities access it."},
	{Code: string(DisclaimerUserResponsibility), Title: "The person's own responsibility", Description: "The person is responsible for keeping their password and account details secure and not sharing them."},
})

// DisclaimerKindDefinitions returns the definitions of every disclaimer kind code in a fixed order.
func DisclaimerKindDefinitions() []category.Definition { return disclaimerKindList.All() }

// Definition returns the registry definition of d; ok is false for extension and
// unknown codes.
func (d DisclaimerKind) Definition() (def category.Definition, ok bool) {
	return disclaimerKindList.Lookup(d)
}

// Known reports whether d is defined in the registry.
func (d DisclaimerKind) Known() bool { return disclaimerKindList.Known(d) }

// Valid reports whether d is defined or is a well-formed "x-" extension code.
func (d DisclaimerKind) Valid() bool { return disclaimerKindList.Valid(d) }
