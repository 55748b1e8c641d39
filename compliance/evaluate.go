package compliance

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// result is what an evaluator finds.
type result struct {
	status  Status
	pointer string
	message string
}

func ok(ptr, msg string) result         { return result{StatusSatisfied, ptr, msg} }
func partial(ptr, msg string) result    { return result{StatusPartial, ptr, msg} }
func missing(ptr, msg string) result    { return result{StatusMissing, ptr, msg} }
func notApplies(ptr, msg string) result { return result{StatusNotApplicable, ptr, msg} }

// evaluator evaluates one requirement against a policy seen from its law.
type evaluator func(c *ctx) result

// evaluators maps every requirement ID to how it is evaluated; a test checks
// that every requirement of package jurisdiction has one.
var evaluators = func() map[string]evaluator {
	m := map[string]evaluator{}
	for _, law := range []string{"gdpr", "uk-gdpr"} {
		for num, ev := range map[string]evaluator{
			"13-1-a": controllerAndRepresentative, "13-1-b": dpoContact, "13-1-c": purposesAndBases,
			"13-1-d": legitimateInterests, "13-1-e": anyRecipients, "13-1-f": transferSafeguards,
			"13-2-a": retention, "13-2-b": gdprRights, "13-2-c": withdrawConsent,
			"13-2-d": complaint, "13-2-e": requiredData, "13-2-f": automatedDecisions,
			"14-1-d": categoriesFromOthers, "14-2-f": sourcesOfOthers, "21-4": objectionNotice,
		} {
			m[law+"-"+num] = ev
		}
	}
	for id, ev := range map[string]evaluator{
		"ch-fadp-19-2-a": controllerIdentity, "ch-fadp-19-2-b": anyPurposes, "ch-fadp-19-2-c": anyRecipients,
		"ch-fadp-19-3": categoriesFromOthers, "ch-fadp-19-4": transferDestinations,

		"ccpa-7011-e-1-a": anyCollection, "ccpa-7011-e-1-b": sourcesStated, "ccpa-7011-e-1-c": anyPurposes,
		"ccpa-7011-e-1-d": saleStated, "ccpa-7011-e-1-e": soldData, "ccpa-7011-e-1-f": soldPurposes,
		"ccpa-7011-e-1-g": under16, "ccpa-7011-e-1-h": businessPurposeStated, "ccpa-7011-e-1-i": businessPurposeData,
		"ccpa-7011-e-1-j": businessPurposePurposes, "ccpa-7011-e-1-k": sensitiveUse,
		"ccpa-7011-e-2-know":               rightOf("the right to know", rights.RightAccess, rights.RightKnowCategories, rights.RightKnowSpecificPieces, rights.RightKnowThirdParties),
		"ccpa-7011-e-2-delete":             rightOf("the right to delete", rights.RightErasure),
		"ccpa-7011-e-2-correct":            rightOf("the right to correct", rights.RightRectification),
		"ccpa-7011-e-2-opt-out":            rightOf("the right to opt out of sale or sharing", rights.RightOptOutSale, rights.RightOptOutSharing),
		"ccpa-7011-e-2-limit":              limitRight,
		"ccpa-7011-e-2-non-discrimination": rightOf("the right not to be discriminated against", rights.RightNonDiscrimination),
		"ccpa-7011-e-3-methods":            rightChannels,
		"ccpa-7011-e-3-verification":       verification,
		"ccpa-7011-e-3-signals":            optOutSignals,
		"ccpa-7011-e-3-agents":             agents,
		"ccpa-7011-e-3-contact":            contactPoint,
		"ccpa-7011-e-4":                    lastUpdated,

		"caloppa-22575-b-1": dataAndThirdParties, "caloppa-22575-b-2": reviewProcess, "caloppa-22575-b-3": changeNotice,
		"caloppa-22575-b-4": effectiveDate, "caloppa-22575-b-5": doNotTrack, "caloppa-22575-b-6": thirdPartyTracking,

		"coppa-312-4-d-1": coppa(coppaOperator), "coppa-312-4-d-2": coppa(coppaCollection), "coppa-312-4-d-3": coppa(coppaParentRights),

		"ca-shine-the-light-1798-83-c": shineTheLight,

		"wa-mhmda-020-1-a-i": health(healthCollected), "wa-mhmda-020-1-a-ii": health(healthSources), "wa-mhmda-020-1-a-iii": health(healthShared),
		"wa-mhmda-020-1-a-iv": health(healthThirdParties), "wa-mhmda-020-1-a-v": health(rightChannels),
	} {
		m[id] = ev
	}
	for _, s := range []struct {
		prefix, sale string
		items        int
	}{{"vcdpa-578-c-", "vcdpa-578-d", 5}, {"ctdpa-520-c-", "ctdpa-520-d", 6}} {
		for i, ev := range []evaluator{anyCollection, anyPurposes, rightsWithAppeal, sharedData, thirdPartyCategories, onlineContact}[:s.items] {
			m[s.prefix+strconv.Itoa(i+1)] = ev
		}
		m[s.sale] = saleOptOut
	}
	for i, num := range []string{"i", "ii", "iii", "iv", "v"} {
		m["cpa-1308-1-a-"+num] = []evaluator{anyCollection, anyPurposes, rightsWithAppeal, sharedData, thirdPartyCategories}[i]
	}
	m["cpa-1308-1-b"] = saleOptOut
	return m
}()

func controllerIdentity(c *ctx) result {
	if len(c.p.Controllers) == 0 {
		return missing("/controllers", "name the controller and how to reach it")
	}
	for i, ct := range c.p.Controllers {
		if ct.Address != nil || len(ct.Contacts) > 0 {
			return ok("/controllers/"+strconv.Itoa(i), "names "+ct.LegalName+" with contact details")
		}
	}
	return partial("/controllers/0", "names "+c.p.Controllers[0].LegalName+" but gives no address or contact point for it")
}

// controllerAndRepresentative is GDPR Art. 13(1)(a): the controller's
// identity and contact details and, where applicable, its representative
// (Art. 27), which a controller established outside the law's area needs
// unless an exception of Art. 27(2) applies.
func controllerAndRepresentative(c *ctx) result {
	r := controllerIdentity(c)
	if r.status != StatusSatisfied {
		return r
	}
	outside, where := false, ""
	for _, ct := range c.p.Controllers {
		country := jurisdiction.Code(establishment(c.p, ct))
		if country == "" {
			return r // an unknown establishment says nothing either way
		}
		if slices.ContainsFunc(c.lands, func(l jurisdiction.Code) bool { return l.Contains(country) }) {
			return r
		}
		outside, where = true, string(country)
	}
	if !outside {
		return r
	}
	for i, rep := range c.p.Representatives {
		if !rep.Not && (len(rep.Jurisdictions) == 0 || c.inScope(&policy.Scope{Jurisdictions: rep.Jurisdictions})) {
			return ok("/representatives/"+strconv.Itoa(i), "names the controller with contact details and its representative")
		}
	}
	var lands []string
	for _, l := range c.lands {
		lands = append(lands, string(l))
	}
	return partial("/representatives", fmt.Sprintf("names the controller, established in %s and so outside %s, but no representative (Art. 27), which it needs unless an exception of Art. 27(2) applies", where, strings.Join(lands, ", ")))
}

// establishment returns the country a controller is established in as far as
// the policy shows: its own address, or else the country every address of its
// contact points is in; "" when unknown or mixed.
func establishment(p *policy.Policy, ct policy.Controller) string {
	if ct.Address != nil && ct.Address.Country != "" {
		return ct.Address.Country
	}
	country := ""
	for _, id := range ct.Contacts {
		pt := contactByID(p, id)
		if pt == nil {
			continue
		}
		for _, a := range pt.Addresses {
			switch {
			case a.Country == "":
			case country == "":
				country = a.Country
			case country != a.Country:
				return ""
			}
		}
	}
	return country
}

func dpoContact(c *ctx) result {
	for i, o := range c.p.Officers {
		if o.Role == policy.OfficerDataProtectionOfficer && !o.Not && c.inScope(o.AppliesTo) {
			return ok("/officers/"+strconv.Itoa(i), "names the data protection officer with a contact point")
		}
	}
	return notApplies("/officers", "names no data protection officer; the item applies only where one is designated (Art. 37): if there is one, add an officer with role data-protection-officer")
}

func anyPurposes(c *ctx) result {
	if ps := c.purposes(); len(ps) > 0 {
		return ok("/purposes", fmt.Sprintf("states %d purposes", len(ps)))
	}
	return missing("/purposes", "state what the data is used for")
}

func purposesAndBases(c *ctx) result {
	ps := c.purposes()
	if len(ps) == 0 {
		return missing("/purposes", "state the purposes of the processing and the legal basis of each")
	}
	general := false
	named := map[string]bool{}
	for _, b := range c.bases() {
		if b.purpose == nil {
			if len(b.b.Purposes) == 0 {
				general = true
			}
			for _, id := range b.b.Purposes {
				named[id] = true
			}
		}
	}
	var without []indexed[policy.Purpose]
	for _, pu := range ps {
		has := named[pu.v.ID] || slices.ContainsFunc(pu.v.LegalBases, func(b policy.LegalBasis) bool { return c.basisInScope(&b) })
		if !has {
			without = append(without, pu)
		}
	}
	switch {
	case len(without) == 0:
		return ok("/purposes", fmt.Sprintf("states %d purposes, each with a legal basis", len(ps)))
	case general && len(without) == len(ps):
		return partial("/legal_bases", fmt.Sprintf("states legal bases without tying them to purposes; none of %d purposes has one of its own (first: %s)", len(ps), without[0].v.ID))
	case general:
		return partial("/purposes/"+strconv.Itoa(without[0].i)+"/legal_bases", fmt.Sprintf("%d of %d purposes state a legal basis; %d have none of their own (first: %s), only a basis stated for no purpose in particular", len(ps)-len(without), len(ps), len(without), without[0].v.ID))
	case len(without) < len(ps):
		return partial("/purposes/"+strconv.Itoa(without[0].i)+"/legal_bases", fmt.Sprintf("%d of %d purposes state no legal basis (first: %s)", len(without), len(ps), without[0].v.ID))
	}
	return missing("/legal_bases", fmt.Sprintf("states %d purposes but no legal basis for any", len(ps)))
}

func legitimateInterests(c *ctx) result {
	var li []basisAt
	for _, b := range c.bases() {
		if b.b.Basis == policy.BasisLegitimateInterests {
			li = append(li, b)
		}
	}
	if len(li) == 0 {
		return notApplies("", "relies on no legitimate interests")
	}
	for _, b := range li {
		if b.b.Interest == "" {
			return partial(b.ptr+"/interest", "a basis of legitimate interests names no interest")
		}
	}
	return ok(li[0].ptr, fmt.Sprintf("names the interest of each of %d bases of legitimate interests", len(li)))
}

func anyRecipients(c *ctx) result {
	if rs := c.recipients(true); len(rs) > 0 {
		return ok("/recipients", fmt.Sprintf("states %d recipient statements", len(rs)))
	}
	return missing("/recipients", "state the recipients or categories of recipients, or that data is disclosed to no one")
}

// transfers returns the transfers in scope that leave the law's area: those
// with a safeguard other than "not-needed" (which marks a transfer inside it).
func (c *ctx) transfers() []indexed[policy.Transfer] {
	var out []indexed[policy.Transfer]
	for i := range c.p.Transfers {
		t := &c.p.Transfers[i]
		if t.Not || !c.inScope(t.AppliesTo) {
			continue
		}
		if slices.ContainsFunc(t.Safeguards, func(s policy.Safeguard) bool { return s != policy.SafeguardNotNeeded }) {
			out = append(out, indexed[policy.Transfer]{i, t})
		}
	}
	return out
}

// safeguardProblem says what a transfer lacks in its safeguards: none
// stated, or only "appropriate safeguards" without saying which; "" when it
// names one.
func safeguardProblem(t *policy.Transfer) string {
	specific := slices.ContainsFunc(t.Safeguards, func(s policy.Safeguard) bool {
		return s != policy.SafeguardNotStated && s != policy.SafeguardAppropriateSafeguards && s != policy.SafeguardNotNeeded
	})
	switch {
	case specific:
		return ""
	case slices.Contains(t.Safeguards, policy.SafeguardAppropriateSafeguards):
		return "a transfer (" + t.ID + ") promises \"appropriate safeguards\" without saying which (adequacy decision, standard contractual clauses, binding corporate rules, a derogation)"
	}
	return "a transfer (" + t.ID + ") names no adequacy decision or safeguard"
}

// needsCopy reports whether a transfer relies on a safeguard of Art. 46 or 47
// (contractual clauses, binding corporate rules, other safeguards), of which
// Art. 13(1)(f) asks the notice to say how to obtain a copy or where it is
// made available; an adequacy decision (the Data Privacy Framework is one)
// and a derogation of Art. 49 need none.
func needsCopy(t *policy.Transfer) bool {
	return slices.ContainsFunc(t.Safeguards, func(s policy.Safeguard) bool {
		return s == policy.SafeguardStandardContractualClauses || s == policy.SafeguardBindingCorporateRules || s == policy.SafeguardOther || s == policy.SafeguardAppropriateSafeguards
	})
}

func transferSafeguards(c *ctx) result {
	ts := c.transfers()
	if len(ts) == 0 {
		if where := c.outsideWithRecipients(); where != "" {
			return partial("/transfers", "states no transfer to a third country, but the controller is established in "+where+", outside the law's area, and discloses data to recipients: a disclosure by a controller subject to the law to a recipient outside its area is a transfer (EDPB Guidelines 05/2021); say whether data is transferred and on what safeguards")
		}
		return notApplies("/transfers", "states no transfer to a third country")
	}
	for _, t := range ts {
		if msg := safeguardProblem(t.v); msg != "" {
			return partial("/transfers/"+strconv.Itoa(t.i)+"/safeguards", msg+"; nor how to obtain a copy of the safeguards")
		}
	}
	copyAt := c.findRight(rights.RightSafeguardsCopy)
	for _, t := range ts {
		if needsCopy(t.v) && copyAt == "" {
			return partial("/transfers/"+strconv.Itoa(t.i)+"/safeguards", "a transfer ("+t.v.ID+") names its safeguards but not how to obtain a copy of them or where they are made available (a rights statement with the right safeguards-copy and its channel)")
		}
	}
	if copyAt != "" {
		return ok(copyAt, fmt.Sprintf("states %d transfers with their safeguards, and how to obtain a copy of them", len(ts)))
	}
	return ok("/transfers", fmt.Sprintf("states %d transfers with their safeguards (an adequacy decision or a derogation, of which no copy is due)", len(ts)))
}

// outsideWithRecipients returns the country of a controller established
// outside the law's area when the policy discloses data to recipients other
// than the controller's own staff, or "".
func (c *ctx) outsideWithRecipients() string {
	where := ""
	for _, ct := range c.p.Controllers {
		country := jurisdiction.Code(establishment(c.p, ct))
		if country == "" || slices.ContainsFunc(c.lands, func(l jurisdiction.Code) bool { return l.Contains(country) }) {
			return ""
		}
		where = string(country)
	}
	if where == "" {
		return ""
	}
	for _, r := range c.recipients(false) {
		if slices.ContainsFunc(r.v.Types, func(t category.Recipient) bool { return t != category.RecipientInternal }) {
			return where
		}
	}
	return ""
}

func transferDestinations(c *ctx) result {
	ts := c.transfers()
	if len(ts) == 0 {
		return notApplies("/transfers", "states no disclosure abroad")
	}
	for _, t := range ts {
		// A state is named in To or as the location of a recipient the
		// transfer refers to; "countries without an adequate level of
		// protection" names none.
		located := slices.ContainsFunc(c.p.Recipients, func(r policy.Recipient) bool {
			return slices.Contains(t.v.Recipients, r.ID) && len(r.Locations) > 0
		})
		if len(t.v.To) == 0 && !located {
			return partial("/transfers/"+strconv.Itoa(t.i)+"/to", "a transfer ("+t.v.ID+") names no destination state")
		}
		if msg := safeguardProblem(t.v); msg != "" {
			return partial("/transfers/"+strconv.Itoa(t.i)+"/safeguards", msg)
		}
	}
	return ok("/transfers", fmt.Sprintf("states %d transfers with destinations and safeguards", len(ts)))
}

// bounded reports whether a retention rule states a period in time (a
// duration, or that data is kept indefinitely), not only criteria: "as long
// as needed", "as the law requires", "while the account is active". The
// transparency guidelines of the Art. 29 Working Party (WP260 rev.01, endorsed
// by the EDPB) hold that one such statement for all data does not meet Art.
// 13(2)(a): periods or criteria are due per category of data or purpose.
func bounded(r *policy.Retention) bool {
	return slices.ContainsFunc(r.Periods, func(pd policy.Period) bool {
		return pd.Kind == policy.PeriodDuration || pd.Kind == policy.PeriodIndefinite
	})
}

// catchAll reports whether a retention rule covers all data: it names neither
// data nor collections, or only personal data of an unstated kind.
func (c *ctx) catchAll(r *policy.Retention) bool {
	if len(r.Collections) > 0 {
		return false
	}
	return !slices.ContainsFunc(r.Data, func(d category.Data) bool { return c.p.Resolve(d) != category.DataPersonal })
}

func retention(c *ctx) result {
	var rules []indexed[policy.Retention]
	for i := range c.p.Retention {
		if r := &c.p.Retention[i]; !r.Not && c.inScope(r.AppliesTo) {
			rules = append(rules, indexed[policy.Retention]{i, r})
		}
	}
	if len(rules) == 0 {
		return missing("/retention", "state how long data is kept, or the criteria that decide it")
	}
	// A rule scoped to collection statements covers those statements; one
	// scoped to data covers the collections of that data. A rule for all
	// data covers everything only if it gives a period a reader can apply:
	// "as long as necessary" for everything says nothing per category.
	var covered []category.Data
	coveredCols := map[string]bool{}
	generalAt := ""
	for _, r := range rules {
		if c.catchAll(r.v) {
			if bounded(r.v) {
				return ok("/retention/"+strconv.Itoa(r.i), "states a retention rule for all data")
			}
			if generalAt == "" {
				generalAt = "/retention/" + strconv.Itoa(r.i)
			}
			continue
		}
		for _, id := range r.v.Collections {
			coveredCols[id] = true
		}
		covered = append(covered, r.v.Data...)
	}
	cols := c.collections(false)
	var uncovered []indexed[policy.Collection]
	for _, col := range cols {
		if !coveredCols[col.v.ID] && !slices.ContainsFunc(col.v.Data, func(d category.Data) bool {
			return slices.ContainsFunc(covered, func(x category.Data) bool { return covers(c.p.Resolve(x), c.p.Resolve(d)) })
		}) {
			uncovered = append(uncovered, col)
		}
	}
	switch {
	case len(uncovered) == 0 && len(cols) > 0:
		return ok("/retention", fmt.Sprintf("states %d retention rules that cover the data collected", len(rules)))
	case len(uncovered) == 0 && generalAt == "":
		return ok("/retention", fmt.Sprintf("states %d retention rules", len(rules)))
	case len(uncovered) == 0:
		return partial(generalAt, "states only a general rule for all data (criteria such as \"as long as needed\" or \"as the law requires\", no period): state periods or criteria per category of data")
	case generalAt != "":
		return partial("/collection/"+strconv.Itoa(uncovered[0].i), fmt.Sprintf("%d of %d collection statements have no retention rule of their own (first: %s), only the general rule %s, which gives criteria for all data alike (\"as long as needed\", \"as the law requires\") and no period", len(uncovered), len(cols), uncovered[0].v.ID, generalAt))
	}
	return partial("/collection/"+strconv.Itoa(uncovered[0].i), fmt.Sprintf("%d of %d collection statements have no retention rule for any of their data (first: %s)", len(uncovered), len(cols), uncovered[0].v.ID))
}

func gdprRights(c *ctx) result {
	want := []rights.Right{rights.RightAccess, rights.RightRectification, rights.RightErasure, rights.RightRestriction, rights.RightObjection, rights.RightPortability}
	have, ref, whole := map[rights.Right]bool{}, map[rights.Right]bool{}, map[rights.Right]bool{}
	first := ""
	for _, r := range c.rightsStatements() {
		// A right granted only for data processed unlawfully is narrower
		// than the law's (erasure has six grounds, restriction four).
		narrowed := slices.ContainsFunc(r.v.Limits, func(l policy.Limit) bool { return l.Kind == policy.LimitUnlawfulOnly })
		for _, x := range granted(r.v) {
			if slices.Contains(want, x) {
				have[x] = true
				whole[x] = whole[x] || !narrowed
				if first == "" {
					first = "/rights/" + strconv.Itoa(r.i)
				}
			}
		}
		for _, x := range byReference(r.v) {
			ref[x] = true
		}
	}
	var lack, byRef, narrow []string
	for _, w := range want {
		switch {
		case have[w]:
			if !whole[w] {
				narrow = append(narrow, string(w))
			}
		case ref[w]:
			byRef = append(byRef, string(w))
		default:
			lack = append(lack, string(w))
		}
	}
	var also []string
	if len(narrow) > 0 {
		also = append(also, "states "+strings.Join(narrow, ", ")+" only for data processed unlawfully, which is narrower than the law")
	}
	if limitedAt, limited := c.marketingObjectionLimited(); limitedAt != "" {
		also = append(also, limited)
		if first != "" && len(lack) == 0 && len(byRef) == 0 && len(narrow) == 0 {
			first = limitedAt
		}
	}
	switch {
	case len(lack) == 0 && len(byRef) == 0 && len(also) == 0:
		return ok(first, "states the rights of access, rectification, erasure, restriction, objection and portability")
	case len(lack) == 0 && len(byRef) == 0:
		return partial(first, "names the rights of access, rectification, erasure, restriction, objection and portability, but "+strings.Join(also, "; "))
	case len(lack) < len(want):
		msg := "does not name the rights of " + strings.Join(append(slices.Clone(byRef), lack...), ", ")
		if len(byRef) > 0 {
			msg += fmt.Sprintf(" (%s only by reference to the law's rights)", strings.Join(byRef, ", "))
		}
		if len(also) > 0 {
			msg += "; " + strings.Join(also, "; ")
		}
		return partial("/rights", msg)
	}
	return missing("/rights", "state the rights of access, rectification, erasure, restriction, objection and portability")
}

// objectionNotice is Art. 21(4): where processing rests on legitimate
// interests or a public task, or serves direct marketing, the right to object
// must be brought explicitly to the person's attention. A rights statement
// that names the right is taken as that; whether it is presented "clearly and
// separately" is beyond what the model records.
func objectionNotice(c *ctx) result {
	why := ""
	for _, b := range c.bases() {
		if b.b.Basis == policy.BasisLegitimateInterests || b.b.Basis == policy.BasisPublicTask {
			why = "relies on " + string(b.b.Basis)
			break
		}
	}
	marketing := ""
	for _, pu := range c.purposes() {
		if slices.Contains(marketingPurposes, pu.v.Kind) {
			marketing = pu.v.ID
			break
		}
	}
	if why == "" && marketing != "" {
		why = "processes data for direct marketing (" + marketing + ")"
	}
	if why == "" {
		return notApplies("", "relies on no legitimate interests or public task and states no direct marketing")
	}
	var explicit []indexed[policy.RightsStatement]
	for _, r := range c.rightsStatements() {
		if slices.Contains(r.v.Rights, rights.RightObjection) {
			explicit = append(explicit, r)
		}
	}
	if len(explicit) == 0 {
		if ptr := c.findRightByReference(rights.RightObjection); ptr != "" {
			return partial(ptr, "the policy "+why+", but refers to the right to object only through the law's rights: Art. 21(4) asks that it be brought explicitly to attention")
		}
		return missing("/rights", "the policy "+why+": state the right to object explicitly, clearly and separately from other information")
	}
	if ptr, msg := c.marketingObjectionLimited(); ptr != "" {
		return partial(ptr, msg)
	}
	// Objection to direct marketing has no condition (Art. 21(2)): a policy
	// that markets and states the right only on legitimate grounds or with a
	// legal exception does not state it.
	if marketing != "" && !slices.ContainsFunc(explicit, func(r indexed[policy.RightsStatement]) bool {
		return !slices.ContainsFunc(r.v.Limits, func(l policy.Limit) bool {
			return l.Kind == policy.LimitLegitimateGrounds || l.Kind == policy.LimitLegalException
		})
	}) {
		return partial("/rights/"+strconv.Itoa(explicit[0].i)+"/limits", "states the right to object only with conditions (legitimate grounds, a legal exception), but the policy processes data for direct marketing ("+marketing+"), to which a person may object without conditions (Art. 21(2))")
	}
	return ok("/rights/"+strconv.Itoa(explicit[0].i), "states the right to object explicitly")
}

// marketingPurposes are the purpose kinds that are direct marketing in the
// sense of GDPR Art. 21(2).
var marketingPurposes = []category.Purpose{category.PurposeMarketing, category.PurposeDirectMarketing, category.PurposeNewsletter, category.PurposeAdvertising, category.PurposeTargetedAdvertising, category.PurposeCrossContextAdvertising, category.PurposeFirstPartyAdvertising}

// marketingObjectionLimited finds a right to object that the policy limits
// (legitimate grounds, a legal exception) for purposes of direct marketing,
// where Art. 21(3) makes the objection absolute; it returns the limit's
// pointer and what is wrong, or "".
func (c *ctx) marketingObjectionLimited() (string, string) {
	marketing := map[string]bool{}
	for _, pu := range c.p.Purposes {
		if slices.Contains(marketingPurposes, pu.Kind) {
			marketing[pu.ID] = true
		}
	}
	for _, r := range c.rightsStatements() {
		if !slices.Contains(r.v.Rights, rights.RightObjection) {
			continue
		}
		for j, l := range r.v.Limits {
			if l.Kind != policy.LimitLegalException && l.Kind != policy.LimitLegitimateGrounds {
				continue
			}
			if id := slices.IndexFunc(l.Purposes, func(id string) bool { return marketing[id] }); id >= 0 {
				return "/rights/" + strconv.Itoa(r.i) + "/limits/" + strconv.Itoa(j), "the right to object to direct marketing (" + l.Purposes[id] + ") is limited (" + string(l.Kind) + "), although under Art. 21(3) an objection to direct marketing is absolute"
			}
		}
	}
	return "", ""
}

func withdrawConsent(c *ctx) result {
	consent := ""
	for _, b := range c.bases() {
		if b.b.Basis == policy.BasisConsent {
			consent = b.ptr
			break
		}
	}
	if consent == "" {
		return notApplies("", "relies on no consent")
	}
	if ptr := c.findRight(rights.RightWithdrawConsent); ptr != "" {
		return ok(ptr, "states the right to withdraw consent")
	}

	if ptr := c.findChoice(policy.ChoiceWithdrawConsent); ptr != "" {
		return ok(ptr, "states how to withdraw consent")
	}
	// Withdrawal is not stated as such, but a choice may stop what rests on
	// consent: one that controls a consented purpose, or, where consent is
	// stated without purposes, an opt-out or unsubscribe of any kind.
	consented, general := map[string]bool{}, false
	for _, b := range c.bases() {
		if b.b.Basis == policy.BasisConsent {
			if b.purpose != nil {
				consented[b.purpose.ID] = true
			}
			for _, id := range b.b.Purposes {
				consented[id] = true
			}
			general = general || (b.purpose == nil && len(b.b.Purposes) == 0)
		}
	}
	for i, ch := range c.p.Choices {
		if ch.Not || !c.inScope(ch.AppliesTo) {
			continue
		}
		if slices.ContainsFunc(ch.Purposes, func(id string) bool { return consented[id] }) ||
			(general && slices.Contains([]policy.ChoiceKind{policy.ChoiceOptOut, policy.ChoiceUnsubscribe, policy.ChoiceCookieControl}, ch.Kind)) {
			return partial("/choices/"+strconv.Itoa(i), "lets people stop processing that rests on consent ("+ch.ID+"), but states no right to withdraw consent as such: say that consent can be withdrawn at any time, for every purpose that rests on it, without affecting the lawfulness of earlier processing")
		}
	}
	return missing("/rights", "relies on consent ("+consent+") but does not say it can be withdrawn at any time")
}

func complaint(c *ctx) result {
	if ptr := c.findRight(rights.RightComplaint); ptr != "" {
		return ok(ptr, "states the right to lodge a complaint with a supervisory authority")
	}

	return missing("/rights", "state the right to lodge a complaint with a supervisory authority")
}

func requiredData(c *ctx) result {
	for _, col := range c.collections(false) {
		if r := col.v.Requirement; r != "" && r != policy.RequirementNotStated {
			return ok("/collection/"+strconv.Itoa(col.i)+"/requirement", "says whether data must be provided")
		}
	}
	return missing("/collection", "say whether providing the data is a statutory or contractual requirement, whether it must be provided, and what follows if it is not")
}

// automatedDecisions is Art. 13(2)(f): a decision based solely on automated
// processing (Art. 22(1)) calls for meaningful information about the logic
// involved and about its significance and envisaged consequences. An
// automated process the policy says has no effect on the person (effects
// "none") is no such decision.
func automatedDecisions(c *ctx) result {
	var neg string
	for i, d := range c.p.Decisions {
		if !c.inScope(d.AppliesTo) {
			continue
		}
		ptr := "/decisions/" + strconv.Itoa(i)
		if d.Not {
			neg = ptr
			continue
		}
		if !d.Automated || noEffect(d) {
			continue
		}
		switch {
		case d.Logic == "" && len(d.Effects) == 0:
			return partial(ptr, "states automated decision-making without the logic involved or its consequences")
		case d.Logic == "":
			return partial(ptr+"/logic", "states automated decision-making and its consequences, but gives no meaningful information about the logic involved")
		case len(d.Effects) == 0:
			return partial(ptr+"/effects", "states automated decision-making and its logic, but not its significance and envisaged consequences")
		}
		return ok(ptr, "states automated decision-making with its logic and consequences")
	}
	if neg != "" {
		return ok(neg, "states that no decision based solely on automated processing, with legal or similarly significant effects, is made")
	}
	for i, d := range c.p.Decisions {
		if !d.Not && (d.Profiling || d.Automated) && c.inScope(d.AppliesTo) {
			return notApplies("/decisions/"+strconv.Itoa(i), "states profiling or automated processing but no decision based solely on it with legal or similarly significant effects (Art. 22(1))")
		}
	}
	return notApplies("/decisions", "states no automated decision-making")
}

// noEffect reports whether a decision's only stated effect is "none".
func noEffect(d policy.Decision) bool {
	return len(d.Effects) > 0 && !slices.ContainsFunc(d.Effects, func(e policy.DecisionEffect) bool { return e != policy.EffectNone })
}

func categoriesFromOthers(c *ctx) result {
	if cs := c.fromOthers(); len(cs) > 0 {
		// "Information we receive from third parties" names no category,
		// unless the policy defines its term for personal data by the
		// collection statements it stands for.
		for _, col := range cs {
			if !c.personalDefined() && !slices.ContainsFunc(col.v.Data, func(d category.Data) bool { return c.p.Resolve(d) != category.DataPersonal }) {
				return partial("/collection/"+strconv.Itoa(col.i)+"/data", "a collection from others ("+col.v.ID+") names no category of data, only personal data of an unstated kind")
			}
		}
		return ok("/collection/"+strconv.Itoa(cs[0].i), fmt.Sprintf("states the categories of data obtained from others in %d collection statements", len(cs)))
	}
	return notApplies("/collection", "names no data obtained from anyone but the person")
}

// personalDefined reports whether the policy's glossary defines its term for
// personal data ("Personal Data", "personal information") by the statements
// it stands for, so that the term names categories.
func (c *ctx) personalDefined() bool {
	return slices.ContainsFunc(c.p.Glossary, func(t policy.DefinedTerm) bool {
		term := strings.ToLower(t.Term)
		return len(t.Refers) > 0 && (strings.Contains(term, "personal data") || strings.Contains(term, "personal information"))
	})
}

func sourcesOfOthers(c *ctx) result {
	cs := c.fromOthers()
	if len(cs) == 0 {
		return notApplies("/collection", "names no data obtained from anyone but the person")
	}
	// "Third parties" alone says no more than that the data is not the
	// person's own: a source is named by kind (partners, affiliates, public
	// sources, other users) or by name.
	named := func(col *policy.Collection) bool {
		return len(col.From) > 0 || slices.ContainsFunc(col.Sources, func(s category.Source) bool {
			return s != category.SourceThirdParty && slices.Contains(thirdPartySources, s)
		})
	}
	var namedData []category.Data
	for _, col := range cs {
		if named(col.v) {
			namedData = append(namedData, col.v.Data...)
		}
	}
	for _, col := range cs {
		// A statement that says only "third parties" is answered by another
		// that names the sources of the same data.
		if !named(col.v) && !slices.ContainsFunc(col.v.Data, func(d category.Data) bool {
			return slices.ContainsFunc(namedData, func(x category.Data) bool { return overlaps(c.p.Resolve(d), c.p.Resolve(x)) })
		}) {
			return partial("/collection/"+strconv.Itoa(col.i)+"/sources", "a collection from others ("+col.v.ID+") names its source only as third parties")
		}
	}
	return ok("/collection/"+strconv.Itoa(cs[0].i)+"/sources", "names the sources of data obtained from others")
}

func anyCollection(c *ctx) result {
	if cs := c.collections(false); len(cs) > 0 {
		return ok("/collection", fmt.Sprintf("states %d collection statements", len(cs)))
	}
	return missing("/collection", "state the categories of personal data collected")
}

func sourcesStated(c *ctx) result {
	cs := c.collections(false)
	var without []indexed[policy.Collection]
	var sourced []category.Data
	for _, col := range cs {
		if len(col.v.Sources) > 0 || len(col.v.From) > 0 {
			sourced = append(sourced, col.v.Data...)
		}
	}
	for _, col := range cs {
		if len(col.v.Sources) > 0 || len(col.v.From) > 0 {
			continue
		}
		// A statement that names no source is answered by others that name
		// the sources of all its data (a limit on use beside the table of
		// sources).
		if !slices.ContainsFunc(col.v.Data, func(d category.Data) bool {
			return !slices.ContainsFunc(sourced, func(x category.Data) bool { return covers(c.p.Resolve(x), c.p.Resolve(d)) })
		}) {
			continue
		}
		without = append(without, col)
	}
	switch {
	case len(cs) == 0:
		return missing("/collection", "state the categories of personal data collected and their sources")
	case len(without) == 0:
		return ok("/collection", "names the sources of every collection statement")
	case len(without) < len(cs):
		return partial("/collection/"+strconv.Itoa(without[0].i)+"/sources", fmt.Sprintf("%d of %d collection statements name no source (first: %s)", len(without), len(cs), without[0].v.ID))
	}
	return missing("/collection/0/sources", "name the categories of sources of the data collected")
}

func saleStated(c *ctx) result {
	for _, r := range c.recipients(true) {
		if r.v.Sale != nil || r.v.Sharing != nil || r.v.SoldOrShared != nil {
			return ok("/recipients/"+strconv.Itoa(r.i), "says which data is or is not sold or shared")
		}
	}
	return missing("/recipients", "say which categories are sold or shared, or that none are (a recipient with sale, sharing or sold_or_shared set, negated for none)")
}

// withData checks that every recipient of rs names the data it receives.
//
// The laws ask for categories of data per category of recipient, so a
// recipient that names no data is answered by another of the same kind that
// does (Google Analytics beside "analytics providers ... collect device,
// location, browser and activity information").
func withData(c *ctx, rs []indexed[policy.Recipient], what string) result {
	var typed []category.Recipient
	for _, r := range rs {
		if len(c.dataOf(r.v.Data, r.v.Collections)) > 0 {
			typed = append(typed, r.v.Types...)
		}
	}
	for _, r := range rs {
		if len(c.dataOf(r.v.Data, r.v.Collections)) == 0 && !slices.ContainsFunc(r.v.Types, func(t category.Recipient) bool { return slices.Contains(typed, t) }) {
			return partial("/recipients/"+strconv.Itoa(r.i)+"/data", fmt.Sprintf("a disclosure %s (%s) names no category of data", what, r.v.ID))
		}
	}
	return ok("/recipients/"+strconv.Itoa(rs[0].i), fmt.Sprintf("names the data and the kind of recipient of %d disclosures %s", len(rs), what))
}

// withPurposes checks that the recipients of rs state why they receive data.
func withPurposes(rs []indexed[policy.Recipient], what string) result {
	var without []indexed[policy.Recipient]
	for _, r := range rs {
		if len(r.v.Purposes) == 0 && len(r.v.RecipientPurposes) == 0 {
			without = append(without, r)
		}
	}
	switch {
	case len(without) == 0:
		return ok("/recipients/"+strconv.Itoa(rs[0].i)+"/purposes", "states the purposes of disclosures "+what)
	case len(without) < len(rs):
		return partial("/recipients/"+strconv.Itoa(without[0].i)+"/purposes", fmt.Sprintf("%d of %d disclosures %s state no purpose (first: %s)", len(without), len(rs), what, without[0].v.ID))
	}
	return missing("/recipients/"+strconv.Itoa(rs[0].i)+"/purposes", "state the purpose of disclosures "+what)
}

func soldData(c *ctx) result {
	if rs := c.sold(); len(rs) > 0 {
		return withData(c, rs, "sold or shared")
	}
	return notApplies("", "marks no disclosure as a sale or sharing")
}

func soldPurposes(c *ctx) result {
	if rs := c.sold(); len(rs) > 0 {
		return withPurposes(rs, "sold or shared")
	}
	return notApplies("", "marks no disclosure as a sale or sharing")
}

func under16(c *ctx) result {
	kids := subjectsOfKind(c.p, category.SubjectChild)
	for _, r := range c.recipients(true) {
		if (r.v.Sale != nil || r.v.Sharing != nil || r.v.SoldOrShared != nil) && scopedTo(r.v.AppliesTo, kids) {
			return ok("/recipients/"+strconv.Itoa(r.i), "says whether data of children is sold or shared")
		}
	}
	if ch := c.p.Children; ch != nil {
		min := 0
		for _, a := range ch.AgeLimits {
			if min == 0 || a.MinimumAge < min {
				min = a.MinimumAge
			}
		}
		if (ch.KnowinglyCollects != nil && !*ch.KnowinglyCollects) || min >= 16 {
			return partial("/children", "says the services are not for children, but not whether the business has actual knowledge that it sells or shares the personal information of consumers under 16")
		}
	}
	return missing("/children", "say whether the business has actual knowledge that it sells or shares the personal information of consumers under 16")
}

func businessPurposeStated(c *ctx) result {
	for _, r := range c.recipients(true) {
		if r.v.BusinessPurpose != nil {
			return ok("/recipients/"+strconv.Itoa(r.i), "says which data is disclosed for a business purpose")
		}
	}
	return missing("/recipients", "say which categories are disclosed for a business purpose, or that none are (a recipient with business_purpose set)")
}

// businessPurposeData is §7011(e)(1)(I): for each category of personal
// information disclosed for a business purpose, the categories of recipients.
// A statement that discloses several categories to several kinds of
// recipient at once ("some or all categories to our vendors, partners and
// contractors") does not say which category goes to which kind, unless
// other statements name the data each of those kinds receives.
func businessPurposeData(c *ctx) result {
	if rs := c.businessPurpose(); len(rs) > 0 {
		r := withData(c, rs, "for a business purpose")
		if r.status != StatusSatisfied {
			return r
		}
		mapped := map[category.Recipient]bool{}
		for _, x := range rs {
			if len(x.v.Types) == 1 && len(c.dataOf(x.v.Data, x.v.Collections)) > 0 {
				mapped[x.v.Types[0]] = true
			}
		}
		for _, x := range rs {
			if len(x.v.Types) < 2 || len(x.v.Data)+len(x.v.Collections) < 2 {
				continue
			}
			if slices.ContainsFunc(x.v.Types, func(t category.Recipient) bool { return !mapped[t] }) {
				return partial("/recipients/"+strconv.Itoa(x.i), fmt.Sprintf("a disclosure for a business purpose (%s) names %d kinds of recipient and %d categories of data together, without saying which categories each kind receives", x.v.ID, len(x.v.Types), len(x.v.Data)+len(x.v.Collections)))
			}
		}
		return r
	}
	return notApplies("", "marks no disclosure for a business purpose")
}

func businessPurposePurposes(c *ctx) result {
	if rs := c.businessPurpose(); len(rs) > 0 {
		return withPurposes(rs, "for a business purpose")
	}
	return notApplies("", "marks no disclosure for a business purpose")
}

// sensitive returns the collections in scope of CCPA sensitive personal
// information, and whether each of them is limited by only_for.
func (c *ctx) sensitive() (cols []indexed[policy.Collection], unlimited []category.Data) {
	var spi, limited []category.Data
	for _, col := range c.collections(false) {
		for _, d := range col.v.Data {
			if c.p.Resolve(d).SensitiveIn(string(c.law)) {
				spi = append(spi, c.p.Resolve(d))
			}
		}
		if len(spi) > 0 && (len(cols) == 0 || cols[len(cols)-1].i != col.i) && slices.ContainsFunc(col.v.Data, func(d category.Data) bool { return c.p.Resolve(d).SensitiveIn(string(c.law)) }) {
			cols = append(cols, col)
		}
		if len(col.v.OnlyFor) > 0 {
			for _, d := range col.v.Data {
				limited = append(limited, c.p.Resolve(d))
			}
		}
	}
	// The categories of sensitive data collected that no statement limiting
	// use ("we only use sensitive personal information to ...") covers.
	for _, d := range spi {
		if !slices.ContainsFunc(limited, func(x category.Data) bool { return covers(x, d) }) && !slices.Contains(unlimited, d) {
			unlimited = append(unlimited, d)
		}
	}
	slices.Sort(unlimited)
	return cols, unlimited
}

// limitedAt returns the pointer of the first only_for collection of
// sensitive data, or "".
func (c *ctx) limitedAt() string {
	for _, col := range c.collections(false) {
		if len(col.v.OnlyFor) > 0 && slices.ContainsFunc(col.v.Data, func(d category.Data) bool { return c.p.Resolve(d).SensitiveIn(string(c.law)) }) {
			return "/collection/" + strconv.Itoa(col.i) + "/only_for"
		}
	}
	return ""
}

// classLimit returns the pointer of a limit on use that speaks of sensitive
// personal information as a class: an only_for collection statement that
// cites the law and names only data sensitive under it ("we only use or
// disclose sensitive personal information as necessary to ..."), whose data
// are the policy's examples of the class; "" when there is none.
func (c *ctx) classLimit() string {
	for _, col := range c.collections(false) {
		if len(col.v.OnlyFor) == 0 || len(col.v.Data) == 0 {
			continue
		}
		cites := slices.ContainsFunc(col.v.Citations, func(ci policy.Citation) bool { return c.lawMatches([]jurisdiction.Law{ci.Law}) })
		allSensitive := !slices.ContainsFunc(col.v.Data, func(d category.Data) bool { return !c.p.Resolve(d).SensitiveIn(string(c.law)) })
		if cites && allSensitive {
			return "/collection/" + strconv.Itoa(col.i) + "/only_for"
		}
	}
	return ""
}

func sensitiveUse(c *ctx) result {
	cols, _ := c.sensitive()
	if len(cols) == 0 {
		return notApplies("", "collects no sensitive personal information")
	}
	if ptr := c.limitedAt(); ptr != "" {
		return ok(ptr, "limits the use of sensitive personal information to named purposes")
	}
	if ptr := c.findRight(rights.RightLimitSensitive); ptr != "" {
		return ok(ptr, "offers the right to limit the use of sensitive personal information")
	}
	if ptr := c.findChoice(policy.ChoiceLimitSensitive); ptr != "" {
		return ok(ptr, "offers to limit the use of sensitive personal information")
	}
	return missing("/collection/"+strconv.Itoa(cols[0].i), "collects sensitive personal information but does not say whether it is used beyond the purposes of §7027(m) (only_for on the collection, or the right to limit)")
}

func limitRight(c *ctx) result {
	cols, unlimited := c.sensitive()
	if len(cols) == 0 {
		return notApplies("", "collects no sensitive personal information")
	}
	if ptr := c.findRight(rights.RightLimitSensitive); ptr != "" {
		return ok(ptr, "states the right to limit the use and disclosure of sensitive personal information")
	}
	if ptr := c.findChoice(policy.ChoiceLimitSensitive); ptr != "" {
		return ok(ptr, "offers to limit the use and disclosure of sensitive personal information")
	}
	if ptr := c.limitedAt(); ptr != "" {
		if len(unlimited) == 0 {
			return notApplies(ptr, "uses sensitive personal information only for the purposes of §7027(m), so no right to limit is due")
		}
		if at := c.classLimit(); at != "" {
			return notApplies(at, fmt.Sprintf("says it uses sensitive personal information, as the law defines it, only for the purposes of §7027(m), so no right to limit is due; the statement lists examples that leave out %v, which the policy also collects and which the statement is taken to cover", unlimited))
		}
		return partial(ptr, fmt.Sprintf("limits the use of sensitive personal information, but the limit does not name %v, which the policy also collects", unlimited))
	}
	return missing("/rights", "collects sensitive personal information without limiting its use: state the right to limit its use and disclosure")
}

func rightOf(what string, want ...rights.Right) evaluator {
	return func(c *ctx) result {
		if ptr := c.findRight(want...); ptr != "" {
			return ok(ptr, "states "+what)
		}
		if ptr := c.findRightByReference(want...); ptr != "" {
			return partial(ptr, "refers to the rights of a law without naming "+what)
		}
		return missing("/rights", "state "+what)
	}
}

func rightChannels(c *ctx) result {
	rs := c.rightsStatements()
	if len(rs) == 0 {
		return missing("/rights", "state the rights and how to exercise them")
	}
	for _, r := range rs {
		if len(r.v.Channels) > 0 {
			return ok("/rights/"+strconv.Itoa(r.i)+"/channels", "states how to submit a request")
		}
	}
	return partial("/rights", "states rights but no channel to exercise them")
}

func verification(c *ctx) result {
	for _, r := range c.rightsStatements() {
		if r.v.Verification != nil {
			return ok("/rights/"+strconv.Itoa(r.i)+"/verification", "describes how requests are verified")
		}
	}
	return missing("/rights", "describe how the business verifies requests to know, delete and correct")
}

// optOutSignals is §7011(e)(3): how an opt-out preference signal is processed
// (whether it applies to the browser, the device, a known consumer's account,
// offline sales) and how a consumer can use one. A policy that says only that
// the signal is honoured does not say how: the model has no statement of
// that scope yet, so such a policy is partial.
func optOutSignals(c *ctx) result {
	for i, s := range c.p.Signals {
		if s.Signal != policy.SignalGlobalPrivacyControl || !c.inScope(s.AppliesTo) {
			continue
		}
		ptr := "/signals/" + strconv.Itoa(i)
		switch s.Response {
		case policy.ResponseUnclear:
			return partial(ptr, "mentions Global Privacy Control without saying how it is processed")
		case policy.ResponseHonored:
			msg := "says the Global Privacy Control signal is honoured, but not how it is processed (for the browser or device only, or also for a known consumer's account and offline)"
			if at := c.similarSignalsRefused(); at != "" {
				msg += "; and " + at + " says the policy does not respond to other signals similar to Do Not Track, which reads as taking in the signal honoured here"
			}
			return partial(ptr, msg)
		}
		return ok(ptr, "says how the Global Privacy Control signal is treated: "+string(s.Response))
	}
	for _, r := range c.rightsStatements() {
		for j, ch := range r.v.Channels {
			if ch.Kind == rights.ChannelOptOutSignal {
				return partial("/rights/"+strconv.Itoa(r.i)+"/channels/"+strconv.Itoa(j), "accepts opt-out preference signals, but does not say how they are processed (for the browser or device only, or also for a known consumer's account and offline)")
			}
		}
	}
	return missing("/signals", "say how opt-out preference signals (Global Privacy Control) are processed")
}

// similarSignalsRefused returns the pointer of a Do Not Track statement that
// is not honoured and, in the policy's words, takes in "other similar
// signals", or "". The model has no field for the reach of a signal
// statement, so the words are read.
func (c *ctx) similarSignalsRefused() string {
	for i, s := range c.p.Signals {
		if s.Signal != policy.SignalDoNotTrack || s.Response != policy.ResponseNotHonored || !c.inScope(s.AppliesTo) {
			continue
		}
		words := strings.ToLower(s.Quote + " " + s.Description)
		if strings.Contains(words, "similar signal") || strings.Contains(words, "similar mechanism") {
			return "/signals/" + strconv.Itoa(i)
		}
	}
	return ""
}

func agents(c *ctx) result {
	for _, r := range c.rightsStatements() {
		if r.v.Agents != nil {
			return ok("/rights/"+strconv.Itoa(r.i)+"/agents", "says how an authorized agent can make a request")
		}
		for j, ch := range r.v.Channels {
			if ch.Kind == rights.ChannelAuthorizedAgent {
				return ok("/rights/"+strconv.Itoa(r.i)+"/channels/"+strconv.Itoa(j), "says an authorized agent can make a request")
			}
		}
	}
	return missing("/rights", "say how an authorized agent can make a request on the consumer's behalf")
}

func contactPoint(c *ctx) result {
	for i, ct := range c.p.Controllers {
		if len(ct.Contacts) > 0 {
			return ok("/controllers/"+strconv.Itoa(i)+"/contacts", "gives contact details")
		}
	}
	if len(c.p.Contacts) > 0 {
		return ok("/contacts/0", "gives contact details")
	}
	return missing("/contacts", "say how to contact the business with questions about its privacy practices")
}

func lastUpdated(c *ctx) result {
	if c.p.Updated != "" {
		return ok("/updated", "dated "+c.p.Updated)
	}
	if c.p.Effective != "" {
		return partial("/effective", "gives an effective date but not the date last updated")
	}
	return missing("/updated", "state the date the policy was last updated")
}

func dataAndThirdParties(c *ctx) result {
	cols, rs := c.collections(false), c.recipients(true)
	switch {
	case len(cols) > 0 && len(rs) > 0:
		return ok("/collection", "states the data collected and the recipients")
	case len(cols) > 0:
		return partial("/recipients", "states the data collected but not the third parties it may be shared with")
	case len(rs) > 0:
		return partial("/collection", "states recipients but not the data collected")
	}
	return missing("/collection", "state the categories of information collected and of third parties it may be shared with")
}

func reviewProcess(c *ctx) result {
	for _, r := range c.rightsStatements() {
		if slices.ContainsFunc(granted(r.v), func(x rights.Right) bool { return x == rights.RightAccess || x == rights.RightRectification }) {
			if len(r.v.Channels) > 0 {
				return ok("/rights/"+strconv.Itoa(r.i)+"/channels", "says how to review and request changes to information")
			}
			return partial("/rights/"+strconv.Itoa(r.i), "states a right to review or change information without saying how")
		}
	}
	if ptr := c.findChoice(policy.ChoiceEditData); ptr != "" {
		return ok(ptr, "says how to review and change information")
	}
	return notApplies("/rights", "states no process for reviewing or changing information (the item applies only if the operator maintains one)")
}

func changeNotice(c *ctx) result {
	ch := c.p.Changes
	switch {
	case ch == nil:
		return missing("/changes", "say how consumers are notified of material changes to the policy")
	case len(ch.Notices) == 0:
		return partial("/changes", "mentions changes but not how they are announced")
	}
	return ok("/changes/notices", "says how changes are announced")
}

func effectiveDate(c *ctx) result {
	if c.p.Effective != "" {
		return ok("/effective", "effective "+c.p.Effective)
	}
	if c.p.Updated != "" {
		// A posted policy dated when it was last updated, with no later
		// effective date, identifies when its current text took effect.
		return ok("/updated", "dated "+c.p.Updated+" (last updated, with no other effective date)")
	}
	return missing("/effective", "state the policy's effective date")
}

func doNotTrack(c *ctx) result {
	for i, s := range c.p.Signals {
		if s.Signal == policy.SignalDoNotTrack && c.inScope(s.AppliesTo) {
			if s.Response == policy.ResponseUnclear {
				return partial("/signals/"+strconv.Itoa(i), "mentions Do Not Track without saying how the site responds")
			}
			return ok("/signals/"+strconv.Itoa(i), "says how the site responds to Do Not Track: "+string(s.Response))
		}
	}
	return missing("/signals", "say how the site responds to Do Not Track signals")
}

func thirdPartyTracking(c *ctx) result {
	for i, t := range c.p.Trackers {
		if t.Party == policy.PartyThirdParty || t.Provider != nil || t.Recipient != "" {
			return ok("/trackers/"+strconv.Itoa(i), "says other parties collect data through trackers on the site")
		}
	}
	for _, r := range c.recipients(true) {
		if r.v.CollectsDirectly {
			return ok("/recipients/"+strconv.Itoa(r.i), "says other parties collect data directly")
		}
	}
	return missing("/trackers", "say whether other parties may collect information about a consumer's online activities over time and across sites")
}

// coppa makes a COPPA evaluator apply only where the children's section
// admits children under 13.
func coppa(ev evaluator) evaluator {
	return func(c *ctx) result {
		if yes, _ := admitsUnder13(c.p); !yes {
			return notApplies("/children", "admits no children under 13")
		}
		return ev(c)
	}
}

func coppaOperator(c *ctx) result {
	if len(c.p.Controllers) == 0 {
		return missing("/controllers", "name every operator with its address, telephone number and e-mail address")
	}
	for i, ct := range c.p.Controllers {
		var email, phone bool
		for _, id := range ct.Contacts {
			if pt := contactByID(c.p, id); pt != nil {
				email = email || len(pt.Emails) > 0
				phone = phone || len(pt.Phones) > 0
			}
		}
		if ct.Address == nil || !email || !phone {
			return partial("/controllers/"+strconv.Itoa(i), "name every operator ("+ct.LegalName+") with its address, telephone number and e-mail address")
		}
	}
	return ok("/controllers", "names every operator with address, telephone and e-mail")
}

func coppaCollection(c *ctx) result {
	kids := subjectsOfKind(c.p, category.SubjectChild)
	for _, col := range c.collections(false) {
		if scopedTo(col.v.AppliesTo, kids) {
			return ok("/collection/"+strconv.Itoa(col.i), "states what is collected from children")
		}
	}
	return missing("/collection", "state what information is collected from children (a collection statement for a subject of kind child), how it is used and disclosed")
}

func coppaParentRights(c *ctx) result {
	who := subjectsOfKind(c.p, category.SubjectChild, category.SubjectParentGuardian)
	for _, r := range c.rightsStatements() {
		if scopedTo(r.v.AppliesTo, who) {
			return ok("/rights/"+strconv.Itoa(r.i), "states the parent's rights over the child's information")
		}
	}
	return missing("/rights", "state that a parent can review or have deleted the child's information and refuse further collection, and how")
}

func shineTheLight(c *ctx) result {
	for _, r := range c.rightsStatements() {
		if slices.ContainsFunc(granted(r.v), func(x rights.Right) bool {
			return x == rights.RightDirectMarketingDisclosure || x == rights.RightOptOutMarketing
		}) || slices.Contains(r.v.Laws, c.law) {
			ptr := "/rights/" + strconv.Itoa(r.i)
			if len(r.v.Channels) == 0 {
				return partial(ptr, "states the Shine the Light right without a contact for requests")
			}
			return ok(ptr+"/channels", "gives a contact for Shine the Light requests")
		}
	}
	return missing("/rights", "designate a contact for Shine the Light requests, or state that customers may opt out of disclosure for direct marketing and how")
}

// health makes an MHMDA evaluator apply only where consumer health data is
// collected.
func health(ev evaluator) evaluator {
	return func(c *ctx) result {
		if len(c.healthCollections()) == 0 {
			return notApplies("/collection", "collects no health data")
		}
		return ev(c)
	}
}

func (c *ctx) healthCollections() []indexed[policy.Collection] {
	var out []indexed[policy.Collection]
	for _, col := range c.collections(false) {
		if slices.ContainsFunc(col.v.Data, func(d category.Data) bool { return c.p.Resolve(d).Health() }) {
			out = append(out, col)
		}
	}
	return out
}

func healthCollected(c *ctx) result {
	hs := c.healthCollections()
	for _, h := range hs {
		for _, pu := range c.purposes() {
			if slices.Contains(pu.v.Collections, h.v.ID) || slices.ContainsFunc(pu.v.Data, func(d category.Data) bool {
				return slices.ContainsFunc(h.v.Data, func(x category.Data) bool { return overlaps(d, x) })
			}) {
				return ok("/collection/"+strconv.Itoa(h.i), "states the health data collected and a purpose linked to it")
			}
		}
	}
	return partial("/collection/"+strconv.Itoa(hs[0].i), "states health data collected but links no purpose to it")
}

func healthSources(c *ctx) result {
	for _, h := range c.healthCollections() {
		if len(h.v.Sources) == 0 && len(h.v.From) == 0 {
			return partial("/collection/"+strconv.Itoa(h.i)+"/sources", "a collection of health data names no source")
		}
	}
	return ok("/collection", "names the sources of health data")
}

// healthRecipients returns the recipients in scope (negated too) of health data.
func (c *ctx) healthRecipients() []indexed[policy.Recipient] {
	var out []indexed[policy.Recipient]
	for _, r := range c.recipients(true) {
		if slices.ContainsFunc(c.dataOf(r.v.Data, r.v.Collections), func(d category.Data) bool { return c.p.Resolve(d).Health() }) {
			out = append(out, r)
		}
	}
	return out
}

func healthShared(c *ctx) result {
	if rs := c.healthRecipients(); len(rs) > 0 {
		return ok("/recipients/"+strconv.Itoa(rs[0].i), "states which health data is shared, or that it is not")
	}
	return missing("/recipients", "state the categories of health data shared (recipients that name health data), or that none is")
}

func healthThirdParties(c *ctx) result {
	rs := c.healthRecipients()
	if len(rs) == 0 {
		return missing("/recipients", "list the categories of third parties and the specific affiliates health data is shared with")
	}
	for _, r := range rs {
		if slices.Contains(r.v.Types, category.RecipientAffiliate) && len(r.v.Entities) == 0 && !r.v.Not {
			return partial("/recipients/"+strconv.Itoa(r.i)+"/entities", "shares health data with affiliates without naming them")
		}
	}
	return ok("/recipients/"+strconv.Itoa(rs[0].i), "states the third parties health data is shared with")
}

func rightsWithAppeal(c *ctx) result {
	rs := c.rightsStatements()
	if len(rs) == 0 {
		return missing("/rights", "state the consumer's rights, how to exercise them and how to appeal")
	}
	if ptr := c.findRight(rights.RightAppeal); ptr != "" {
		return ok(ptr, "states how to exercise rights and to appeal")
	}
	return partial("/rights", "states rights but not how to appeal a decision on a request")
}

// thirdParty reports whether a recipient is a third party: not the
// organisation itself, and not only its processors.
func thirdParty(r *policy.Recipient) bool {
	if r.Role == policy.RoleProcessor || r.Role == policy.RoleServiceProvider {
		return false
	}
	return slices.ContainsFunc(r.Types, func(t category.Recipient) bool { return t != category.RecipientInternal })
}

func sharedData(c *ctx) result {
	var tp []indexed[policy.Recipient]
	for _, r := range c.recipients(false) {
		if thirdParty(r.v) {
			tp = append(tp, r)
		}
	}
	if len(tp) == 0 {
		return notApplies("/recipients", "states no disclosure to third parties")
	}
	return withData(c, tp, "to a third party")
}

func thirdPartyCategories(c *ctx) result {
	for _, r := range c.recipients(false) {
		if thirdParty(r.v) {
			return ok("/recipients/"+strconv.Itoa(r.i)+"/types", "names the categories of third parties")
		}
	}
	return notApplies("/recipients", "states no disclosure to third parties")
}

func onlineContact(c *ctx) result {
	for i, pt := range c.p.Contacts {
		if len(pt.Emails) > 0 || len(pt.URLs) > 0 {
			return ok("/contacts/"+strconv.Itoa(i), "gives an e-mail address or online contact")
		}
	}
	return missing("/contacts", "give an active e-mail address or other online mechanism to contact the controller")
}

func saleOptOut(c *ctx) result {
	target := ""
	if rs := c.sold(); len(rs) > 0 {
		target = "/recipients/" + strconv.Itoa(rs[0].i)
	}
	for _, pu := range c.purposes() {
		if target == "" && (pu.v.Kind == category.PurposeTargetedAdvertising || pu.v.Kind == category.PurposeCrossContextAdvertising) {
			target = "/purposes/" + strconv.Itoa(pu.i)
		}
	}
	if target == "" {
		return notApplies("", "states no sale and no processing for targeted advertising")
	}
	if ptr := c.findRight(rights.RightOptOutSale, rights.RightOptOutTargetedAdvertising); ptr != "" {
		return ok(ptr, "discloses sale or targeted advertising and how to opt out")
	}
	return missing("/rights", "sells or processes data for targeted advertising ("+target+") but states no way to opt out")
}

func contactByID(p *policy.Policy, id string) *contact.Point {
	for i := range p.Contacts {
		if p.Contacts[i].ID == id {
			return &p.Contacts[i]
		}
	}
	return nil
}
