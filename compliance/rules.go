package compliance

import (
	"errors"
	"fmt"
	"github.com/openpolicies/privacy/internal/jsonpos"
	"slices"
	"strconv"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// Rule is a consistency rule: a check of a policy against itself.
type Rule struct {
	// ID is the rule's stable ID.
	ID string
	// Law is the law whose terms the rule uses; empty for plain consistency.
	Law jurisdiction.Law
	// Citation is the provision the rule rests on, or "consistency".
	Citation string
	// Statement says in one line what the rule finds.
	Statement string
	// Status is the status of the rule's findings: [StatusContradiction] for
	// statements at odds with each other, [StatusPartial] for a rule that
	// finds something incomplete (a channel with no address, a condition
	// not named), which does not make a report fail.
	Status Status
}

// The rule IDs.
const (
	// RuleSaleContradiction is "never-sell-but-sells": a negated sale or
	// sharing beside one of the same data.
	RuleSaleContradiction = "never-sell-but-sells"
	// RuleExclusiveUse is "only-for-used-elsewhere": data "only for" some
	// purposes linked to another (the model's exclusive-use fault).
	RuleExclusiveUse = "only-for-used-elsewhere"
	// RuleRetentionUncollected is "retention-without-collection": a retention
	// rule for data no collection statement names.
	RuleRetentionUncollected = "retention-without-collection"
	// RuleSpecialNoCondition is "special-category-without-condition":
	// special-category data relied on under the GDPR with no Art. 9(2)
	// condition named; one partial finding for the policy, since it is an
	// item the notice omits (Art. 13(1)(c) read with Art. 9), not two
	// statements at odds.
	RuleSpecialNoCondition = "special-category-without-condition"
	// RuleChildrenCOPPA is "children-without-coppa-notice": children under 13
	// admitted while COPPA notice content is missing.
	RuleChildrenCOPPA = "children-without-coppa-notice"
	// RuleSaleNoOptOut is "sale-without-opt-out": a CCPA sale or sharing with
	// no opt-out offered.
	RuleSaleNoOptOut = "sale-without-opt-out"
	// RuleSaleIgnoresSignal is "sale-ignores-opt-out-signal": a CCPA sale or
	// sharing while Global Privacy Control is not honoured.
	RuleSaleIgnoresSignal = "sale-ignores-opt-out-signal"
	// RuleChannelNowhere is "channel-points-nowhere": a rights channel or
	// choice mechanism that leads to no address. The finding is partial: an
	// address the policy does not give (or that the captured text hides) is
	// an incompleteness, not a contradiction.
	RuleChannelNowhere = "channel-points-nowhere"
)

var rules = []Rule{
	{ID: RuleSaleContradiction, Citation: "consistency", Status: StatusContradiction, Statement: "A statement that data is never sold or shared beside a recipient marked as a sale or sharing of that data."},
	{ID: RuleExclusiveUse, Citation: "consistency", Status: StatusContradiction, Statement: "Data declared \"only for\" some purposes that a purpose, recipient or decision links to another purpose."},
	{ID: RuleRetentionUncollected, Citation: "consistency", Status: StatusContradiction, Statement: "A retention rule for data the policy never says it collects."},
	{ID: RuleSpecialNoCondition, Law: jurisdiction.LawGDPR, Citation: "GDPR Art. 13(1)(c), Art. 9(2)", Status: StatusPartial, Statement: "Special-category data relied on under the GDPR with no Art. 9(2) condition named."},
	{ID: RuleChildrenCOPPA, Law: jurisdiction.LawCOPPA, Citation: "COPPA Rule, 16 CFR 312.4(d)", Status: StatusContradiction, Statement: "A children's section that admits children under 13 while the COPPA notice content is missing."},
	{ID: RuleSaleNoOptOut, Law: jurisdiction.LawCCPA, Citation: "Civ. Code §1798.120, §1798.135", Status: StatusContradiction, Statement: "A CCPA business that sells or shares personal information but offers no opt-out."},
	{ID: RuleSaleIgnoresSignal, Law: jurisdiction.LawCCPA, Citation: "11 CCR §7025", Status: StatusContradiction, Statement: "A CCPA business that sells or shares personal information but does not honour opt-out preference signals."},
	{ID: RuleChannelNowhere, Citation: "consistency", Status: StatusPartial, Statement: "A rights channel or choice mechanism whose contact point gives no address of any kind, or a web channel with neither URL nor name: the policy is incomplete there (partial, not a contradiction)."},
}

// Rules returns the consistency rules in their fixed order.
func Rules() []Rule { return slices.Clone(rules) }

func ruleByID(id string) Rule {
	i := slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id })
	return rules[i]
}

// ruleFindings runs the consistency rules. A rule in a law's terms runs only
// when that law is checked and not exempt (the Art. 9(2) rule under the GDPR
// or the UK GDPR, the children's rule under COPPA, the sale rules under the
// CCPA); the others always run.
func ruleFindings(p *policy.Policy, laws []LawResult) []Finding {
	checked := func(ls ...jurisdiction.Law) bool {
		return slices.ContainsFunc(laws, func(l LawResult) bool { return slices.Contains(ls, l.Law) && !l.Exempt })
	}
	var out []Finding
	add := func(id, ptr, msg string) {
		r := ruleByID(id)
		out = append(out, Finding{ID: id, Law: r.Law, Citation: r.Citation, Status: r.Status, Pointer: ptr, Message: msg})
	}
	saleContradictions(p, add)
	exclusiveUse(p, add)
	retentionUncollected(p, add)
	if checked(jurisdiction.LawGDPR, jurisdiction.LawUKGDPR) {
		specialNoCondition(p, add)
	}
	if checked(jurisdiction.LawCOPPA) {
		childrenCOPPA(p, add)
	}
	if checked(jurisdiction.LawCCPA) {
		saleRules(p, add)
	}
	channelsNowhere(p, add)
	order := func(id string) int { return slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id }) }
	slices.SortStableFunc(out, func(a, b Finding) int {
		if d := order(a.ID) - order(b.ID); d != 0 {
			return d
		}
		return jsonpos.Compare(a.Pointer, b.Pointer)
	})
	return out
}

type addFunc func(id, ptr, msg string)

func saleContradictions(p *policy.Policy, add addFunc) {
	// "Never sold" is contradicted by a sale, "never shared" by a sharing,
	// "neither sold nor shared" by either; "sold or shared" contradicts only
	// the last, since it may be the other one.
	conflicts := func(neg, pos *policy.Recipient) bool {
		switch {
		case isTrue(neg.SoldOrShared) || (isTrue(neg.Sale) && isTrue(neg.Sharing)):
			return isTrue(pos.Sale) || isTrue(pos.Sharing) || isTrue(pos.SoldOrShared)
		case isTrue(neg.Sale):
			return isTrue(pos.Sale)
		case isTrue(neg.Sharing):
			return isTrue(pos.Sharing)
		}
		return false
	}
	data := func(r *policy.Recipient) []category.Data {
		c := ctx{p: p}
		return c.dataOf(r.Data, r.Collections)
	}
	for i := range p.Recipients {
		neg := &p.Recipients[i]
		if !neg.Not {
			continue
		}
		nd := data(neg)
		for j := range p.Recipients {
			pos := &p.Recipients[j]
			if pos.Not || !conflicts(neg, pos) {
				continue
			}
			if !scopesOverlap(neg.AppliesTo, pos.AppliesTo) {
				continue
			}
			pd := data(pos)
			// "We never sell X" is contradicted by a sale of X or of part of X;
			// a negation without data covers all data.
			hit := category.Data("")
			if len(nd) == 0 {
				hit = category.DataPersonal
				if len(pd) > 0 {
					hit = pd[0]
				}
			}
			for _, d := range pd {
				if hit == "" && slices.ContainsFunc(nd, func(x category.Data) bool { return d.Within(x) }) {
					hit = d
				}
			}
			if len(pd) == 0 && len(nd) > 0 {
				continue // the sale names no data: no contradiction can be shown
			}
			if hit != "" {
				add(RuleSaleContradiction, "/recipients/"+strconv.Itoa(j), fmt.Sprintf("%s marks a sale or sharing of %s, which %s (/recipients/%d) says is never sold or shared", pos.ID, hit, neg.ID, i))
			}
		}
	}
}

// scopesOverlap reports whether two statements can concern the same people:
// their jurisdictions (when both name some) overlap, and so do their subjects.
func scopesOverlap(a, b *policy.Scope) bool {
	if a == nil || b == nil {
		return true
	}
	if len(a.Jurisdictions) > 0 && len(b.Jurisdictions) > 0 && !slices.ContainsFunc(a.Jurisdictions, func(x jurisdiction.Code) bool {
		return slices.ContainsFunc(b.Jurisdictions, x.Overlaps)
	}) {
		return false
	}
	if len(a.Subjects) > 0 && len(b.Subjects) > 0 && !slices.ContainsFunc(a.Subjects, func(x string) bool { return slices.Contains(b.Subjects, x) }) {
		return false
	}
	return true
}

// exclusiveUse reports what validation reports as exclusive-use: the rule is
// the model's own (policy/rules.go), the finding makes it visible to a check.
func exclusiveUse(p *policy.Policy, add addFunc) {
	var fs policy.Faults
	if err := p.Validate(); !errors.As(err, &fs) {
		return
	}
	for _, f := range fs {
		if f.Code == policy.FaultExclusiveUse {
			add(RuleExclusiveUse, f.Path, f.Message)
		}
	}
}

func retentionUncollected(p *policy.Policy, add addFunc) {
	collected := p.CollectedData()
	for i, r := range p.Retention {
		if r.Not || len(r.Data) == 0 {
			continue
		}
		if !slices.ContainsFunc(r.Data, func(d category.Data) bool {
			return slices.ContainsFunc(collected, func(x category.Data) bool { return overlaps(p.Resolve(d), p.Resolve(x)) })
		}) {
			add(RuleRetentionUncollected, "/retention/"+strconv.Itoa(i)+"/data", fmt.Sprintf("retention rule %s covers %v, which no collection statement says is collected", r.ID, r.Data))
		}
	}
}

func specialNoCondition(p *policy.Policy, add addFunc) {
	var at []string
	check := func(ptr string, b policy.LegalBasis) {
		if slices.Contains(b.SpecialConditions, policy.Art9NotStated) {
			at = append(at, ptr+"/special_conditions")
		}
	}
	for i, pu := range p.Purposes {
		for j, b := range pu.LegalBases {
			check("/purposes/"+strconv.Itoa(i)+"/legal_bases/"+strconv.Itoa(j), b)
		}
	}
	for i, b := range p.LegalBases {
		check("/legal_bases/"+strconv.Itoa(i), b)
	}
	// One omission, however many bases it shows on.
	if len(at) > 0 {
		add(RuleSpecialNoCondition, at[0], fmt.Sprintf("special-category data is processed, but the policy names no Art. 9(2) condition (explicit consent, health care under Art. 9(2)(h), ...) for it (%d legal bases marked not-stated): state the condition relied on", len(at)))
	}
}

func childrenCOPPA(p *policy.Policy, add addFunc) {
	yes, ptr := admitsUnder13(p)
	if !yes {
		return
	}
	c := newCtx(p, jurisdiction.LawCOPPA)
	var lack []string
	for _, req := range jurisdiction.LawCOPPA.Requirements() {
		if f := evaluate(c, req); f.Status == StatusMissing || f.Status == StatusPartial {
			lack = append(lack, req.Provision)
		}
	}
	if len(lack) > 0 {
		add(RuleChildrenCOPPA, ptr, fmt.Sprintf("the children's section admits children under 13, but the notice lacks %v", lack))
	}
}

func saleRules(p *policy.Policy, add addFunc) {
	c := newCtx(p, jurisdiction.LawCCPA)
	sold := c.sold()
	if len(sold) == 0 {
		return
	}
	first := "/recipients/" + strconv.Itoa(sold[0].i)
	optOut := c.findRight(rights.RightOptOutSale, rights.RightOptOutSharing) != ""
	if !optOut {
		for _, ch := range p.Choices {
			if !ch.Not && c.inScope(ch.AppliesTo) && slices.ContainsFunc(ch.Recipients, func(id string) bool {
				return slices.ContainsFunc(sold, func(r indexed[policy.Recipient]) bool { return r.v.ID == id })
			}) {
				optOut = true
			}
		}
	}
	if !optOut {
		add(RuleSaleNoOptOut, first, fmt.Sprintf("%d disclosures are marked as a sale or sharing, but the policy offers no right or choice to opt out", len(sold)))
	}
	for i, s := range p.Signals {
		if s.Signal == policy.SignalGlobalPrivacyControl && s.Response == policy.ResponseNotHonored && c.inScope(s.AppliesTo) {
			add(RuleSaleIgnoresSignal, "/signals/"+strconv.Itoa(i), fmt.Sprintf("the policy sells or shares (%s) but does not honour Global Privacy Control, an opt-out preference signal the CCPA regulations require a business to process", first))
		}
	}
}

func channelsNowhere(p *policy.Policy, add addFunc) {
	checkChannel := func(ptr string, ch rights.Channel) {
		if msg := channelProblem(p, string(ch.Kind), ch.Contact, ch.URL, ch.Name); msg != "" {
			add(RuleChannelNowhere, ptr, msg)
		}
	}
	for i, r := range p.Rights {
		for j, ch := range r.Channels {
			checkChannel("/rights/"+strconv.Itoa(i)+"/channels/"+strconv.Itoa(j), ch)
		}
		if r.Agents != nil {
			for j, ch := range r.Agents.Channels {
				checkChannel("/rights/"+strconv.Itoa(i)+"/agents/channels/"+strconv.Itoa(j), ch)
			}
		}
	}
	for i, c := range p.Choices {
		for j, m := range c.Mechanisms {
			if msg := channelProblem(p, string(m.Kind), m.Contact, m.URL, "x"); msg != "" {
				add(RuleChannelNowhere, "/choices/"+strconv.Itoa(i)+"/mechanisms/"+strconv.Itoa(j), msg)
			}
		}
	}
}

// channelProblem says what is wrong with a channel or mechanism of the kind
// with the contact point ID, URL and name it gives; "" when nothing is. The
// problems are incompleteness (an address not given, or hidden in the text
// the policy was captured from), which the rule reports as partial.
func channelProblem(p *policy.Policy, kind, contactID, url, name string) string {
	if contactID != "" {
		pt := contactByID(p, contactID)
		if pt == nil {
			return "the " + kind + " channel names contact point " + contactID + ", which the policy does not define: the address is not given (incomplete, not a contradiction)"
		}
		// A contact point of another kind still leads somewhere (the postal
		// address printed on a linked form, an office reached by telephone):
		// only one with no address at all points nowhere.
		if len(pt.Emails) == 0 && len(pt.Phones) == 0 && len(pt.Addresses) == 0 && len(pt.URLs) == 0 && url == "" {
			return "the " + kind + " channel points at contact point " + contactID + ", which gives no e-mail address, telephone number, postal address or URL: the address is not given, or hidden in the text the policy was taken from (incomplete, not a contradiction)"
		}
		return ""
	}
	switch kind {
	case string(rights.ChannelWebForm), string(rights.ChannelPortal), string(rights.ChannelWebPage):
		if url == "" && name == "" {
			return "the " + kind + " channel gives neither a URL nor a name: where it leads is not given (incomplete, not a contradiction)"
		}
	}
	return ""
}
