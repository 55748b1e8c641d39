// Package synth generates valid policy documents of any size, deterministically,
// for benchmarks and for the tests that check the library stays linear in the
// size of a document. The same n always gives the same policy.
//
// A policy of n statements is shaped like the fixtures: in every ten statements,
// four collection statements, three purposes (each naming two collections, with
// a legal basis relied on under the GDPR), two recipients (each naming a purpose
// and a collection, every other one reached through the recipient before it) and
// one retention rule, plus trackers every hundred statements.
package synth

import (
	"fmt"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

var (
	data = []category.Data{
		category.DataName, category.DataEmail, category.DataPhone, category.DataAge,
		category.DataLocation, category.DataAccountID, category.DataHealth,
	}
	purposes = []category.Purpose{
		category.PurposeServiceProvision, category.PurposeServiceCommunication,
		category.PurposeAnalytics, category.PurposeMarketing, category.PurposeSecurity,
	}
	recipients = []category.Recipient{
		category.RecipientServiceProvider, category.RecipientHostingProvider,
		category.RecipientAdvertisingPartner, category.RecipientPaymentProcessor,
	}
)

// Policy returns a valid policy of n statements (n ≥ 0; at least one
// controller is always present).
func Policy(n int) *policy.Policy {
	p := &policy.Policy{
		ID:       "synthetic",
		Title:    fmt.Sprintf("Synthetic policy of %d statements", n),
		URL:      "https://example.com/privacy",
		Language: "en-US",
		Updated:  "2024-05-01",
		Controllers: []policy.Controller{{
			Statement: policy.Statement{ID: "controller"},
			LegalName: "Example Health Inc.",
		}},
	}
	var coll, purp, recip int
	for i := range n {
		switch i % 10 {
		case 0, 1, 2, 3:
			c := policy.Collection{
				Statement: policy.Statement{ID: fmt.Sprintf("c%d", coll), Description: "Data a person gives when they use the service."},
				Data:      []category.Data{data[coll%len(data)], data[(coll+1)%len(data)]},
				Sources:   []category.Source{category.SourceDataSubject},
			}
			p.Collection = append(p.Collection, c)
			coll++
		case 4, 5, 6:
			pu := policy.Purpose{
				Statement: policy.Statement{ID: fmt.Sprintf("p%d", purp), Quote: "We use your information to provide and improve our services."},
				Kind:      purposes[purp%len(purposes)],
				LegalBases: []policy.LegalBasis{{
					Basis:             policy.BasisConsent,
					Jurisdictions:     []jurisdiction.Code{jurisdiction.EEA},
					SpecialConditions: []policy.SpecialCondition{policy.Art9ExplicitConsent},
				}},
			}
			if coll > 0 {
				pu.Collections = []string{fmt.Sprintf("c%d", coll-1)}
				if coll > 1 {
					pu.Collections = append(pu.Collections, fmt.Sprintf("c%d", coll-2))
				}
			}
			p.Purposes = append(p.Purposes, pu)
			purp++
		case 7, 8:
			r := policy.Recipient{
				Statement: policy.Statement{ID: fmt.Sprintf("r%d", recip)},
				Types:     []category.Recipient{recipients[recip%len(recipients)]},
				Purposes:  []string{fmt.Sprintf("p%d", purp-1)},
				Entities:  []policy.Entity{{Name: fmt.Sprintf("Vendor %d", recip), URL: fmt.Sprintf("https://vendor%d.example.com/", recip)}},
			}
			if coll > 0 {
				r.Collections = []string{fmt.Sprintf("c%d", coll-1)}
			}
			if recip%2 == 1 {
				r.Via = fmt.Sprintf("r%d", recip-1)
			}
			p.Recipients = append(p.Recipients, r)
			recip++
		case 9:
			r := policy.Retention{
				Statement: policy.Statement{ID: fmt.Sprintf("k%d", i/10)},
				Data:      []category.Data{data[i%len(data)]},
				Periods:   []policy.Period{{Kind: policy.PeriodDuration, Duration: "P7Y"}},
			}
			p.Retention = append(p.Retention, r)
			if i%100 == 99 {
				p.Trackers = append(p.Trackers, policy.Tracker{
					Statement: policy.Statement{ID: fmt.Sprintf("t%d", i/100)},
					Kind:      category.TrackerCookie,
					Name:      fmt.Sprintf("_session%d", i/100),
					Lifespan:  &policy.Lifespan{Kind: policy.LifespanSession},
				})
			}
		}
	}
	return p
}

// JSON returns [Policy](n) as policy.Marshal encodes it.
func JSON(n int) []byte {
	b, err := policy.Marshal(Policy(n))
	if err != nil {
		panic(err) // the model always marshals
	}
	return b
}
