package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// SignalKind is a browser privacy signal.
type SignalKind string

// The privacy signal codes.
const (
	// SignalDoNotTrack is "do-not-track": The DNT header of web browsers.
	SignalDoNotTrack SignalKind = "do-not-track"
	// SignalGlobalPrivacyControl is "global-privacy-control": The Sec-GPC header, an opt-out of sale and sharing.
	SignalGlobalPrivacyControl SignalKind = "global-privacy-control"
)

var signalKindList = vocab.New[SignalKind]("privacy signal", true, term, []category.Definition{
	{Code: string(SignalDoNotTrack), Title: "Do Not Track", Description: "The DNT header of web browsers."},
	{Code: string(SignalGlobalPrivacyControl), Title: "Global Privacy Control", Description: "The Sec-GPC header, an opt-out of sale and sharing."},
})

// SignalKindDefinitions returns the definitions of every privacy signal code in a fixed order.
func SignalKindDefinitions() []category.Definition { return signalKindList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s SignalKind) Definition() (def category.Definition, ok bool) { return signalKindList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s SignalKind) Known() bool { return signalKindList.Known(s) }

// Valid reports whether s is defined or is a well-formed "x-" extension code.
func (s SignalKind) Valid() bool { return signalKindList.Valid(s) }
