package compliance

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// Options choose what [Check] evaluates.
type Options struct {
	// Laws, when not empty, are the laws to check instead of those the
	// policy declares. Each must have requirements
	// ([jurisdiction.Law.Requirements]).
	Laws []jurisdiction.Law
}

// Check evaluates p against the notice requirements of the laws that apply to
// it and against the consistency rules. The error reports a requested law
// that is unknown or has no requirements encoded; the report is then empty.
// Check does not validate p: run [policy.Policy.Validate] first for faults of
// form.
func Check(p *policy.Policy, opts Options) (Report, error) {
	rep := Report{Laws: []LawResult{}, Findings: []Finding{}}
	if p == nil {
		return rep, fmt.Errorf("no policy to check")
	}
	rep.Policy = p.ID
	laws, err := applicable(p, opts)
	if err != nil {
		return rep, err
	}
	rep.Laws = laws
	for _, lr := range laws {
		if lr.Exempt {
			continue
		}
		c := newCtx(p, lr.Law)
		for _, req := range lr.Law.Requirements() {
			rep.Findings = append(rep.Findings, evaluate(c, req))
		}
	}
	rep.Findings = append(rep.Findings, ruleFindings(p, laws)...)
	return rep, nil
}

// evaluate applies one requirement.
func evaluate(c *ctx, req jurisdiction.Requirement) Finding {
	f := Finding{ID: req.ID, Law: req.Law, Citation: req.Citation()}
	if date := c.p.Updated; req.Since != "" && date != "" && date < req.Since {
		f.Status, f.Pointer, f.Message = StatusNotApplicable, "/updated", "the policy is dated "+date+", before the provision took effect ("+req.Since+"); the law in force then asked no such item"
		return f
	}
	ev, ok := evaluators[req.ID]
	if !ok {
		f.Status, f.Pointer, f.Message = StatusNotApplicable, "", "this version of the checker cannot evaluate the requirement: "+req.Statement
		return f
	}
	r := ev(c)
	f.Status, f.Pointer, f.Message = r.status, r.pointer, r.message
	return f
}

// applicable returns the laws to check, in the registry's order.
func applicable(p *policy.Policy, opts Options) ([]LawResult, error) {
	found := map[jurisdiction.Law]LawResult{}
	add := func(l jurisdiction.Law, b Basis, ptr string) {
		if _, ok := found[l]; !ok {
			def, _ := l.Definition()
			found[l] = LawResult{Law: l, Title: def.Title, Basis: b, Pointer: ptr}
		}
	}
	if len(opts.Laws) > 0 {
		for _, l := range opts.Laws {
			if !l.Known() {
				return nil, fmt.Errorf("unknown law %q", l)
			}
			if len(l.Requirements()) == 0 {
				return nil, fmt.Errorf("no notice requirements are encoded for %s", l)
			}
			add(l, BasisRequested, "")
		}
	} else {
		for i, ls := range p.Laws {
			if ls.Status != policy.LawApplies && ls.Status != policy.LawComplies {
				continue
			}
			ptr := "/laws/" + strconv.Itoa(i)
			if ls.Law != "" {
				for _, l := range append([]jurisdiction.Law{ls.Law}, ls.Law.Ancestors()...) {
					if len(l.Requirements()) > 0 {
						add(l, BasisDeclared, ptr)
						break
					}
				}
			}
			// The jurisdictions a statement names (with a law or alone) are
			// where the policy addresses people: the territorial laws in
			// force there apply too.
			for _, def := range jurisdiction.LawDefinitions() {
				l := jurisdiction.Law(def.Code)
				if len(l.Requirements()) == 0 || slices.Contains(thresholded, l) {
					continue
				}
				for _, j := range ls.Jurisdictions {
					if slices.ContainsFunc(def.Jurisdictions, func(land jurisdiction.Code) bool { return land.Contains(j) }) {
						add(l, BasisJurisdiction, ptr)
					}
				}
			}
		}
	}
	// Exemptions the policy declares win over every basis.
	for i, ls := range p.Laws {
		if ls.Status != policy.LawExempt || ls.Law == "" {
			continue
		}
		if lr, ok := found[ls.Law]; ok || len(opts.Laws) == 0 {
			if !ok {
				def, _ := ls.Law.Definition()
				lr = LawResult{Law: ls.Law, Title: def.Title, Basis: BasisDeclared}
			}
			lr.Exempt, lr.Reason, lr.Pointer = true, ls.Reason, "/laws/"+strconv.Itoa(i)
			found[ls.Law] = lr
		}
	}
	// The CCPA binds a "business", which is operated for profit
	// (Civ. Code §1798.140(d)); a nonprofit controller is outside it unless
	// the policy says the CCPA applies or the caller asks for it.
	if lr, ok := found[jurisdiction.LawCCPA]; ok && !lr.Exempt && lr.Basis == BasisJurisdiction && allNonprofit(p) {
		lr.Exempt, lr.Reason, lr.Pointer = true, "every controller is a nonprofit, and the CCPA binds businesses operated for profit (Civ. Code §1798.140(d))", "/controllers/0/nonprofit"
		found[jurisdiction.LawCCPA] = lr
	}
	var out []LawResult
	for _, def := range jurisdiction.LawDefinitions() {
		if lr, ok := found[jurisdiction.Law(def.Code)]; ok {
			out = append(out, lr)
		}
	}
	return out, nil
}

// thresholded are laws that bind only some organisations (by revenue, number
// of consumers, for-profit status or size), so a jurisdiction alone does not
// make them apply: they are checked when a law statement names them or the
// caller asks. The laws left are territorial (GDPR, UK GDPR, FADP), bind
// every commercial site (CalOPPA), or carry their own condition (COPPA's
// children under 13).
var thresholded = []jurisdiction.Law{jurisdiction.LawCCPA, jurisdiction.LawShineTheLight, jurisdiction.LawWashingtonMHMDA, jurisdiction.LawVCDPA, jurisdiction.LawColoradoPrivacyAct, jurisdiction.LawCTDPA}

func allNonprofit(p *policy.Policy) bool {
	return len(p.Controllers) > 0 && !slices.ContainsFunc(p.Controllers, func(c policy.Controller) bool { return !c.Nonprofit })
}

// ctx is a policy seen from one law.
type ctx struct {
	p     *policy.Policy
	law   jurisdiction.Law
	lands []jurisdiction.Code
}

func newCtx(p *policy.Policy, l jurisdiction.Law) *ctx {
	def, _ := l.Definition()
	return &ctx{p: p, law: l, lands: def.Jurisdictions}
}

// inScope reports whether a statement limited by s counts for the law: it is
// not limited to jurisdictions none of which overlaps the law's.
func (c *ctx) inScope(s *policy.Scope) bool {
	if s == nil || len(s.Jurisdictions) == 0 {
		return true
	}
	for _, j := range s.Jurisdictions {
		for _, land := range c.lands {
			if land.Overlaps(j) {
				return true
			}
		}
	}
	return false
}

// lawMatches reports whether a list of laws a statement names includes the
// law (or one that implements it); an empty list does.
func (c *ctx) lawMatches(laws []jurisdiction.Law) bool {
	if len(laws) == 0 {
		return true
	}
	for _, l := range laws {
		if l == c.law || slices.Contains(l.Ancestors(), c.law) {
			return true
		}
	}
	return false
}

// indexed is a statement with its position.
type indexed[T any] struct {
	i int
	v *T
}

func (c *ctx) collections(negated bool) []indexed[policy.Collection] {
	var out []indexed[policy.Collection]
	for i := range c.p.Collection {
		s := &c.p.Collection[i]
		if (negated || !s.Not) && c.inScope(s.AppliesTo) {
			out = append(out, indexed[policy.Collection]{i, s})
		}
	}
	return out
}

func (c *ctx) purposes() []indexed[policy.Purpose] {
	var out []indexed[policy.Purpose]
	for i := range c.p.Purposes {
		s := &c.p.Purposes[i]
		if !s.Not && c.inScope(s.AppliesTo) {
			out = append(out, indexed[policy.Purpose]{i, s})
		}
	}
	return out
}

func (c *ctx) recipients(negated bool) []indexed[policy.Recipient] {
	var out []indexed[policy.Recipient]
	for i := range c.p.Recipients {
		s := &c.p.Recipients[i]
		if (negated || !s.Not) && c.inScope(s.AppliesTo) {
			out = append(out, indexed[policy.Recipient]{i, s})
		}
	}
	return out
}

func (c *ctx) rightsStatements() []indexed[policy.RightsStatement] {
	var out []indexed[policy.RightsStatement]
	for i := range c.p.Rights {
		s := &c.p.Rights[i]
		if !s.Not && c.inScope(s.AppliesTo) && c.lawMatches(s.Laws) {
			out = append(out, indexed[policy.RightsStatement]{i, s})
		}
	}
	return out
}

// granted returns the rights a statement lists.
func granted(r *policy.RightsStatement) []rights.Right { return r.Rights }

// byReference returns the rights a non-exhaustive statement grants only by
// naming laws ("your rights under the GDPR, which include ..."): the laws'
// rights it does not list.
func byReference(r *policy.RightsStatement) []rights.Right {
	var rs []rights.Right
	if r.NonExhaustive {
		for _, l := range r.Laws {
			if def, ok := l.Definition(); ok {
				for _, x := range def.Rights {
					if !slices.Contains(r.Rights, x) {
						rs = append(rs, x)
					}
				}
			}
		}
	}
	return rs
}

// findRight returns the pointer of the first rights statement in scope that
// lists any of want, or "".
func (c *ctx) findRight(want ...rights.Right) string {
	return c.findIn(granted, want)
}

// findRightByReference returns the pointer of the first rights statement in
// scope that grants one of want only by reference to a law, or "".
func (c *ctx) findRightByReference(want ...rights.Right) string {
	return c.findIn(byReference, want)
}

func (c *ctx) findIn(of func(*policy.RightsStatement) []rights.Right, want []rights.Right) string {
	for _, r := range c.rightsStatements() {
		if slices.ContainsFunc(of(r.v), func(x rights.Right) bool { return slices.Contains(want, x) }) {
			return "/rights/" + strconv.Itoa(r.i)
		}
	}
	return ""
}

// findChoice returns the pointer of the first choice in scope of one of the
// kinds, or "".
func (c *ctx) findChoice(kinds ...policy.ChoiceKind) string {
	for i, ch := range c.p.Choices {
		if !ch.Not && c.inScope(ch.AppliesTo) && slices.Contains(kinds, ch.Kind) {
			return "/choices/" + strconv.Itoa(i)
		}
	}
	return ""
}

// dataOf returns the data of a statement: the categories it names and those
// of the collection statements it refers to.
func (c *ctx) dataOf(data []category.Data, collections []string) []category.Data {
	out := slices.Clone(data)
	for _, col := range c.p.Collection {
		if slices.Contains(collections, col.ID) {
			out = append(out, col.Data...)
		}
	}
	return out
}

// bases returns every legal basis in scope with its pointer and the purpose
// it belongs to (nil for the top-level list).
type basisAt struct {
	ptr     string
	b       *policy.LegalBasis
	purpose *policy.Purpose
}

func (c *ctx) bases() []basisAt {
	var out []basisAt
	for i := range c.p.Purposes {
		pu := &c.p.Purposes[i]
		if pu.Not || !c.inScope(pu.AppliesTo) {
			continue
		}
		for j := range pu.LegalBases {
			if b := &pu.LegalBases[j]; c.basisInScope(b) {
				out = append(out, basisAt{"/purposes/" + strconv.Itoa(i) + "/legal_bases/" + strconv.Itoa(j), b, pu})
			}
		}
	}
	for i := range c.p.LegalBases {
		if b := &c.p.LegalBases[i]; c.basisInScope(b) {
			out = append(out, basisAt{"/legal_bases/" + strconv.Itoa(i), b, nil})
		}
	}
	return out
}

func (c *ctx) basisInScope(b *policy.LegalBasis) bool {
	return c.lawMatches(b.Laws) && c.inScope(&policy.Scope{Jurisdictions: b.Jurisdictions})
}

// thirdPartySources are the sources that mean data was not obtained from the
// person (GDPR Art. 14, FADP Art. 19(3)).
var thirdPartySources = []category.Source{category.SourceThirdParty, category.SourcePartner, category.SourceOtherUsers, category.SourceAffiliate, category.SourcePublic}

// fromOthers returns the collection statements in scope whose data comes
// from someone other than the person.
func (c *ctx) fromOthers() []indexed[policy.Collection] {
	var out []indexed[policy.Collection]
	for _, col := range c.collections(false) {
		if len(col.v.From) > 0 || slices.ContainsFunc(col.v.Sources, func(s category.Source) bool { return slices.Contains(thirdPartySources, s) }) {
			out = append(out, col)
		}
	}
	return out
}

// sold returns the recipients in scope that the policy marks as a sale or
// sharing in the CCPA sense (not negated).
func (c *ctx) sold() []indexed[policy.Recipient] {
	var out []indexed[policy.Recipient]
	for _, r := range c.recipients(false) {
		if isTrue(r.v.Sale) || isTrue(r.v.Sharing) || isTrue(r.v.SoldOrShared) {
			out = append(out, r)
		}
	}
	return out
}

// businessPurpose returns the recipients in scope disclosed to for a business
// purpose.
func (c *ctx) businessPurpose() []indexed[policy.Recipient] {
	var out []indexed[policy.Recipient]
	for _, r := range c.recipients(false) {
		if isTrue(r.v.BusinessPurpose) {
			out = append(out, r)
		}
	}
	return out
}

func isTrue(b *bool) bool { return b != nil && *b }

// overlaps reports whether two data categories are the same or one is
// within the other.
func overlaps(a, b category.Data) bool { return covers(a, b) || covers(b, a) }

// covers reports whether data of category x includes data of category d: d
// is x or within it, or x is personal data of an unstated kind, which may be
// any.
func covers(x, d category.Data) bool { return x == category.DataPersonal || d.Within(x) }

// admitsUnder13 reports whether the children's section admits children under
// 13 (COPPA's age) and gives the pointer of the evidence.
func admitsUnder13(p *policy.Policy) (bool, string) {
	ch := p.Children
	if ch == nil {
		return false, ""
	}
	if ch.Not {
		return false, ""
	}
	for i, a := range ch.AgeLimits {
		ptr := "/children/age_limits/" + strconv.Itoa(i)
		if a.MinimumAge < 13 {
			return true, ptr + "/minimum_age"
		}
		if a.ParentalConsent != nil && a.ParentalConsent.From < 13 {
			return true, ptr + "/parental_consent"
		}
	}
	if isTrue(ch.KnowinglyCollects) {
		return true, "/children/knowingly_collects"
	}
	return false, ""
}

// subjectsOfKind returns the IDs of the policy's subjects of the kinds.
func subjectsOfKind(p *policy.Policy, kinds ...category.Subject) []string {
	var ids []string
	for _, s := range p.Subjects {
		if slices.Contains(kinds, s.Kind) {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// scopedTo reports whether a scope names one of the subject IDs.
func scopedTo(s *policy.Scope, ids []string) bool {
	return s != nil && slices.ContainsFunc(s.Subjects, func(x string) bool { return slices.Contains(ids, x) })
}
