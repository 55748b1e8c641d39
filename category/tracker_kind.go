package category

import "github.com/openpolicies/privacy/internal/vocab"

// TrackerKind is a kind of tracking technology.
type TrackerKind string

// The tracker kind codes.
const (
	// TrackerCookie is "cookie": A small data file a site stores in the browser.
	TrackerCookie TrackerKind = "cookie"
	// TrackerWebBeacon is "web-beacon": A small graphic or script in a page or e-mail that reports when it loads (clear GIF, pixel tag).
	TrackerWebBeacon TrackerKind = "web-beacon"
	// TrackerSessionReplay is "session-replay": A script that records a visitor's movements and clicks.
	TrackerSessionReplay TrackerKind = "session-replay"
	// TrackerLocalStorage is "local-storage": Browser or app storage other than cookies.
	TrackerLocalStorage TrackerKind = "local-storage"
	// TrackerSDK is "sdk": A third party's code inside an app.
	TrackerSDK TrackerKind = "sdk"
	// TrackerTagManager is "tag-manager": A service that loads and manages other tags and pixels.
	TrackerTagManager TrackerKind = "tag-manager"
	// TrackerSocialWidget is "social-widget": An embedded social feature that may set cookies and see the page visited.
	TrackerSocialWidget TrackerKind = "social-widget"
	// TrackerFingerprinting is "fingerprinting": Identifying a device from its characteristics.
	TrackerFingerprinting TrackerKind = "fingerprinting"
	// TrackerOther is "other": A tracking technology the policy does not name.
	TrackerOther TrackerKind = "other"
)

var trackerKindList = vocab.New[TrackerKind]("tracker kind", true, term, []Definition{
	{Code: string(TrackerCookie), Title: "Cookie", Description: "A small data file a site stores in the browser."},
	{Code: string(TrackerWebBeacon), Title: "Web beacon or pixel", Description: "A small graphic or script in a page or e-mail that reports when it loads (clear GIF, pixel tag)."},
	{Code: string(TrackerSessionReplay), Title: "Session replay", Description: "A script that records a visitor's movements and clicks."},
	{Code: string(TrackerLocalStorage), Title: "Local storage", Description: "Browser or app storage other than cookies."},
	{Code: string(TrackerSDK), Title: "SDK", Description: "A third party's code inside an app."},
	{Code: string(TrackerTagManager), Title: "Tag manager", Description: "A service that loads and manages other tags and pixels."},
	{Code: string(TrackerSocialWidget), Title: "Social-media widget", Description: "An embedded social feature that may set cookies and see the page visited."},
	{Code: string(TrackerFingerprinting), Title: "Device fingerprinting", Description: "Identifying a device from its characteristics."},
	{Code: string(TrackerOther), Title: "Other tracking technology", Description: "A tracking technology the policy does not name."},
})

// TrackerKindDefinitions returns the definitions of every tracker kind code in a fixed order.
func TrackerKindDefinitions() []Definition { return trackerKindList.All() }

// Definition returns the registry definition of t; ok is false for extension and
// unknown codes.
func (t TrackerKind) Definition() (def Definition, ok bool) { return trackerKindList.Lookup(t) }

// Known reports whether t is defined in the registry.
func (t TrackerKind) Known() bool { return trackerKindList.Known(t) }

// Valid reports whether t is defined or is a well-formed "x-" extension code.
func (t TrackerKind) Valid() bool { return trackerKindList.Valid(t) }
