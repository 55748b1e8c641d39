package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Effect says when a change to the policy takes effect.
type Effect string

// The change effect codes.
const (
	// EffectOnPosting is "on-posting": When the new text is posted, unless the organisation says otherwise.
	EffectOnPosting Effect = "on-posting"
	// EffectAfterNotice is "after-notice": After the person has been notified.
	EffectAfterNotice Effect = "after-notice"
	// EffectNotStated is "not-stated": The policy does not say.
	EffectNotStated Effect = "not-stated"
)

var effectList = vocab.New[Effect]("change effect", true, term, []category.Definition{
	{Code: string(EffectOnPosting), Title: "On posting", Description: "When the new text is posted, unless the organisation says otherwise."},
	{Code: string(EffectAfterNotice), Title: "After notice", Description: "After the person has been notified."},
	{Code: string(EffectNotStated), Title: "Not stated", Description: "The policy does not say."},
})

// EffectDefinitions returns the definitions of every change effect code in a fixed order.
func EffectDefinitions() []category.Definition { return effectList.All() }

// Definition returns the registry definition of e; ok is false for extension and
// unknown codes.
func (e Effect) Definition() (def category.Definition, ok bool) { return effectList.Lookup(e) }

// Known reports whether e is defined in the registry.
func (e Effect) Known() bool { return effectList.Known(e) }

// Valid reports whether e is defined or is a well-formed "x-" extension code.
func (e Effect) Valid() bool { return effectList.Valid(e) }
