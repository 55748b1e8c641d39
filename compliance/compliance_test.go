package compliance

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

func yes() *bool { b := true; return &b }

func st(id string) policy.Statement { return policy.Statement{ID: id} }

// base is the smallest policy the cases build on: a controller and nothing
// else.
func base() *policy.Policy {
	return &policy.Policy{ID: "t", Title: "T", Language: "en", Controllers: []policy.Controller{{Statement: st("acme"), LegalName: "Acme"}}}
}

// Mutators that add one statement each.
func collect(p *policy.Policy, id string, d category.Data, src ...category.Source) {
	p.Collection = append(p.Collection, policy.Collection{Statement: st(id), Data: []category.Data{d}, Sources: src})
}
func purpose(p *policy.Policy, id string, bases ...policy.Basis) {
	pu := policy.Purpose{Statement: st(id), Kind: category.PurposeServiceProvision}
	for _, b := range bases {
		pu.LegalBases = append(pu.LegalBases, policy.LegalBasis{Basis: b, Interest: "an interest"})
	}
	p.Purposes = append(p.Purposes, pu)
}
func recipient(p *policy.Policy, r policy.Recipient) {
	if r.ID == "" {
		r.ID = "r" + string(rune('a'+len(p.Recipients)))
	}
	if len(r.Types) == 0 {
		r.Types = []category.Recipient{category.RecipientAdvertisingPartner}
	}
	p.Recipients = append(p.Recipients, r)
}
func grant(p *policy.Policy, rs policy.RightsStatement, rights ...rights.Right) {
	rs.ID = "rights" + string(rune('a'+len(p.Rights)))
	rs.Rights = rights
	p.Rights = append(p.Rights, rs)
}
func email(p *policy.Policy) []rights.Channel {
	p.Contacts = append(p.Contacts, contact.Point{ID: "mail", Emails: []string{"privacy@example.com"}, Phones: []contact.Phone{{Number: "+1 555 0100"}}})
	return []rights.Channel{{Kind: rights.ChannelEmail, Contact: "mail"}}
}
func admitKids(p *policy.Policy) {
	p.Subjects = append(p.Subjects, policy.Subject{Statement: st("kids"), Kind: category.SubjectChild})
	p.Children = &policy.Children{Statement: st("children"), AgeLimits: []policy.AgeLimit{{MinimumAge: 10}}}
}
func kids() *policy.Scope { return &policy.Scope{Subjects: []string{"kids"}} }
func sold(p *policy.Policy, data bool, purposes bool) {
	r := policy.Recipient{Sale: yes()}
	if data {
		r.Data = []category.Data{category.DataEmail}
	}
	if purposes {
		r.RecipientPurposes = []category.Purpose{category.PurposeAdvertising}
	}
	recipient(p, r)
}
func bp(p *policy.Policy, data, purposes bool) {
	r := policy.Recipient{BusinessPurpose: yes(), Types: []category.Recipient{category.RecipientServiceProvider}}
	if data {
		r.Data = []category.Data{category.DataEmail}
	}
	if purposes {
		r.RecipientPurposes = []category.Purpose{category.PurposeServiceProvision}
	}
	recipient(p, r)
}

// pair is a requirement's two minimal policies: one that satisfies it, one
// that does not (with the status it gets).
type pair struct {
	sat, fail func(p *policy.Policy)
	want      Status
}

func none(*policy.Policy) {}

var pairs = map[string]pair{
	"controller": {func(p *policy.Policy) {
		p.Controllers[0].Address = &contact.Address{Lines: []string{"1 Main St"}, Locality: "X"}
	}, none, StatusPartial},
	"dpo": {func(p *policy.Policy) {
		p.Officers = []policy.Officer{{Statement: st("dpo"), Role: policy.OfficerDataProtectionOfficer, Contacts: []string{"c"}}}
	}, none, StatusNotApplicable},
	"bases": {func(p *policy.Policy) { purpose(p, "p", policy.BasisContract) }, func(p *policy.Policy) { purpose(p, "p") }, StatusMissing},
	"interests": {func(p *policy.Policy) { purpose(p, "p", policy.BasisLegitimateInterests) }, func(p *policy.Policy) {
		purpose(p, "p", policy.BasisLegitimateInterests)
		p.Purposes[0].LegalBases[0].Interest = ""
	}, StatusPartial},
	"recipients": {func(p *policy.Policy) { recipient(p, policy.Recipient{}) }, none, StatusMissing},
	"transfers": {func(p *policy.Policy) {
		p.Transfers = []policy.Transfer{{Statement: st("t"), To: []jurisdiction.Code{"US"}, Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses}}}
		grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightSafeguardsCopy)
	}, func(p *policy.Policy) {
		p.Transfers = []policy.Transfer{{Statement: st("t"), Safeguards: []policy.Safeguard{policy.SafeguardNotStated}}}
	}, StatusPartial},
	"retention": {func(p *policy.Policy) {
		collect(p, "c", category.DataEmail)
		p.Retention = []policy.Retention{{Statement: st("k"), Periods: []policy.Period{{Kind: policy.PeriodIndefinite}}}}
	}, func(p *policy.Policy) { collect(p, "c", category.DataEmail) }, StatusMissing},
	"gdpr-rights": {func(p *policy.Policy) {
		grant(p, policy.RightsStatement{}, rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightObjection, rights.RightPortability)
	}, func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightAccess) }, StatusPartial},
	"withdraw": {func(p *policy.Policy) {
		purpose(p, "p", policy.BasisConsent)
		grant(p, policy.RightsStatement{}, rights.RightWithdrawConsent)
	}, func(p *policy.Policy) { purpose(p, "p", policy.BasisConsent) }, StatusMissing},
	"objection-notice": {func(p *policy.Policy) {
		purpose(p, "p", policy.BasisLegitimateInterests)
		grant(p, policy.RightsStatement{}, rights.RightObjection)
	}, func(p *policy.Policy) { purpose(p, "p", policy.BasisLegitimateInterests) }, StatusMissing},
	"complaint": {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightComplaint) }, none, StatusMissing},
	"required-data": {func(p *policy.Policy) {
		collect(p, "c", category.DataEmail)
		p.Collection[0].Requirement = policy.RequirementRequired
	}, func(p *policy.Policy) { collect(p, "c", category.DataEmail) }, StatusMissing},
	"decisions": {func(p *policy.Policy) {
		p.Decisions = []policy.Decision{{Statement: st("d"), Automated: true, Logic: "a score", Effects: []policy.DecisionEffect{policy.EffectSignificant}}}
	}, func(p *policy.Policy) { p.Decisions = []policy.Decision{{Statement: st("d"), Automated: true}} }, StatusPartial},
	"from-others": {func(p *policy.Policy) { collect(p, "c", category.DataEmail, category.SourcePartner) }, func(p *policy.Policy) { collect(p, "c", category.DataEmail, category.SourceDataSubject) }, StatusNotApplicable},
	"destinations": {func(p *policy.Policy) {
		p.Transfers = []policy.Transfer{{Statement: st("t"), To: []jurisdiction.Code{"US"}, Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses}}}
	}, func(p *policy.Policy) {
		p.Transfers = []policy.Transfer{{Statement: st("t"), Safeguards: []policy.Safeguard{policy.SafeguardStandardContractualClauses}}}
	}, StatusPartial},
	"purposes":   {func(p *policy.Policy) { purpose(p, "p") }, none, StatusMissing},
	"collection": {func(p *policy.Policy) { collect(p, "c", category.DataEmail) }, none, StatusMissing},
	"sources":    {func(p *policy.Policy) { collect(p, "c", category.DataEmail, category.SourceDataSubject) }, func(p *policy.Policy) { collect(p, "c", category.DataEmail) }, StatusMissing},
	"sale-stated": {func(p *policy.Policy) {
		recipient(p, policy.Recipient{Statement: policy.Statement{ID: "n", Not: true}, Sale: yes()})
	}, func(p *policy.Policy) { recipient(p, policy.Recipient{}) }, StatusMissing},
	"sold-data":     {func(p *policy.Policy) { sold(p, true, false) }, func(p *policy.Policy) { sold(p, false, false) }, StatusPartial},
	"sold-purposes": {func(p *policy.Policy) { sold(p, true, true) }, func(p *policy.Policy) { sold(p, true, false) }, StatusMissing},
	"under-16": {func(p *policy.Policy) {
		admitKids(p)
		recipient(p, policy.Recipient{Statement: policy.Statement{ID: "n", Not: true, AppliesTo: kids()}, Sale: yes()})
	}, none, StatusMissing},
	"bp-stated":   {func(p *policy.Policy) { bp(p, true, true) }, func(p *policy.Policy) { recipient(p, policy.Recipient{}) }, StatusMissing},
	"bp-data":     {func(p *policy.Policy) { bp(p, true, false) }, func(p *policy.Policy) { bp(p, false, false) }, StatusPartial},
	"bp-purposes": {func(p *policy.Policy) { bp(p, true, true) }, func(p *policy.Policy) { bp(p, true, false) }, StatusMissing},
	"spi-use": {func(p *policy.Policy) {
		purpose(p, "p")
		collect(p, "c", category.DataPreciseLocation)
		p.Collection[0].OnlyFor = []string{"p"}
	}, func(p *policy.Policy) { collect(p, "c", category.DataPreciseLocation) }, StatusMissing},
	"spi-limit": {func(p *policy.Policy) {
		collect(p, "c", category.DataPreciseLocation)
		grant(p, policy.RightsStatement{}, rights.RightLimitSensitive)
	}, func(p *policy.Policy) { collect(p, "c", category.DataPreciseLocation) }, StatusMissing},
	"know":               {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightKnowCategories) }, none, StatusMissing},
	"delete":             {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightErasure) }, none, StatusMissing},
	"correct":            {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightRectification) }, none, StatusMissing},
	"opt-out":            {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightOptOutSharing) }, none, StatusMissing},
	"non-discrimination": {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightNonDiscrimination) }, none, StatusMissing},
	"channels": {func(p *policy.Policy) { grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightAccess) }, func(p *policy.Policy) {
		grant(p, policy.RightsStatement{}, rights.RightAccess)
	}, StatusPartial},
	"verification": {func(p *policy.Policy) {
		grant(p, policy.RightsStatement{Verification: &rights.Verification{Description: "we match your e-mail"}}, rights.RightAccess)
	}, func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightAccess) }, StatusMissing},
	// Honouring the signal is partial until the model can say how it is
	// processed (TestSignals); saying it is not honoured says all there is.
	"signals": {func(p *policy.Policy) {
		p.Signals = []policy.Signal{{Statement: st("gpc"), Signal: policy.SignalGlobalPrivacyControl, Response: policy.ResponseNotHonored}}
	}, none, StatusMissing},
	"agents": {func(p *policy.Policy) {
		grant(p, policy.RightsStatement{Agents: &policy.Agents{Who: []string{"anyone you authorise"}}}, rights.RightAccess)
	}, func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightAccess) }, StatusMissing},
	"contact":      {func(p *policy.Policy) { email(p) }, none, StatusMissing},
	"updated":      {func(p *policy.Policy) { p.Updated = "2026-01-01" }, none, StatusMissing},
	"data-and-tps": {func(p *policy.Policy) { collect(p, "c", category.DataEmail); recipient(p, policy.Recipient{}) }, func(p *policy.Policy) { collect(p, "c", category.DataEmail) }, StatusPartial},
	"review": {func(p *policy.Policy) { grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightAccess) }, func(p *policy.Policy) {
		grant(p, policy.RightsStatement{}, rights.RightAccess)
	}, StatusPartial},
	"changes": {func(p *policy.Policy) {
		p.Changes = &policy.Changes{Statement: st("ch"), Notices: []policy.ChangeNotice{{Methods: []policy.NoticeMethod{policy.NoticePosting}, Trigger: policy.TriggerAnyChange}}}
	}, none, StatusMissing},
	"effective": {func(p *policy.Policy) { p.Updated = "2026-01-01" }, none, StatusMissing},
	"dnt": {func(p *policy.Policy) {
		p.Signals = []policy.Signal{{Statement: st("dnt"), Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored}}
	}, none, StatusMissing},
	"tracking": {func(p *policy.Policy) {
		p.Trackers = []policy.Tracker{{Statement: st("ga"), Kind: category.TrackerCookie, Party: policy.PartyThirdParty}}
	}, func(p *policy.Policy) {
		p.Trackers = []policy.Tracker{{Statement: st("own"), Kind: category.TrackerCookie, Party: policy.PartyFirstParty}}
	}, StatusMissing},
	"coppa-operator": {func(p *policy.Policy) {
		admitKids(p)
		email(p)
		p.Controllers[0].Contacts = []string{"mail"}
		p.Controllers[0].Address = &contact.Address{Lines: []string{"1 Main St"}, Locality: "X"}
	}, admitKids, StatusPartial},
	"coppa-collection": {func(p *policy.Policy) {
		admitKids(p)
		collect(p, "c", category.DataEmail)
		p.Collection[0].AppliesTo = kids()
	}, admitKids, StatusMissing},
	"coppa-parents": {func(p *policy.Policy) {
		admitKids(p)
		grant(p, policy.RightsStatement{Statement: policy.Statement{AppliesTo: kids()}}, rights.RightErasure)
	}, admitKids, StatusMissing},
	"stl": {func(p *policy.Policy) {
		grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightDirectMarketingDisclosure)
	}, func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightDirectMarketingDisclosure) }, StatusPartial},
	"health-collected": {func(p *policy.Policy) {
		collect(p, "h", category.DataHealth)
		purpose(p, "p")
		p.Purposes[0].Collections = []string{"h"}
	}, func(p *policy.Policy) { collect(p, "h", category.DataHealth) }, StatusPartial},
	"health-sources": {func(p *policy.Policy) { collect(p, "h", category.DataHealth, category.SourceDataSubject) }, func(p *policy.Policy) { collect(p, "h", category.DataHealth) }, StatusPartial},
	"health-shared": {func(p *policy.Policy) {
		collect(p, "h", category.DataHealth)
		recipient(p, policy.Recipient{Collections: []string{"h"}})
	}, func(p *policy.Policy) { collect(p, "h", category.DataHealth) }, StatusMissing},
	"health-third-parties": {func(p *policy.Policy) {
		collect(p, "h", category.DataHealth)
		recipient(p, policy.Recipient{Collections: []string{"h"}, Types: []category.Recipient{category.RecipientAffiliate}, Entities: []policy.Entity{{Name: "Acme Health"}}})
	}, func(p *policy.Policy) {
		collect(p, "h", category.DataHealth)
		recipient(p, policy.Recipient{Collections: []string{"h"}, Types: []category.Recipient{category.RecipientAffiliate}})
	}, StatusPartial},
	"health-rights": {func(p *policy.Policy) {
		collect(p, "h", category.DataHealth)
		grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightAccess)
	}, func(p *policy.Policy) { collect(p, "h", category.DataHealth) }, StatusMissing},
	"appeal": {func(p *policy.Policy) { grant(p, policy.RightsStatement{}, rights.RightAccess, rights.RightAppeal) }, func(p *policy.Policy) {
		grant(p, policy.RightsStatement{}, rights.RightAccess)
	}, StatusPartial},
	"shared-data": {func(p *policy.Policy) { recipient(p, policy.Recipient{Data: []category.Data{category.DataEmail}}) }, func(p *policy.Policy) { recipient(p, policy.Recipient{}) }, StatusPartial},
	"tp-categories": {func(p *policy.Policy) { recipient(p, policy.Recipient{}) }, func(p *policy.Policy) {
		recipient(p, policy.Recipient{Role: policy.RoleProcessor, Types: []category.Recipient{category.RecipientHostingProvider}})
	}, StatusNotApplicable},
	"online-contact": {func(p *policy.Policy) { email(p) }, none, StatusMissing},
	"sale-opt-out": {func(p *policy.Policy) {
		sold(p, true, true)
		grant(p, policy.RightsStatement{}, rights.RightOptOutSale)
	}, func(p *policy.Policy) {
		sold(p, true, true)
	}, StatusMissing},
}

// pairOf names the pair of each requirement.
func pairOf(id string) string {
	for _, law := range []string{"uk-gdpr-", "gdpr-"} {
		if rest, ok := strings.CutPrefix(id, law); ok {
			return map[string]string{"13-1-a": "controller", "13-1-b": "dpo", "13-1-c": "bases", "13-1-d": "interests", "13-1-e": "recipients",
				"13-1-f": "transfers", "13-2-a": "retention", "13-2-b": "gdpr-rights", "13-2-c": "withdraw", "13-2-d": "complaint",
				"13-2-e": "required-data", "13-2-f": "decisions", "14-1-d": "from-others", "14-2-f": "from-others", "21-4": "objection-notice"}[rest]
		}
	}
	state := []string{"collection", "purposes", "appeal", "shared-data", "tp-categories", "online-contact"}
	for _, pre := range []string{"vcdpa-578-c-", "ctdpa-520-c-"} {
		if rest, ok := strings.CutPrefix(id, pre); ok {
			return state[rest[0]-'1']
		}
	}
	if rest, ok := strings.CutPrefix(id, "cpa-1308-1-a-"); ok {
		return state[slices.Index([]string{"i", "ii", "iii", "iv", "v"}, rest)]
	}
	return map[string]string{
		"ch-fadp-19-2-a": "controller", "ch-fadp-19-2-b": "purposes", "ch-fadp-19-2-c": "recipients", "ch-fadp-19-3": "from-others", "ch-fadp-19-4": "destinations",
		"ccpa-7011-e-1-a": "collection", "ccpa-7011-e-1-b": "sources", "ccpa-7011-e-1-c": "purposes", "ccpa-7011-e-1-d": "sale-stated",
		"ccpa-7011-e-1-e": "sold-data", "ccpa-7011-e-1-f": "sold-purposes", "ccpa-7011-e-1-g": "under-16", "ccpa-7011-e-1-h": "bp-stated",
		"ccpa-7011-e-1-i": "bp-data", "ccpa-7011-e-1-j": "bp-purposes", "ccpa-7011-e-1-k": "spi-use",
		"ccpa-7011-e-2-know": "know", "ccpa-7011-e-2-delete": "delete", "ccpa-7011-e-2-correct": "correct", "ccpa-7011-e-2-opt-out": "opt-out",
		"ccpa-7011-e-2-limit": "spi-limit", "ccpa-7011-e-2-non-discrimination": "non-discrimination",
		"ccpa-7011-e-3-methods": "channels", "ccpa-7011-e-3-verification": "verification", "ccpa-7011-e-3-signals": "signals",
		"ccpa-7011-e-3-agents": "agents", "ccpa-7011-e-3-contact": "contact", "ccpa-7011-e-4": "updated",
		"caloppa-22575-b-1": "data-and-tps", "caloppa-22575-b-2": "review", "caloppa-22575-b-3": "changes", "caloppa-22575-b-4": "effective",
		"caloppa-22575-b-5": "dnt", "caloppa-22575-b-6": "tracking",
		"coppa-312-4-d-1": "coppa-operator", "coppa-312-4-d-2": "coppa-collection", "coppa-312-4-d-3": "coppa-parents",
		"ca-shine-the-light-1798-83-c": "stl",
		"wa-mhmda-020-1-a-i":           "health-collected", "wa-mhmda-020-1-a-ii": "health-sources", "wa-mhmda-020-1-a-iii": "health-shared",
		"wa-mhmda-020-1-a-iv": "health-third-parties", "wa-mhmda-020-1-a-v": "health-rights",
		"vcdpa-578-d": "sale-opt-out", "cpa-1308-1-b": "sale-opt-out", "ctdpa-520-d": "sale-opt-out",
	}[id]
}

// TestRequirementPairs evaluates every requirement of every law on a minimal
// policy that satisfies it and on one that does not.
func TestRequirementPairs(t *testing.T) {
	used := map[string]bool{}
	for _, req := range jurisdiction.Requirements() {
		if _, ok := evaluators[req.ID]; !ok {
			t.Errorf("%s: no evaluator", req.ID)
			continue
		}
		name := pairOf(req.ID)
		pr, ok := pairs[name]
		if !ok {
			t.Errorf("%s: no test pair", req.ID)
			continue
		}
		used[name] = true
		for _, tc := range []struct {
			mut  func(*policy.Policy)
			want Status
		}{{pr.sat, StatusSatisfied}, {pr.fail, pr.want}} {
			p := base()
			tc.mut(p)
			f := evaluate(newCtx(p, req.Law), req)
			if f.Status != tc.want {
				t.Errorf("%s (%s): status %s, want %s (%s)", req.ID, name, f.Status, tc.want, f.Message)
			}
			if f.Citation != req.Citation() || f.Message == "" || (f.Status != StatusNotApplicable && !strings.HasPrefix(f.Pointer, "/")) {
				t.Errorf("%s: citation %q, pointer %q, message %q", req.ID, f.Citation, f.Pointer, f.Message)
			}
		}
	}
	for name := range pairs {
		if !used[name] {
			t.Errorf("pair %s is used by no requirement", name)
		}
	}
	if len(evaluators) != len(jurisdiction.Requirements()) {
		t.Errorf("%d evaluators for %d requirements", len(evaluators), len(jurisdiction.Requirements()))
	}
}

// TestScope checks that a statement limited to other jurisdictions does not
// count for a law, and one limited to a jurisdiction inside the law's does.
func TestScope(t *testing.T) {
	req, _ := jurisdiction.RequirementByID("gdpr-13-2-d")
	for _, tc := range []struct {
		j    jurisdiction.Code
		want Status
	}{{"US-CA", StatusMissing}, {"IE", StatusSatisfied}, {"EU", StatusSatisfied}} {
		p := base()
		grant(p, policy.RightsStatement{Statement: policy.Statement{AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{tc.j}}}}, rights.RightComplaint)
		if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != tc.want {
			t.Errorf("complaint right limited to %s: %s, want %s", tc.j, f.Status, tc.want)
		}
	}
	// A rights statement under another law does not count.
	p := base()
	grant(p, policy.RightsStatement{Laws: []jurisdiction.Law{jurisdiction.LawCCPA}}, rights.RightComplaint)
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != StatusMissing {
		t.Errorf("a CCPA right counted for the GDPR: %s", f.Status)
	}
	// One under a law implementing the GDPR does.
	p = base()
	grant(p, policy.RightsStatement{Laws: []jurisdiction.Law{jurisdiction.LawIrishDPA2018}}, rights.RightComplaint)
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != StatusSatisfied {
		t.Errorf("a right under the Irish DPA 2018 did not count for the GDPR: %s", f.Status)
	}
	// A non-exhaustive statement grants the law's rights only by reference:
	// enough for a partial list of the Art. 13(2)(b) rights, not for the
	// right to complain, which "your rights under the GDPR, which include
	// access" does not tell a reader about.
	p = base()
	grant(p, policy.RightsStatement{NonExhaustive: true, Laws: []jurisdiction.Law{jurisdiction.LawGDPR}}, rights.RightAccess)
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != StatusMissing {
		t.Errorf("the right to complain by reference: %s, want missing", f.Status)
	}
	rb, _ := jurisdiction.RequirementByID("gdpr-13-2-b")
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), rb); f.Status != StatusPartial || !strings.Contains(f.Message, "only by reference") {
		t.Errorf("Art. 13(2)(b) rights by reference: %s (%s), want partial", f.Status, f.Message)
	}
}

// TestApplicable checks which laws Check evaluates.
func TestApplicable(t *testing.T) {
	laws := func(rep Report) (out []string) {
		for _, l := range rep.Laws {
			s := string(l.Law) + ":" + string(l.Basis)
			if l.Exempt {
				s += ":exempt"
			}
			out = append(out, s)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		mut  func(*policy.Policy)
		opts Options
		want []string
	}{
		{"nothing declared", none, Options{}, nil},
		{"declared law", func(p *policy.Policy) {
			p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawGDPR, Status: policy.LawApplies}}
		}, Options{}, []string{"gdpr:declared"}},
		{"implementing law", func(p *policy.Policy) {
			p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawIrishDPA2018, Status: policy.LawApplies}}
		}, Options{}, []string{"gdpr:declared"}},
		{"jurisdiction", func(p *policy.Policy) {
			p.Laws = []policy.LawStatement{{Statement: st("l"), Jurisdictions: []jurisdiction.Code{"US-CA"}, Status: policy.LawApplies}}
		}, Options{}, []string{"caloppa:jurisdiction", "coppa:jurisdiction"}},
		{"exempt", func(p *policy.Policy) {
			p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawCCPA, Status: policy.LawExempt, Reason: "nonprofit"}}
		}, Options{}, []string{"ccpa:declared:exempt"}},
		{"exempt though requested", func(p *policy.Policy) {
			p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawCCPA, Status: policy.LawExempt, Reason: "nonprofit"}}
		}, Options{Laws: []jurisdiction.Law{jurisdiction.LawCCPA, jurisdiction.LawGDPR}}, []string{"gdpr:requested", "ccpa:requested:exempt"}},
		{"requested", none, Options{Laws: []jurisdiction.Law{jurisdiction.LawVCDPA}}, []string{"vcdpa:requested"}},
	} {
		p := base()
		tc.mut(p)
		rep, err := Check(p, tc.opts)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := laws(rep); !slices.Equal(got, tc.want) {
			t.Errorf("%s: laws %v, want %v", tc.name, got, tc.want)
		}
		for _, f := range rep.Findings {
			if f.Law == jurisdiction.LawCCPA && !strings.HasPrefix(f.ID, "sale") {
				t.Errorf("%s: finding %s under an exempt law", tc.name, f.ID)
			}
		}
	}
	for _, l := range []jurisdiction.Law{"no-such-law", jurisdiction.LawHIPAA} {
		if _, err := Check(base(), Options{Laws: []jurisdiction.Law{l}}); err == nil {
			t.Errorf("requesting %s: no error", l)
		}
	}
	// A nonprofit controller is outside the CCPA when only a jurisdiction
	// brings it in (through -law it is checked).
	p := base()
	p.Controllers[0].Nonprofit = true
	p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawCCPA, Status: policy.LawApplies}}
	if rep, _ := Check(p, Options{}); rep.Laws[0].Exempt {
		t.Error("a declared CCPA was dropped for a nonprofit")
	}
}

// TestRules runs each consistency rule on a policy that breaks it and one
// that keeps it.
func TestRules(t *testing.T) {
	ccpa := func(p *policy.Policy) {
		p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawCCPA, Status: policy.LawApplies}}
	}
	cases := map[string]struct{ keep, breakIt func(*policy.Policy) }{
		RuleSaleContradiction: {
			func(p *policy.Policy) {
				recipient(p, policy.Recipient{Statement: policy.Statement{ID: "never", Not: true}, Sale: yes(), Data: []category.Data{category.DataHealth}})
				recipient(p, policy.Recipient{Sale: yes(), Data: []category.Data{category.DataEmail}})
			},
			func(p *policy.Policy) {
				recipient(p, policy.Recipient{Statement: policy.Statement{ID: "never", Not: true}, Sale: yes()})
				recipient(p, policy.Recipient{Sale: yes(), Data: []category.Data{category.DataEmail}})
			}},
		RuleExclusiveUse: {
			func(p *policy.Policy) {
				purpose(p, "pay")
				collect(p, "card", category.DataEmail)
				p.Collection[0].OnlyFor = []string{"pay"}
			},
			func(p *policy.Policy) {
				purpose(p, "pay")
				purpose(p, "ads")
				p.Purposes[1].Collections = []string{"card"}
				collect(p, "card", category.DataEmail)
				p.Collection[0].OnlyFor = []string{"pay"}
			}},
		RuleRetentionUncollected: {
			func(p *policy.Policy) {
				collect(p, "c", category.DataEmail)
				p.Retention = []policy.Retention{{Statement: st("k"), Data: []category.Data{category.DataEmail}, Periods: []policy.Period{{Kind: policy.PeriodIndefinite}}}}
			},
			func(p *policy.Policy) {
				collect(p, "c", category.DataEmail)
				p.Retention = []policy.Retention{{Statement: st("k"), Data: []category.Data{category.DataHealth}, Periods: []policy.Period{{Kind: policy.PeriodIndefinite}}}}
			}},
		RuleSpecialNoCondition: {
			func(p *policy.Policy) {
				p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent, SpecialConditions: []policy.SpecialCondition{policy.Art9ExplicitConsent}}}
			},
			func(p *policy.Policy) {
				p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent, SpecialConditions: []policy.SpecialCondition{policy.Art9NotStated}}}
			}},
		RuleChildrenCOPPA: {
			func(p *policy.Policy) {
				pairs["coppa-operator"].sat(p)
				collect(p, "c", category.DataEmail)
				p.Collection[0].AppliesTo = kids()
				grant(p, policy.RightsStatement{Statement: policy.Statement{AppliesTo: kids()}}, rights.RightErasure)
			},
			admitKids},
		RuleSaleNoOptOut: {
			func(p *policy.Policy) {
				ccpa(p)
				sold(p, true, true)
				grant(p, policy.RightsStatement{}, rights.RightOptOutSale)
			},
			func(p *policy.Policy) { ccpa(p); sold(p, true, true) }},
		RuleSaleIgnoresSignal: {
			func(p *policy.Policy) {
				ccpa(p)
				sold(p, true, true)
				p.Signals = []policy.Signal{{Statement: st("gpc"), Signal: policy.SignalGlobalPrivacyControl, Response: policy.ResponseHonored}}
			},
			func(p *policy.Policy) {
				ccpa(p)
				sold(p, true, true)
				p.Signals = []policy.Signal{{Statement: st("gpc"), Signal: policy.SignalGlobalPrivacyControl, Response: policy.ResponseNotHonored}}
			}},
		RuleChannelNowhere: {
			func(p *policy.Policy) { grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightAccess) },
			func(p *policy.Policy) {
				p.Contacts = []contact.Point{{ID: "hidden", Name: "an address the page hides"}}
				grant(p, policy.RightsStatement{Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "hidden"}}}, rights.RightAccess)
			}},
	}
	for _, r := range Rules() {
		tc, ok := cases[r.ID]
		if !ok {
			t.Errorf("rule %s has no test case", r.ID)
			continue
		}
		count := func(mut func(*policy.Policy)) int {
			p := base()
			mut(p)
			// The rules in a law's terms run when the law is checked.
			p.Laws = append(p.Laws, policy.LawStatement{Statement: st("gdpr"), Law: jurisdiction.LawGDPR, Status: policy.LawApplies},
				policy.LawStatement{Statement: st("coppa"), Law: jurisdiction.LawCOPPA, Status: policy.LawApplies})
			rep, err := Check(p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, f := range rep.Findings {
				if f.ID == r.ID {
					n++
					if f.Status != r.Status || !strings.HasPrefix(f.Pointer, "/") || f.Citation == "" {
						t.Errorf("%s: finding %+v", r.ID, f)
					}
				}
			}
			return n
		}
		if n := count(tc.keep); n != 0 {
			t.Errorf("%s: %d findings on a policy that keeps it", r.ID, n)
		}
		if n := count(tc.breakIt); n == 0 {
			t.Errorf("%s: no finding on a policy that breaks it", r.ID)
		}
	}
}

// TestReport checks Failed, the order of findings and the formats.
func TestReport(t *testing.T) {
	p := base()
	p.Laws = []policy.LawStatement{{Statement: st("l"), Law: jurisdiction.LawGDPR, Status: policy.LawApplies}}
	rep, _ := Check(p, Options{})
	if !rep.Failed() || rep.Count(StatusMissing) == 0 {
		t.Errorf("an empty GDPR policy did not fail: %+v", rep)
	}
	var ids []string
	for _, f := range rep.Findings {
		ids = append(ids, f.ID)
	}
	var want []string
	for _, r := range jurisdiction.LawGDPR.Requirements() {
		want = append(want, r.ID)
	}
	if !slices.Equal(ids, want) {
		t.Errorf("findings %v, want the GDPR's requirements in order %v", ids, want)
	}
	var text strings.Builder
	if err := rep.WriteText(&text, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "missing  gdpr-13-2-d") || strings.Contains(text.String(), "satisfied  gdpr") {
		t.Errorf("text report:\n%s", text.String())
	}
	if ok := (Report{Findings: []Finding{{Status: StatusPartial}}}); ok.Failed() {
		t.Error("partial findings failed a report")
	}
	// A rule in a law's terms does not run when the law is not checked.
	p = base()
	p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent, SpecialConditions: []policy.SpecialCondition{policy.Art9NotStated}}}
	if rep, _ := Check(p, Options{Laws: []jurisdiction.Law{jurisdiction.LawCCPA}}); slices.ContainsFunc(rep.Findings, func(f Finding) bool { return f.ID == RuleSpecialNoCondition }) {
		t.Error("the Art. 9(2) rule ran on a CCPA-only check")
	}
}

// TestRepresentative checks GDPR Art. 13(1)(a)'s representative: needed for a
// controller established outside the EEA, not for one inside it, and not
// judged when the controller's country is unknown.
func TestRepresentative(t *testing.T) {
	req, _ := jurisdiction.RequirementByID("gdpr-13-1-a")
	for _, tc := range []struct {
		country string
		rep     bool
		want    Status
	}{{"US", false, StatusPartial}, {"US", true, StatusSatisfied}, {"DK", false, StatusSatisfied}, {"", false, StatusSatisfied}} {
		p := base()
		p.Controllers[0].Address = &contact.Address{Lines: []string{"1 Main St"}, Locality: "X", Country: tc.country}
		if tc.rep {
			p.Representatives = []policy.Representative{{Statement: st("rep"), Name: "EU Rep", Jurisdictions: []jurisdiction.Code{jurisdiction.EEA}}}
		}
		if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != tc.want {
			t.Errorf("controller in %q, representative %v: %s, want %s (%s)", tc.country, tc.rep, f.Status, tc.want, f.Message)
		}
	}
}

// TestSaleContradictionKinds checks which negations a sale or sharing
// contradicts, and the data and sources refinements.
func TestSaleContradictionKinds(t *testing.T) {
	no := func() *bool { b := true; return &b }
	for _, tc := range []struct {
		name     string
		neg, pos policy.Recipient
		want     bool
	}{
		{"never sold, sold", policy.Recipient{Sale: no()}, policy.Recipient{Sale: yes()}, true},
		{"never sold, shared", policy.Recipient{Sale: no()}, policy.Recipient{Sharing: yes()}, false},
		{"never sold, sold or shared", policy.Recipient{Sale: no()}, policy.Recipient{SoldOrShared: yes()}, false},
		{"neither, shared", policy.Recipient{SoldOrShared: no()}, policy.Recipient{Sharing: yes()}, true},
		{"never sold health, sold e-mail", policy.Recipient{Sale: no(), Data: []category.Data{category.DataHealth}}, policy.Recipient{Sale: yes(), Data: []category.Data{category.DataEmail}}, false},
		{"never sold contact, sold e-mail", policy.Recipient{Sale: no(), Data: []category.Data{category.DataContact}}, policy.Recipient{Sale: yes(), Data: []category.Data{category.DataEmail}}, true},
		{"never sold e-mail, sold contact", policy.Recipient{Sale: no(), Data: []category.Data{category.DataEmail}}, policy.Recipient{Sale: yes(), Data: []category.Data{category.DataContact}}, false},
		{"other state", policy.Recipient{Statement: policy.Statement{AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{"US-CA"}}}, Sale: no()}, policy.Recipient{Statement: policy.Statement{AppliesTo: &policy.Scope{Jurisdictions: []jurisdiction.Code{"US-NV"}}}, Sale: yes()}, false},
	} {
		p := base()
		tc.neg.ID, tc.neg.Not = "never", true
		recipient(p, tc.neg)
		recipient(p, tc.pos)
		var n int
		saleContradictions(p, func(id, ptr, msg string) { n++ })
		if got := n > 0; got != tc.want {
			t.Errorf("%s: contradiction %v, want %v", tc.name, got, tc.want)
		}
	}
	// A source named only as "third parties" is answered by another
	// statement that names the sources of the same data.
	req, _ := jurisdiction.RequirementByID("gdpr-14-2-f")
	p := base()
	collect(p, "generic", category.DataEmail, category.SourceThirdParty)
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != StatusPartial {
		t.Errorf("generic source alone: %s, want partial", f.Status)
	}
	collect(p, "named", category.DataContact, category.SourcePartner)
	if f := evaluate(newCtx(p, jurisdiction.LawGDPR), req); f.Status != StatusSatisfied {
		t.Errorf("generic source answered by a named one: %s, want satisfied", f.Status)
	}
}

// TestNotApplicableOnlyWhenConditional checks that only a requirement marked
// Conditional is ever found not applicable, on the minimal policies and the
// fixtures' golden reports alike.
func TestNotApplicableOnlyWhenConditional(t *testing.T) {
	check := func(where string, f Finding) {
		if f.Status != StatusNotApplicable {
			return
		}
		if req, ok := jurisdiction.RequirementByID(f.ID); ok && !req.Conditional {
			t.Errorf("%s: %s is not conditional but was found not applicable (%s)", where, f.ID, f.Message)
		}
	}
	for _, req := range jurisdiction.Requirements() {
		pr := pairs[pairOf(req.ID)]
		for _, mut := range []func(*policy.Policy){none, pr.sat, pr.fail} {
			p := base()
			mut(p)
			check("pair "+pairOf(req.ID), evaluate(newCtx(p, req.Law), req))
		}
	}
	for _, id := range []string{"blausen-medical-2019", "donkey-republic-2024", "instacart-2026", "mayo-clinic-2021", "mayo-clinic-2024", "vodafone-ie-2026"} {
		b, err := os.ReadFile(filepath.Join("testdata", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var rep Report
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			check(id, f)
		}
	}
}
