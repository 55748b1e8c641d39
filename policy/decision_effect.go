package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// DecisionEffect is what an automated decision does to the person.
type DecisionEffect string

// The decision effect codes.
const (
	// EffectLegal is "legal": The decision produces legal effects concerning the person (GDPR Art. 22(1)).
	EffectLegal DecisionEffect = "legal"
	// EffectSignificant is "significant": The decision similarly significantly affects the person (GDPR Art. 22(1)), such as refusing credit or a service.
	EffectSignificant DecisionEffect = "significant"
	// EffectNone is "none": The policy says the decision has no legal or similarly significant effect.
	EffectNone DecisionEffect = "none"
)

var decisionEffectList = vocab.New[DecisionEffect]("decision effect", true, term, []category.Definition{
	{Code: string(EffectLegal), Title: "Legal effect", Description: "The decision produces legal effects concerning the person (GDPR Art. 22(1))."},
	{Code: string(EffectSignificant), Title: "Similarly significant effect", Description: "The decision similarly significantly affects the person (GDPR Art. 22(1)), such as refusing credit or a service."},
	{Code: string(EffectNone), Title: "No legal or significant effect", Description: "The policy says the decision has no legal or similarly significant effect."},
})

// DecisionEffectDefinitions returns the definitions of every decision effect code in a fixed order.
func DecisionEffectDefinitions() []category.Definition { return decisionEffectList.All() }

// Definition returns the registry definition of e; ok is false for extension and
// unknown codes.
func (e DecisionEffect) Definition() (def category.Definition, ok bool) {
	return decisionEffectList.Lookup(e)
}

// Known reports whether e is defined in the registry.
func (e DecisionEffect) Known() bool { return decisionEffectList.Known(e) }

// Valid reports whether e is defined or is a well-formed "x-" extension code.
func (e DecisionEffect) Valid() bool { return decisionEffectList.Valid(e) }
