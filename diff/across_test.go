package diff_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

// TestAcrossStatements: a change is judged against every statement on the
// other side, not only its pair, and a whole statement by the members the
// rules rate. Each case is checked in both directions.
func TestAcrossStatements(t *testing.T) {
	for _, tt := range []struct {
		name     string
		old, new func(p *policy.Policy)
		want     []brief
	}{
		{"a method moved to another statement is neutral",
			func(p *policy.Policy) { p.Collection[1].Methods = []category.Method{"cookie", "device"} },
			func(p *policy.Policy) {
				p.Collection[1].Methods = []category.Method{"cookie"}
				p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-device"}, Data: []category.Data{"activity.usage"}, Methods: []category.Method{"device"}})
			},
			[]brief{
				{"collection", "c-usage", "methods", diff.Removed, diff.Neutral, false},
				{"collection", "c-device", "", diff.Added, diff.Neutral, false},
			}},
		{"a method dropped everywhere narrows",
			func(p *policy.Policy) { p.Collection[1].Methods = []category.Method{"cookie", "device"} },
			func(p *policy.Policy) { p.Collection[1].Methods = []category.Method{"cookie"} },
			[]brief{{"collection", "c-usage", "methods", diff.Removed, diff.Narrows, false}}},
		{"data collected already from a new source widens",
			func(p *policy.Policy) { p.Collection[0].Sources = []category.Source{"data-subject"} },
			func(p *policy.Policy) {
				p.Collection[0].Sources = []category.Source{"data-subject"}
				p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-partners"}, Data: []category.Data{category.DataEmail}, Sources: []category.Source{"third-party"}})
			},
			[]brief{{"collection", "c-partners", "", diff.Added, diff.Widens, false}}},
		{"data collected already from the same source is neutral",
			func(p *policy.Policy) { p.Collection[0].Sources = []category.Source{"third-party"} },
			func(p *policy.Policy) {
				p.Collection[0].Sources = []category.Source{"third-party"}
				p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-partners"}, Data: []category.Data{category.DataEmail}, Sources: []category.Source{"third-party"}})
			},
			[]brief{{"collection", "c-partners", "", diff.Added, diff.Neutral, false}}},
		{"data collected already, now only for a purpose, narrows",
			func(p *policy.Policy) {},
			func(p *policy.Policy) {
				p.Collection = append(p.Collection, policy.Collection{Statement: policy.Statement{ID: "c-pay"}, Data: []category.Data{category.DataEmail}, OnlyFor: []string{"u-service"}})
			},
			[]brief{{"collection", "c-pay", "", diff.Added, diff.Narrows, false}}},
		{"a disclosure split in two keeps its occasion and purpose",
			func(p *policy.Policy) {
				p.Recipients[1].Conditions = []policy.Condition{policy.ConditionRequiredByLaw, policy.ConditionProtectRights}
				p.Recipients[1].Purposes = []string{"u-service"}
			},
			func(p *policy.Policy) {
				p.Recipients[1].Conditions = []policy.Condition{policy.ConditionProtectRights}
				p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-courts"}, Types: []category.Recipient{"public-authority"}, Conditions: []policy.Condition{policy.ConditionRequiredByLaw}, Purposes: []string{"u-service"}})
			},
			[]brief{
				{"recipients", "r-law", "purposes", diff.Removed, diff.Neutral, false},
				{"recipients", "r-law", "conditions", diff.Removed, diff.Neutral, false},
				{"recipients", "r-courts", "", diff.Added, diff.Widens, false},
			}},
		{"a limit on another recipient does not cover one dropped here",
			func(p *policy.Policy) {
				p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-more"}, Types: []category.Recipient{"service-provider"}, Conditions: []policy.Condition{policy.ConditionContractualSafeguards}})
			},
			func(p *policy.Policy) {
				p.Recipients[0].Conditions = nil
				p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-more"}, Types: []category.Recipient{"service-provider"}, Conditions: []policy.Condition{policy.ConditionContractualSafeguards}})
			},
			[]brief{{"recipients", "r-processors", "conditions", diff.Removed, diff.Widens, false}}},
		{"an occasion dropped everywhere narrows",
			func(p *policy.Policy) {},
			func(p *policy.Policy) { p.Recipients[1].Conditions = nil },
			[]brief{{"recipients", "r-law", "conditions", diff.Removed, diff.Narrows, false}}},
		{"direct collection moved to another recipient of the type is neutral",
			func(p *policy.Policy) { p.Recipients[0].CollectsDirectly = true },
			func(p *policy.Policy) {
				p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-cookies"}, Types: []category.Recipient{"service-provider"}, CollectsDirectly: true})
			},
			[]brief{
				{"recipients", "r-processors", "collects_directly", diff.Removed, diff.Neutral, false},
				{"recipients", "r-cookies", "", diff.Added, diff.Widens, false},
			}},
		{"direct collection by a generic third party does not cover a type",
			func(p *policy.Policy) { p.Recipients[0].CollectsDirectly = true },
			func(p *policy.Policy) {
				p.Recipients = append(p.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-cookies"}, Types: []category.Recipient{"third-party"}, CollectsDirectly: true})
			},
			[]brief{
				{"recipients", "r-processors", "collects_directly", diff.Removed, diff.Narrows, false},
				{"recipients", "r-cookies", "", diff.Added, diff.Widens, false},
			}},
		{"advice to keep data back is neutral",
			func(p *policy.Policy) {},
			func(p *policy.Policy) {
				p.Choices = append(p.Choices, policy.Choice{Statement: policy.Statement{ID: "ch-advice"}, Kind: "decline", Mechanisms: []policy.Mechanism{{Kind: policy.MechanismNotProviding}}})
			},
			[]brief{{"choices", "ch-advice", "", diff.Added, diff.Neutral, false}}},
		{"a choice with a mechanism narrows",
			func(p *policy.Policy) {},
			func(p *policy.Policy) {
				p.Choices = append(p.Choices, policy.Choice{Statement: policy.Statement{ID: "ch-opt"}, Kind: "opt-out", Mechanisms: []policy.Mechanism{{Kind: "unsubscribe-link"}}})
			},
			[]brief{{"choices", "ch-opt", "", diff.Added, diff.Narrows, false}}},
		{"a use made already, now opt-in, narrows",
			func(p *policy.Policy) { p.Purposes = append(p.Purposes, ads("u-ads", nil, "")) },
			func(p *policy.Policy) {
				p.Purposes = append(p.Purposes, ads("u-ads", nil, ""), ads("u-track", []string{"c-usage"}, policy.ModeOptIn))
			},
			[]brief{{"purposes", "u-track", "", diff.Added, diff.Narrows, false}}},
		{"a use made already on opt-in, now always, widens",
			func(p *policy.Policy) { p.Purposes = append(p.Purposes, ads("u-ads", nil, policy.ModeOptIn)) },
			func(p *policy.Policy) {
				p.Purposes = append(p.Purposes, ads("u-ads", nil, policy.ModeOptIn), ads("u-track", []string{"c-usage"}, policy.ModeAlways))
			},
			[]brief{{"purposes", "u-track", "", diff.Added, diff.Widens, false}}},
		{"a use made already with the same choice is neutral",
			func(p *policy.Policy) {
				p.Purposes = append(p.Purposes, ads("u-ads", []string{"c-usage"}, policy.ModeOptOut))
			},
			func(p *policy.Policy) {
				p.Purposes = append(p.Purposes, ads("u-ads", []string{"c-usage"}, policy.ModeOptOut), ads("u-track", []string{"c-usage"}, policy.ModeOptOut))
			},
			[]brief{{"purposes", "u-track", "", diff.Added, diff.Neutral, false}}},
		{"a use of other data than the old one reached widens",
			func(p *policy.Policy) { p.Purposes = append(p.Purposes, ads("u-ads", []string{"c-usage"}, "")) },
			func(p *policy.Policy) {
				p.Purposes = append(p.Purposes, ads("u-ads", []string{"c-usage"}, ""), ads("u-track", []string{"c-contact"}, policy.ModeOptIn))
			},
			[]brief{{"purposes", "u-track", "", diff.Added, diff.Widens, false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			tt.old(old)
			tt.new(new)
			r := diff.Compare(old, new)
			if d := cmp.Diff(tt.want, briefs(r)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			checkMirror(t, r, diff.Compare(new, old))
		})
	}
}

// ads is an advertising purpose.
func ads(id string, collections []string, choice policy.ChoiceMode) policy.Purpose {
	return policy.Purpose{Statement: policy.Statement{ID: id}, Kind: "advertising", Collections: collections, Choice: choice}
}

// TestEqualStatementsPairByWording: of two new statements that say the same
// as an old one, the one quoting the same sentence is its pair, whatever
// their order.
func TestEqualStatementsPairByWording(t *testing.T) {
	d := func(id, quote string) policy.Disclaimer {
		return policy.Disclaimer{Statement: policy.Statement{ID: id, Quote: quote}, Kind: "no-guarantee"}
	}
	old, new := base(), base()
	old.Disclaimers = []policy.Disclaimer{d("old-1", "We cannot ensure or warrant the security of any information you transmit.")}
	for _, order := range [][]policy.Disclaimer{
		{d("new-1", "No security measures are perfect or impenetrable."), d("new-2", "We cannot ensure or warrant the security of any information you transmit to us.")},
		{d("new-1", "We cannot ensure or warrant the security of any information you transmit to us."), d("new-2", "No security measures are perfect or impenetrable.")},
	} {
		new.Disclaimers = order
		r := diff.Compare(old, new)
		want := "/disclaimers/0" // the new sentence is added
		if order[1].Quote[0] == 'N' {
			want = "/disclaimers/1"
		}
		if len(r.Changes) != 1 || r.Changes[0].Kind != diff.Added || r.Changes[0].NewPath != want {
			t.Errorf("changes %+v, want one addition at %s", r.Changes, want)
		}
		checkMirror(t, r, diff.Compare(new, old))
	}
}

// TestLooselyAlikeRecipientsPair: a disclosure re-expressed with new
// conditions and links pairs with the most alike recipient of its type, not
// reported as one removed and one added; an unlike one stays apart.
func TestLooselyAlikeRecipientsPair(t *testing.T) {
	old, new := base(), base()
	old.Recipients = append(old.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-affiliates", AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{"US-CA"}}}, Types: []category.Recipient{"affiliate"},
		Data: []category.Data{category.DataPersonal}, RecipientPurposes: []category.Purpose{"marketing"}, Choice: policy.ModeOptOut})
	new.Recipients = append(new.Recipients,
		policy.Recipient{Statement: policy.Statement{ID: "r-group"}, Types: []category.Recipient{"affiliate"}, Collections: []string{"c-contact"}, Conditions: []policy.Condition{policy.ConditionContractualSafeguards}},
		policy.Recipient{Statement: policy.Statement{ID: "r-group-marketing"}, Types: []category.Recipient{"affiliate"}, Collections: []string{"c-contact"},
			RecipientPurposes: []category.Purpose{"marketing"}, Conditions: []policy.Condition{policy.ConditionWithConsent}, Choice: policy.ModeOptOut})
	r := diff.Compare(old, new)
	var whole []string
	for _, c := range r.Changes {
		if c.Section == "recipients" && c.Field == "" {
			whole = append(whole, string(c.Kind)+" "+c.Statement)
		}
	}
	if d := cmp.Diff([]string{"added r-group"}, whole); d != "" {
		t.Errorf("whole recipients added or removed (-want +got):\n%s", d)
	}
	checkMirror(t, r, diff.Compare(new, old))
}

// TestReferencesFollowRenaming: a statement renamed between the policies is
// the same statement to those that refer to it, so a choice over it pairs
// with its counterpart and the reference is no change.
func TestReferencesFollowRenaming(t *testing.T) {
	old, new := base(), base()
	aff := func(id string) policy.Recipient {
		return policy.Recipient{Statement: policy.Statement{ID: id}, Types: []category.Recipient{"affiliate"}, RecipientPurposes: []category.Purpose{"marketing"}}
	}
	old.Recipients = append(old.Recipients, aff("r-aff"))
	new.Recipients = append(new.Recipients, aff("r-affiliates"))
	old.Choices = append(old.Choices, policy.Choice{Statement: policy.Statement{ID: "ch-form"}, Kind: "opt-out", Recipients: []string{"r-aff"}, Mechanisms: []policy.Mechanism{{Kind: "contact-us"}}})
	new.Choices = append(new.Choices, policy.Choice{Statement: policy.Statement{ID: "ch-email"}, Kind: "opt-out", Recipients: []string{"r-affiliates"}, Mechanisms: []policy.Mechanism{{Kind: "email"}}})
	r := diff.Compare(old, new)
	want := []brief{
		{"choices", "ch-email", "mechanisms", diff.Added, diff.Narrows, false},
		{"choices", "ch-email", "mechanisms", diff.Removed, diff.Widens, false},
	}
	if d := cmp.Diff(want, briefs(r)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	checkMirror(t, r, diff.Compare(new, old))
}

// TestTrackersPairThroughRecipients: two trackers of one kind whose
// recipients are of compatible types are one tracker re-described, not one
// removed and one added; with unrelated recipients they stay apart.
func TestTrackersPairThroughRecipients(t *testing.T) {
	for _, tt := range []struct {
		name    string
		newType category.Recipient
		want    []string
	}{
		{"compatible", "third-party", nil},
		{"unrelated", "hosting-provider", []string{"added t-3p", "removed t-ads"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			old.Recipients = append(old.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-ads"}, Types: []category.Recipient{"advertiser"}})
			new.Recipients = append(new.Recipients, policy.Recipient{Statement: policy.Statement{ID: "r-3p"}, Types: []category.Recipient{tt.newType}, CollectsDirectly: true})
			old.Trackers = append(old.Trackers, policy.Tracker{Statement: policy.Statement{ID: "t-ads"}, Kind: "cookie", Party: policy.PartyThirdParty, Recipient: "r-ads", Data: []category.Data{"activity.advertising"}})
			new.Trackers = append(new.Trackers, policy.Tracker{Statement: policy.Statement{ID: "t-3p"}, Kind: "cookie", Name: "cookies of other third parties", Party: policy.PartyThirdParty, Recipient: "r-3p"})
			r := diff.Compare(old, new)
			var whole []string
			for _, c := range r.Changes {
				if c.Section == "trackers" && c.Field == "" {
					whole = append(whole, string(c.Kind)+" "+c.Statement)
				}
			}
			if d := cmp.Diff(tt.want, whole); d != "" {
				t.Errorf("whole trackers added or removed (-want +got):\n%s", d)
			}
			checkMirror(t, r, diff.Compare(new, old))
		})
	}
}
