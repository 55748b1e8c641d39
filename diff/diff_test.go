package diff_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

func ptr[T any](v T) *T { return &v }

// base is a small policy with a statement in most sections.
func base() *policy.Policy {
	return &policy.Policy{
		ID: "p-1", Title: "Privacy", Language: "en", Updated: "2024-01-01",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "ctl"}, LegalName: "Acme"}},
		Collection: []policy.Collection{
			{Statement: policy.Statement{ID: "c-contact"}, Data: []category.Data{category.DataEmail, category.DataName}},
			{Statement: policy.Statement{ID: "c-usage"}, Data: []category.Data{"activity.usage"}},
			{Statement: policy.Statement{ID: "c-health"}, Data: []category.Data{category.DataHealth}},
		},
		Purposes: []policy.Purpose{
			{Statement: policy.Statement{ID: "u-service"}, Kind: "service-provision", Collections: []string{"c-contact"}},
			{Statement: policy.Statement{ID: "u-care"}, Kind: "healthcare", Collections: []string{"c-health"}},
		},
		Recipients: []policy.Recipient{
			{Statement: policy.Statement{ID: "r-processors"}, Types: []category.Recipient{"service-provider"}, Conditions: []policy.Condition{policy.ConditionContractualSafeguards}},
			{Statement: policy.Statement{ID: "r-law"}, Types: []category.Recipient{"public-authority"}, Conditions: []policy.Condition{policy.ConditionRequiredByLaw}},
		},
		Retention: []policy.Retention{
			{Statement: policy.Statement{ID: "k-all"}, Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P2Y"}}},
		},
		Trackers: []policy.Tracker{
			{Statement: policy.Statement{ID: "t-ga"}, Kind: "cookie", Name: "Google Analytics", Provider: &policy.Entity{Name: "Google"}, Lifespan: &policy.Lifespan{Kind: policy.LifespanDuration, Duration: "P1Y"}},
			{Statement: policy.Statement{ID: "t-session"}, Kind: "cookie", Name: "Session", Lifespan: &policy.Lifespan{Kind: policy.LifespanSession}},
		},
		Choices: []policy.Choice{
			{Statement: policy.Statement{ID: "ch-unsub"}, Kind: "unsubscribe", Mechanisms: []policy.Mechanism{{Kind: "unsubscribe-link"}}},
		},
		Rights: []policy.RightsStatement{
			{Statement: policy.Statement{ID: "rt-gdpr"}, Rights: []rights.Right{"access", "erasure"}, Laws: []jurisdiction.Law{"gdpr"}},
		},
		Transfers: []policy.Transfer{
			{Statement: policy.Statement{ID: "tr-us"}, To: []jurisdiction.Code{"US"}, Safeguards: []policy.Safeguard{"standard-contractual-clauses"}},
		},
		Children:   &policy.Children{Statement: policy.Statement{ID: "kids"}, KnowinglyCollects: ptr(false), AgeLimits: []policy.AgeLimit{{MinimumAge: 13}}},
		Laws:       []policy.LawStatement{{Statement: policy.Statement{ID: "law-1"}, Law: "gdpr", Status: "applies"}, {Statement: policy.Statement{ID: "law-2"}, Law: "ccpa", Status: "exempt", Reason: "nonprofit"}},
		Security:   []policy.Measure{{Statement: policy.Statement{ID: "s-1"}, Kind: "encryption"}},
		Decisions:  []policy.Decision{{Statement: policy.Statement{ID: "d-ai"}, ArtificialIntelligence: true}},
		LegalBases: []policy.LegalBasis{{Basis: policy.BasisConsent, Jurisdictions: []jurisdiction.Code{"EEA"}}},
		Glossary:   []policy.DefinedTerm{{Term: "Services", Definition: "our sites"}},
		History:    []policy.Version{{Version: "1", Date: "2023"}},
		Extensions: []policy.Extension{{Code: "x-thing", List: "data", Title: "Thing", Parent: "activity"}},
	}
}

// brief is what a test checks of a change.
type brief struct {
	Section, Statement, Field string
	Kind                      diff.Kind
	Effect                    diff.Effect
	Material                  bool
}

func briefs(r *diff.Report) []brief {
	var out []brief
	for _, c := range r.Changes {
		out = append(out, brief{c.Section, c.Statement, c.Field, c.Kind, c.Effect, c.Material})
	}
	return out
}

func TestCompareSections(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *policy.Policy)
		want   []brief
	}{
		{"metadata date", func(p *policy.Policy) { p.Updated = "2025-01-01" },
			[]brief{{"metadata", "", "updated", diff.Changed, diff.Neutral, false}}},
		{"metadata id is not a change", func(p *policy.Policy) { p.ID = "p-2" }, nil},
		{"free text differing in case and punctuation only is wording", func(p *policy.Policy) {
			p.Laws[1].Reason = "Non-profit."
		}, nil},
		{"quote and description are wording", func(p *policy.Policy) {
			p.Collection[0].Quote = "We collect your e-mail."
			p.Purposes[1].Description = "care"
		}, nil},
		{"new data category is material", func(p *policy.Policy) {
			p.Collection[0].Data = append(p.Collection[0].Data, category.DataPhone)
		}, []brief{{"collection", "c-contact", "data", diff.Added, diff.Widens, true}}},
		{"narrower category of one collected is neutral", func(p *policy.Policy) {
			p.Collection[2].Data = append(p.Collection[2].Data, category.DataGenetic)
		}, []brief{{"collection", "c-health", "data", diff.Added, diff.Neutral, false}}},
		{"data already collected elsewhere, linked again, is neutral", func(p *policy.Policy) {
			p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-email"}, Data: []category.Data{category.DataEmail}})
			p.Purposes[0].Collections = append(p.Purposes[0].Collections, "c-email")
		}, []brief{
			{"collection", "c-email", "", diff.Added, diff.Neutral, false},
			{"purposes", "u-service", "collections", diff.Added, diff.Neutral, false},
		}},
		{"data of an unstated kind linked is unknown", func(p *policy.Policy) {
			p.Recipients[1].Data = []category.Data{category.DataPersonal}
		}, []brief{{"recipients", "r-law", "data", diff.Added, diff.Unknown, false}}},
		{"data removed narrows", func(p *policy.Policy) { p.Collection[0].Data = p.Collection[0].Data[:1] },
			[]brief{{"collection", "c-contact", "data", diff.Removed, diff.Narrows, false}}},
		{"data moved to another statement is neutral", func(p *policy.Policy) {
			p.Collection[0].Data = p.Collection[0].Data[:1]
			p.Collection[1].Data = append(p.Collection[1].Data, category.DataName)
		}, []brief{
			{"collection", "c-contact", "data", diff.Removed, diff.Neutral, false},
			{"collection", "c-usage", "data", diff.Added, diff.Neutral, false},
		}},
		{"broader category of data collected is not new data", func(p *policy.Policy) {
			p.Collection[1].Data = append(p.Collection[1].Data, category.DataContact)
		}, []brief{{"collection", "c-usage", "data", diff.Added, diff.Widens, false}}},
		{"collection added", func(p *policy.Policy) {
			p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-loc"}, Data: []category.Data{"location.precise"}})
		}, []brief{{"collection", "c-loc", "", diff.Added, diff.Widens, true}}},
		{"negated collection added narrows", func(p *policy.Policy) {
			p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-no", Not: true}, Data: []category.Data{"location.precise"}})
		}, []brief{{"collection", "c-no", "", diff.Added, diff.Narrows, false}}},
		{"collection negated", func(p *policy.Policy) { p.Collection[1].Not = true },
			[]brief{{"collection", "c-usage", "not", diff.Added, diff.Narrows, false}}},
		{"only_for narrows", func(p *policy.Policy) { p.Collection[0].OnlyFor = []string{"u-service"} },
			[]brief{{"collection", "c-contact", "only_for", diff.Added, diff.Narrows, false}}},
		{"renamed statement with the same data is no change", func(p *policy.Policy) { p.Collection[1].ID = "c-usage-2" }, nil},
		{"purpose for sensitive data is material", func(p *policy.Policy) {
			p.Purposes = append(p.Purposes, policy.Purpose{Statement: policy.Statement{ID: "u-research"}, Kind: "research", Collections: []string{"c-health"}})
		}, []brief{{"purposes", "u-research", "", diff.Added, diff.Widens, true}}},
		{"purpose without sensitive data is not material", func(p *policy.Policy) {
			p.Purposes = append(p.Purposes, policy.Purpose{Statement: policy.Statement{ID: "u-research"}, Kind: "research", Collections: []string{"c-usage"}})
		}, []brief{{"purposes", "u-research", "", diff.Added, diff.Widens, false}}},
		{"sensitive data linked to a purpose", func(p *policy.Policy) {
			p.Purposes[0].Collections = append(p.Purposes[0].Collections, "c-health")
		}, []brief{{"purposes", "u-service", "collections", diff.Added, diff.Widens, true}}},
		{"purpose choice first stated is unknown", func(p *policy.Policy) { p.Purposes[0].Choice = policy.ModeOptOut },
			[]brief{{"purposes", "u-service", "choice", diff.Added, diff.Unknown, false}}},

		{"recipient sale is material", func(p *policy.Policy) { p.Recipients[0].Sale = ptr(true) },
			[]brief{{"recipients", "r-processors", "sale", diff.Added, diff.Widens, true}}},
		{"recipient stated not to sell narrows", func(p *policy.Policy) { p.Recipients[0].Sale = ptr(false) },
			[]brief{{"recipients", "r-processors", "sale", diff.Added, diff.Narrows, false}}},
		{"recipient added with sharing", func(p *policy.Policy) {
			p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-ads"}, Types: []category.Recipient{"ad-network"}, Sharing: ptr(true)})
		}, []brief{{"recipients", "r-ads", "", diff.Added, diff.Widens, true}}},
		{"sensitive data newly disclosed to a third party is material", func(p *policy.Policy) {
			p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-research"}, Types: []category.Recipient{"research-partner"}, Collections: []string{"c-health"}})
		}, []brief{{"recipients", "r-research", "", diff.Added, diff.Widens, true}}},
		{"sensitive data given to a processor is not material", func(p *policy.Policy) {
			p.Recipients[0].Collections = []string{"c-health"}
		}, []brief{{"recipients", "r-processors", "collections", diff.Added, diff.Widens, false}}},
		{"limiting condition narrows, occasion widens", func(p *policy.Policy) {
			p.Recipients[0].Conditions = append(p.Recipients[0].Conditions, policy.ConditionWithConsent, policy.ConditionEmergency)
		}, []brief{
			{"recipients", "r-processors", "conditions", diff.Added, diff.Narrows, false},
			{"recipients", "r-processors", "conditions", diff.Added, diff.Widens, false},
		}},
		{"recipient matched by types when renamed and reordered", func(p *policy.Policy) {
			p.Recipients[0].ID, p.Recipients[1].ID = "r-a", "r-b"
			p.Recipients[0], p.Recipients[1] = p.Recipients[1], p.Recipients[0]
			p.Recipients[1].Data = []category.Data{category.DataEmail}
		}, []brief{{"recipients", "r-a", "data", diff.Added, diff.Widens, false}}},
		{"unrelated recipients of one type are not paired", func(p *policy.Policy) {
			p.Recipients[0] = policy.Recipient{Statement: policy.Statement{ID: "r-other"}, Types: []category.Recipient{"service-provider"},
				Purposes: []string{"u-care"}, Conditions: []policy.Condition{policy.ConditionEmergency}, Locations: []jurisdiction.Code{"IN"}}
		}, []brief{
			{"recipients", "r-other", "", diff.Added, diff.Widens, false},
			{"recipients", "r-processors", "", diff.Removed, diff.Narrows, false},
		}},
		{"withholding a broader category is no widening", func(p *policy.Policy) {
			p.Recipients[0].WithheldData = []category.Data{category.DataContact}
		}, []brief{{"recipients", "r-processors", "withheld_data", diff.Added, diff.Narrows, false}}},
		{"longer retention widens", func(p *policy.Policy) { p.Retention[0].Periods[0].Duration = "P30M" },
			[]brief{{"retention", "k-all", "periods.duration", diff.Changed, diff.Widens, false}}},
		{"shorter retention narrows", func(p *policy.Policy) { p.Retention[0].Periods[0].Duration = "P6M" },
			[]brief{{"retention", "k-all", "periods.duration", diff.Changed, diff.Narrows, false}}},
		{"different kind of period is unknown", func(p *policy.Policy) {
			p.Retention[0].Periods[0] = policy.Period{Kind: policy.PeriodUntilEvent, Event: "account-closure"}
		}, []brief{
			{"retention", "k-all", "periods", diff.Added, diff.Unknown, false},
			{"retention", "k-all", "periods", diff.Removed, diff.Unknown, false},
		}},
		{"tracker matched by name and provider", func(p *policy.Policy) {
			p.Trackers[0].ID = "ga"
			p.Trackers[0].Lifespan.Duration = "P2Y"
		}, []brief{{"trackers", "ga", "lifespan.duration", diff.Changed, diff.Widens, false}}},
		{"session cookie made persistent widens", func(p *policy.Policy) {
			p.Trackers[1].Lifespan = &policy.Lifespan{Kind: policy.LifespanPersistent}
		}, []brief{{"trackers", "t-session", "lifespan.kind", diff.Changed, diff.Widens, false}}},
		{"tracker removed narrows", func(p *policy.Policy) { p.Trackers = p.Trackers[1:] },
			[]brief{{"trackers", "t-ga", "", diff.Removed, diff.Narrows, false}}},
		{"new opt-out narrows", func(p *policy.Policy) {
			p.Choices = append(p.Choices, policy.Choice{Statement: policy.Statement{ID: "ch-ads"}, Kind: "opt-out", Mechanisms: []policy.Mechanism{{Kind: "industry-opt-out"}}})
		}, []brief{{"choices", "ch-ads", "", diff.Added, diff.Narrows, false}}},
		{"mechanism removed widens", func(p *policy.Policy) {
			p.Choices[0].Mechanisms = append(p.Choices[0].Mechanisms, policy.Mechanism{Kind: "email", Contact: "c"})
		}, []brief{{"choices", "ch-unsub", "mechanisms", diff.Added, diff.Narrows, false}}},
		{"right taken away widens", func(p *policy.Policy) { p.Rights[0].Rights = p.Rights[0].Rights[:1] },
			[]brief{{"rights", "rt-gdpr", "rights", diff.Removed, diff.Widens, false}}},
		{"new destination widens, safeguard narrows", func(p *policy.Policy) {
			p.Transfers[0].To = append(p.Transfers[0].To, "IN")
			p.Transfers[0].Safeguards = append(p.Transfers[0].Safeguards, "adequacy-decision")
		}, []brief{
			{"transfers", "tr-us", "to", diff.Added, diff.Widens, false},
			{"transfers", "tr-us", "safeguards", diff.Added, diff.Narrows, false},
		}},
		{"children: knowingly collects, lower age", func(p *policy.Policy) {
			p.Children.KnowinglyCollects = ptr(true)
			p.Children.AgeLimits[0].MinimumAge = 12
		}, []brief{
			{"children", "kids", "knowingly_collects", diff.Changed, diff.Widens, false},
			{"children", "kids", "age_limits.minimum_age", diff.Changed, diff.Widens, false},
		}},
		{"children section removed", func(p *policy.Policy) { p.Children = nil },
			[]brief{{"children", "kids", "", diff.Removed, diff.Unknown, false}}},
		{"positional law IDs match by law", func(p *policy.Policy) {
			p.Laws[0], p.Laws[1] = p.Laws[1], p.Laws[0]
			p.Laws[0].ID, p.Laws[1].ID = "law-1", "law-2"
		}, nil},
		{"law status changed", func(p *policy.Policy) { p.Laws[1].Status = "applies"; p.Laws[1].Reason = "" }, []brief{
			{"laws", "law-2", "status", diff.Changed, diff.Neutral, false},
			{"laws", "law-2", "reason", diff.Removed, diff.Neutral, false},
		}},
		{"human review narrows", func(p *policy.Policy) { p.Decisions[0].HumanReview = true },
			[]brief{{"decisions", "d-ai", "human_review", diff.Added, diff.Narrows, false}}},
		{"legal basis matched by basis", func(p *policy.Policy) { p.LegalBases[0].Jurisdictions = append(p.LegalBases[0].Jurisdictions, "GB") },
			[]brief{{"legal_bases", "", "jurisdictions", diff.Added, diff.Neutral, false}}},
		{"glossary, history, extensions", func(p *policy.Policy) {
			p.Glossary[0].Definition = "our sites and apps"
			p.History = append(p.History, policy.Version{Version: "2", Date: "2024"})
			p.Extensions[0].Title = "A thing"
		}, []brief{
			{"glossary", "", "definition", diff.Changed, diff.Neutral, false},
			{"history", "", "", diff.Added, diff.Neutral, false},
			{"extensions", "", "title", diff.Changed, diff.Neutral, false},
		}},
		{"controller identifier added is neutral", func(p *policy.Policy) {
			p.Controllers[0].Identifiers = []policy.Identifier{{Scheme: "vat", Value: "IE123"}}
		}, []brief{{"controllers", "ctl", "identifiers", diff.Added, diff.Neutral, false}}},
		{"citation added is neutral", func(p *policy.Policy) {
			p.Rights[0].Citations = []policy.Citation{{Law: "gdpr", Provision: "Art. 15"}}
		}, []brief{{"rights", "rt-gdpr", "citations", diff.Added, diff.Neutral, false}}},
		{"a new source party widens", func(p *policy.Policy) {
			p.Collection[1].From = []policy.Party{{Types: []category.Recipient{"data-broker"}}}
		}, []brief{{"collection", "c-usage", "from", diff.Added, diff.Widens, false}}},
		{"a bound on a period is unknown", func(p *policy.Policy) { p.Retention[0].Periods[0].Bound = policy.BoundAtMost },
			[]brief{{"retention", "k-all", "periods.bound", diff.Added, diff.Unknown, false}}},
		{"whichever comes first is unknown", func(p *policy.Policy) {
			p.Retention[0].Periods = append(p.Retention[0].Periods, policy.Period{Kind: policy.PeriodUntilEvent, Event: "account-closure"})
			p.Retention[0].Combine = policy.CombineEarliest
		}, []brief{
			{"retention", "k-all", "periods", diff.Added, diff.Unknown, false},
			{"retention", "k-all", "combine", diff.Added, diff.Unknown, false},
		}},
		{"scope is unknown", func(p *policy.Policy) {
			p.Security[0].AppliesTo = &policy.Scope{Jurisdictions: []jurisdiction.Code{"US"}}
		}, []brief{{"security", "s-1", "applies_to", diff.Added, diff.Unknown, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			tt.change(new)
			r := diff.Compare(old, new)
			if d := cmp.Diff(tt.want, briefs(r)); d != "" {
				var b strings.Builder
				_ = r.WriteText(&b)
				t.Errorf("changes (-want +got):\n%s\n%s", d, b.String())
			}
			// Reversed, every change mirrors.
			checkMirror(t, r, diff.Compare(new, old))
		})
	}
}

func TestCompareReorderedIsNoChange(t *testing.T) {
	p := base()
	q := base()
	slices.Reverse(q.Collection)
	slices.Reverse(q.Purposes)
	slices.Reverse(q.Recipients)
	slices.Reverse(q.Trackers)
	slices.Reverse(q.Laws)
	slices.Reverse(q.Collection[0].Data)
	if r := diff.Compare(p, q); !r.Empty() {
		t.Errorf("reordered policy has changes: %+v", briefs(r))
	}
}

func TestCompareNil(t *testing.T) {
	if r := diff.Compare(nil, nil); !r.Empty() {
		t.Errorf("Compare(nil, nil) has changes: %+v", briefs(r))
	}
	r := diff.Compare(nil, base())
	if r.Empty() || r.Summary.Removed != 0 || r.Summary.Added == 0 {
		t.Errorf("Compare(nil, p): %+v", r.Summary)
	}
}

func TestSummaryCounts(t *testing.T) {
	old, new := base(), base()
	new.Collection[0].Data = append(new.Collection[0].Data, category.DataPhone)
	new.Trackers = new.Trackers[1:]
	new.Updated = "2025"
	r := diff.Compare(old, new)
	want := diff.Counts{Total: 3, Added: 1, Removed: 1, Changed: 1, Widens: 1, Narrows: 1, Neutral: 1, Material: 1, Roots: 1}
	if d := cmp.Diff(want, r.Summary.Counts); d != "" {
		t.Errorf("counts (-want +got):\n%s", d)
	}
	var secs []string
	for _, s := range r.Summary.Sections {
		secs = append(secs, fmt.Sprintf("%s:%d", s.Section, s.Total))
	}
	if d := cmp.Diff([]string{"metadata:1", "collection:1", "trackers:1"}, secs); d != "" {
		t.Errorf("sections (-want +got):\n%s", d)
	}
}

func TestChoiceModeRank(t *testing.T) {
	for _, tt := range []struct {
		from, to policy.ChoiceMode
		want     diff.Effect
	}{
		{policy.ModeOptIn, policy.ModeAlways, diff.Widens},
		{policy.ModeOptIn, policy.ModeOptOut, diff.Widens},
		{policy.ModeAlways, policy.ModeOptOut, diff.Narrows},
		{policy.ModeOptOut, policy.ModeNotStated, diff.Unknown},
	} {
		old, new := base(), base()
		old.Purposes[0].Choice, new.Purposes[0].Choice = tt.from, tt.to
		r := diff.Compare(old, new)
		if len(r.Changes) != 1 || r.Changes[0].Effect != tt.want || r.Changes[0].Kind != diff.Changed {
			t.Errorf("%s → %s: %+v, want one change that %s", tt.from, tt.to, briefs(r), tt.want)
		}
	}
}

// TestSpecsCoverEverySection: every member of policy.Policy that holds
// statements has matching rules, so no section is compared by position.
func TestSpecsCoverEverySection(t *testing.T) {
	rt := reflect.TypeFor[policy.Policy]()
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if k := f.Type.Kind(); k != reflect.Slice && k != reflect.Pointer {
			continue
		}
		if !diff.HasSpec(name) {
			t.Errorf("section %q (%s) has no entry in specs", name, f.Name)
		}
	}
}

func TestWithheldRewritten(t *testing.T) {
	old, new := base(), base()
	old.Recipients[0].WithheldData = []category.Data{category.DataEmail, category.DataPhone}
	new.Recipients[0].WithheldData = []category.Data{category.DataContact}
	r := diff.Compare(old, new)
	want := []brief{
		{"recipients", "r-processors", "withheld_data", diff.Added, diff.Narrows, false},
		{"recipients", "r-processors", "withheld_data", diff.Removed, diff.Neutral, false},
	}
	if d := cmp.Diff(want, briefs(r)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	checkMirror(t, r, diff.Compare(new, old))
}
