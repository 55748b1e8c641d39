package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// ChoiceKind is what a choice lets a person do.
type ChoiceKind string

// The choice kind codes.
const (
	// ChoiceOptOut is "opt-out": Stop a use or disclosure of data.
	ChoiceOptOut ChoiceKind = "opt-out"
	// ChoiceOptIn is "opt-in": Agree to a use or disclosure that otherwise does not happen.
	ChoiceOptIn ChoiceKind = "opt-in"
	// ChoiceUnsubscribe is "unsubscribe": Stop receiving messages.
	ChoiceUnsubscribe ChoiceKind = "unsubscribe"
	// ChoiceCookieControl is "cookie-control": Refuse, delete or be alerted to cookies.
	ChoiceCookieControl ChoiceKind = "cookie-control"
	// ChoiceAdPersonalisation is "ad-personalisation": Stop interest-based advertising.
	ChoiceAdPersonalisation ChoiceKind = "ad-personalisation"
	// ChoiceLimitSensitive is "limit-sensitive": Limit the use and disclosure of sensitive data to what the service needs.
	ChoiceLimitSensitive ChoiceKind = "limit-sensitive"
	// ChoiceWithdrawConsent is "withdraw-consent": Withdraw a consent given earlier.
	ChoiceWithdrawConsent ChoiceKind = "withdraw-consent"
	// ChoiceDevicePermission is "device-permission": Turn off an app's access to a device function such as location.
	ChoiceDevicePermission ChoiceKind = "device-permission"
	// ChoiceDecline is "decline": Not give the data asked for.
	ChoiceDecline ChoiceKind = "decline"
	// ChoiceEditData is "edit-data": Review and change data in account settings.
	ChoiceEditData ChoiceKind = "edit-data"
	// ChoiceResubscribe is "resubscribe": Join a programme again after leaving it.
	ChoiceResubscribe ChoiceKind = "resubscribe"
	// ChoiceHelp is "help": Get instructions or assistance for a programme.
	ChoiceHelp ChoiceKind = "help"
)

var choiceKindList = vocab.New[ChoiceKind]("choice kind", true, term, []category.Definition{
	{Code: string(ChoiceOptOut), Title: "Opt out", Description: "Stop a use or disclosure of data."},
	{Code: string(ChoiceOptIn), Title: "Opt in", Description: "Agree to a use or disclosure that otherwise does not happen."},
	{Code: string(ChoiceUnsubscribe), Title: "Unsubscribe", Description: "Stop receiving messages."},
	{Code: string(ChoiceCookieControl), Title: "Control cookies", Description: "Refuse, delete or be alerted to cookies."},
	{Code: string(ChoiceAdPersonalisation), Title: "Limit ad personalisation", Description: "Stop interest-based advertising."},
	{Code: string(ChoiceLimitSensitive), Title: "Limit use of sensitive data", Description: "Limit the use and disclosure of sensitive data to what the service needs."},
	{Code: string(ChoiceWithdrawConsent), Title: "Withdraw consent", Description: "Withdraw a consent given earlier."},
	{Code: string(ChoiceDevicePermission), Title: "Withdraw a device permission", Description: "Turn off an app's access to a device function such as location."},
	{Code: string(ChoiceDecline), Title: "Decline to provide", Description: "Not give the data asked for."},
	{Code: string(ChoiceEditData), Title: "Review and edit", Description: "Review and change data in account settings."},
	{Code: string(ChoiceResubscribe), Title: "Subscribe again", Description: "Join a programme again after leaving it."},
	{Code: string(ChoiceHelp), Title: "Get help", Description: "Get instructions or assistance for a programme."},
})

// ChoiceKindDefinitions returns the definitions of every choice kind code in a fixed order.
func ChoiceKindDefinitions() []category.Definition { return choiceKindList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c ChoiceKind) Definition() (def category.Definition, ok bool) { return choiceKindList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c ChoiceKind) Known() bool { return choiceKindList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c ChoiceKind) Valid() bool { return choiceKindList.Valid(c) }
