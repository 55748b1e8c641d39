package policy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/rights"
)

// ruleFaults checks what field tags cannot say: conditional requirements, tagged
// unions and the GDPR rules that tie fields together.
func ruleFaults(p *Policy) Faults {
	var fs Faults
	collected := collectedData(p)
	for i, pu := range p.Purposes {
		base := "/purposes/" + strconv.Itoa(i)
		uses := []use{purposeUse(p, pu)}
		for j, lb := range pu.LegalBases {
			lp := base + "/legal_bases/" + strconv.Itoa(j)
			fs = append(fs, basisFaults(lb, lp, uses)...)
			if len(lb.Purposes) > 0 {
				fs = append(fs, Fault{Path: lp + "/purposes", Code: FaultMisplaced,
					Message: "a legal basis inside a purpose applies to that purpose; list purposes only in the top-level legal_bases"})
			}
		}
	}
	for i, lb := range p.LegalBases {
		uses := []use{{data: collected}}
		if len(lb.Purposes) > 0 {
			// The basis covers each named purpose where that purpose applies.
			uses = nil
			for _, pu := range p.Purposes {
				if slices.Contains(lb.Purposes, pu.ID) {
					uses = append(uses, purposeUse(p, pu))
				}
			}
		}
		fs = append(fs, basisFaults(lb, "/legal_bases/"+strconv.Itoa(i), uses)...)
	}
	for i, r := range p.Retention {
		base := "/retention/" + strconv.Itoa(i)
		for j, per := range r.Periods {
			fs = append(fs, periodFaults(per, base+"/periods/"+strconv.Itoa(j))...)
		}
		for j, ex := range r.Exceptions {
			fs = append(fs, periodFaults(ex.Period, base+"/exceptions/"+strconv.Itoa(j)+"/period")...)
		}
	}
	for i, t := range p.Trackers {
		if t.Lifespan != nil {
			fs = append(fs, lifespanFaults(*t.Lifespan, "/trackers/"+strconv.Itoa(i)+"/lifespan")...)
		}
	}
	for i, c := range p.Choices {
		for j, m := range c.Mechanisms {
			fs = append(fs, mechanismFaults(m, "/choices/"+strconv.Itoa(i)+"/mechanisms/"+strconv.Itoa(j))...)
		}
	}
	for i, r := range p.Rights {
		for j, c := range r.Channels {
			fs = append(fs, channelFaults(c, "/rights/"+strconv.Itoa(i)+"/channels/"+strconv.Itoa(j))...)
		}
	}
	if strings.Contains(p.Language, "_") && check.Validator().Var(p.Language, "bcp47_language_tag") == nil {
		fs = append(fs, Fault{Path: "/language", Code: FaultInvalidFormat,
			Message: fmt.Sprintf("language %q separates subtags with '_': BCP 47 uses '-' (\"en-US\")", p.Language)})
	}
	for i, t := range p.Transfers {
		fs = append(fs, notStatedAlone(t.Safeguards, SafeguardNotStated, "/transfers/"+strconv.Itoa(i)+"/safeguards")...)
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

// purposeUse is the data of a purpose, named directly or through its collection
// statements, with the jurisdictions the purpose is limited to.
func purposeUse(p *Policy, pu Purpose) use {
	u := use{data: slices.Concat(pu.Data, dataOf(p, pu.Collections))}
	if pu.AppliesTo != nil {
		u.scope = pu.AppliesTo.Jurisdictions
	}
	return u
}

// basisFaults checks one legal basis and the uses it covers.
func basisFaults(lb LegalBasis, path string, uses []use) Faults {
	var fs Faults
	if lb.Basis == BasisLegitimateInterests && lb.Interest == "" {
		fs = append(fs, Fault{Path: path + "/interest", Code: FaultMissingInterest,
			Message: "a legitimate-interests basis states the interest pursued (GDPR Art. 13(1)(d))"})
	}
	if lb.Basis != "" && lb.Basis != BasisLegitimateInterests && lb.Interest != "" {
		fs = append(fs, Fault{Path: path + "/interest", Code: FaultUnionForbidden,
			Message: fmt.Sprintf("an interest is stated only for a legitimate-interests basis, not for %q", lb.Basis)})
	}
	fs = append(fs, notStatedAlone(lb.SpecialConditions, Art9NotStated, path+"/special_conditions")...)
	if len(lb.SpecialConditions) > 0 {
		return fs
	}
	for _, u := range uses {
		if !underGDPR(lb, u.scope) {
			continue
		}
		if i := slices.IndexFunc(u.data, category.Data.Special); i >= 0 {
			return append(fs, Fault{Path: path + "/special_conditions", Code: FaultMissingSpecialCondition,
				Message: fmt.Sprintf("the basis is relied on under the GDPR for special-category data (%s): name the Art. 9(2) condition, or \"not-stated\" if the policy names none", u.data[i])})
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
func notStatedAlone[C comparable](list []C, notStated C, path string) Faults {
	if len(list) > 1 && slices.Contains(list, notStated) {
		return Faults{{Path: path, Code: FaultContradiction, Message: fmt.Sprintf("%v cannot stand beside other values", notStated)}}
	}
	return nil
}

// periodFaults checks the tagged union of a retention period.
func periodFaults(per Period, path string) Faults {
	var fs Faults
	need := func(ok bool, field string) {
		if !ok {
			what := field
			if per.Kind == PeriodLegalRequirement {
				what = "laws or criteria"
			}
			fs = append(fs, Fault{Path: path + "/" + field, Code: FaultUnionRequired,
				Message: fmt.Sprintf("a retention period of kind %q needs %s", per.Kind, what)})
		}
	}
	forbid := func(set bool, field string) {
		if set {
			fs = append(fs, Fault{Path: path + "/" + field, Code: FaultUnionForbidden,
				Message: fmt.Sprintf("a retention period of kind %q has no %s", per.Kind, field)})
		}
	}
	switch per.Kind {
	case PeriodDuration:
		need(per.Duration != "", "duration")
		forbid(per.Event != "", "event")
		forbid(len(per.Laws) > 0, "laws")
		forbid(per.Criteria != "", "criteria")
	case PeriodUntilEvent:
		need(per.Event != "", "event")
		forbid(per.Duration != "", "duration")
		forbid(len(per.Laws) > 0, "laws")
		forbid(per.Criteria != "", "criteria")
	case PeriodLegalRequirement:
		need(len(per.Laws) > 0 || per.Criteria != "", "laws")
		forbid(per.Duration != "", "duration")
		forbid(per.Event != "", "event")
	case PeriodCriteria:
		need(per.Criteria != "", "criteria")
		forbid(per.Duration != "", "duration")
		forbid(per.Event != "", "event")
		forbid(len(per.Laws) > 0, "laws")
	case PeriodIndefinite:
		forbid(per.Duration != "", "duration")
		forbid(per.Event != "", "event")
		forbid(len(per.Laws) > 0, "laws")
		forbid(per.Criteria != "", "criteria")
	}
	return fs
}

func lifespanFaults(l Lifespan, path string) Faults {
	switch {
	case l.Kind == "":
		return nil // reported as required
	case l.Kind == LifespanDuration && l.Duration == "":
		return Faults{{Path: path + "/duration", Code: FaultUnionRequired, Message: "a duration lifespan needs duration"}}
	case l.Kind != LifespanDuration && l.Duration != "":
		return Faults{{Path: path + "/duration", Code: FaultUnionForbidden, Message: fmt.Sprintf("a lifespan of kind %q has no duration", l.Kind)}}
	}
	return nil
}

// mechanismFaults checks that a mechanism says enough to be used.
func mechanismFaults(m Mechanism, path string) Faults {
	var missing, msg string
	switch m.Kind {
	case MechanismSMSKeyword:
		if m.Keyword == "" {
			missing, msg = "keyword", "a text-message mechanism names its keyword"
		}
	case MechanismEmail, MechanismPostalMail, MechanismPhone:
		if m.Contact == "" {
			missing, msg = "contact", fmt.Sprintf("a mechanism of kind %q refers to the contact point to use", m.Kind)
		}
	case MechanismIndustryOptOut, MechanismPreferenceCenter:
		if m.URL == "" && m.Name == "" {
			missing, msg = "url", fmt.Sprintf("a mechanism of kind %q gives the page's URL or name", m.Kind)
		}
	}
	if missing == "" {
		return nil
	}
	return Faults{{Path: path + "/" + missing, Code: FaultUnionRequired, Message: msg}}
}

// channelFaults checks that a rights channel that writes or calls names the
// contact point to use, as a choice mechanism of the same kind must.
func channelFaults(c rights.Channel, path string) Faults {
	switch c.Kind {
	case rights.ChannelEmail, rights.ChannelPostalMail, rights.ChannelPhone:
		if c.Contact == "" {
			return Faults{{Path: path + "/contact", Code: FaultUnionRequired,
				Message: fmt.Sprintf("a channel of kind %q refers to the contact point to use", c.Kind)}}
		}
	}
	return nil
}

// collectedData is every category of data the policy's collection statements name.
func collectedData(p *Policy) []category.Data {
	var out []category.Data
	for _, c := range p.Collection {
		out = append(out, c.Data...)
	}
	return out
}

// dataOf is the data of the named collection statements.
func dataOf(p *Policy, ids []string) []category.Data {
	var out []category.Data
	for _, c := range p.Collection {
		if slices.Contains(ids, c.ID) {
			out = append(out, c.Data...)
		}
	}
	return out
}
