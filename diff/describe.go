package diff

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// emit records one change with its effect, materiality and summary.
func (c *comparer) emit(s *stmt, kind Kind, field, op, np string, old, new any) {
	c.note = ""
	e := c.effect(s, field, kind, old, new)
	c.emitWhy(s, kind, field, op, np, old, new, e, c.note)
}

// emitEffect records a change whose effect is known.
func (c *comparer) emitEffect(s *stmt, kind Kind, field, op, np string, old, new any, e Effect) {
	c.emitWhy(s, kind, field, op, np, old, new, e, "")
}

// emitWhy records a change whose effect is known, with the note that
// explains the effect when there is one.
func (c *comparer) emitWhy(s *stmt, kind Kind, field, op, np string, old, new any, e Effect, note string) {
	material, why, cause := c.material(s, field, e, new)
	root := ""
	if material {
		root = c.root(s, why, cause)
	}
	if why == "" {
		why = note
	}
	if why == "" && e == Neutral && s.section == "collection" && (field == "" || field == "data") && kind != Changed {
		why = c.coverNote(kind, old, new)
	}
	sum := summary(s, field, kind, old, new)
	if why != "" {
		sum += " (" + why + ")"
	}
	c.changes = append(c.changes, Change{
		Section:   s.section,
		Statement: s.id,
		Field:     field,
		Kind:      kind,
		OldPath:   op,
		NewPath:   np,
		Old:       old,
		New:       new,
		Effect:    e,
		Material:  material,
		Root:      root,
		Summary:   sum,
	})
}

// summary is the change as one line: "collect-x: collects a, b" for a whole
// statement, "collect-x: data + a" for a member added, "data - a" removed,
// "requirement: optional → required" changed.
func summary(s *stmt, field string, kind Kind, old, new any) string {
	var b strings.Builder
	if subject := s.subject(); subject != "" && (field != "" || s.id != "") {
		b.WriteString(subject)
		b.WriteString(": ")
	}
	if field == "" {
		v := new
		if kind == Removed {
			v = old
		}
		b.WriteString(describe(v))
		return b.String()
	}
	b.WriteString(field)
	switch kind {
	case Added:
		b.WriteString(" + ")
		b.WriteString(describe(new))
	case Removed:
		b.WriteString(" - ")
		b.WriteString(describe(old))
	default:
		b.WriteString(": ")
		b.WriteString(describe(old))
		b.WriteString(" → ")
		b.WriteString(describe(new))
	}
	return b.String()
}

// subject names the statement a change is in: its ID, or for statements
// without one (legal bases, glossary terms, versions, extension codes) what
// they are about; "" for metadata.
func (s *stmt) subject() string {
	if s.id != "" {
		return s.id
	}
	v := s.newVal
	if !v.IsValid() {
		v = s.oldVal
	}
	if !v.IsValid() {
		return ""
	}
	switch x := v.Interface().(type) {
	case policy.LegalBasis:
		return "legal basis " + string(x.Basis)
	case policy.DefinedTerm:
		return "term " + text(x.Term)
	case policy.Version:
		return describe(x)
	case policy.Extension:
		return x.List + " code " + x.Code
	}
	return ""
}

// list describes each member of a slice and joins them.
func list[T any](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = describe(x)
	}
	return strings.Join(parts, ", ")
}

// text quotes free text so that it reads apart from codes.
func text(s string) string { return strconv.Quote(s) }

// describe is a value in a few words: a statement by what it says, a code as
// itself, a nested value by its telling members.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		if strings.ContainsAny(x, " \t\n") || x == "" {
			return text(x)
		}
		return x
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case *bool:
		if x == nil {
			return "not stated"
		}
		return strconv.FormatBool(*x)

	case policy.Service:
		return fmt.Sprintf("service %s (%s)", text(x.Name), x.Kind)
	case policy.Document:
		return fmt.Sprintf("document %s (%s)", text(x.Title), x.Kind)
	case policy.Controller:
		return "controller " + text(x.LegalName)
	case policy.Representative:
		return "representative " + text(x.Name)
	case policy.Officer:
		return join2(string(x.Role), quoted(x.Name))
	case contact.Point:
		parts := []string{"contact"}
		if x.Name != "" {
			parts = append(parts, text(x.Name))
		}
		if x.Role != "" {
			parts = append(parts, "("+string(x.Role)+")")
		}
		parts = append(parts, x.Emails...)
		parts = append(parts, x.URLs...)
		for _, p := range x.Phones {
			parts = append(parts, p.Number)
		}
		return strings.Join(parts, " ")
	case policy.Subject:
		return "people: " + string(x.Kind)
	case policy.Collection:
		s := "collects " + list(x.Data)
		if x.Not {
			s = "does not collect " + list(x.Data)
		}
		if len(x.Sources) > 0 {
			s += " from " + list(x.Sources)
		}
		if len(x.OnlyFor) > 0 {
			s += " only for " + list(x.OnlyFor)
		}
		return s
	case policy.Combination:
		return fmt.Sprintf("combines %s with %s", list(x.Collections), list(x.With))
	case policy.Purpose:
		s := "uses data for " + string(x.Kind)
		if x.Not {
			s = "does not use data for " + string(x.Kind)
		}
		s += uses(x.Data, x.Collections)
		if x.Choice != "" {
			s += ", " + string(x.Choice)
		}
		return s
	case policy.LegalBasis:
		s := "legal basis " + string(x.Basis)
		if len(x.Purposes) > 0 {
			s += " for " + list(x.Purposes)
		}
		if len(x.Laws) > 0 {
			s += " under " + list(x.Laws)
		}
		if len(x.Jurisdictions) > 0 {
			s += " in " + list(x.Jurisdictions)
		}
		return s
	case policy.Recipient:
		s := "discloses to " + list(x.Types)
		if x.Not {
			s = "does not disclose to " + list(x.Types)
		}
		if len(x.Entities) > 0 {
			s += " (" + list(x.Entities) + ")"
		}
		s += uses(x.Data, x.Collections)
		for _, f := range []struct {
			name string
			v    *bool
		}{{"sale", x.Sale}, {"sharing", x.Sharing}, {"sold or shared", x.SoldOrShared}} {
			if f.v != nil {
				s += fmt.Sprintf(", %s %t", f.name, *f.v)
			}
		}
		return s
	case policy.Retention:
		what := "data"
		switch {
		case len(x.Data) > 0:
			what = list(x.Data)
		case len(x.Collections) > 0:
			what = "data of " + list(x.Collections)
		case len(x.Purposes) > 0:
			what = "data for " + list(x.Purposes)
		}
		sep := ", "
		if x.Combine == policy.CombineEarliest {
			sep = " or "
		}
		parts := make([]string, len(x.Periods))
		for i, p := range x.Periods {
			parts[i] = describe(p)
		}
		return "keeps " + what + " " + strings.Join(parts, sep)
	case policy.Period:
		var s string
		switch x.Kind {
		case policy.PeriodDuration:
			s = "for"
			if x.Bound != "" && x.Bound != policy.BoundExact {
				s += " " + string(x.Bound)
			}
			s += " " + x.Duration
			if x.From != "" {
				s += " from " + string(x.From)
			}
		case policy.PeriodUntilEvent:
			s = "until " + string(x.Event)
		case policy.PeriodLegalRequirement:
			s = "as long as the law requires"
		case policy.PeriodCriteria:
			s = "as long as needed"
			if x.Criteria != "" {
				s += " (" + text(x.Criteria) + ")"
			}
		case policy.PeriodIndefinite:
			s = "indefinitely"
		default:
			s = string(x.Kind)
		}
		if len(x.Laws) > 0 {
			s += " under " + list(x.Laws)
		}
		return s
	case policy.Exception:
		return fmt.Sprintf("exception %s: %s", text(x.Reason), describe(x.Period))
	case policy.Tracker:
		s := string(x.Kind)
		if x.Name != "" {
			s += " " + text(x.Name)
		}
		if x.Provider != nil {
			s += " by " + text(x.Provider.Name)
		}
		if x.Party != "" {
			s += ", " + string(x.Party)
		}
		if x.Lifespan != nil {
			s += ", " + describe(*x.Lifespan)
		}
		if x.Not {
			s = "does not use " + s
		}
		return s
	case policy.Lifespan:
		s := string(x.Kind)
		if x.Duration != "" {
			s = "lasting"
			if x.Bound != "" && x.Bound != policy.BoundExact {
				s += " " + string(x.Bound)
			}
			s += " " + x.Duration
		}
		return s
	case policy.Choice:
		s := "choice " + string(x.Kind)
		if x.Not {
			s = "no choice " + string(x.Kind)
		}
		if len(x.Mechanisms) > 0 {
			s += " via " + list(x.Mechanisms)
		}
		return s
	case policy.Mechanism:
		s := string(x.Kind)
		for _, d := range []string{x.Name, x.Keyword, x.URL, x.Contact, x.Platform} {
			if d != "" {
				s += " " + describe(d)
				break
			}
		}
		return s
	case policy.Limit:
		return join2(string(x.Kind), text(x.Description))
	case policy.RightsStatement:
		s := "rights " + list(x.Rights)
		if x.Not {
			s = "no rights " + list(x.Rights)
		}
		if len(x.Laws) > 0 {
			s += " under " + list(x.Laws)
		}
		return s
	case rights.Channel:
		s := string(x.Kind)
		for _, d := range []string{x.Name, x.URL, x.Contact} {
			if d != "" {
				s += " " + describe(d)
				break
			}
		}
		return s
	case rights.Frequency:
		return fmt.Sprintf("%d per %s", x.Times, x.Per)
	case rights.Verification:
		return "verification " + text(x.Description)
	case policy.Reply:
		return "reply " + compact(x)
	case policy.Agents:
		return "agents " + compact(x)
	case policy.Transfer:
		s := "transfers"
		if x.Not {
			s = "does not transfer"
		}
		if len(x.From) > 0 {
			s += " from " + list(x.From)
		}
		if len(x.To) > 0 {
			s += " to " + list(x.To)
		}
		if x.OtherDestinations != "" {
			s += " to " + text(x.OtherDestinations)
		}
		if len(x.Safeguards) > 0 {
			s += " with " + list(x.Safeguards)
		}
		return s
	case policy.Children:
		s := "children"
		if x.KnowinglyCollects != nil {
			if *x.KnowinglyCollects {
				s += ": knowingly collects"
			} else {
				s += ": does not knowingly collect"
			}
		}
		if len(x.AgeLimits) > 0 {
			s += "; " + list(x.AgeLimits)
		}
		return s
	case policy.AgeLimit:
		s := "minimum age " + strconv.Itoa(x.MinimumAge)
		if x.ParentalConsent != nil {
			s += fmt.Sprintf(" (%d–%d with parental consent)", x.ParentalConsent.From, x.ParentalConsent.To)
		}
		return s
	case policy.AgeRange:
		return fmt.Sprintf("%d–%d", x.From, x.To)
	case policy.Measure:
		return join2("security measure "+string(x.Kind), quoted(x.Technology))
	case policy.Disclaimer:
		return "disclaimer " + string(x.Kind)
	case policy.Signal:
		return fmt.Sprintf("%s %s", x.Signal, x.Response)
	case policy.Changes:
		s := "announces changes"
		if len(x.Notices) > 0 {
			s += " " + list(x.Notices)
		}
		if x.Effect != "" {
			s += ", effective " + string(x.Effect)
		}
		return s
	case policy.ChangeNotice:
		return fmt.Sprintf("by %s on %s", list(x.Methods), x.Trigger)
	case policy.LawStatement:
		s := string(x.Status)
		if x.Law != "" {
			s += " " + string(x.Law)
		}
		if len(x.Jurisdictions) > 0 {
			s += " (" + list(x.Jurisdictions) + ")"
		}
		return "law: " + s
	case policy.Decision:
		var kinds []string
		for _, f := range []struct {
			on   bool
			name string
		}{{x.Automated, "automated decisions"}, {x.Profiling, "profiling"}, {x.ArtificialIntelligence, "artificial intelligence"}} {
			if f.on {
				kinds = append(kinds, f.name)
			}
		}
		if len(kinds) == 0 {
			kinds = []string{"decisions"}
		}
		s := strings.Join(kinds, ", ")
		if x.Not {
			s = "no " + s
		}
		return s
	case policy.DefinedTerm:
		return "defines " + text(x.Term)
	case policy.Version:
		return strings.TrimSpace("version " + x.Version + " " + x.Date)
	case policy.Extension:
		return fmt.Sprintf("defines %s code %s (%s)", x.List, x.Code, text(x.Title))
	case policy.Entity:
		return text(x.Name)
	case policy.Party:
		s := list(x.Types)
		if len(x.Entities) > 0 {
			s += " (" + list(x.Entities) + ")"
		}
		return s
	case policy.Citation:
		return join2(string(x.Law), x.Provision)
	case policy.Identifier:
		return fmt.Sprintf("%s %s", x.Scheme, x.Value)
	case policy.Scope:
		return "scope " + compact(x)
	case contact.Address:
		return text(strings.Join(append(append([]string{}, x.Lines...), x.Locality), ", "))
	case contact.Phone:
		return x.Number
	case category.Data:
		return string(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice:
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = describe(rv.Index(i).Interface())
		}
		return strings.Join(parts, ", ")
	case reflect.String:
		return describe(rv.String())
	case reflect.Struct, reflect.Map:
		return compact(v)
	}
	return fmt.Sprint(v)
}

// uses says what data a statement names: its categories and the collection
// statements it links, counted when there are many.
func uses(data []category.Data, collections []string) string {
	var parts []string
	if len(data) > 0 {
		parts = append(parts, list(data))
	}
	switch n := len(collections); {
	case n > 4:
		parts = append(parts, fmt.Sprintf("data of %d collection statements", n))
	case n > 0:
		parts = append(parts, "data of "+list(collections))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// join2 joins two words, leaving out an empty one.
func join2(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return text(s)
}

// compact is v's JSON without quotes, for values no describer covers.
func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	var g any
	if json.Unmarshal(b, &g) == nil {
		b, _ = json.Marshal(strip(g))
	}
	return string(b)
}
