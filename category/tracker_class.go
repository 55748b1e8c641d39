package category

import "github.com/openpolicies/privacy/internal/vocab"

// TrackerClass is what a tracker is for, as cookie consent tools group them.
type TrackerClass string

// The tracker class codes.
const (
	// ClassStrictlyNecessary is "strictly-necessary": Needed for the service to work and be secure; usually exempt from consent.
	ClassStrictlyNecessary TrackerClass = "strictly-necessary"
	// ClassFunctional is "functional": Remember choices and enable features such as log-in and preferences.
	ClassFunctional TrackerClass = "functional"
	// ClassAnalytics is "analytics": Measure how the service is used and performs.
	ClassAnalytics TrackerClass = "analytics"
	// ClassAdvertising is "advertising": Select, show and measure advertising.
	ClassAdvertising TrackerClass = "advertising"
	// ClassSocialMedia is "social-media": Enable social-media features.
	ClassSocialMedia TrackerClass = "social-media"
)

var trackerClassList = vocab.New[TrackerClass]("tracker class", true, term, []Definition{
	{Code: string(ClassStrictlyNecessary), Title: "Strictly necessary", Description: "Needed for the service to work and be secure; usually exempt from consent."},
	{Code: string(ClassFunctional), Title: "Functional", Description: "Remember choices and enable features such as log-in and preferences."},
	{Code: string(ClassAnalytics), Title: "Analytics and performance", Description: "Measure how the service is used and performs."},
	{Code: string(ClassAdvertising), Title: "Advertising and marketing", Description: "Select, show and measure advertising."},
	{Code: string(ClassSocialMedia), Title: "Social media", Description: "Enable social-media features."},
})

// TrackerClassDefinitions returns the definitions of every tracker class code in a fixed order.
func TrackerClassDefinitions() []Definition { return trackerClassList.All() }

// Definition returns the registry definition of t; ok is false for extension and
// unknown codes.
func (t TrackerClass) Definition() (def Definition, ok bool) { return trackerClassList.Lookup(t) }

// Known reports whether t is defined in the registry.
func (t TrackerClass) Known() bool { return trackerClassList.Known(t) }

// Valid reports whether t is defined or is a well-formed "x-" extension code.
func (t TrackerClass) Valid() bool { return trackerClassList.Valid(t) }
