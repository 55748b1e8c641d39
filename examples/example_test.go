package examples_test

import (
	"fmt"
	"slices"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

// Which special categories of personal data (GDPR Art. 9) does Mayo Clinic's
// 2024 policy say it collects?
func ExampleMayoClinic2024_specialCategories() {
	p := examples.MayoClinic2024()
	for _, d := range p.CollectedData() {
		if d.Special() {
			def, _ := d.Definition()
			fmt.Printf("%s (%s)\n", d, def.Title)
		}
	}
	// Output:
	// belief.political (Political opinions)
	// belief.religious (Religious or philosophical beliefs)
	// biometric (Biometric data)
	// biometric.behavioral (Behavioural characteristics)
	// biometric.face (Face prints)
	// biometric.fingerprint (Fingerprints)
	// biometric.gait (Gait patterns)
	// biometric.health (Health-related biometric data)
	// biometric.iris-retina (Iris or retina scans)
	// biometric.voice (Voiceprints)
	// demographic.racial-ethnic-origin (Racial or ethnic origin)
	// health (Health data)
	// health.condition (Medical conditions)
	// health.disability (Disabilities)
	// health.genetic (Genetic data)
	// health.genetic.familial (Familial genetic data)
	// health.psychological (Psychological characteristics)
	// health.reproductive (Pregnancy and childbirth)
	// sexuality.orientation (Sexual orientation)
	// sexuality.sex-life (Sex life)
}

// How long does Blausen Medical keep navigation data (web server logs)?
func ExampleBlausenMedical2019_retention() {
	p := examples.BlausenMedical2019()
	for _, r := range p.Retention {
		var data []category.Data
		data = append(data, r.Data...)
		for _, c := range p.Collection {
			if slices.Contains(r.Collections, c.ID) {
				data = append(data, c.Data...)
			}
		}
		if !slices.ContainsFunc(data, func(d category.Data) bool { return d.Within(category.DataServerLog) }) {
			continue
		}
		for _, per := range r.Periods {
			fmt.Println(per.Kind, per.Event)
		}
		for _, ex := range r.Exceptions {
			fmt.Println("except:", ex.Reason)
		}
	}
	// Output:
	// until-event after-processing
}

// What changed between the 2021 and 2024 versions of Mayo Clinic's policy? The
// two are modelled independently from their own texts, so comparing them shows
// the real differences.
func ExampleMayoClinic2021_compare() {
	old, cur := examples.MayoClinic2021(), examples.MayoClinic2024()

	bases := func(p *policy.Policy) []policy.Basis {
		var out []policy.Basis
		for _, lb := range p.LegalBases {
			out = append(out, lb.Basis)
		}
		for _, pu := range p.Purposes {
			for _, lb := range pu.LegalBases {
				out = append(out, lb.Basis)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	fmt.Println("legal bases 2021:", bases(old))
	fmt.Println("legal bases 2024:", bases(cur))

	added := 0
	for _, d := range cur.CollectedData() {
		if !slices.Contains(old.CollectedData(), d) {
			added++
		}
	}
	fmt.Println("data categories collected in 2024 but not named in 2021:", added)

	for _, l := range cur.Laws {
		if l.Status == policy.LawExempt {
			fmt.Println("2024 says it is exempt from:", l.Law)
		}
	}
	fmt.Println("2021 names a data protection officer:", len(old.Officers) > 0 && slices.ContainsFunc(old.Officers, func(o policy.Officer) bool { return o.Role == policy.OfficerDataProtectionOfficer }))
	fmt.Println("2024 names a data protection officer:", slices.ContainsFunc(cur.Officers, func(o policy.Officer) bool { return o.Role == policy.OfficerDataProtectionOfficer }))
	// Output:
	// legal bases 2021: [consent contract legitimate-interests]
	// legal bases 2024: [consent contract legal-obligation legitimate-interests]
	// data categories collected in 2024 but not named in 2021: 44
	// 2024 says it is exempt from: ccpa
	// 2021 names a data protection officer: false
	// 2024 names a data protection officer: true
}

// Who may receive the genetic data Mayo Clinic's 2024 policy collects, and on
// which conditions?
func ExampleMayoClinic2024_recipients() {
	p := examples.MayoClinic2024()
	for _, r := range p.RecipientsOf(category.DataGenetic) {
		fmt.Println(r.ID, r.Types, r.Conditions)
	}
	// Output:
	// to-site-providers [service-provider] [contractual-safeguards]
	// to-affiliates [affiliate] [notice-of-privacy-practices contractual-safeguards]
	// to-contractors [service-provider] [notice-of-privacy-practices contractual-safeguards]
	// to-service-providers [service-provider] [notice-of-privacy-practices contractual-safeguards]
	// to-support-third-parties [third-party] [notice-of-privacy-practices contractual-safeguards]
	// to-it-providers [hosting-provider] [notice-of-privacy-practices contractual-safeguards]
	// to-advertising-marketing-services [marketing-provider] [notice-of-privacy-practices contractual-safeguards]
	// to-payment-processors [payment-processor] [notice-of-privacy-practices contractual-safeguards]
	// to-advertising-marketing-partners [advertising-partner] [contractual-safeguards]
	// to-successor [successor] [corporate-transaction]
	// to-fulfil-provided-purpose [third-party] [provided-purpose]
	// to-disclosed-purpose [third-party] [disclosed-purpose]
	// to-with-consent [third-party] [with-consent]
	// to-authorities [public-authority] [required-by-law]
	// to-affiliates-marketing [affiliate] [after-purchase unless-opted-out]
	// to-enforce-terms [third-party] []
	// to-protect-rights [third-party] [good-faith-belief protect-rights]
	// to-fraud-exchange [other-company] [good-faith-belief protect-rights]
	// to-affiliates-promotions [affiliate] [after-purchase with-consent]
}
