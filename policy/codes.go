package policy

import (
	"reflect"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/rights"
)

// The small code lists of this package share the definition shape of package
// category.
func term(d category.Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

const dpv = "https://w3id.org/dpv#"

// Code is one code of a code list, with what every list says of its codes.
type Code struct {
	// Code is the value written in documents.
	Code string `json:"code"`
	// Title is a short human label.
	Title string `json:"title"`
	// Description says what the code covers.
	Description string `json:"description"`
	// Parent is the more general code of a hierarchical list, or empty.
	Parent string `json:"parent,omitempty"`
}

// CodeList describes one code list of the model: the one table that validation
// messages, [Extension] definitions, the JSON Schema generator and the `privacy
// codes` command all read.
type CodeList struct {
	// Key is the list's short name, as [Extension.List] names it ("data").
	Key string
	// Name is the list's name in messages ("data category").
	Name string
	// Type is the Go type of the list's codes.
	Type reflect.Type
	// Open is true when the list takes "x-" extension codes. Only lists a law
	// fixes (GDPR Art. 6(1) bases, Art. 9(2) conditions) are closed.
	Open bool

	codes func() []Code
}

// Codes returns the list's registry codes in registry order. For jurisdictions
// it returns every country, subdivision and region.
func (l CodeList) Codes() []Code {
	if l.codes == nil {
		return nil // the zero CodeList
	}
	return l.codes()
}

// Lookup returns the list's definition of code.
func (l CodeList) Lookup(code string) (Code, bool) {
	for _, c := range l.Codes() {
		if c.Code == code {
			return c, true
		}
	}
	return Code{}, false
}

// CodeLists returns every code list of the model, in a fixed order.
func CodeLists() []CodeList { return append([]CodeList(nil), codeLists...) }

// CodeListOf returns the code list of code type t.
func CodeListOf(t reflect.Type) (CodeList, bool) {
	l, ok := codeListIndex[t]
	return l, ok
}

// CodeListByKey returns the code list with the given key ("data").
func CodeListByKey(key string) (CodeList, bool) {
	for _, l := range codeLists {
		if l.Key == key {
			return l, true
		}
	}
	return CodeList{}, false
}

func list[C ~string, D any](key, name string, open bool, defs func() []D, t func(D) vocab.Term) CodeList {
	return CodeList{Key: key, Name: name, Type: reflect.TypeFor[C](), Open: open, codes: func() []Code {
		ds := defs()
		out := make([]Code, 0, len(ds))
		for _, d := range ds {
			x := t(d)
			out = append(out, Code{Code: x.Code, Title: x.Title, Description: x.Description, Parent: x.Parent})
		}
		return out
	}}
}

func rightsTerm(d rights.Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}
func contactTerm(d contact.Definition) vocab.Term { return vocab.Term(d) }
func lawTerm(d jurisdiction.LawDefinition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}
func regionTerm(d jurisdiction.Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

var codeLists = []CodeList{
	list[category.Data]("data", "data category", true, category.DataDefinitions, term),
	list[category.Purpose]("purpose", "purpose", true, category.PurposeDefinitions, term),
	list[category.Recipient]("party", "party type", true, category.RecipientDefinitions, term),
	list[category.Source]("source", "data source", true, category.SourceDefinitions, term),
	list[category.Method]("method", "collection method", true, category.MethodDefinitions, term),
	list[category.TrackerKind]("tracker-kind", "tracker kind", true, category.TrackerKindDefinitions, term),
	list[category.TrackerClass]("tracker-class", "tracker class", true, category.TrackerClassDefinitions, term),
	list[category.Subject]("subject", "data subject type", true, category.SubjectDefinitions, term),
	list[category.Service]("service", "service kind", true, category.ServiceDefinitions, term),
	list[contact.Role]("contact-role", "contact role", true, contact.RoleDefinitions, contactTerm),
	list[rights.Right]("right", "right", true, rights.RightDefinitions, rightsTerm),
	list[rights.ChannelKind]("channel", "channel kind", true, rights.ChannelKindDefinitions, rightsTerm),
	list[rights.Period]("frequency-period", "period", true, rights.PeriodDefinitions, rightsTerm),
	list[jurisdiction.Code]("jurisdiction", "jurisdiction (ISO 3166-1 country, ISO 3166-2 subdivision, EU or EEA)", true, jurisdiction.Definitions, regionTerm),
	list[jurisdiction.Law]("law", "law", true, jurisdiction.LawDefinitions, lawTerm),
	list[Basis]("basis", "legal basis", false, BasisDefinitions, term),
	list[SpecialCondition]("special-condition", "special-category condition", false, SpecialConditionDefinitions, term),
	list[ChoiceMode]("choice-mode", "choice mode", true, ChoiceModeDefinitions, term),
	list[Requirement]("requirement", "requirement", true, RequirementDefinitions, term),
	list[Condition]("condition", "disclosure condition", true, ConditionDefinitions, term),
	list[PartyRole]("party-role", "party role", true, PartyRoleDefinitions, term),
	list[PeriodKind]("period-kind", "retention period kind", true, PeriodKindDefinitions, term),
	list[Event]("event", "retention event", true, EventDefinitions, term),
	list[Bound]("bound", "bound", true, BoundDefinitions, term),
	list[Calendar]("calendar", "calendar alignment", true, CalendarDefinitions, term),
	list[Combine]("combine", "period combination", true, CombineDefinitions, term),
	list[Disposal]("disposal", "disposal", true, DisposalDefinitions, term),
	list[Safeguard]("safeguard", "transfer safeguard", true, SafeguardDefinitions, term),
	list[ChoiceKind]("choice-kind", "choice kind", true, ChoiceKindDefinitions, term),
	list[MechanismKind]("mechanism", "mechanism kind", true, MechanismKindDefinitions, term),
	list[LimitKind]("limit", "limit kind", true, LimitKindDefinitions, term),
	list[AgentProof]("agent-proof", "agent proof", true, AgentProofDefinitions, term),
	list[MeasureKind]("measure", "security measure kind", true, MeasureKindDefinitions, term),
	list[DisclaimerKind]("disclaimer", "disclaimer kind", true, DisclaimerKindDefinitions, term),
	list[SignalKind]("signal", "privacy signal", true, SignalKindDefinitions, term),
	list[Response]("signal-response", "signal response", true, ResponseDefinitions, term),
	list[NoticeMethod]("notice-method", "notice method", true, NoticeMethodDefinitions, term),
	list[Trigger]("notice-trigger", "notice trigger", true, TriggerDefinitions, term),
	list[Effect]("change-effect", "change effect", true, EffectDefinitions, term),
	list[LawStatus]("law-status", "law status", true, LawStatusDefinitions, term),
	list[DocumentKind]("document", "document kind", true, DocumentKindDefinitions, term),
	list[TrackerParty]("tracker-party", "tracker party", true, TrackerPartyDefinitions, term),
	list[LifespanKind]("lifespan", "lifespan kind", true, LifespanKindDefinitions, term),
	list[OfficerRole]("officer", "officer role", true, OfficerRoleDefinitions, term),
	list[ChildAction]("child-action", "child data action", true, ChildActionDefinitions, term),
	list[IdentifierScheme]("identifier", "organisation identifier scheme", true, IdentifierSchemeDefinitions, term),
	list[DecisionEffect]("decision-effect", "decision effect", true, DecisionEffectDefinitions, term),
}

var codeListIndex = func() map[reflect.Type]CodeList {
	m := make(map[reflect.Type]CodeList, len(codeLists))
	for _, l := range codeLists {
		m[l.Type] = l
	}
	return m
}()
