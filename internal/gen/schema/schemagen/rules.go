package schemagen

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"

	"github.com/openpolicies/privacy/policy"
)

// addRules adds the rules of policy/rules.go that a JSON Schema can express:
// tagged unions (union-required, union-forbidden), the legitimate interest
// (missing-interest), "not-stated" standing alone (contradiction), a legal basis
// inside a purpose naming purposes (misplaced) and a law statement naming a law
// or jurisdictions (required). Each rule says in $comment which fault code Go
// validation reports for it. Where Go reads an empty value as "not given", a
// forbidden member must here be left out.
func addRules(defs jsonschema.Definitions, g *generator) {
	def := func(name string) *jsonschema.Schema {
		s, ok := defs[name]
		if !ok {
			g.fail("rules: no definition %s", name)
			return &jsonschema.Schema{Properties: jsonschema.NewProperties()}
		}
		return s
	}
	prop := func(s *jsonschema.Schema, name string) *jsonschema.Schema {
		p, ok := s.Properties.Get(name)
		if !ok {
			g.fail("rules: %s has no member %s", s.Title, name)
			return &jsonschema.Schema{}
		}
		return p
	}

	// Tagged unions: policy.Unions is the one statement of these rules, read
	// by Go validation too.
	for _, u := range policy.Unions() {
		d := def(g.name(u.Type))
		d.AllOf = append(d.AllOf, unionRules(u)...)
	}
	basis := def("policy.LegalBasis")
	notStatedAlone(prop(basis, "special_conditions"), string(policy.Art9NotStated))
	notStatedAlone(prop(def("policy.Transfer"), "safeguards"), string(policy.SafeguardNotStated))

	// A legal basis inside a purpose applies to that purpose and lists none.
	// The rule sits on the purpose as an if/then, so that legal_bases stays a
	// plain list of policy.LegalBasis: code generators give the basis one type.
	purpose := def("policy.Purpose")
	if lb := prop(purpose, "legal_bases"); lb.Items == nil || lb.Items.Ref != "#/$defs/policy.LegalBasis" {
		g.fail("rules: purpose legal_bases is not a list of policy.LegalBasis")
	}
	misplaced := rule("misplaced: a legal basis inside a purpose applies to that purpose; list purposes only in the top-level legal_bases",
		&jsonschema.Schema{Type: "object", Required: []string{"legal_bases"}, Properties: props("legal_bases", jsonschema.TrueSchema)},
		&jsonschema.Schema{Type: "object", Properties: props("legal_bases", &jsonschema.Schema{Type: "array",
			Items: &jsonschema.Schema{Type: "object", Properties: props("purposes", absent("a legal basis inside a purpose applies to that purpose: list purposes only in the top-level legal_bases"))}})})
	misplaced.Then.Description = "A legal basis inside a purpose lists no purposes."
	purpose.AllOf = append(purpose.AllOf, misplaced)

	// Law statements name a law or jurisdictions; an exemption says why.
	law := def("policy.LawStatement")
	// As an if/then, not an anyOf of two object schemas: code generators
	// would merge the branches into the type and lose the list's item type.
	names := rule("required: a law statement names a law or the jurisdictions whose law it means",
		&jsonschema.Schema{Type: "object", Not: need("law")}, needList("jurisdictions"))
	names.Then.Description = "A law statement without a law names the jurisdictions whose law it means."
	exempt := rule("union-required: an exemption states its reason", is("status", string(policy.LawExempt)), needText("reason"))
	exempt.Then.Description = "A law statement of status exempt states the reason."
	law.AllOf = []*jsonschema.Schema{names, exempt}
}

// unionRules turns a union rule into if/then pairs: one per case that lists
// codes, and for a case without codes one whose condition is "none of the
// listed codes".
func unionRules(u policy.Union) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	for _, c := range u.Cases {
		var then []*jsonschema.Schema
		fault := string(policy.FaultUnionRequired)
		if c.NeedFault != "" {
			fault = string(c.NeedFault)
		}
		var faults []string
		switch len(c.Need) {
		case 0:
		case 1:
			then = append(then, needMember(u.Type, c.Need[0]))
			faults = append(faults, fault)
		default:
			either := &jsonschema.Schema{}
			for _, n := range c.Need {
				either.AnyOf = append(either.AnyOf, needMember(u.Type, n))
			}
			then = append(then, either)
			faults = append(faults, fault)
		}
		if len(c.Forbid) > 0 {
			then = append(then, forbid(c.Forbid, func(m string) string {
				return fmt.Sprintf("a %s of %s has no %s", u.What, whatCodes(u, c), m)
			}))
			faults = append(faults, string(policy.FaultUnionForbidden))
		}
		if len(then) == 0 {
			continue
		}
		var cond *jsonschema.Schema
		what := whatCodes(u, c)
		if len(c.Codes) > 0 {
			cond = is(u.Tag, c.Codes...)
		} else {
			cond = &jsonschema.Schema{Type: "object", Required: []string{u.Tag},
				Properties: props(u.Tag, &jsonschema.Schema{Not: &jsonschema.Schema{Enum: anys(u.Listed())}})}
		}
		says := fmt.Sprintf("a %s of %s", u.What, what)
		if len(c.Need) > 0 {
			says += " needs " + strings.Join(c.Need, " or ")
		}
		if len(c.Forbid) > 0 {
			if len(c.Need) > 0 {
				says += " and"
			}
			says += " has no " + strings.Join(c.Forbid, ", ")
		}
		r := rule(strings.Join(faults, ", ")+": "+says, cond, with(then...))
		r.Then.Description = capitalize(says) + "."
		out = append(out, r)
	}
	return out
}

// needMember requires a member of t: a free-text member must be non-empty, a
// list non-empty, others (codes, IDs, formats) are non-empty by their own
// definition.
func needMember(t reflect.Type, name string) *jsonschema.Schema {
	for i := range t.NumField() {
		f := t.Field(i)
		if n, _, _ := strings.Cut(f.Tag.Get("json"), ","); n != name {
			continue
		}
		switch {
		case f.Type.Kind() == reflect.Slice:
			return needList(name)
		case f.Type.Kind() == reflect.String && f.Type.PkgPath() == "" && f.Tag.Get("ref") == "" && !strings.Contains(f.Tag.Get("validate"), "http_url"):
			return needText(name)
		}
	}
	return need(name)
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// rule is an if/then pair with the fault it stands for.
func rule(comment string, cond, then *jsonschema.Schema) *jsonschema.Schema {
	return &jsonschema.Schema{Comments: comment, If: cond, Then: then}
}

// is matches objects whose member name holds one of the codes.
func is(name string, codes ...string) *jsonschema.Schema {
	v := &jsonschema.Schema{}
	if len(codes) == 1 {
		v.Const = string(codes[0])
	} else {
		for _, c := range codes {
			v.Enum = append(v.Enum, string(c))
		}
	}
	return &jsonschema.Schema{Type: "object", Required: []string{name}, Properties: props(name, v)}
}

// need requires members whose own definition already rejects empty values
// (codes, IDs, formats, patterns).
func need(names ...string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "object", Required: names, Properties: jsonschema.NewProperties()}
	for _, n := range names {
		s.Properties.Set(n, jsonschema.TrueSchema) // ajv's strictRequired wants it named
	}
	return s
}

// needText requires a non-empty free-text member.
func needText(name string) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "object", Required: []string{name},
		Properties: props(name, &jsonschema.Schema{Type: "string", MinLength: uint64p(1)})}
}

// needList requires a non-empty list member.
func needList(name string) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "object", Required: []string{name},
		Properties: props(name, &jsonschema.Schema{Type: "array", MinItems: uint64p(1)})}
}

// whatCodes names the codes of a union case in a sentence: "kind duration",
// "kind email, postal-mail, phone" or "any other kind".
func whatCodes(u policy.Union, c policy.UnionCase) string {
	if len(c.Codes) == 0 {
		return "any other " + u.Tag
	}
	return u.Tag + " " + strings.Join(c.Codes, ", ")
}

// forbid requires members to be left out; why says, for each, what is wrong.
func forbid(names []string, why func(member string) string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties()}
	for _, n := range names {
		s.Properties.Set(n, absent(why(n)))
	}
	return s
}

// absent is the schema of a member that must be left out: no value is valid
// under it. Where a validator shows the failed schema (Python's jsonschema
// does: "... should not be valid under {'description': ...}"), the
// description says why; `false` and "not: {}" would say nothing.
func absent(why string) *jsonschema.Schema {
	return &jsonschema.Schema{Not: &jsonschema.Schema{Description: capitalize(why) + "."}}
}

// with combines object schemas.
func with(parts ...*jsonschema.Schema) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "object", AllOf: parts}
}

// notStatedAlone makes a list holding the "not-stated" code hold nothing else.
func notStatedAlone(list *jsonschema.Schema, notStated string) {
	list.Comments = "contradiction: \"" + notStated + "\" cannot stand beside other values"
	list.If = &jsonschema.Schema{Type: "array", Contains: &jsonschema.Schema{Const: notStated}}
	list.Then = &jsonschema.Schema{Type: "array", MaxItems: uint64p(1)}
}

func props(name string, s *jsonschema.Schema) *orderedmap.OrderedMap[string, *jsonschema.Schema] {
	p := jsonschema.NewProperties()
	p.Set(name, s)
	return p
}
