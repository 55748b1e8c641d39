package export

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// A Warning is something an export could not say from the policy: a code with
// no counterpart in the target, a code the crosswalk does not know, a question
// the policy does not answer. Every code an export meets and cannot map is
// reported as one, with the JSON Pointer of where the policy states it.
type Warning struct {
	// Code is stable: "unmapped" (no crosswalk entry), "no-counterpart"
	// (reviewed: the target has no such code), "no-purpose" (data with no
	// purpose the target knows), "not-stated" (the policy does not answer a
	// question the target asks), "limited" (a collection's only_for keeps a
	// statement that names the data from applying to it), "conflict" (two
	// statements disagree; the export took the one it names in the message).
	Code string `json:"code"`
	// Pointer locates the statement in the policy ("/collection/2/data/0").
	Pointer string `json:"pointer,omitempty"`
	// Value is the code or question concerned.
	Value string `json:"value,omitempty"`
	// Message says it in a sentence.
	Message string `json:"message"`
}

// use is one statement of collected data: a data code where the policy says it
// is collected (a collection statement or a tracker), with what the policy
// links to it.
type use struct {
	data       category.Data
	ptr        string
	purposes   []int // indexes into p.Purposes
	recipients []int // indexes into p.Recipients
	// explicit marks the purposes and recipients that name this data or its
	// collection (not merely every data, by naming none).
	explicit    map[string]bool
	requirement policy.Requirement
	tracker     int // index into p.Trackers, or -1
	// limited marks data an only_for binds: the limiting collection's own use
	// carries its purposes.
	limited bool
}

// uses lists the data the policy says it collects, in document order.
//
// The linking rules, as the package doc ("Reading the policy") states them: a purpose applies to data
// when it names the collection or an overlapping data code, or when it names
// neither (the policy does not restrict it); a collection's only_for binds the
// data it names wherever the policy collects it; a statement limited to some
// services or people (applies_to) reaches only collections it can concern. A
// recipient receives data on the same rules (withheld_data excepted). A tracker
// collects its data for its own purposes, and the recipient it names receives
// them. Links the rules remove from a statement that names the data are
// reported as warnings.
func uses(p *policy.Policy, w *warnings) []use {
	lims := onlyForLimits(p)
	var out []use
	reached := map[string]bool{} // scoped statements that reached some data
	for i, c := range p.Collection {
		if c.Not {
			continue
		}
		for j, d := range c.Data {
			u := use{data: d, ptr: fmt.Sprintf("/collection/%d/data/%d", i, j), requirement: c.Requirement, tracker: -1, explicit: map[string]bool{}}
			applicable := limitsOn(p, lims, d)
			u.limited = len(applicable) > 0
			for k, pu := range p.Purposes {
				if pu.Not {
					continue
				}
				spt := fmt.Sprintf("/purposes/%d", k)
				byID := slices.Contains(pu.Collections, c.ID)
				named := byID || overlaps(p, d, pu.Data)
				unscoped := len(pu.Collections) == 0 && len(pu.Data) == 0
				if !named && !unscoped {
					continue
				}
				if !byID && !scopeFits(pu.AppliesTo, c.AppliesTo, unscoped) {
					continue
				}
				if l, ok := blockedPurpose(applicable, pu.ID); ok {
					if named {
						limitedWarning(w, spt, l)
					}
					continue
				}
				reached[spt] = true
				u.purposes = append(u.purposes, k)
				if named {
					u.explicit[spt] = true
				}
			}
			for k, r := range p.Recipients {
				if r.Not || withheld(p, d, r.WithheldData) {
					continue
				}
				spt := fmt.Sprintf("/recipients/%d", k)
				byID := slices.Contains(r.Collections, c.ID)
				named := byID || overlaps(p, d, r.Data)
				unscoped := len(r.Collections) == 0 && len(r.Data) == 0
				if !named && !unscoped {
					continue
				}
				if !byID && !scopeFits(r.AppliesTo, c.AppliesTo, unscoped) {
					continue
				}
				if l, ok := blockedRecipient(applicable, r, named); ok {
					if named {
						limitedWarning(w, spt, l)
					}
					continue
				}
				reached[spt] = true
				u.recipients = append(u.recipients, k)
				if named {
					u.explicit[spt] = true
				}
			}
			out = append(out, u)
		}
	}
	for i, t := range p.Trackers {
		if t.Not {
			continue
		}
		for j, d := range t.Data {
			u := use{data: d, ptr: fmt.Sprintf("/trackers/%d/data/%d", i, j), tracker: i, explicit: map[string]bool{}}
			applicable := limitsOn(p, lims, d)
			u.limited = len(applicable) > 0
			if t.Class == category.TrackerClass("strictly-necessary") {
				u.requirement = policy.Requirement("required")
			}
			for _, id := range t.Purposes {
				k := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == id && !x.Not })
				if k < 0 {
					continue
				}
				if l, ok := blockedPurpose(applicable, id); ok {
					limitedWarning(w, fmt.Sprintf("/trackers/%d/purposes", i), l)
					continue
				}
				u.purposes = append(u.purposes, k)
				u.explicit[fmt.Sprintf("/purposes/%d", k)] = true
			}
			if t.Recipient != "" {
				if k := slices.IndexFunc(p.Recipients, func(x policy.Recipient) bool { return x.ID == t.Recipient && !x.Not }); k >= 0 {
					if l, ok := blockedRecipient(applicable, p.Recipients[k], true); ok {
						limitedWarning(w, fmt.Sprintf("/trackers/%d/recipient", i), l)
					} else {
						u.recipients = append(u.recipients, k)
						u.explicit[fmt.Sprintf("/recipients/%d", k)] = true
					}
				}
			}
			out = append(out, u)
		}
	}
	// A statement limited to some services that names no data reaches only the
	// collections limited to those services; say so when there are none.
	for k, pu := range p.Purposes {
		if !pu.Not && len(pu.Collections) == 0 && len(pu.Data) == 0 && pu.AppliesTo != nil && len(pu.AppliesTo.Services) > 0 && !reached[fmt.Sprintf("/purposes/%d", k)] {
			w.add("not-stated", fmt.Sprintf("/purposes/%d", k), string(pu.Kind), "a purpose limited to some services names no data or collection, and no collection is limited to those services; it is linked to no data type: review")
		}
	}
	for k, r := range p.Recipients {
		if !r.Not && len(r.Collections) == 0 && len(r.Data) == 0 && r.AppliesTo != nil && len(r.AppliesTo.Services) > 0 && !reached[fmt.Sprintf("/recipients/%d", k)] {
			w.add("not-stated", fmt.Sprintf("/recipients/%d", k), "", "a recipient limited to some services names no data or collection, and no collection is limited to those services; it receives no data type: review")
		}
	}
	return out
}

// limitedWarning reports, once per statement and limit, that a collection's
// only_for keeps a statement that names the same data from applying to it.
func limitedWarning(w *warnings, ptr string, l limit) {
	w.add("limited", ptr, l.id, fmt.Sprintf("this statement names data that collection %q (%s) says is used only for %s; it is left out for that data: review", l.id, l.ptr, strings.Join(l.allowed, ", ")))
}

// limit is a collection's only_for: the data it names is used only for the
// allowed purposes, wherever the policy collects it.
type limit struct {
	data    category.Data
	allowed []string
	ptr     string // the collection's pointer
	id      string // the collection's ID
}

func onlyForLimits(p *policy.Policy) []limit {
	var out []limit
	for i, c := range p.Collection {
		if c.Not || len(c.OnlyFor) == 0 {
			continue
		}
		for _, d := range c.Data {
			out = append(out, limit{data: p.Resolve(d), allowed: c.OnlyFor, ptr: fmt.Sprintf("/collection/%d", i), id: c.ID})
		}
	}
	return out
}

// limitsOn returns the limits that bind d: those on d or on a broader code.
func limitsOn(p *policy.Policy, lims []limit, d category.Data) []limit {
	rd := p.Resolve(d)
	var out []limit
	for _, l := range lims {
		if rd.Within(l.data) {
			out = append(out, l)
		}
	}
	return out
}

// blockedPurpose returns the first limit that does not allow purpose id.
func blockedPurpose(lims []limit, id string) (limit, bool) {
	for _, l := range lims {
		if !slices.Contains(l.allowed, id) {
			return l, true
		}
	}
	return limit{}, false
}

// blockedRecipient returns the first limit a disclosure to r breaks: r serves
// a purpose outside the limit, or r names no purpose and does not name the
// data (it receives it only because it names no data at all).
func blockedRecipient(lims []limit, r policy.Recipient, named bool) (limit, bool) {
	for _, l := range lims {
		if len(r.Purposes) == 0 {
			if !named {
				return l, true
			}
			continue
		}
		for _, id := range r.Purposes {
			if !slices.Contains(l.allowed, id) {
				return l, true
			}
		}
	}
	return limit{}, false
}

// scopeFits reports whether a purpose or recipient with scope s can concern a
// collection with scope c. Services: a statement limited to services reaches a
// collection limited to other services never, one excluded by except_services
// never, and, when the statement names no data at all (unscoped), only a
// collection limited to one of its services. People: a statement and a
// collection limited to disjoint groups do not meet. Jurisdictions, lookback and
// where_law_provides do not restrict the link: the app discloses what any of
// its users may be subject to.
func scopeFits(s, c *policy.Scope, unscoped bool) bool {
	if s == nil {
		return true
	}
	var cs, csub []string
	if c != nil {
		cs, csub = c.Services, c.Subjects
	}
	if len(s.Services) > 0 {
		if len(cs) == 0 {
			if unscoped {
				return false
			}
		} else if !slices.ContainsFunc(cs, func(x string) bool { return slices.Contains(s.Services, x) }) {
			return false
		}
	}
	if len(s.ExceptServices) > 0 && len(cs) > 0 && !slices.ContainsFunc(cs, func(x string) bool { return !slices.Contains(s.ExceptServices, x) }) {
		return false
	}
	if len(s.Subjects) > 0 && len(csub) > 0 && !slices.ContainsFunc(csub, func(x string) bool { return slices.Contains(s.Subjects, x) }) {
		return false
	}
	return true
}

func overlaps(p *policy.Policy, d category.Data, list []category.Data) bool {
	rd := p.Resolve(d)
	return slices.ContainsFunc(list, func(x category.Data) bool {
		rx := p.Resolve(x)
		return rx.Within(rd) || rd.Within(rx)
	})
}

// withheld reports whether d falls within data a recipient is said not to get:
// a withheld code withholds its descendants, and "personal-data" (personal data
// of any kind) withholds every code but "non-personal".
func withheld(p *policy.Policy, d category.Data, list []category.Data) bool {
	rd := p.Resolve(d)
	return slices.ContainsFunc(list, func(x category.Data) bool {
		rx := p.Resolve(x)
		if rx == category.DataPersonal {
			return !rd.Within(category.DataNonPersonal)
		}
		return rd.Within(rx)
	})
}

// lookupData maps a data code (resolving x- codes) through t, adding a warning
// for an unmapped or reviewed-unmappable code.
func lookupData(p *policy.Policy, t *Table[category.Data], d category.Data, ptr string, w *warnings) []string {
	rd := p.Resolve(d)
	targets, _, ok := t.Lookup(rd)
	switch {
	case !ok:
		w.add("unmapped", ptr, string(d), fmt.Sprintf("data %q has no entry in the %s crosswalk", d, t.Name()))
	case len(targets) == 0:
		w.add("no-counterpart", ptr, string(d), fmt.Sprintf("data %q has no counterpart in %s", d, t.Name()))
	}
	return targets
}

func lookupPurpose(p *policy.Policy, t *Table[category.Purpose], k int, w *warnings) []string {
	pu := p.Purposes[k]
	rk := category.Purpose(p.Standard("purpose", string(pu.Kind)))
	targets, _, ok := t.Lookup(rk)
	ptr := fmt.Sprintf("/purposes/%d/kind", k)
	switch {
	case !ok:
		w.add("unmapped", ptr, string(pu.Kind), fmt.Sprintf("purpose %q has no entry in the %s crosswalk", pu.Kind, t.Name()))
	case len(targets) == 0:
		w.add("no-counterpart", ptr, string(pu.Kind), fmt.Sprintf("purpose %q has no counterpart in %s", pu.Kind, t.Name()))
	}
	return targets
}

// warnings collects warnings once each, in the order met.
type warnings struct {
	list []Warning
	seen map[string]bool
}

func (w *warnings) add(code, ptr, value, msg string) {
	key := code + "\x00" + ptr + "\x00" + value
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	w.list = append(w.list, Warning{Code: code, Pointer: ptr, Value: value, Message: msg})
}

func (w *warnings) sorted() []Warning {
	out := slices.Clone(w.list)
	slices.SortStableFunc(out, func(a, b Warning) int {
		if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Value, b.Value)
	})
	return out
}

// trackingPurposes are the purposes that are "tracking" in Apple's sense:
// linking data with others' data for targeted advertising or measurement, or
// sharing it with data brokers.
var trackingPurposes = []category.Purpose{
	category.PurposeTargetedAdvertising, category.PurposeCrossContextAdvertising, category.PurposeDataSale,
}

func purposeWithin(p *policy.Policy, kind, c category.Purpose) bool {
	k := category.Purpose(p.Standard("purpose", string(kind)))
	for {
		if k == c {
			return true
		}
		par, ok := purposeParent(k)
		if !ok {
			return false
		}
		k = par
	}
}

func recipientWithin(p *policy.Policy, r, c category.Recipient) bool {
	r = category.Recipient(p.Standard("recipient", string(r)))
	return r == c || slices.Contains(r.Ancestors(), c)
}

// tracks reports whether a use is tracking, and the pointer of the statement
// that makes it so. Only statements that name the data (or its collection or
// tracker) count: a tracking purpose or a sold-or-shared recipient that names
// no data is reported by trackingUnscoped instead of marking every data type.
// A negated recipient that says the data is not sold or shared (CCPA) blocks
// every source; one that says it is not sold blocks sale and data brokers. A
// blocked source is reported as a "conflict" warning.
func tracks(p *policy.Policy, u use, w *warnings) (bool, string) {
	neg, full := notSoldOrShared(p, u)
	blocked := func(src string, sale bool) bool {
		if neg < 0 || (!full && !sale) {
			return false
		}
		w.add("conflict", src, string(u.data), fmt.Sprintf("data %q would be tracking through %s, but /recipients/%d says it is not sold or shared; not marked as tracked: review", u.data, src, neg))
		return true
	}
	for _, k := range u.purposes {
		if !u.explicit[fmt.Sprintf("/purposes/%d", k)] {
			continue
		}
		for _, t := range trackingPurposes {
			if purposeWithin(p, p.Purposes[k].Kind, t) {
				src := fmt.Sprintf("/purposes/%d", k)
				if blocked(src, t == category.PurposeDataSale) {
					break
				}
				return true, src
			}
		}
	}
	for _, k := range u.recipients {
		if !u.explicit[fmt.Sprintf("/recipients/%d", k)] {
			continue
		}
		r := p.Recipients[k]
		if soldOrShared(r) {
			src := fmt.Sprintf("/recipients/%d", k)
			sale := r.Sale != nil && *r.Sale && !(r.Sharing != nil && *r.Sharing) && !(r.SoldOrShared != nil && *r.SoldOrShared)
			if !blocked(src, sale) {
				return true, src
			}
			continue
		}
		for _, ty := range r.Types {
			if recipientWithin(p, ty, category.Recipient("data-broker")) {
				src := fmt.Sprintf("/recipients/%d/types", k)
				if !blocked(src, true) {
					return true, src
				}
				break
			}
		}
	}
	if u.tracker >= 0 {
		t := p.Trackers[u.tracker]
		if t.Class == category.TrackerClass("advertising") && t.Party == policy.TrackerParty("third-party") {
			src := fmt.Sprintf("/trackers/%d", u.tracker)
			if !blocked(src, false) {
				return true, src
			}
		}
	}
	return false, ""
}

// notSoldOrShared returns the index of a negated recipient that says u's data
// is not sold or shared (-1 if none), and whether it denies sharing too (full)
// or only sale. It covers the data it names, the data of the collections it
// names and their descendants, or, naming neither, all data.
func notSoldOrShared(p *policy.Policy, u use) (int, bool) {
	rd := p.Resolve(u.data)
	found, full := -1, false
	for k, r := range p.Recipients {
		if !r.Not || !soldOrShared(r) {
			continue
		}
		covered := len(r.Collections) == 0 && len(r.Data) == 0
		names := slices.Clone(r.Data)
		for _, c := range p.Collection {
			if slices.Contains(r.Collections, c.ID) {
				names = append(names, c.Data...)
			}
		}
		if !covered {
			covered = slices.ContainsFunc(names, func(x category.Data) bool { return rd.Within(p.Resolve(x)) })
		}
		if !covered {
			continue
		}
		f := (r.Sharing != nil && *r.Sharing) || (r.SoldOrShared != nil && *r.SoldOrShared)
		if found < 0 || (f && !full) {
			found, full = k, f
		}
	}
	return found, full
}

// host returns the host name of an absolute URL, or "".
func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func sortedKeys[T any](m map[string]T, order func(string) int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := order(a) - order(b); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return out
}

func addUnique(list []string, v ...string) []string {
	for _, x := range v {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// soldOrShared reports whether the policy says a recipient buys the data or
// receives it for cross-context behavioural advertising (CCPA sale or sharing).
func soldOrShared(r policy.Recipient) bool {
	return (r.Sale != nil && *r.Sale) || (r.Sharing != nil && *r.Sharing) || (r.SoldOrShared != nil && *r.SoldOrShared)
}

// comparePointers orders JSON Pointers segment by segment, array indexes
// numerically ("/collection/7" before "/collection/20").
func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		switch {
		case errx == nil && erry == nil:
			if x != y {
				return x - y
			}
		default:
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
		}
	}
	return len(as) - len(bs)
}

// trackingUnscoped warns of each tracking purpose or sold-or-shared recipient
// that names no data: the export cannot tell which data types it tracks.
func trackingUnscoped(p *policy.Policy, w *warnings) {
	for k, pu := range p.Purposes {
		if pu.Not || len(pu.Collections) > 0 || len(pu.Data) > 0 {
			continue
		}
		for _, t := range trackingPurposes {
			if purposeWithin(p, pu.Kind, t) {
				w.add("not-stated", fmt.Sprintf("/purposes/%d", k), string(pu.Kind), "a tracking purpose names no data or collection; no data type is marked as tracked for it: review")
				break
			}
		}
	}
	for k, r := range p.Recipients {
		if !r.Not && soldOrShared(r) && len(r.Collections) == 0 && len(r.Data) == 0 {
			w.add("not-stated", fmt.Sprintf("/recipients/%d", k), "", "a recipient that buys or receives data for cross-context advertising names no data; no data type is marked as tracked for it: review")
		}
	}
}
