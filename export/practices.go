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
	// question the target asks).
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
}

// uses lists the data the policy says it collects, in document order.
//
// The linking rules, as the model documents them: a purpose applies to data when
// it names the collection or an overlapping data code, or when it names neither
// (the policy does not restrict it); a collection's only_for restricts it to
// those purposes. A recipient receives data on the same rules (withheld_data
// excepted). A tracker collects its data for its own purposes, and the
// recipient it names receives them.
func uses(p *policy.Policy) []use {
	var out []use
	for i, c := range p.Collection {
		if c.Not {
			continue
		}
		for j, d := range c.Data {
			u := use{data: d, ptr: fmt.Sprintf("/collection/%d/data/%d", i, j), requirement: c.Requirement, tracker: -1, explicit: map[string]bool{}}
			for k, pu := range p.Purposes {
				if pu.Not {
					continue
				}
				if len(c.OnlyFor) > 0 && !slices.Contains(c.OnlyFor, pu.ID) {
					continue
				}
				named := slices.Contains(pu.Collections, c.ID) || overlaps(p, d, pu.Data)
				if named || (len(pu.Collections) == 0 && len(pu.Data) == 0) {
					u.purposes = append(u.purposes, k)
				}
				if named {
					u.explicit[fmt.Sprintf("/purposes/%d", k)] = true
				}
			}
			for k, r := range p.Recipients {
				if r.Not || withheld(p, d, r.WithheldData) {
					continue
				}
				named := slices.Contains(r.Collections, c.ID) || overlaps(p, d, r.Data)
				if named || (len(r.Collections) == 0 && len(r.Data) == 0) {
					u.recipients = append(u.recipients, k)
				}
				if named {
					u.explicit[fmt.Sprintf("/recipients/%d", k)] = true
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
			if t.Class == category.TrackerClass("strictly-necessary") {
				u.requirement = policy.Requirement("required")
			}
			for _, id := range t.Purposes {
				if k := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == id && !x.Not }); k >= 0 {
					u.purposes = append(u.purposes, k)
					u.explicit[fmt.Sprintf("/purposes/%d", k)] = true
				}
			}
			if t.Recipient != "" {
				if k := slices.IndexFunc(p.Recipients, func(x policy.Recipient) bool { return x.ID == t.Recipient && !x.Not }); k >= 0 {
					u.recipients = append(u.recipients, k)
					u.explicit[fmt.Sprintf("/recipients/%d", k)] = true
				}
			}
			out = append(out, u)
		}
	}
	return out
}

func overlaps(p *policy.Policy, d category.Data, list []category.Data) bool {
	rd := p.Resolve(d)
	return slices.ContainsFunc(list, func(x category.Data) bool {
		rx := p.Resolve(x)
		return rx.Within(rd) || rd.Within(rx)
	})
}

// withheld reports whether d falls within data a recipient is said not to get.
func withheld(p *policy.Policy, d category.Data, list []category.Data) bool {
	rd := p.Resolve(d)
	return slices.ContainsFunc(list, func(x category.Data) bool { return rd.Within(p.Resolve(x)) })
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
func tracks(p *policy.Policy, u use) (bool, string) {
	for _, k := range u.purposes {
		if !u.explicit[fmt.Sprintf("/purposes/%d", k)] {
			continue
		}
		for _, t := range trackingPurposes {
			if purposeWithin(p, p.Purposes[k].Kind, t) {
				return true, fmt.Sprintf("/purposes/%d", k)
			}
		}
	}
	for _, k := range u.recipients {
		if !u.explicit[fmt.Sprintf("/recipients/%d", k)] {
			continue
		}
		r := p.Recipients[k]
		if soldOrShared(r) {
			return true, fmt.Sprintf("/recipients/%d", k)
		}
		for _, ty := range r.Types {
			if recipientWithin(p, ty, category.Recipient("data-broker")) {
				return true, fmt.Sprintf("/recipients/%d/types", k)
			}
		}
	}
	if u.tracker >= 0 {
		t := p.Trackers[u.tracker]
		if t.Class == category.TrackerClass("advertising") && t.Party == policy.TrackerParty("third-party") {
			return true, fmt.Sprintf("/trackers/%d", u.tracker)
		}
	}
	return false, ""
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
