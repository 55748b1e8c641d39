package policy

import (
	"github.com/openpolicies/privacy/internal/check"

	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/openpolicies/privacy/rights"
)

// Union states, once, a rule that ties the members of one object type to the
// code in one of its members (a tagged union): a retention period of kind
// "duration" needs "duration" and has no "event". Validation evaluates these
// rules and the JSON Schema generator turns each into an if/then, so Go and
// the schema cannot drift apart.
type Union struct {
	// Type is the object type the rule applies to.
	Type reflect.Type
	// Tag is the JSON member whose code selects the case.
	Tag string
	// What names the object in messages ("retention period").
	What string
	// Cases are the cases, tried in order; a case with no Codes matches every
	// code no earlier case lists (extension codes included).
	Cases []UnionCase
}

// UnionCase is what one or more codes of a [Union] need and forbid.
type UnionCase struct {
	// Codes select the case; empty for every other code.
	Codes []string
	// Need lists members of which at least one must be given; empty when the
	// case needs none.
	Need []string
	// NeedFault is the fault code of a missing member; FaultUnionRequired when
	// empty.
	NeedFault FaultCode
	// NeedMessage replaces the generated message of a missing member.
	NeedMessage string
	// Forbid lists members the case must not have.
	Forbid []string
}

func codes[C ~string](cs ...C) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

var durationParts = []string{"bound", "from", "plus_current"}

var unions = []Union{
	{Type: reflect.TypeFor[Period](), Tag: "kind", What: "retention period", Cases: []UnionCase{
		{Codes: codes(PeriodDuration), Need: []string{"duration"}, Forbid: []string{"event", "laws", "criteria"}},
		{Codes: codes(PeriodUntilEvent), Need: []string{"event"}, Forbid: slices.Concat([]string{"duration", "laws", "criteria"}, durationParts)},
		{Codes: codes(PeriodLegalRequirement), Need: []string{"laws", "criteria"}, Forbid: slices.Concat([]string{"duration", "event"}, durationParts)},
		{Codes: codes(PeriodCriteria), Need: []string{"criteria"}, Forbid: slices.Concat([]string{"duration", "event", "laws"}, durationParts)},
		{Codes: codes(PeriodIndefinite), Forbid: slices.Concat([]string{"duration", "event", "laws", "criteria"}, durationParts)},
	}},
	{Type: reflect.TypeFor[Lifespan](), Tag: "kind", What: "lifespan", Cases: []UnionCase{
		{Codes: codes(LifespanDuration), Need: []string{"duration"}},
		{Forbid: []string{"duration", "bound"}},
	}},
	{Type: reflect.TypeFor[Mechanism](), Tag: "kind", What: "mechanism", Cases: []UnionCase{
		{Codes: codes(MechanismSMSKeyword), Need: []string{"keyword"}},
		{Codes: codes(MechanismEmail, MechanismPostalMail, MechanismPhone), Need: []string{"contact"}},
		{Codes: codes(MechanismIndustryOptOut, MechanismPreferenceCenter), Need: []string{"url", "name"}},
	}},
	{Type: reflect.TypeFor[rights.Channel](), Tag: "kind", What: "channel", Cases: []UnionCase{
		{Codes: codes(rights.ChannelEmail, rights.ChannelPostalMail, rights.ChannelPhone), Need: []string{"contact"}},
	}},
	{Type: reflect.TypeFor[LegalBasis](), Tag: "basis", What: "legal basis", Cases: []UnionCase{
		{Codes: codes(BasisLegitimateInterests), Need: []string{"interest"}, NeedFault: FaultMissingInterest,
			NeedMessage: "a legitimate-interests basis states the interest pursued (GDPR Art. 13(1)(d))"},
		{Forbid: []string{"interest"}},
	}},
}

// Unions returns the tagged-union rules of the model, in a fixed order.
func Unions() []Union { return slices.Clone(unions) }

// Case returns the case of u that code selects.
func (u Union) Case(code string) (UnionCase, bool) {
	for _, c := range u.Cases {
		if len(c.Codes) == 0 || slices.Contains(c.Codes, code) {
			return c, true
		}
	}
	return UnionCase{}, false
}

// Listed returns every code some case of u names.
func (u Union) Listed() []string {
	var out []string
	for _, c := range u.Cases {
		out = append(out, c.Codes...)
	}
	return out
}

var unionIndex = func() map[reflect.Type]Union {
	m := map[reflect.Type]Union{}
	for _, u := range unions {
		m[u.Type] = u
	}
	return m
}()

var memberIndex sync.Map // reflect.Type -> map[string]int

// members maps the JSON member names of struct type t to field indexes.
func members(t reflect.Type) map[string]int {
	if m, ok := memberIndex.Load(t); ok {
		return m.(map[string]int)
	}
	m := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		m[name] = i
	}
	memberIndex.Store(t, m)
	return m
}

// unionFaults checks v, a pointer to a value of a type with a union rule, at
// the JSON Pointer path gives (built only for a fault).
func unionFaults(v any, path func() string) Faults {
	rv := reflect.ValueOf(v).Elem()
	u, ok := unionIndex[rv.Type()]
	if !ok {
		return nil
	}
	idx := members(rv.Type())
	code := rv.Field(idx[u.Tag]).String()
	if code == "" {
		return nil // reported as required
	}
	c, _ := u.Case(code)
	given := func(name string) bool {
		f := rv.Field(idx[name])
		if f.Kind() == reflect.Slice {
			return f.Len() > 0 // an empty list gives nothing, as in JSON Schema's forbid
		}
		return !f.IsZero()
	}
	// A needed text must say something: white space alone does not.
	needed := func(name string) bool {
		if f := rv.Field(idx[name]); f.Kind() == reflect.String {
			return !check.Blank(f.String())
		}
		return given(name)
	}
	var fs Faults
	if len(c.Need) > 0 && !slices.ContainsFunc(c.Need, needed) {
		f := Fault{Path: path() + "/" + c.Need[0], Code: FaultUnionRequired,
			Message: fmt.Sprintf("a %s of %s %q needs %s", u.What, u.Tag, code, strings.Join(c.Need, " or "))}
		if c.NeedFault != "" {
			f.Code = c.NeedFault
		}
		if c.NeedMessage != "" {
			f.Message = c.NeedMessage
		}
		fs = append(fs, f)
	}
	for _, name := range c.Forbid {
		if given(name) {
			fs = append(fs, Fault{Path: path() + "/" + name, Code: FaultUnionForbidden,
				Message: fmt.Sprintf("a %s of %s %q has no %s", u.What, u.Tag, code, strings.ReplaceAll(name, "_", " "))})
		}
	}
	return fs
}
