package schemagen

import (
	"reflect"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// codeList is what the schema needs of one code list: its name (as in fault
// messages), whether users may add "x-" codes, and its definitions.
type codeList struct {
	name  string
	open  bool
	terms func() []vocab.Term
}

// codeLists mirrors the unexported codeLists table of policy/validate.go (names
// and openness) and adds where each list's definitions come from. The root
// package's tests fail when a code type reachable from policy.Policy is missing
// here or when the openness disagrees with the type's Valid method.
var codeLists = map[reflect.Type]codeList{
	reflect.TypeFor[category.Data]():           {"data category", true, catTerms(category.DataDefinitions)},
	reflect.TypeFor[category.Purpose]():        {"purpose", true, catTerms(category.PurposeDefinitions)},
	reflect.TypeFor[category.Recipient]():      {"recipient type", true, catTerms(category.RecipientDefinitions)},
	reflect.TypeFor[category.Source]():         {"data source", false, catTerms(category.SourceDefinitions)},
	reflect.TypeFor[category.Method]():         {"collection method", true, catTerms(category.MethodDefinitions)},
	reflect.TypeFor[category.TrackerKind]():    {"tracker kind", true, catTerms(category.TrackerKindDefinitions)},
	reflect.TypeFor[category.TrackerClass]():   {"tracker class", true, catTerms(category.TrackerClassDefinitions)},
	reflect.TypeFor[category.Subject]():        {"data subject type", true, catTerms(category.SubjectDefinitions)},
	reflect.TypeFor[category.Service]():        {"service kind", true, catTerms(category.ServiceDefinitions)},
	reflect.TypeFor[contact.Role]():            {"contact role", true, contactTerms(contact.RoleDefinitions)},
	reflect.TypeFor[rights.Right]():            {"right", true, rightsTerms(rights.RightDefinitions)},
	reflect.TypeFor[rights.ChannelKind]():      {"channel kind", true, rightsTerms(rights.ChannelKindDefinitions)},
	reflect.TypeFor[rights.Period]():           {"period", false, rightsTerms(rights.PeriodDefinitions)},
	reflect.TypeFor[jurisdiction.Code]():       {"jurisdiction", true, regionTerms},
	reflect.TypeFor[jurisdiction.Law]():        {"law", true, lawTerms},
	reflect.TypeFor[policy.Basis]():            {"legal basis", false, catTerms(policy.BasisDefinitions)},
	reflect.TypeFor[policy.SpecialCondition](): {"special-category condition", false, catTerms(policy.SpecialConditionDefinitions)},
	reflect.TypeFor[policy.ChoiceMode]():       {"choice mode", false, catTerms(policy.ChoiceModeDefinitions)},
	reflect.TypeFor[policy.Requirement]():      {"requirement", false, catTerms(policy.RequirementDefinitions)},
	reflect.TypeFor[policy.Condition]():        {"disclosure condition", false, catTerms(policy.ConditionDefinitions)},
	reflect.TypeFor[policy.PeriodKind]():       {"retention period kind", false, catTerms(policy.PeriodKindDefinitions)},
	reflect.TypeFor[policy.Event]():            {"retention event", true, catTerms(policy.EventDefinitions)},
	reflect.TypeFor[policy.Disposal]():         {"disposal", false, catTerms(policy.DisposalDefinitions)},
	reflect.TypeFor[policy.Safeguard]():        {"transfer safeguard", false, catTerms(policy.SafeguardDefinitions)},
	reflect.TypeFor[policy.ChoiceKind]():       {"choice kind", true, catTerms(policy.ChoiceKindDefinitions)},
	reflect.TypeFor[policy.MechanismKind]():    {"mechanism kind", true, catTerms(policy.MechanismKindDefinitions)},
	reflect.TypeFor[policy.MeasureKind]():      {"security measure kind", true, catTerms(policy.MeasureKindDefinitions)},
	reflect.TypeFor[policy.DisclaimerKind]():   {"disclaimer kind", true, catTerms(policy.DisclaimerKindDefinitions)},
	reflect.TypeFor[policy.SignalKind]():       {"privacy signal", false, catTerms(policy.SignalKindDefinitions)},
	reflect.TypeFor[policy.Response]():         {"signal response", false, catTerms(policy.ResponseDefinitions)},
	reflect.TypeFor[policy.NoticeMethod]():     {"notice method", false, catTerms(policy.NoticeMethodDefinitions)},
	reflect.TypeFor[policy.Trigger]():          {"notice trigger", false, catTerms(policy.TriggerDefinitions)},
	reflect.TypeFor[policy.Effect]():           {"change effect", false, catTerms(policy.EffectDefinitions)},
	reflect.TypeFor[policy.LawStatus]():        {"law status", false, catTerms(policy.LawStatusDefinitions)},
	reflect.TypeFor[policy.DocumentKind]():     {"document kind", true, catTerms(policy.DocumentKindDefinitions)},
	reflect.TypeFor[policy.TrackerParty]():     {"tracker party", false, catTerms(policy.TrackerPartyDefinitions)},
	reflect.TypeFor[policy.LifespanKind]():     {"lifespan kind", false, catTerms(policy.LifespanKindDefinitions)},
	reflect.TypeFor[policy.OfficerRole]():      {"officer role", false, catTerms(policy.OfficerRoleDefinitions)},
	reflect.TypeFor[policy.ChildAction]():      {"child data action", false, catTerms(policy.ChildActionDefinitions)},
}

// CodeLists reports every code type the generator knows, with whether the list
// takes "x-" extension codes. Tests compare it with the model.
func CodeLists() map[reflect.Type]bool {
	out := make(map[reflect.Type]bool, len(codeLists))
	for t, l := range codeLists {
		out[t] = l.open
	}
	return out
}

func catTerms(defs func() []category.Definition) func() []vocab.Term {
	return func() []vocab.Term {
		var out []vocab.Term
		for _, d := range defs() {
			out = append(out, vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent})
		}
		return out
	}
}

func contactTerms(defs func() []contact.Definition) func() []vocab.Term {
	return func() []vocab.Term {
		var out []vocab.Term
		for _, d := range defs() {
			out = append(out, vocab.Term(d))
		}
		return out
	}
}

func rightsTerms(defs func() []rights.Definition) func() []vocab.Term {
	return func() []vocab.Term {
		var out []vocab.Term
		for _, d := range defs() {
			out = append(out, vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent})
		}
		return out
	}
}

func lawTerms() []vocab.Term {
	var out []vocab.Term
	for _, d := range jurisdiction.LawDefinitions() {
		out = append(out, vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent})
	}
	return out
}

// regionTerms lists only the regions of the jurisdiction registry: countries and
// subdivisions (about 5,000 codes) are matched by pattern, and checked against
// ISO 3166 by Go validation only.
func regionTerms() []vocab.Term {
	var out []vocab.Term
	for _, d := range jurisdiction.Definitions() {
		if d.Kind == jurisdiction.KindRegion {
			out = append(out, vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent})
		}
	}
	return out
}

// Codes returns the registry codes the schema lists for code type t, in
// registry order (for jurisdiction.Code, the regions only).
func Codes(t reflect.Type) []string {
	l, ok := codeLists[t]
	if !ok {
		return nil
	}
	var out []string
	for _, term := range l.terms() {
		out = append(out, term.Code)
	}
	return out
}
