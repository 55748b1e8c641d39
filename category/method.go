package category

import "github.com/openpolicies/privacy/internal/vocab"

// Method is how data is collected.
type Method string

// The collection method codes.
const (
	// MethodForm is "form": Forms on the service, such as appointment request or order forms.
	MethodForm Method = "form"
	// MethodRegistration is "registration": Registering for an account or membership.
	MethodRegistration Method = "registration"
	// MethodPurchase is "purchase": Buying products or services.
	MethodPurchase Method = "purchase"
	// MethodCorrespondence is "correspondence": E-mail, letters and other messages to the organisation.
	MethodCorrespondence Method = "correspondence"
	// MethodSurvey is "survey": Answering surveys.
	MethodSurvey Method = "survey"
	// MethodSignUp is "sign-up": Signing up for newsletters or text messages.
	MethodSignUp Method = "sign-up"
	// MethodPosting is "posting": Posting on public areas or sending content to other users.
	MethodPosting Method = "posting"
	// MethodProblemReport is "problem-report": Reporting a problem with the service.
	MethodProblemReport Method = "problem-report"
	// MethodCall is "call": Calls with the organisation or its call centre, including recorded calls.
	MethodCall Method = "call"
	// MethodChat is "chat": Live chat or chatbot conversations with the organisation.
	MethodChat Method = "chat"
	// MethodInPerson is "in-person": Visits to stores, offices or other premises, and forms filled in there.
	MethodInPerson Method = "in-person"
	// MethodCookie is "cookie": Cookies and similar storage on the device.
	MethodCookie Method = "cookie"
	// MethodWebBeacon is "web-beacon": Pixel tags and clear GIFs in pages and e-mails.
	MethodWebBeacon Method = "web-beacon"
	// MethodSessionReplay is "session-replay": Recording of movements and clicks on a site.
	MethodSessionReplay Method = "session-replay"
	// MethodServerLog is "server-log": Logs that servers keep of requests.
	MethodServerLog Method = "server-log"
	// MethodDevice is "device": Signals the browser or device sends, such as its IP address and version.
	MethodDevice Method = "device"
	// MethodConnectedDevice is "connected-device": Hardware that reports data, such as connected devices, wearables, vehicles and bikes.
	MethodConnectedDevice Method = "connected-device"
	// MethodNetwork is "network": Records the network keeps as it carries calls, messages and data.
	MethodNetwork Method = "network"
	// MethodCamera is "camera": Video surveillance and other cameras.
	MethodCamera Method = "camera"
	// MethodAppPermission is "app-permission": Data an app reads after the person grants a device permission.
	MethodAppPermission Method = "app-permission"
	// MethodSDK is "sdk": Code of a third party embedded in an app.
	MethodSDK Method = "sdk"
	// MethodSocialWidget is "social-widget": Share buttons and other embedded social features.
	MethodSocialWidget Method = "social-widget"
	// MethodThirdPartyProvided is "third-party-provided": Data partners send to the organisation.
	MethodThirdPartyProvided Method = "third-party-provided"
	// MethodAPI is "api": Data a partner or another service of the person sends through an API or integration.
	MethodAPI Method = "api"
)

var methodList = vocab.New[Method]("collection method", true, term, []Definition{
	{Code: string(MethodForm), Title: "Forms", Description: "Forms on the service, such as appointment request or order forms."},
	{Code: string(MethodRegistration), Title: "Registration", Description: "Registering for an account or membership."},
	{Code: string(MethodPurchase), Title: "Purchases and orders", Description: "Buying products or services."},
	{Code: string(MethodCorrespondence), Title: "Correspondence", Description: "E-mail, letters and other messages to the organisation."},
	{Code: string(MethodSurvey), Title: "Surveys", Description: "Answering surveys."},
	{Code: string(MethodSignUp), Title: "Subscription sign-up", Description: "Signing up for newsletters or text messages."},
	{Code: string(MethodPosting), Title: "Posting content", Description: "Posting on public areas or sending content to other users."},
	{Code: string(MethodProblemReport), Title: "Problem reports", Description: "Reporting a problem with the service."},
	{Code: string(MethodCall), Title: "Telephone calls", Description: "Calls with the organisation or its call centre, including recorded calls."},
	{Code: string(MethodChat), Title: "Chat", Description: "Live chat or chatbot conversations with the organisation."},
	{Code: string(MethodInPerson), Title: "In person", Description: "Visits to stores, offices or other premises, and forms filled in there."},
	{Code: string(MethodCookie), Title: "Cookies", Description: "Cookies and similar storage on the device."},
	{Code: string(MethodWebBeacon), Title: "Web beacons and pixels", Description: "Pixel tags and clear GIFs in pages and e-mails."},
	{Code: string(MethodSessionReplay), Title: "Session replay", Description: "Recording of movements and clicks on a site."},
	{Code: string(MethodServerLog), Title: "Server logs", Description: "Logs that servers keep of requests."},
	{Code: string(MethodDevice), Title: "Browser or device", Description: "Signals the browser or device sends, such as its IP address and version."},
	{Code: string(MethodConnectedDevice), Title: "Connected devices and vehicles", Description: "Hardware that reports data, such as connected devices, wearables, vehicles and bikes."},
	{Code: string(MethodNetwork), Title: "Telecommunications network", Description: "Records the network keeps as it carries calls, messages and data."},
	{Code: string(MethodCamera), Title: "Cameras and CCTV", Description: "Video surveillance and other cameras."},
	{Code: string(MethodAppPermission), Title: "App permission", Description: "Data an app reads after the person grants a device permission."},
	{Code: string(MethodSDK), Title: "Software development kits", Description: "Code of a third party embedded in an app."},
	{Code: string(MethodSocialWidget), Title: "Social-media widgets", Description: "Share buttons and other embedded social features."},
	{Code: string(MethodThirdPartyProvided), Title: "Provided by third parties", Description: "Data partners send to the organisation."},
	{Code: string(MethodAPI), Title: "Programming interfaces", Description: "Data a partner or another service of the person sends through an API or integration."},
})

// MethodDefinitions returns the definitions of every collection method code in a fixed order.
func MethodDefinitions() []Definition { return methodList.All() }

// Definition returns the registry definition of m; ok is false for extension and
// unknown codes.
func (m Method) Definition() (def Definition, ok bool) { return methodList.Lookup(m) }

// Known reports whether m is defined in the registry.
func (m Method) Known() bool { return methodList.Known(m) }

// Valid reports whether m is defined or is a well-formed "x-" extension code.
func (m Method) Valid() bool { return methodList.Valid(m) }
