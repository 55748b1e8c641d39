package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// TrackerParty says who sets a tracker.
type TrackerParty string

// The tracker party codes.
const (
	// PartyFirstParty is "first-party": Set by the organisation's own site.
	PartyFirstParty TrackerParty = "first-party"
	// PartyThirdParty is "third-party": Set by someone other than the organisation.
	PartyThirdParty TrackerParty = "third-party"
)

var trackerPartyList = vocab.New[TrackerParty]("tracker party", true, term, []category.Definition{
	{Code: string(PartyFirstParty), Title: "First party", Description: "Set by the organisation's own site."},
	{Code: string(PartyThirdParty), Title: "Third party", Description: "Set by someone other than the organisation."},
})

// TrackerPartyDefinitions returns the definitions of every tracker party code in a fixed order.
func TrackerPartyDefinitions() []category.Definition { return trackerPartyList.All() }

// Definition returns the registry definition of t; ok is false for extension and
// unknown codes.
func (t TrackerParty) Definition() (def category.Definition, ok bool) {
	return trackerPartyList.Lookup(t)
}

// Known reports whether t is defined in the registry.
func (t TrackerParty) Known() bool { return trackerPartyList.Known(t) }

// Valid reports whether t is defined or is a well-formed "x-" extension code.
func (t TrackerParty) Valid() bool { return trackerPartyList.Valid(t) }
