package export

import (
	"testing"
)

const gvlDoc = `{"gvlSpecificationVersion":3,"vendorListVersion":100,"tcfPolicyVersion":5,"lastUpdated":"2026-11-26T16:05:27Z",
"purposes":{},"vendors":{
 "7":{"id":7,"name":"AdCo Ltd","purposes":[1,3,4],"legIntPurposes":[7],"flexiblePurposes":[],"specialPurposes":[1],
      "dataRetention":{"stdRetention":30,"purposes":{},"specialPurposes":{}},"usesCookies":true,"cookieMaxAgeSeconds":2592000},
 "8":{"id":8,"name":"AdCo Ltd","purposes":[1,3,4,7],"legIntPurposes":[],"flexiblePurposes":[],"specialPurposes":[],
      "dataRetention":{"stdRetention":400},"usesCookies":true,"cookieMaxAgeSeconds":63072000},
 "9":{"id":9,"name":"Nobody GmbH","purposes":[1],"usesCookies":false}
}}`

const gvlPolicy = `,"collection":[{"id":"c1","data":["online.cookie-id"]}],
	"purposes":[{"id":"ads","kind":"targeted-advertising","collections":["c1"],"legal_bases":[{"basis":"consent"}]},
	            {"id":"measure","kind":"ad-measurement","collections":["c1"],"legal_bases":[{"basis":"legitimate-interests","interest":"measuring our campaigns"}]},
	            {"id":"sec","kind":"security"}],
	"recipients":[{"id":"r1","types":["ad-network"],"entities":[{"name":"AdCo"}],"purposes":["ads","measure","sec"]}],
	"retention":[{"id":"ret","purposes":["ads"],"periods":[{"kind":"duration","duration":"P90D"}]}],
	"trackers":[{"id":"t1","kind":"cookie","recipient":"r1","lifespan":{"kind":"duration","duration":"P1Y"}}]`

// TestGVLAgrees: vendor 7 declares what the policy says.
func TestGVLAgrees(t *testing.T) {
	g, err := ParseGVL([]byte(gvlDoc))
	if err != nil {
		t.Fatal(err)
	}
	r, err := CompareGVL(small(t, gvlPolicy), g, 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 0 {
		t.Errorf("findings: %+v", r.Findings)
	}
	if len(r.Statements) != 2 || r.Statements[0] != "/recipients/0" || r.Statements[1] != "/trackers/0" {
		t.Errorf("statements %v", r.Statements)
	}
}

// TestGVLDisagrees: vendor 8 asks consent for measurement, omits the special
// purpose, keeps data longer and sets longer cookies than the policy says.
func TestGVLDisagrees(t *testing.T) {
	g, _ := ParseGVL([]byte(gvlDoc))
	r, err := CompareGVL(small(t, gvlPolicy), g, 8)
	if err != nil {
		t.Fatal(err)
	}
	got := findingSet(&CrossCheckReport{Findings: r.Findings})
	want := map[string]string{
		"purpose sp1":             "undeclared /purposes/2",
		"legal-basis 7":           "undisclosed-in-policy /purposes/1/legal_bases/0",
		"retention 400":           "undisclosed-in-policy /retention/0/periods/0",
		"cookie-max-age 63072000": "undisclosed-in-policy /trackers/0/lifespan",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q (all %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v", got)
	}
	r, _ = CompareGVL(small(t, gvlPolicy), g, 9)
	if len(r.Findings) != 1 || r.Findings[0].Aspect != "vendor" {
		t.Errorf("unnamed vendor: %+v", r.Findings)
	}
	if _, err := CompareGVL(small(t, gvlPolicy), g, 10); err == nil {
		t.Error("no error for a missing vendor")
	}
}

func TestParseGVLErrors(t *testing.T) {
	for _, in := range []string{``, `{}`, `{"gvlSpecificationVersion":2,"vendors":{}}`, `{"gvlSpecificationVersion":3}`, `[`} {
		if _, err := ParseGVL([]byte(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestISODays(t *testing.T) {
	for in, want := range map[string]int{"P90D": 90, "P1Y": 365, "P6M": 180, "PT1H": 1, "P1W": 7, "P1Y2M3D": 428} {
		if got, ok := isoDays(in); !ok || got != want {
			t.Errorf("%s: %d %v, want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "P", "1D", "PXD"} {
		if _, ok := isoDays(in); ok {
			t.Errorf("%q accepted", in)
		}
	}
}
