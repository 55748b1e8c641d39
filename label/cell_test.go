package label_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/label"
	"github.com/openpolicies/privacy/policy"
)

func st(id string) policy.Statement { return policy.Statement{ID: id} }

func not(id string) policy.Statement { return policy.Statement{ID: id, Not: true} }

func ptr[T any](v T) *T { return &v }

// base is a policy that collects e-mail addresses (c-email) and health data
// (c-health).
func base() *policy.Policy {
	return &policy.Policy{
		ID: "test", Title: "Test policy", Language: "en",
		Controllers: []policy.Controller{{Statement: st("ctl"), LegalName: "Example Ltd"}},
		Collection: []policy.Collection{
			{Statement: st("c-email"), Data: []category.Data{category.DataEmail}},
			{Statement: st("c-health"), Data: []category.Data{category.DataHealth}},
		},
	}
}

// cell returns the cell of data d in column group g.
func cell(t *testing.T, l *label.Label, d category.Data, g label.Group) label.Cell {
	t.Helper()
	col := -1
	for i, c := range l.Columns {
		if c.Group == g {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no column %q", g)
	}
	for _, rg := range l.Groups {
		for _, r := range rg.Rows {
			if r.Data == d {
				return r.Cells[col]
			}
		}
	}
	t.Fatalf("no row for %q", d)
	return label.Cell{}
}

type want struct {
	data  category.Data
	group label.Group
	mark  label.Mark
	refs  []string
}

func TestCells(t *testing.T) {
	email, health := category.DataEmail, category.DataHealth
	tests := []struct {
		name  string
		edit  func(p *policy.Policy)
		wants []want
	}{{
		name: "silent policy: every use is not stated",
		edit: func(p *policy.Policy) {},
		wants: []want{
			{email, label.UseService, label.NotStated, nil},
			{email, label.ShareProviders, label.NotStated, nil},
			{email, label.SaleOrSharing, label.NotStated, nil},
		},
	}, {
		name: "purpose names the data, with its choice mode",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{{Statement: st("p-mail"), Kind: category.PurposeDirectMarketing, Data: []category.Data{category.DataContact}, Choice: policy.ModeOptOut}}
		},
		wants: []want{
			{email, label.UseMarketing, label.OptOut, []string{"p-mail"}},
			{health, label.UseMarketing, label.NotStated, nil},
			{email, label.UseService, label.NotStated, nil},
		},
	}, {
		name: "purpose names a collection; no mode stated",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{{Statement: st("p-care"), Kind: category.PurposeAppointment, Collections: []string{"c-health"}}}
		},
		wants: []want{
			{health, label.UseService, label.Yes, []string{"p-care"}},
			{email, label.UseService, label.NotStated, nil},
		},
	}, {
		name: "an unlinked purpose reads may for every row, never yes",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{
				{Statement: st("p-ana"), Kind: category.PurposeAnalytics},
				{Statement: st("p-care"), Kind: category.PurposeHealthcare, Collections: []string{"c-health"}},
			}
		},
		wants: []want{
			{email, label.UseAnalytics, label.May, []string{"p-ana"}},
			{health, label.UseAnalytics, label.May, []string{"p-ana"}},
			{email, label.UseService, label.NotStated, nil},
		},
	}, {
		name: "the mark that leaves least choice wins a cell",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{
				{Statement: st("p-news"), Kind: category.PurposeNewsletter, Collections: []string{"c-email"}, Choice: policy.ModeOptIn},
				{Statement: st("p-ads"), Kind: category.PurposeTargetedAdvertising, Collections: []string{"c-email"}, Choice: policy.ModeAlways},
				{Statement: st("p-any"), Kind: category.PurposeMarketing},
			}
		},
		wants: []want{{email, label.UseMarketing, label.Always, []string{"p-ads"}}},
	}, {
		name: "choice statements decide where the purpose states no mode",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{
				{Statement: st("p-news"), Kind: category.PurposeNewsletter, Collections: []string{"c-email"}},
				{Statement: st("p-research"), Kind: category.PurposeResearch, Collections: []string{"c-health"}},
			}
			p.Choices = []policy.Choice{
				{Statement: st("ch-unsub"), Kind: policy.ChoiceUnsubscribe, Purposes: []string{"p-news"}, Mechanisms: []policy.Mechanism{{Kind: policy.MechanismUnsubscribeLink}}},
				{Statement: st("ch-consent"), Kind: policy.ChoiceWithdrawConsent, Purposes: []string{"p-research"}, Mechanisms: []policy.Mechanism{{Kind: policy.MechanismUnsubscribeLink}}},
			}
		},
		wants: []want{
			{email, label.UseMarketing, label.OptOut, []string{"p-news"}},
			{health, label.UseResearch, label.OptIn, []string{"p-research"}},
		},
	}, {
		name: "a negated purpose of the column's own kind says no; a narrower one does not answer for the column",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{
				{Statement: not("p-no-research"), Kind: category.PurposeResearch},
				{Statement: not("p-no-ads"), Kind: category.PurposeTargetedAdvertising, Data: []category.Data{category.DataHealth}},
			}
		},
		wants: []want{
			{email, label.UseResearch, label.No, []string{"p-no-research"}},
			{health, label.UseResearch, label.No, []string{"p-no-research"}},
			{health, label.UseMarketing, label.NotStated, nil},
		},
	}, {
		name: "only_for: other use groups are no, unlinked purposes do not reach the data",
		edit: func(p *policy.Policy) {
			p.Collection[1].OnlyFor = []string{"p-care"}
			p.Purposes = []policy.Purpose{
				{Statement: st("p-care"), Kind: category.PurposeHealthcare},
				{Statement: st("p-ana"), Kind: category.PurposeAnalytics},
			}
		},
		wants: []want{
			{health, label.UseService, label.Yes, []string{"p-care"}},
			{health, label.UseAnalytics, label.No, nil},
			{health, label.UseMarketing, label.No, nil},
			{email, label.UseAnalytics, label.May, []string{"p-ana"}},
		},
	}, {
		name: "recipients: linked by data, conditions give the mode; unlinked ones may",
		edit: func(p *policy.Policy) {
			p.Recipients = []policy.Recipient{
				{Statement: st("r-ins"), Types: []category.Recipient{category.RecipientInsurer}, Collections: []string{"c-health"}, Conditions: []policy.Condition{policy.ConditionWithConsent}},
				{Statement: st("r-host"), Types: []category.Recipient{category.RecipientHostingProvider}},
				{Statement: st("r-ads"), Types: []category.Recipient{category.RecipientAdNetwork}, Data: []category.Data{category.DataEmail}, WithheldData: []category.Data{category.DataEmail}},
			}
		},
		wants: []want{
			{health, label.ShareCompanies, label.OptIn, []string{"r-ins"}},
			{email, label.ShareCompanies, label.NotStated, nil},
			{email, label.ShareProviders, label.May, []string{"r-host"}},
			{health, label.ShareProviders, label.May, []string{"r-host"}},
			{email, label.ShareAdvertising, label.NotStated, nil},
		},
	}, {
		name: "a recipient that names no data but serves a purpose linked to other data",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{{Statement: st("p-pay"), Kind: category.PurposePayment, Collections: []string{"c-email"}}}
			p.Recipients = []policy.Recipient{{Statement: st("r-pay"), Types: []category.Recipient{category.RecipientPaymentProcessor}, Purposes: []string{"p-pay"}}}
		},
		wants: []want{
			{email, label.ShareProviders, label.May, []string{"r-pay"}},
			{health, label.ShareProviders, label.NotStated, nil},
		},
	}, {
		name: "sale: a flagged disclosure with its mode; a negated one says no",
		edit: func(p *policy.Policy) {
			p.Recipients = []policy.Recipient{
				{Statement: st("r-ads"), Types: []category.Recipient{category.RecipientAdvertisingPartner}, Collections: []string{"c-email"}, Sharing: ptr(true), Choice: policy.ModeOptOut},
				{Statement: not("r-no-sale"), Types: []category.Recipient{category.RecipientThirdParty}, Sale: ptr(true)},
			}
		},
		wants: []want{
			{email, label.SaleOrSharing, label.OptOut, []string{"r-ads"}},
			{health, label.SaleOrSharing, label.No, []string{"r-no-sale"}},
			{email, label.ShareAdvertising, label.OptOut, []string{"r-ads"}},
			{email, label.ShareCompanies, label.NotStated, nil}, // "not sold" is not "not disclosed"
		},
	}, {
		name: "a negated disclosure of the column's own type says no; a narrower type does not",
		edit: func(p *policy.Policy) {
			p.Recipients = []policy.Recipient{
				{Statement: not("r-no-adv"), Types: []category.Recipient{category.RecipientAdvertiser}},
				{Statement: not("r-no-brokers"), Types: []category.Recipient{category.RecipientDataBroker}},
				{Statement: not("r-no-police"), Types: []category.Recipient{category.RecipientLawEnforcement}},
			}
		},
		wants: []want{
			{email, label.ShareAdvertising, label.No, []string{"r-no-adv"}},
			{email, label.ShareAuthorities, label.NotStated, nil},
		},
	}, {
		name: "a negated statement limited to some places marks nothing in the grid",
		edit: func(p *policy.Policy) {
			p.Recipients = []policy.Recipient{{Statement: policy.Statement{ID: "r-no-ca", Not: true, AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.California}}},
				Types: []category.Recipient{category.RecipientThirdParty}}}
		},
		wants: []want{{email, label.ShareCompanies, label.NotStated, nil}},
	}, {
		name: "a negated data-sale purpose answers for the sale column, not for marketing",
		edit: func(p *policy.Policy) {
			p.Purposes = []policy.Purpose{{Statement: not("p-no-sale"), Kind: category.PurposeDataSale}}
		},
		wants: []want{
			{email, label.SaleOrSharing, label.No, []string{"p-no-sale"}},
			{email, label.UseMarketing, label.NotStated, nil},
		},
	}, {
		name: "trackers link the data they collect to their purposes and provider",
		edit: func(p *policy.Policy) {
			p.Collection = append(p.Collection, policy.Collection{Statement: st("c-usage"), Data: []category.Data{category.DataUsage}, Trackers: []string{"t-ga"}})
			p.Purposes = []policy.Purpose{{Statement: st("p-ana"), Kind: category.PurposeAnalytics}}
			p.Recipients = []policy.Recipient{{Statement: st("r-google"), Types: []category.Recipient{category.RecipientAnalyticsProvider}}}
			p.Trackers = []policy.Tracker{{Statement: st("t-ga"), Kind: category.TrackerCookie, Recipient: "r-google", Purposes: []string{"p-ana"}}}
		},
		wants: []want{
			{category.DataUsage, label.UseAnalytics, label.Yes, []string{"p-ana"}},
			{category.DataUsage, label.ShareProviders, label.Yes, []string{"r-google"}},
			{email, label.UseAnalytics, label.NotStated, nil},
			{email, label.ShareProviders, label.NotStated, nil},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.edit(p)
			if err := p.Validate(); err != nil {
				t.Fatalf("test policy does not validate: %v", err)
			}
			l := label.Build(p)
			for _, w := range tt.wants {
				got := cell(t, l, w.data, w.group)
				if got.Mark != w.mark || !cmp.Equal(got.Refs, w.refs) {
					t.Errorf("%s × %s = %v %v, want %v %v", w.data, w.group, got.Mark, got.Refs, w.mark, w.refs)
				}
			}
		})
	}
}

// TestScoped checks that a cell is Scoped only when every statement that
// decides it is limited to some people, places or services.
func TestScoped(t *testing.T) {
	ca := &policy.Scope{Jurisdictions: []jurisdiction.Code{jurisdiction.California}}
	p := base()
	p.Purposes = []policy.Purpose{
		{Statement: policy.Statement{ID: "p-ca-ads", AppliesTo: ca}, Kind: category.PurposeAdvertising, Collections: []string{"c-email"}},
		{Statement: policy.Statement{ID: "p-ca-care", AppliesTo: ca}, Kind: category.PurposeHealthcare, Collections: []string{"c-health"}},
		{Statement: st("p-care"), Kind: category.PurposeHealthcare, Collections: []string{"c-health"}},
		{Statement: policy.Statement{ID: "p-later", AppliesTo: &policy.Scope{Lookback: "P12M"}}, Kind: category.PurposeResearch, Collections: []string{"c-health"}},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	l := label.Build(p)
	for _, w := range []struct {
		d      category.Data
		g      label.Group
		scoped bool
	}{
		{category.DataEmail, label.UseMarketing, true},
		{category.DataHealth, label.UseService, false},  // one of its two purposes holds everywhere
		{category.DataHealth, label.UseResearch, false}, // a lookback is a time, not a limit on whom
		{category.DataEmail, label.UseService, false},   // not stated is never scoped
	} {
		if got := cell(t, l, w.d, w.g); got.Scoped != w.scoped {
			t.Errorf("%s × %s: Scoped = %v, want %v (%+v)", w.d, w.g, got.Scoped, w.scoped, got)
		}
	}
	var md strings.Builder
	if err := l.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "✓ yes\\*") {
		t.Errorf("Markdown does not mark the scoped cell:\n%s", md.String())
	}
}

func TestRetentionCells(t *testing.T) {
	p := base()
	p.Retention = []policy.Retention{
		{Statement: st("keep-all"), Periods: []policy.Period{{Kind: policy.PeriodCriteria, Criteria: "as long as needed"}}},
		{Statement: st("keep-health"), Collections: []string{"c-health"}, Periods: []policy.Period{
			{Kind: policy.PeriodDuration, Duration: "P7Y", Bound: policy.BoundAtMost},
			{Kind: policy.PeriodLegalRequirement, Criteria: "as the law requires"},
		}},
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	l := label.Build(p)
	if got := cell(t, l, category.DataHealth, label.Retention); got.Text != "up to 7 years or … (R2)" || !cmp.Equal(got.Refs, []string{"keep-health"}) {
		t.Errorf("health retention = %q %v", got.Text, got.Refs)
	}
	if got := cell(t, l, category.DataEmail, label.Retention); got.Text != "as needed (R1)" {
		t.Errorf("e-mail retention (general rule) = %q", got.Text)
	}
	if len(l.Retention) != 2 || l.Retention[0].Covers != "all data" || l.Retention[1].Long != "up to 7 years or as law requires: as the law requires, whichever is later" {
		t.Errorf("retention rules = %+v", l.Retention)
	}
	p.Retention = nil
	if got := cell(t, label.Build(p), category.DataEmail, label.Retention); got.Mark != label.NotStated || got.Text != "" {
		t.Errorf("no rule: %+v, want not stated", got)
	}
}

func TestRowsAndSensitivity(t *testing.T) {
	p := base()
	p.Collection = append(p.Collection,
		policy.Collection{Statement: st("c-x"), Data: []category.Data{"x-lab-results"}},
		policy.Collection{Statement: not("c-no-ssn"), Data: []category.Data{category.DataSSN}},
	)
	p.Extensions = []policy.Extension{{Code: "x-lab-results", List: "data", Title: "Lab results", Parent: string(category.DataHealth)}}
	p.Collection[0].Sources = []category.Source{category.SourceAutomatic, category.SourceDataSubject}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	l := label.Build(p)
	var got []string
	for _, g := range l.Groups {
		for _, r := range g.Rows {
			got = append(got, g.Title+"/"+r.Title)
			if r.Data == "x-lab-results" && !(r.Sensitivity.Health && r.Sensitivity.Special) {
				t.Errorf("x-lab-results narrows health but is not flagged: %+v", r.Sensitivity)
			}
			if r.Data == category.DataEmail && r.Sensitivity.Any() {
				t.Errorf("e-mail flagged sensitive: %+v", r.Sensitivity)
			}
			if r.Data == category.DataEmail && r.SourceWords() != "from you, automatically" {
				t.Errorf("e-mail sources = %q, want registry order", r.SourceWords())
			}
		}
	}
	want := []string{"Contact details/E-mail address", "Health data/Health data", "Health data/Lab results"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if len(l.NotDone) != 1 || l.NotDone[0] != "Does not collect social security number." {
		t.Errorf("NotDone = %q", l.NotDone)
	}
}

func TestEmpty(t *testing.T) {
	for _, p := range []*policy.Policy{nil, {}} {
		l := label.Build(p)
		if len(l.Groups) != 0 || len(l.Columns) != len(label.Columns()) {
			t.Errorf("Build(%v) = %+v", p, l)
		}
		var b1, b2 nopWriter
		if err := l.Markdown(&b1); err != nil {
			t.Error(err)
		}
		if err := l.HTML(&b2); err != nil {
			t.Error(err)
		}
	}
}

type nopWriter struct{ n int }

func (w *nopWriter) Write(b []byte) (int, error) { w.n += len(b); return len(b), nil }

func TestDuration(t *testing.T) {
	for in, want := range map[string]string{
		"P7Y": "7 years", "P1Y6M": "1 year 6 months", "P30D": "30 days", "PT24H": "24 hours",
		"PT30M": "30 minutes", "P1M": "1 month", "P2W": "2 weeks", "PT1.5S": "1.5 seconds",
		"": "", "P": "P", "7Y": "7Y", "PT": "PT", "P1H": "P1H", "P1Y2": "P1Y2", "PX": "PX",
	} {
		if got := label.Duration(in); got != want {
			t.Errorf("Duration(%q) = %q, want %q", in, got, want)
		}
	}
}
