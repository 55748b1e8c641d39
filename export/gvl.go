package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// GVL is the part of an IAB TCF Global Vendor List v3 document the comparison
// reads.
type GVL struct {
	// GVLSpecificationVersion must be 3.
	GVLSpecificationVersion int `json:"gvlSpecificationVersion"`
	// VendorListVersion is the list's version number.
	VendorListVersion int `json:"vendorListVersion"`
	// Vendors are keyed by vendor ID as a string.
	Vendors map[string]*GVLVendor `json:"vendors"`
}

// GVLVendor is one vendor of a Global Vendor List.
type GVLVendor struct {
	// ID is the vendor ID.
	ID int `json:"id"`
	// Name is the vendor's name, matched against the policy's entities.
	Name string `json:"name"`
	// Purposes are the TCF purposes the vendor processes on consent.
	Purposes []int `json:"purposes"`
	// LegIntPurposes are the purposes it processes on legitimate interest.
	LegIntPurposes []int `json:"legIntPurposes"`
	// FlexiblePurposes may use either basis, as the publisher chooses.
	FlexiblePurposes []int `json:"flexiblePurposes"`
	// SpecialPurposes are the special purposes (no choice).
	SpecialPurposes []int `json:"specialPurposes"`
	// DataRetention is the declared retention, in days.
	DataRetention *GVLRetention `json:"dataRetention"`
	// UsesCookies says the vendor stores cookies.
	UsesCookies bool `json:"usesCookies"`
	// CookieMaxAgeSeconds is the longest cookie lifetime (0 or less: session).
	CookieMaxAgeSeconds *int64 `json:"cookieMaxAgeSeconds"`
	// DeletedDate is set when the vendor left the list.
	DeletedDate string `json:"deletedDate"`
}

// GVLRetention is a vendor's declared retention in days.
type GVLRetention struct {
	// StdRetention is the standard retention in days.
	StdRetention *int `json:"stdRetention"`
	// Purposes are per-purpose retention days, keyed by purpose number.
	Purposes map[string]int `json:"purposes"`
	// SpecialPurposes are per-special-purpose retention days.
	SpecialPurposes map[string]int `json:"specialPurposes"`
}

// ParseGVL decodes a Global Vendor List v3 document.
func ParseGVL(b []byte) (*GVL, error) {
	var g GVL
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("gvl: %w", err)
	}
	if g.GVLSpecificationVersion != 3 {
		return nil, fmt.Errorf("gvl: gvlSpecificationVersion is %d, want 3", g.GVLSpecificationVersion)
	}
	if g.Vendors == nil {
		return nil, errors.New("gvl: no vendors")
	}
	return &g, nil
}

// GVLReport lists the differences between a policy's statements about one
// vendor and the vendor's Global Vendor List declaration.
type GVLReport struct {
	// VendorID and VendorName identify the vendor compared.
	VendorID int `json:"vendor_id"`
	// VendorName is the vendor's name in the list.
	VendorName string `json:"vendor_name"`
	// Statements are pointers to the recipients and trackers of the policy that
	// name the vendor.
	Statements []string `json:"statements"`
	// Findings are the differences, with JSON Pointers into the policy.
	Findings []Finding `json:"findings"`
	// Warnings are what the policy does not state (retention, lifespans).
	Warnings []Warning `json:"warnings"`
}

// CompareGVL compares what the policy says about vendor id (its recipients and
// trackers naming the vendor, matched by name) with the vendor's GVL
// declaration: TCF purposes (through the TCFPurposes crosswalk; purpose 1 for a
// tracker that stores on the device), legal bases (consent against
// legitimate interest), retention days and cookie maximum age. Findings use the
// cross-check codes with the aspects "vendor", "purpose", "legal-basis",
// "retention" and "cookie-max-age".
func CompareGVL(p *policy.Policy, g *GVL, id int) (*GVLReport, error) {
	if p == nil || g == nil {
		return nil, errors.New("export: nil policy or vendor list")
	}
	v := g.Vendors[strconv.Itoa(id)]
	if v == nil {
		return nil, fmt.Errorf("gvl: no vendor %d", id)
	}
	rep := &GVLReport{VendorID: v.ID, VendorName: v.Name, Statements: []string{}}
	var f findings
	var w warnings
	if v.DeletedDate != "" {
		f.add("undisclosed-in-policy", "vendor", "/recipients", strconv.Itoa(id), fmt.Sprintf("vendor %d was deleted from the list on %s", id, v.DeletedDate))
	}
	// The policy's statements about the vendor.
	var recipients, trackers []int
	for k, r := range p.Recipients {
		if r.Not {
			continue
		}
		if slices.ContainsFunc(r.Entities, func(e policy.Entity) bool { return sameVendor(e, v.Name) }) {
			recipients = append(recipients, k)
			rep.Statements = append(rep.Statements, fmt.Sprintf("/recipients/%d", k))
		}
	}
	for k, t := range p.Trackers {
		if t.Not {
			continue
		}
		byRecipient := t.Recipient != "" && slices.ContainsFunc(recipients, func(r int) bool { return p.Recipients[r].ID == t.Recipient })
		if (t.Provider != nil && sameVendor(*t.Provider, v.Name)) || byRecipient {
			trackers = append(trackers, k)
			rep.Statements = append(rep.Statements, fmt.Sprintf("/trackers/%d", k))
		}
	}
	if len(rep.Statements) == 0 {
		f.add("undisclosed-in-policy", "vendor", "/recipients", strconv.Itoa(id), fmt.Sprintf("the policy names no recipient or tracker provider matching %q", v.Name))
		rep.Findings, rep.Warnings = f.sorted(), []Warning{}
		return rep, nil
	}
	// Purposes of those statements, as TCF purposes, with where each comes from.
	ours := map[string]string{}
	purposeIdx := map[int]bool{}
	for _, k := range recipients {
		for _, pid := range p.Recipients[k].Purposes {
			if i := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == pid && !x.Not }); i >= 0 {
				purposeIdx[i] = true
			}
		}
	}
	for _, k := range trackers {
		t := p.Trackers[k]
		for _, pid := range t.Purposes {
			if i := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == pid && !x.Not }); i >= 0 {
				purposeIdx[i] = true
			}
		}
		switch t.Kind {
		case "cookie", "local-storage", "sdk", "web-beacon":
			if _, ok := ours["1"]; !ok {
				ours["1"] = fmt.Sprintf("/trackers/%d/kind", k)
			}
		}
	}
	idx := make([]int, 0, len(purposeIdx))
	for i := range purposeIdx {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	for _, i := range idx {
		for _, tp := range lookupPurpose(p, TCFPurposes, i, &w) {
			if _, ok := ours[tp]; !ok {
				ours[tp] = fmt.Sprintf("/purposes/%d", i)
			}
		}
	}
	declared := map[string]bool{}
	for _, list := range [][]int{v.Purposes, v.LegIntPurposes, v.FlexiblePurposes} {
		for _, n := range list {
			declared[strconv.Itoa(n)] = true
		}
	}
	for _, n := range v.SpecialPurposes {
		declared["sp"+strconv.Itoa(n)] = true
	}
	for _, tp := range sortedKeys(declared, tcfOrder) {
		if _, ok := ours[tp]; !ok {
			f.add("undisclosed-in-policy", "purpose", rep.Statements[0], tp, fmt.Sprintf("the vendor declares TCF purpose %s; the policy links no such purpose to it", tp))
		}
	}
	for _, tp := range sortedKeys(ours, tcfOrder) {
		if !declared[tp] {
			f.add("undeclared", "purpose", ours[tp], tp, fmt.Sprintf("the policy gives the vendor TCF purpose %s; the vendor does not declare it", tp))
		}
	}
	// Legal bases: consent against legitimate interest, per TCF purpose.
	for _, i := range idx {
		pu := p.Purposes[i]
		tps, _, _ := TCFPurposes.Lookup(category.Purpose(p.Standard("purpose", string(pu.Kind))))
		for j, b := range pu.LegalBases {
			for _, tp := range tps {
				n, err := strconv.Atoi(tp)
				if err != nil || slices.Contains(v.FlexiblePurposes, n) {
					continue
				}
				ptr := fmt.Sprintf("/purposes/%d/legal_bases/%d", i, j)
				switch {
				case b.Basis == "consent" && !slices.Contains(v.Purposes, n) && slices.Contains(v.LegIntPurposes, n):
					f.add("undisclosed-in-policy", "legal-basis", ptr, tp, fmt.Sprintf("the vendor relies on legitimate interest for purpose %s; the policy says consent", tp))
				case b.Basis == "legitimate-interests" && !slices.Contains(v.LegIntPurposes, n) && slices.Contains(v.Purposes, n):
					f.add("undisclosed-in-policy", "legal-basis", ptr, tp, fmt.Sprintf("the vendor asks consent for purpose %s; the policy says legitimate interests", tp))
				}
			}
		}
	}
	// Retention: the longest stated duration the policy gives for the
	// purposes of the vendor's statements, against the vendor's days.
	if v.DataRetention != nil && v.DataRetention.StdRetention != nil {
		days := *v.DataRetention.StdRetention
		found := false
		for ri, r := range p.Retention {
			if r.Not || !slices.ContainsFunc(r.Purposes, func(id string) bool {
				return slices.ContainsFunc(idx, func(i int) bool { return p.Purposes[i].ID == id })
			}) {
				continue
			}
			for j, per := range r.Periods {
				d, ok := isoDays(per.Duration)
				if per.Kind != "duration" || !ok {
					continue
				}
				found = true
				if days > d {
					f.add("undisclosed-in-policy", "retention", fmt.Sprintf("/retention/%d/periods/%d", ri, j), strconv.Itoa(days), fmt.Sprintf("the vendor keeps data %d days; the policy says %s (about %d days)", days, per.Duration, d))
				}
			}
		}
		if !found {
			w.add("not-stated", "/retention", "stdRetention", fmt.Sprintf("the policy states no retention period for the vendor's purposes (the vendor declares %d days)", days))
		}
	}
	// Cookie maximum age against the lifespans of the vendor's trackers.
	if v.UsesCookies && v.CookieMaxAgeSeconds != nil {
		age := *v.CookieMaxAgeSeconds
		stated := false
		for _, k := range trackers {
			t := p.Trackers[k]
			if t.Lifespan == nil {
				continue
			}
			stated = true
			ptr := fmt.Sprintf("/trackers/%d/lifespan", k)
			switch t.Lifespan.Kind {
			case "session":
				if age > 0 {
					f.add("undisclosed-in-policy", "cookie-max-age", ptr, strconv.FormatInt(age, 10), fmt.Sprintf("the vendor's cookies last up to %d seconds; the policy says session cookies", age))
				}
			case "duration":
				if d, ok := isoDays(t.Lifespan.Duration); ok && age > int64(d)*86400 {
					f.add("undisclosed-in-policy", "cookie-max-age", ptr, strconv.FormatInt(age, 10), fmt.Sprintf("the vendor's cookies last up to %d seconds (%d days); the policy says %s", age, age/86400, t.Lifespan.Duration))
				}
			}
		}
		if !stated {
			w.add("not-stated", rep.Statements[0], "cookieMaxAgeSeconds", fmt.Sprintf("the policy states no lifespan for the vendor's trackers (the vendor declares %d seconds)", age))
		}
	}
	rep.Findings = f.sorted()
	rep.Warnings = w.sorted()
	if rep.Warnings == nil {
		rep.Warnings = []Warning{}
	}
	return rep, nil
}

// sameVendor matches a policy entity to a vendor name: equal, or one contains
// the other, ignoring case and punctuation ("Google" and "Google Advertising
// Products").
func sameVendor(e policy.Entity, vendor string) bool {
	v := normName(vendor)
	for _, n := range []string{e.Name, e.ShortName} {
		if n = normName(n); n != "" && v != "" && (n == v || strings.Contains(v, n) || strings.Contains(n, v)) {
			return true
		}
	}
	return false
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

func normName(s string) string {
	s = nonAlnum.ReplaceAllString(strings.ToLower(s), " ")
	for _, suffix := range []string{" inc", " llc", " ltd", " limited", " gmbh", " sa", " bv", " plc", " corp", " corporation"} {
		s = strings.TrimSuffix(strings.TrimSpace(s), suffix)
	}
	return strings.TrimSpace(s)
}

func tcfOrder(s string) int {
	if strings.HasPrefix(s, "sp") {
		n, _ := strconv.Atoi(s[2:])
		return 100 + n
	}
	n, _ := strconv.Atoi(s)
	return n
}

var isoDuration = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// isoDays converts an ISO 8601 duration to whole days (a month as 30 days, a
// year as 365), rounding up.
func isoDays(s string) (int, bool) {
	m := isoDuration.FindStringSubmatch(s)
	if m == nil || s == "P" {
		return 0, false
	}
	n := func(i int) int { x, _ := strconv.Atoi(m[i]); return x }
	days := n(1)*365 + n(2)*30 + n(3)*7 + n(4)
	secs := n(5)*3600 + n(6)*60 + n(7)
	days += (secs + 86399) / 86400
	return days, true
}
