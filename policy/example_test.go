package policy_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

func ExampleDecode() {
	const doc = `{
	  "id": "acme-2025",
	  "title": "Acme privacy policy",
	  "language": "en-US",
	  "controllers": [{"id": "acme", "legal_name": "Acme Ltd"}],
	  "collection": [{"id": "signup", "data": ["identifier.name", "contact.email"], "sources": ["data-subject"]}],
	  "purposes": [{"id": "news", "kind": "direct-marketing", "collections": ["signup"], "choice": "opt-out"}]
	}`
	p, err := policy.Decode(strings.NewReader(doc))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Title, "by", p.Controllers[0].LegalName)
	for _, pu := range p.Purposes {
		fmt.Printf("%s (%s): %s\n", pu.ID, pu.Kind, pu.Choice)
	}
	// Output:
	// Acme privacy policy by Acme Ltd
	// news (direct-marketing): opt-out
}

// A document that is well-formed but breaks rules decodes together with its
// faults; each names the JSON Pointer of the value, a stable code and what to do.
func ExamplePolicy_Validate() {
	p := &policy.Policy{
		ID:       "acme-2025",
		Title:    "Acme privacy policy",
		Language: "en-US",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "acme"},
			LegalName: "Acme Ltd"}},
		Purposes: []policy.Purpose{{Statement: policy.Statement{ID: "ads"},

			Kind:       category.PurposeTargetedAdvertising,
			LegalBases: []policy.LegalBasis{{Basis: policy.BasisLegitimateInterests}},
			Choice:     "maybe",
		}},
	}
	err := p.Validate()
	fmt.Println(err)

	// Programs match on codes and paths, never on messages.
	var faults policy.Faults
	if errors.As(err, &faults) {
		for _, f := range faults {
			fmt.Println(f.Code, f.Path)
		}
	}
	// Output:
	// 2 fault(s) in policy:
	// /purposes/0/choice: "maybe" is not a known choice mode; the list is open: custom codes start with "x-" (unknown-code)
	// /purposes/0/legal_bases/0/interest: a legitimate-interests basis states the interest pursued (GDPR Art. 13(1)(d)) (missing-interest)
	// unknown-code /purposes/0/choice
	// missing-interest /purposes/0/legal_bases/0/interest
}

// Decode is strict: structural faults are all reported, with their paths, and
// no policy is returned.
func ExampleDecoder_Decode() {
	const doc = `{"id": "acme-2025", "title": "Acme", "titel": "Acme", "language": "en",
	  "controllers": [{"id": "acme", "legal_name": "Acme Ltd", "legal_name": "Acme Limited"}]}`
	p, err := policy.Decoder{MaxBytes: 1 << 10}.Decode(strings.NewReader(doc))
	fmt.Println(p == nil)
	fmt.Println(err)
	// Output:
	// true
	// 2 fault(s) in policy:
	// /controllers/0/legal_name: member "legal_name" is given more than once (duplicate-key)
	// /titel: unknown member "titel" (unknown-field)
}

func ExampleMarshal() {
	p := &policy.Policy{
		ID:       "acme-2025",
		Title:    "Acme privacy policy",
		Language: "en-US",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "acme"},
			LegalName: "Acme Ltd"}},
		Retention: []policy.Retention{{Statement: policy.Statement{ID: "logs"},

			Data:    []category.Data{category.DataIPAddress},
			Periods: []policy.Period{{Kind: policy.PeriodDuration, Duration: "P6M"}},
		}},
	}
	out, err := policy.Marshal(p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	// Output:
	// {
	//   "id": "acme-2025",
	//   "title": "Acme privacy policy",
	//   "language": "en-US",
	//   "controllers": [
	//     {
	//       "id": "acme",
	//       "legal_name": "Acme Ltd"
	//     }
	//   ],
	//   "retention": [
	//     {
	//       "id": "logs",
	//       "data": [
	//         "online.ip-address"
	//       ],
	//       "periods": [
	//         {
	//           "kind": "duration",
	//           "duration": "P6M"
	//         }
	//       ]
	//     }
	//   ]
	// }
}

// A document may define its own "x-" codes; queries read them as the standard
// code they narrow, with that code's flags.
func ExamplePolicy_Resolve() {
	p := &policy.Policy{Extensions: []policy.Extension{
		{Code: "x-sleep-data", List: "data", Title: "Sleep tracking data", Parent: "health"},
	}}
	d := p.Resolve("x-sleep-data")
	fmt.Println(d, d.Special())
	// Output:
	// health true
}

// The code lists, which take "x-" codes, and the codes of one of them.
func ExampleCodeListByKey() {
	l, _ := policy.CodeListByKey("basis")
	fmt.Println(l.Name, "open:", l.Open)
	for _, c := range l.Codes()[:2] {
		fmt.Println(c.Code, "-", c.Title)
	}
	// Output:
	// legal basis open: false
	// consent - Consent
	// contract - Contract or service
}

// A Decoder's limits bound what a document may cost; MaxFaults cuts the list
// of faults and counts the rest.
func ExampleDecoder() {
	const doc = `{"id": "t", "title": "\t", "language": "en",
	  "controllers": [{"id": "acme", "legal_name": "Acme"}],
	  "collection": [{"id": "c", "data": ["contact.email", "contact.email", "x", "y"]}]}`
	dec := policy.Decoder{MaxFaults: 2, MaxDepth: 16}
	_, err := dec.Decode(strings.NewReader(doc))
	var faults policy.Faults
	if errors.As(err, &faults) {
		for _, f := range faults {
			fmt.Println(f.Code, f.Path)
		}
	}
	// Output:
	// duplicate-code /collection/0/data/1
	// unknown-code /collection/0/data/2
	// too-many-faults
}
