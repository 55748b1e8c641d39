package schemagen

import (
	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"

	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
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

	// Retention periods: a tagged union on kind.
	period := def("policy.Period")
	period.AllOf = []*jsonschema.Schema{
		rule("union-required, union-forbidden: a duration period needs duration and has no event, laws or criteria",
			is("kind", policy.PeriodDuration),
			with(need("duration"), forbid("event", "laws", "criteria"))),
		rule("union-required, union-forbidden: an until-event period needs event and has no duration, laws or criteria",
			is("kind", policy.PeriodUntilEvent),
			with(need("event"), forbid("duration", "laws", "criteria"))),
		rule("union-required, union-forbidden: a legal-requirement period names laws or states the requirement in criteria, and has no duration or event",
			is("kind", policy.PeriodLegalRequirement),
			with(&jsonschema.Schema{AnyOf: []*jsonschema.Schema{needList("laws"), needText("criteria")}}, forbid("duration", "event"))),
		rule("union-required, union-forbidden: a criteria period needs criteria and has no duration, event or laws",
			is("kind", policy.PeriodCriteria),
			with(needText("criteria"), forbid("duration", "event", "laws"))),
		rule("union-forbidden: an indefinite period has no duration, event, laws or criteria",
			is("kind", policy.PeriodIndefinite),
			forbid("duration", "event", "laws", "criteria")),
	}

	// Tracker lifespans: duration only for kind duration.
	lifespan := def("policy.Lifespan")
	ls := rule("union-required, union-forbidden: a duration lifespan needs duration; other kinds have none",
		is("kind", policy.LifespanDuration), need("duration"))
	ls.Else = forbid("duration")
	lifespan.AllOf = []*jsonschema.Schema{ls}

	// Choice mechanisms: what each kind needs to be usable.
	mech := def("policy.Mechanism")
	mech.AllOf = []*jsonschema.Schema{
		rule("union-required: a text-message mechanism names its keyword",
			is("kind", policy.MechanismSMSKeyword), needText("keyword")),
		rule("union-required: e-mail, postal-mail and phone mechanisms refer to a contact point",
			is("kind", policy.MechanismEmail, policy.MechanismPostalMail, policy.MechanismPhone), need("contact")),
		rule("union-required: industry-opt-out and preference-center mechanisms give the page's URL or name",
			is("kind", policy.MechanismIndustryOptOut, policy.MechanismPreferenceCenter),
			&jsonschema.Schema{AnyOf: []*jsonschema.Schema{need("url"), needText("name")}}),
	}

	// Rights channels: those that write or call refer to a contact point.
	channel := def("rights.Channel")
	channel.AllOf = []*jsonschema.Schema{
		rule("union-required: e-mail, postal-mail and phone channels refer to a contact point",
			is("kind", rights.ChannelEmail, rights.ChannelPostalMail, rights.ChannelPhone), need("contact")),
	}

	// Legal bases: the interest belongs to legitimate interests alone.
	basis := def("policy.LegalBasis")
	li := rule("missing-interest, union-forbidden: a legitimate-interests basis states the interest; other bases state none",
		is("basis", policy.BasisLegitimateInterests), needText("interest"))
	li.Else = forbid("interest")
	basis.AllOf = []*jsonschema.Schema{li}
	notStatedAlone(prop(basis, "special_conditions"), string(policy.Art9NotStated))
	notStatedAlone(prop(def("policy.Transfer"), "safeguards"), string(policy.SafeguardNotStated))

	// A legal basis inside a purpose applies to that purpose and lists none.
	lb := prop(def("policy.Purpose"), "legal_bases")
	if lb.Items != nil {
		lb.Items = &jsonschema.Schema{
			Comments:   "misplaced: a legal basis inside a purpose applies to that purpose; list purposes only in the top-level legal_bases",
			Ref:        lb.Items.Ref,
			Type:       "object",
			Properties: props("purposes", jsonschema.FalseSchema),
		}
	} else {
		g.fail("rules: purpose legal_bases is not a list")
	}

	// Law statements name a law or jurisdictions; an exemption says why.
	law := def("policy.LawStatement")
	law.AnyOf = []*jsonschema.Schema{need("law"), needList("jurisdictions")}
	law.Comments = "required: a law statement names a law or the jurisdictions whose law it means"
	law.AllOf = []*jsonschema.Schema{
		rule("union-required: an exemption states its reason", is("status", policy.LawExempt), needText("reason")),
	}
}

// rule is an if/then pair with the fault it stands for.
func rule(comment string, cond, then *jsonschema.Schema) *jsonschema.Schema {
	return &jsonschema.Schema{Comments: comment, If: cond, Then: then}
}

// is matches objects whose member name holds one of the codes.
func is[C ~string](name string, codes ...C) *jsonschema.Schema {
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

// forbid requires members to be left out.
func forbid(names ...string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties()}
	for _, n := range names {
		s.Properties.Set(n, jsonschema.FalseSchema)
	}
	return s
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
