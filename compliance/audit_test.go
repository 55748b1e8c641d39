package compliance

import (
	"strings"
	"testing"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// statusOf evaluates one requirement on a policy built from base by mut, and
// returns the finding.
func statusOf(t *testing.T, id string, mut func(p *policy.Policy)) Finding {
	t.Helper()
	req, ok := jurisdiction.RequirementByID(id)
	if !ok {
		t.Fatalf("no requirement %s", id)
	}
	p := base()
	mut(p)
	return evaluate(newCtx(p, req.Law), req)
}

// auditCase is one fix made after the independent audits: a small policy
// and the status the requirement must get on it, with words the message
// must contain.
type auditCase struct {
	name, req string
	mut       func(p *policy.Policy)
	want      Status
	says      string
}

func runAuditCases(t *testing.T, cases []auditCase) {
	t.Helper()
	for _, tc := range cases {
		f := statusOf(t, tc.req, tc.mut)
		if f.Status != tc.want || !strings.Contains(f.Message, tc.says) {
			t.Errorf("%s: %s %s at %s (%q), want %s saying %q", tc.name, tc.req, f.Status, f.Pointer, f.Message, tc.want, tc.says)
		}
	}
}

func gpc(r policy.Response) policy.Signal {
	return policy.Signal{Statement: st("gpc"), Signal: policy.SignalGlobalPrivacyControl, Response: r}
}

// TestSignals: §7011(e)(3) asks how an opt-out preference signal is
// processed; "we honour GPC" does not say, and a refusal of "other similar
// signals" beside it muddies it.
func TestSignals(t *testing.T) {
	dnt := policy.Signal{Statement: policy.Statement{ID: "dnt", Quote: "We do not respond to DNT or other similar signals."}, Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored}
	plainDNT := policy.Signal{Statement: policy.Statement{ID: "dnt", Quote: "We do not respond to DNT."}, Signal: policy.SignalDoNotTrack, Response: policy.ResponseNotHonored}
	runAuditCases(t, []auditCase{
		{"honoured", "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseHonored)} }, StatusPartial, "not how it is processed"},
		{"honoured beside similar signals refused", "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseHonored), dnt} }, StatusPartial, "/signals/1 says"},
		{"honoured beside plain DNT", "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseHonored), plainDNT} }, StatusPartial, "offline)"},
		{"not honoured", "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseNotHonored)} }, StatusSatisfied, "not-honored"},
		{"unclear", "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseUnclear)} }, StatusPartial, "without saying"},
		{"signal channel", "ccpa-7011-e-3-signals", func(p *policy.Policy) {
			grant(p, policy.RightsStatement{Channels: []rights.Channel{{Kind: rights.ChannelOptOutSignal}}}, rights.RightOptOutSale)
		}, StatusPartial, "does not say how"},
	})
	// The plain DNT statement must not be read as refusing similar signals.
	f := statusOf(t, "ccpa-7011-e-3-signals", func(p *policy.Policy) { p.Signals = []policy.Signal{gpc(policy.ResponseHonored), plainDNT} })
	if strings.Contains(f.Message, "similar") {
		t.Errorf("plain DNT read as refusing similar signals: %s", f.Message)
	}
}

// TestLimitSensitive: a limit on the use of sensitive personal information as
// a class, citing the CCPA, makes the right to limit not due even when its
// examples leave out a sensitive category collected.
func TestLimitSensitive(t *testing.T) {
	limit := func(cite bool) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			purpose(p, "provide")
			collect(p, "messages", category.DataMessageContent)
			collect(p, "spi", category.DataPreciseLocation)
			p.Collection[1].OnlyFor = []string{"provide"}
			if cite {
				p.Collection[1].Citations = []policy.Citation{{Law: jurisdiction.LawCCPA}}
			}
		}
	}
	if !category.DataMessageContent.SensitiveIn(string(jurisdiction.LawCCPA)) {
		t.Skip("communication.messages is no longer CCPA-sensitive; the case needs another category")
	}
	runAuditCases(t, []auditCase{
		{"class limit citing the CCPA", "ccpa-7011-e-2-limit", limit(true), StatusNotApplicable, "taken to cover"},
		{"limit of some categories", "ccpa-7011-e-2-limit", limit(false), StatusPartial, "does not name"},
		{"mixed limit citing the CCPA", "ccpa-7011-e-2-limit", func(p *policy.Policy) {
			limit(true)(p)
			p.Collection[1].Data = append(p.Collection[1].Data, category.DataEmail)
		}, StatusPartial, "does not name"},
	})
}

// TestBusinessPurposeRecipients: §7011(e)(1)(I) asks for the recipients of
// each category; one statement of all data to all kinds does not map them.
func TestBusinessPurposeRecipients(t *testing.T) {
	lumped := func(p *policy.Policy) {
		recipient(p, policy.Recipient{Statement: st("all"), BusinessPurpose: yes(), Types: []category.Recipient{category.RecipientServiceProvider, category.RecipientBusinessPartner}, Data: []category.Data{category.DataEmail, category.DataPreciseLocation}})
	}
	runAuditCases(t, []auditCase{
		{"lumped", "ccpa-7011-e-1-i", lumped, StatusPartial, "without saying which categories each kind receives"},
		{"lumped, each kind mapped elsewhere", "ccpa-7011-e-1-i", func(p *policy.Policy) {
			lumped(p)
			recipient(p, policy.Recipient{Statement: st("sp"), BusinessPurpose: yes(), Types: []category.Recipient{category.RecipientServiceProvider}, Data: []category.Data{category.DataEmail}})
			recipient(p, policy.Recipient{Statement: st("bp"), BusinessPurpose: yes(), Types: []category.Recipient{category.RecipientBusinessPartner}, Data: []category.Data{category.DataPreciseLocation}})
		}, StatusSatisfied, "names the data"},
		{"one kind, several categories", "ccpa-7011-e-1-i", func(p *policy.Policy) {
			recipient(p, policy.Recipient{Statement: st("sp"), BusinessPurpose: yes(), Types: []category.Recipient{category.RecipientServiceProvider}, Data: []category.Data{category.DataEmail, category.DataPreciseLocation}})
		}, StatusSatisfied, "names the data"},
	})
}

// TestAutomatedDecisions: Art. 13(2)(f) asks for the logic and the
// consequences; automated processing with no effect is no Art. 22 decision.
func TestAutomatedDecisions(t *testing.T) {
	dec := func(logic string, effects ...policy.DecisionEffect) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Decisions = []policy.Decision{{Statement: st("d"), Automated: true, Logic: logic, Effects: effects}}
		}
	}
	runAuditCases(t, []auditCase{
		{"no effect", "gdpr-13-2-f", dec("", policy.EffectNone), StatusNotApplicable, "no decision based solely"},
		{"effect, no logic", "gdpr-13-2-f", dec("", policy.EffectSignificant), StatusPartial, "logic involved"},
		{"logic, no effect", "gdpr-13-2-f", dec("a credit score"), StatusPartial, "consequences"},
		{"logic and effect", "gdpr-13-2-f", dec("a credit score", policy.EffectLegal), StatusSatisfied, "logic and consequences"},
		{"no effect beside a decision without logic", "gdpr-13-2-f", func(p *policy.Policy) {
			dec("", policy.EffectNone)(p)
			p.Decisions = append(p.Decisions, policy.Decision{Statement: st("credit"), Automated: true, Effects: []policy.DecisionEffect{policy.EffectLegal}})
		}, StatusPartial, "logic involved"},
	})
}

// TestRetentionCatchAll: "as long as needed" for all data covers nothing in
// particular; a rule scoped to collections covers only those.
func TestRetentionCatchAll(t *testing.T) {
	asNeeded := []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled}, {Kind: policy.PeriodLegalRequirement}}
	runAuditCases(t, []auditCase{
		{"only a catch-all", "gdpr-13-2-a", func(p *policy.Policy) {
			collect(p, "c", category.DataEmail)
			p.Retention = []policy.Retention{{Statement: st("k"), Periods: asNeeded}}
		}, StatusPartial, "only the general rule /retention/0"},
		{"only a catch-all, nothing collected", "gdpr-13-2-a", func(p *policy.Policy) {
			p.Retention = []policy.Retention{{Statement: st("k"), Data: []category.Data{category.DataPersonal}, Periods: asNeeded}}
		}, StatusPartial, "only a general rule"},
		{"catch-all with a ceiling", "gdpr-13-2-a", func(p *policy.Policy) {
			collect(p, "c", category.DataEmail)
			p.Retention = []policy.Retention{{Statement: st("k"), Data: []category.Data{category.DataPersonal}, Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P4Y"}}}}
		}, StatusSatisfied, "for all data"},
		{"catch-all beside specific rules for everything", "gdpr-13-2-a", func(p *policy.Policy) {
			collect(p, "c", category.DataEmail)
			p.Retention = []policy.Retention{{Statement: st("k"), Periods: asNeeded},
				{Statement: st("mail"), Data: []category.Data{category.DataEmail}, Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P1Y"}}}}
		}, StatusSatisfied, "cover the data collected"},
		{"collection-scoped rule covers only its collection", "gdpr-13-2-a", func(p *policy.Policy) {
			collect(p, "navigation", category.DataIPAddress)
			collect(p, "device", category.DataIPAddress)
			p.Retention = []policy.Retention{{Statement: st("k"), Collections: []string{"navigation"}, Periods: []policy.Period{{Kind: policy.PeriodUntilEvent, Event: policy.EventPurposeFulfilled}}}}
		}, StatusPartial, "1 of 2 collection statements have no retention rule for any of their data (first: device)"},
	})
}

// TestTransfers: Art. 13(1)(f) asks for the means to obtain a copy of the
// safeguards, and a controller outside the area that discloses data makes
// transfers.
func TestTransfers(t *testing.T) {
	transfer := func(sg policy.Safeguard) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Transfers = []policy.Transfer{{Statement: st("t"), To: []jurisdiction.Code{"US"}, Safeguards: []policy.Safeguard{sg}}}
		}
	}
	abroad := func(country string) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Controllers[0].Address = &contact.Address{Lines: []string{"1 Main St"}, Locality: "X", Country: country}
			recipient(p, policy.Recipient{Types: []category.Recipient{category.RecipientHostingProvider}})
		}
	}
	runAuditCases(t, []auditCase{
		{"clauses, no copy", "gdpr-13-1-f", transfer(policy.SafeguardStandardContractualClauses), StatusPartial, "how to obtain a copy"},
		{"clauses and a copy", "gdpr-13-1-f", func(p *policy.Policy) {
			transfer(policy.SafeguardStandardContractualClauses)(p)
			grant(p, policy.RightsStatement{Channels: email(p)}, rights.RightSafeguardsCopy)
		}, StatusSatisfied, "how to obtain a copy"},
		{"adequacy", "gdpr-13-1-f", transfer(policy.SafeguardAdequacyDecision), StatusSatisfied, "no copy is due"},
		{"controller abroad with recipients", "gdpr-13-1-f", abroad("US"), StatusPartial, "established in US"},
		{"controller inside with recipients", "gdpr-13-1-f", abroad("DK"), StatusNotApplicable, "no transfer"},
	})
}

// TestObjectionToMarketing: Art. 21(3) makes an objection to direct marketing
// absolute.
func TestObjectionToMarketing(t *testing.T) {
	all := []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightObjection, rights.RightPortability}
	objection := func(purposes ...string) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Purposes = append(p.Purposes, policy.Purpose{Statement: st("ads"), Kind: category.PurposeDirectMarketing})
			grant(p, policy.RightsStatement{Limits: []policy.Limit{{Kind: policy.LimitLegalException, Description: "unless compelling legitimate grounds", Purposes: purposes}}}, all...)
		}
	}
	runAuditCases(t, []auditCase{
		{"limited for direct marketing", "gdpr-13-2-b", objection("ads"), StatusPartial, "Art. 21(3)"},
		{"limited, not for marketing", "gdpr-13-2-b", objection(), StatusSatisfied, "states the rights"},
		{"limited for marketing, rights lacking", "gdpr-13-2-b", func(p *policy.Policy) {
			objection("ads")(p)
			p.Rights[0].Rights = []rights.Right{rights.RightAccess, rights.RightObjection}
		}, StatusPartial, "Art. 21(3)"},
	})
}

// TestAuditMessages covers the other fixes: bases stated for some purposes
// beside a general one, data from others of no category, the controller's
// establishment read from its contact points, consent withdrawal by a choice,
// an effective date given as the date last updated.
func TestAuditMessages(t *testing.T) {
	runAuditCases(t, []auditCase{
		{"bases for some purposes beside a general basis", "gdpr-13-1-c", func(p *policy.Policy) {
			purpose(p, "a", policy.BasisContract)
			purpose(p, "b")
			p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent}}
		}, StatusPartial, "1 of 2 purposes state a legal basis"},
		{"only a general basis", "gdpr-13-1-c", func(p *policy.Policy) {
			purpose(p, "b")
			p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent}}
		}, StatusPartial, "without tying them to purposes"},
		{"data from others of no category", "gdpr-14-1-d", func(p *policy.Policy) { collect(p, "c", category.DataPersonal, category.SourceThirdParty) }, StatusPartial, "no category"},
		{"data from others named", "gdpr-14-1-d", func(p *policy.Policy) { collect(p, "c", category.DataEmail, category.SourceThirdParty) }, StatusSatisfied, "categories"},
		{"controller established by its contact point", "gdpr-13-1-a", func(p *policy.Policy) {
			p.Contacts = []contact.Point{{ID: "office", Addresses: []contact.Address{{Lines: []string{"200 First St"}, Locality: "Rochester", Country: "US"}}}}
			p.Controllers[0].Contacts = []string{"office"}
		}, StatusPartial, "established in US"},
		{"controller's contact points in two countries", "gdpr-13-1-a", func(p *policy.Policy) {
			p.Contacts = []contact.Point{{ID: "office", Addresses: []contact.Address{{Lines: []string{"1"}, Locality: "A", Country: "US"}, {Lines: []string{"2"}, Locality: "B", Country: "IE"}}}}
			p.Controllers[0].Contacts = []string{"office"}
		}, StatusSatisfied, "contact details"},
		{"withdrawal by unsubscribing", "gdpr-13-2-c", func(p *policy.Policy) {
			purpose(p, "news", policy.BasisConsent)
			p.Choices = []policy.Choice{{Statement: st("unsub"), Kind: policy.ChoiceUnsubscribe, Purposes: []string{"news"}}}
		}, StatusPartial, "without affecting the lawfulness of earlier processing"},
		{"date last updated", "caloppa-22575-b-4", func(p *policy.Policy) { p.Updated = "2024-04-19" }, StatusSatisfied, "2024-04-19"},
	})
}

// TestIncompleteRules: the channel and Art. 9(2) rules report partial
// findings, which do not fail a report, and the Art. 9(2) rule reports one
// omission however many bases show it.
func TestIncompleteRules(t *testing.T) {
	p := base()
	p.Laws = []policy.LawStatement{{Statement: st("gdpr"), Law: jurisdiction.LawGDPR, Status: policy.LawApplies}}
	p.Contacts = []contact.Point{{ID: "hidden", Name: "an address the page hides"}}
	grant(p, policy.RightsStatement{Channels: []rights.Channel{{Kind: rights.ChannelEmail, Contact: "hidden"}, {Kind: rights.ChannelEmail, Contact: "undefined"}}}, rights.RightAccess)
	notStated := []policy.SpecialCondition{policy.Art9NotStated}
	p.LegalBases = []policy.LegalBasis{{Basis: policy.BasisConsent, SpecialConditions: notStated}, {Basis: policy.BasisContract, SpecialConditions: notStated}}
	rep, err := Check(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, f := range rep.Findings {
		if f.ID != RuleChannelNowhere && f.ID != RuleSpecialNoCondition {
			continue
		}
		count[f.ID]++
		if f.Status != StatusPartial || !strings.Contains(f.Message, "not") {
			t.Errorf("%s: %s %q, want partial", f.ID, f.Status, f.Message)
		}
		if f.ID == RuleChannelNowhere && !strings.Contains(f.Message, "incomplete, not a contradiction") {
			t.Errorf("%s: message %q does not say it is an incompleteness", f.ID, f.Message)
		}
	}
	if count[RuleChannelNowhere] != 2 || count[RuleSpecialNoCondition] != 1 {
		t.Errorf("findings %v, want 2 channel findings and 1 Art. 9(2) finding", count)
	}
	for _, f := range rep.Findings {
		if f.Status == StatusMissing || f.Status == StatusContradiction {
			return // Failed is then true for other reasons
		}
	}
	if rep.Failed() {
		t.Error("partial rule findings failed the report")
	}
}

// TestNarrowedRights: erasure or restriction only for data processed
// unlawfully is narrower than Art. 17 and 18.
func TestNarrowedRights(t *testing.T) {
	all := []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightObjection, rights.RightPortability}
	unlawful := []policy.Limit{{Kind: policy.LimitUnlawfulOnly, Description: "data processed in breach of the law"}}
	runAuditCases(t, []auditCase{
		{"erasure only if unlawful", "gdpr-13-2-b", func(p *policy.Policy) {
			grant(p, policy.RightsStatement{}, rights.RightAccess, rights.RightRectification, rights.RightObjection, rights.RightPortability)
			grant(p, policy.RightsStatement{Limits: unlawful}, rights.RightErasure, rights.RightRestriction)
		}, StatusPartial, "states erasure, restriction only for data processed unlawfully"},
		{"erasure also without the limit", "gdpr-13-2-b", func(p *policy.Policy) {
			grant(p, policy.RightsStatement{}, all...)
			grant(p, policy.RightsStatement{Limits: unlawful}, rights.RightErasure)
		}, StatusSatisfied, "states the rights"},
	})
}

// TestDefinedPersonalData: a glossary that defines "Personal Data" by the
// statements it stands for makes the term name categories (Art. 14(1)(d)).
func TestDefinedPersonalData(t *testing.T) {
	runAuditCases(t, []auditCase{
		{"defined term", "gdpr-14-1-d", func(p *policy.Policy) {
			collect(p, "mail", category.DataEmail)
			collect(p, "c", category.DataPersonal, category.SourceThirdParty)
			p.Glossary = []policy.DefinedTerm{{Term: "Personal Data", Definition: "your name and e-mail address", Refers: []string{"mail"}}}
		}, StatusSatisfied, "categories"},
		{"term defined without statements", "gdpr-14-1-d", func(p *policy.Policy) {
			collect(p, "c", category.DataPersonal, category.SourceThirdParty)
			p.Glossary = []policy.DefinedTerm{{Term: "Personal Data", Definition: "data about you"}}
		}, StatusPartial, "no category"},
	})
}

// TestObjectionNotice: Art. 21(4) for legitimate interests and direct
// marketing; objection to direct marketing has no condition.
func TestObjectionNotice(t *testing.T) {
	marketing := func(p *policy.Policy) {
		p.Purposes = append(p.Purposes, policy.Purpose{Statement: st("news"), Kind: category.PurposeNewsletter, LegalBases: []policy.LegalBasis{{Basis: policy.BasisConsent}}})
	}
	grounds := []policy.Limit{{Kind: policy.LimitLegitimateGrounds, Description: "for legitimate reasons"}}
	runAuditCases(t, []auditCase{
		{"no interests, no marketing", "gdpr-21-4", func(p *policy.Policy) { purpose(p, "p", policy.BasisContract) }, StatusNotApplicable, "relies on no"},
		{"marketing, objection only on grounds", "gdpr-21-4", func(p *policy.Policy) {
			marketing(p)
			grant(p, policy.RightsStatement{Limits: grounds}, rights.RightObjection)
		}, StatusPartial, "without conditions (Art. 21(2))"},
		{"marketing, objection without conditions", "gdpr-21-4", func(p *policy.Policy) {
			marketing(p)
			grant(p, policy.RightsStatement{Limits: grounds}, rights.RightObjection)
			grant(p, policy.RightsStatement{}, rights.RightObjection)
		}, StatusSatisfied, "explicitly"},
		{"by reference only", "gdpr-21-4", func(p *policy.Policy) {
			purpose(p, "p", policy.BasisLegitimateInterests)
			grant(p, policy.RightsStatement{NonExhaustive: true, Laws: []jurisdiction.Law{jurisdiction.LawGDPR}}, rights.RightAccess)
		}, StatusPartial, "only through the law's rights"},
	})
}

// TestSince: a provision newer than the policy is not applied to it.
func TestSince(t *testing.T) {
	transfer := func(updated string) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Updated = updated
			p.Transfers = []policy.Transfer{{Statement: st("t"), Safeguards: []policy.Safeguard{policy.SafeguardAppropriateSafeguards}}}
		}
	}
	runAuditCases(t, []auditCase{
		{"dated before the revised FADP", "ch-fadp-19-4", transfer("2021-03-04"), StatusNotApplicable, "before the provision took effect (2023-09-01)"},
		{"dated after", "ch-fadp-19-4", transfer("2024-04-19"), StatusPartial, "names no destination"},
		{"undated", "ch-fadp-19-4", transfer(""), StatusPartial, "names no destination"},
	})
}
