package policy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/jurisdiction"
)

// ruleFaults checks what field tags cannot say: conditional requirements, tagged
// unions and the GDPR rules that tie fields together.
//
// Every check looks statements up through maps built once (ruleIndex), so the
// time is linear in the size of the document whatever its shape.
func ruleFaults(p *Policy) Faults {
	var fs Faults
	x := newRuleIndex(p)
	for i := range p.Purposes {
		pu := &p.Purposes[i]
		var uses []use
		var one [1]use
		for j := range pu.LegalBases {
			lb := &pu.LegalBases[j]
			if uses == nil {
				one[0] = x.purposeUse(*pu)
				uses = one[:]
			}
			lp := func() string { return "/purposes/" + strconv.Itoa(i) + "/legal_bases/" + strconv.Itoa(j) }
			fs = append(fs, basisFaults(x, lb, lp, uses)...)
			if len(lb.Purposes) > 0 {
				fs = append(fs, Fault{Path: lp() + "/purposes", Code: FaultMisplaced,
					Message: "a legal basis inside a purpose applies to that purpose; list purposes only in the top-level legal_bases"})
			}
		}
	}
	for i := range p.LegalBases {
		lb := &p.LegalBases[i]
		var uses []use
		if len(lb.Purposes) == 0 {
			uses = []use{{data: collectedData(p)}}
		} else {
			// The basis covers each named purpose where that purpose applies.
			named := make(map[string]bool, len(lb.Purposes))
			for _, id := range lb.Purposes {
				named[id] = true
			}
			var at []int
			for id := range named {
				at = x.purposes.appendTo(at, id)
			}
			slices.Sort(at) // document order
			for _, k := range at {
				uses = append(uses, x.purposeUse(p.Purposes[k]))
			}
		}
		fs = append(fs, basisFaults(x, lb, func() string { return "/legal_bases/" + strconv.Itoa(i) }, uses)...)
	}
	for i := range p.Retention {
		r := &p.Retention[i]
		for j := range r.Periods {
			fs = append(fs, unionFaults(&r.Periods[j], func() string { return "/retention/" + strconv.Itoa(i) + "/periods/" + strconv.Itoa(j) })...)
		}
		for j := range r.Exceptions {
			fs = append(fs, unionFaults(&r.Exceptions[j].Period, func() string { return "/retention/" + strconv.Itoa(i) + "/exceptions/" + strconv.Itoa(j) + "/period" })...)
		}
	}
	for i := range p.Trackers {
		if t := &p.Trackers[i]; t.Lifespan != nil {
			fs = append(fs, unionFaults(t.Lifespan, func() string { return "/trackers/" + strconv.Itoa(i) + "/lifespan" })...)
		}
	}
	for i := range p.Choices {
		c := &p.Choices[i]
		for j := range c.Mechanisms {
			fs = append(fs, unionFaults(&c.Mechanisms[j], func() string { return "/choices/" + strconv.Itoa(i) + "/mechanisms/" + strconv.Itoa(j) })...)
		}
	}
	for i := range p.Rights {
		r := &p.Rights[i]
		for j := range r.Channels {
			fs = append(fs, unionFaults(&r.Channels[j], func() string { return "/rights/" + strconv.Itoa(i) + "/channels/" + strconv.Itoa(j) })...)
		}
		if r.Agents != nil {
			for j := range r.Agents.Channels {
				fs = append(fs, unionFaults(&r.Agents.Channels[j], func() string { return "/rights/" + strconv.Itoa(i) + "/agents/channels/" + strconv.Itoa(j) })...)
			}
		}
	}
	for i, r := range p.Recipients {
		if r.Via != "" && r.Via == r.ID {
			fs = append(fs, Fault{Path: "/recipients/" + strconv.Itoa(i) + "/via", Code: FaultSelfReference,
				Message: fmt.Sprintf("recipient %s is reached via itself; via names the recipient through which it receives data", quote(r.ID))})
		}
	}
	fs = append(fs, exclusiveFaults(p)...)
	fs = append(fs, extensionFaults(p)...)
	if strings.Contains(p.Language, "_") && check.Validator().Var(p.Language, "bcp47_language_tag") == nil {
		fs = append(fs, Fault{Path: "/language", Code: FaultInvalidFormat,
			Message: fmt.Sprintf("language %s separates subtags with '_': BCP 47 uses '-' (\"en-US\")", quote(p.Language))})
	}
	for i, t := range p.Transfers {
		fs = append(fs, notStatedAlone(t.Safeguards, SafeguardNotStated, func() string { return "/transfers/" + strconv.Itoa(i) + "/safeguards" })...)
	}
	if p.Children != nil {
		for i, a := range p.Children.AgeLimits {
			if r := a.ParentalConsent; r != nil && a.MinimumAge > 0 && (r.From > r.To || r.To >= a.MinimumAge) {
				fs = append(fs, Fault{Path: "/children/age_limits/" + strconv.Itoa(i) + "/parental_consent", Code: FaultAgeRange,
					Message: fmt.Sprintf("parental-consent ages %d to %d must be an ascending range below the minimum age %d", r.From, r.To, a.MinimumAge)})
			}
		}
	}
	for i, l := range p.Laws {
		base := "/laws/" + strconv.Itoa(i)
		if l.Law == "" && len(l.Jurisdictions) == 0 {
			fs = append(fs, Fault{Path: base, Code: FaultRequired, Message: "a law statement names a law or the jurisdictions whose law it means"})
		}
		if l.Status == LawExempt && l.Reason == "" {
			fs = append(fs, Fault{Path: base + "/reason", Code: FaultUnionRequired, Message: "an exemption states its reason"})
		}
	}
	return fs
}

// use is data a legal basis covers, with the jurisdictions of the statement
// that uses it (none: everywhere the basis itself says).
type use struct {
	data  []category.Data
	scope []jurisdiction.Code
}

// ruleIndex maps IDs to the positions of the statements that carry them, and
// extension codes to their parents, so that rules never search a list.
type ruleIndex struct {
	p           *Policy
	collections idIndex // collection ID -> indexes in p.Collection
	purposes    idIndex // purpose ID -> indexes in p.Purposes
	parents     map[string]string
	special     map[category.Data]bool // resolved data code -> special category
	buf         []int                  // dataOf's positions, reused
}

// idIndex maps IDs to the positions of the statements of one list that carry
// them: the first in a map, the others chained, so that the index costs one
// map entry per ID and no slice per ID.
type idIndex struct {
	first map[string]int
	next  []int // next[i]: the next position with the ID at position i, or -1
}

func newIDIndex(n int) idIndex {
	return idIndex{first: make(map[string]int, n), next: make([]int, n)}
}

// add records that position i carries id; positions come in ascending order.
func (x idIndex) add(id string, i int) {
	x.next[i] = -1
	if f, ok := x.first[id]; ok {
		x.next[i], x.next[f] = x.next[f], i // after the first: order is restored by sorting
		return
	}
	x.first[id] = i
}

// appendTo appends the positions that carry id to at.
func (x idIndex) appendTo(at []int, id string) []int {
	f, ok := x.first[id]
	if !ok {
		return at
	}
	for i := f; i >= 0; i = x.next[i] {
		at = append(at, i)
	}
	return at
}

func newRuleIndex(p *Policy) *ruleIndex {
	x := &ruleIndex{p: p, collections: newIDIndex(len(p.Collection)), purposes: newIDIndex(len(p.Purposes)),
		parents: map[string]string{}, special: map[category.Data]bool{}}
	for i, c := range p.Collection {
		x.collections.add(c.ID, i)
	}
	for i, pu := range p.Purposes {
		x.purposes.add(pu.ID, i)
	}
	for _, e := range p.Extensions {
		key := e.List + " " + e.Code
		if _, ok := x.parents[key]; !ok { // the first definition wins, as Standard has it
			x.parents[key] = e.Parent
		}
	}
	return x
}

// isSpecial reports whether d, resolved through the document's extensions as
// [Policy.Resolve] does, is a special category.
func (x *ruleIndex) isSpecial(d category.Data) bool {
	if sp, ok := x.special[d]; ok {
		return sp
	}
	code, seen := string(d), map[string]bool{}
	for strings.HasPrefix(code, vocab.ExtensionPrefix) && !seen[code] {
		seen[code] = true
		parent := x.parents["data "+code]
		if parent == "" {
			break
		}
		code = parent
	}
	sp := category.Data(code).Special()
	x.special[d] = sp
	return sp
}

// purposeUse is the data of a purpose, named directly or through its collection
// statements, with the jurisdictions the purpose is limited to.
func (x *ruleIndex) purposeUse(pu Purpose) use {
	u := use{data: pu.Data}
	if len(pu.Collections) > 0 {
		u.data = slices.Concat(pu.Data, x.dataOf(pu.Collections))
	}
	if pu.AppliesTo != nil {
		u.scope = pu.AppliesTo.Jurisdictions
	}
	return u
}

// dataOf is the data of the named collection statements, each named once, in
// document order. It reuses one buffer of positions, and a purpose that names
// no collection costs nothing.
func (x *ruleIndex) dataOf(ids []string) []category.Data {
	if len(ids) == 0 {
		return nil
	}
	at := x.buf[:0]
	for _, id := range ids {
		at = x.collections.appendTo(at, id)
	}
	slices.Sort(at)
	at = slices.Compact(at) // a collection named twice counts once
	var out []category.Data
	for _, i := range at {
		out = append(out, x.p.Collection[i].Data...)
	}
	x.buf = at
	return out
}

// basisFaults checks one legal basis, at the JSON Pointer path gives, and the
// uses it covers.
func basisFaults(x *ruleIndex, lb *LegalBasis, path func() string, uses []use) Faults {
	fs := unionFaults(lb, path)
	fs = append(fs, notStatedAlone(lb.SpecialConditions, Art9NotStated, func() string { return path() + "/special_conditions" })...)
	if len(lb.SpecialConditions) > 0 {
		return fs
	}
	for _, u := range uses {
		if !underGDPR(*lb, u.scope) {
			continue
		}
		if i := slices.IndexFunc(u.data, x.isSpecial); i >= 0 {
			return append(fs, Fault{Path: path() + "/special_conditions", Code: FaultMissingSpecialCondition,
				Message: fmt.Sprintf("the basis is relied on under the GDPR for special-category data (%s): name the Art. 9(2) condition, or \"not-stated\" if the policy names none", quote(string(u.data[i])))})
		}
	}
	return fs
}

// gdprLands are where the GDPR or the UK GDPR is in force.
var gdprLands = []jurisdiction.Code{jurisdiction.EEA, jurisdiction.UnitedKingdom}

// underGDPR reports whether a basis is relied on under the GDPR or the UK GDPR:
// it names one of them or a law under them, or a jurisdiction where one is in
// force.
func underGDPR(lb LegalBasis, scope []jurisdiction.Code) bool {
	for _, l := range lb.Laws {
		// A law that amends or implements the GDPR or the UK GDPR (its Parent) counts too.
		for _, x := range append([]jurisdiction.Law{l}, l.Ancestors()...) {
			if x == jurisdiction.LawGDPR || x == jurisdiction.LawUKGDPR {
				return true
			}
		}
	}
	for _, j := range slices.Concat(lb.Jurisdictions, scope) {
		for _, g := range gdprLands {
			if j.Overlaps(g) {
				return true
			}
		}
	}
	return false
}

// notStatedAlone reports a list that says "not stated" beside stated values.
func notStatedAlone[C comparable](list []C, notStated C, path func() string) Faults {
	if len(list) > 1 && slices.Contains(list, notStated) {
		return Faults{{Path: path(), Code: FaultContradiction, Message: fmt.Sprintf("%v cannot stand beside other values", notStated)}}
	}
	return nil
}

// collectedData is every category of data the policy's collection statements
// name, leaving out negated ones.
func collectedData(p *Policy) []category.Data {
	var out []category.Data
	for _, c := range p.Collection {
		if !c.Not {
			out = append(out, c.Data...)
		}
	}
	return out
}

// dataOf is the data of the named collection statements, for the queries; the
// rules use ruleIndex.dataOf.
func dataOf(p *Policy, ids []string) []category.Data {
	var out []category.Data
	for _, c := range p.Collection {
		if slices.Contains(ids, c.ID) {
			out = append(out, c.Data...)
		}
	}
	return out
}

// exclusiveFaults reports links of data declared "only for" some purposes
// (Collection.OnlyFor) to any other purpose: a purpose, a recipient or a
// decision that uses the collection for a purpose outside the list.
func exclusiveFaults(p *Policy) Faults {
	only := map[string][]string{}
	allowedFor := map[string]bool{} // collection ID + NUL + purpose ID
	for _, c := range p.Collection {
		if len(c.OnlyFor) > 0 {
			only[c.ID] = c.OnlyFor
			for _, pid := range c.OnlyFor {
				allowedFor[c.ID+"\x00"+pid] = true
			}
		}
	}
	if len(only) == 0 {
		return nil
	}
	var fs Faults
	for i, pu := range p.Purposes {
		if pu.Not {
			continue
		}
		for j, id := range pu.Collections {
			if allowed, ok := only[id]; ok && !allowedFor[id+"\x00"+pu.ID] {
				fs = append(fs, Fault{Path: "/purposes/" + strconv.Itoa(i) + "/collections/" + strconv.Itoa(j), Code: FaultExclusiveUse,
					Message: fmt.Sprintf("collection %s is used only for %s, not for purpose %s", quote(id), quoteList(allowed), quote(pu.ID))})
			}
		}
	}
	linked := func(section string, i int, not bool, colls, purposes []string) {
		if not {
			return
		}
		for j, id := range colls {
			allowed, ok := only[id]
			if !ok {
				continue
			}
			for _, pid := range purposes {
				if !allowedFor[id+"\x00"+pid] {
					fs = append(fs, Fault{Path: "/" + section + "/" + strconv.Itoa(i) + "/collections/" + strconv.Itoa(j), Code: FaultExclusiveUse,
						Message: fmt.Sprintf("collection %s is used only for %s, but this statement links it to purpose %s", quote(id), quoteList(allowed), quote(pid))})
					break
				}
			}
		}
	}
	for i, r := range p.Recipients {
		linked("recipients", i, r.Not, r.Collections, r.Purposes)
	}
	for i, d := range p.Decisions {
		linked("decisions", i, d.Not, d.Collections, d.Purposes)
	}
	return fs
}

// extensionFaults checks the document's definitions of its own codes: each
// defines a well-formed "x-" code of a known list once, and narrows a code the
// list defines.
func extensionFaults(p *Policy) Faults {
	var fs Faults
	seen := map[string]bool{}
	for i, e := range p.Extensions {
		base := "/extensions/" + strconv.Itoa(i)
		l, ok := CodeListByKey(e.List)
		if !ok {
			fs = append(fs, Fault{Path: base + "/list", Code: FaultUnknownCode,
				Message: fmt.Sprintf("%s is not a code list; use one of the keys `privacy codes` prints (\"data\", \"purpose\", \"law\", ...)", quote(e.List))})
			continue
		}
		if !l.Open || !vocab.IsExtension(e.Code) {
			fs = append(fs, Fault{Path: base + "/code", Code: FaultInvalidFormat,
				Message: fmt.Sprintf("%s cannot be defined: a document defines only \"x-\" codes of open lists", quote(e.Code))})
		}
		key := e.List + " " + e.Code
		if seen[key] {
			fs = append(fs, Fault{Path: base + "/code", Code: FaultDuplicateID,
				Message: fmt.Sprintf("%s %s is defined twice", l.Name, quote(e.Code))})
		}
		seen[key] = true
		if e.Parent != "" {
			if _, ok := l.Lookup(e.Parent); !ok {
				fs = append(fs, Fault{Path: base + "/parent", Code: FaultUnknownCode,
					Message: fmt.Sprintf("%s is not a known %s%s", quote(e.Parent), l.Name, nearest(e.Parent, l))})
			}
		}
		if e.List != "law" && (len(e.Jurisdictions) > 0 || e.Citation != "") {
			fs = append(fs, Fault{Path: base + "/jurisdictions", Code: FaultMisplaced,
				Message: "jurisdictions and citation belong to law codes only"})
		}
	}
	return fs
}
