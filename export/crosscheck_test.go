package export

import (
	"strings"
	"testing"

	"github.com/openpolicies/privacy/examples"
)

// TestCrossCheckRoundTrip: a fixture's own exports agree with it.
func TestCrossCheckRoundTrip(t *testing.T) {
	for _, f := range examples.All() {
		p := f.New()
		m, _ := Apple(p)
		r, err := CrossCheck(p, m.Plist())
		if err != nil {
			t.Fatalf("%s apple: %v", f.ID, err)
		}
		if r.Format != "apple" || len(r.Findings) != 0 {
			t.Errorf("%s apple: %s %v", f.ID, r.Format, r.Findings)
		}
		pl, _ := Play(p)
		r, err = CrossCheck(p, pl.CSV())
		if err != nil {
			t.Fatalf("%s play: %v", f.ID, err)
		}
		if r.Format != "play" || len(r.Findings) != 0 {
			t.Errorf("%s play: %s %v", f.ID, r.Format, r.Findings)
		}
	}
}

const crossPolicy = `,"collection":[{"id":"c1","data":["contact.email"]},{"id":"c2","data":["location.precise"]}],
	"purposes":[{"id":"p1","kind":"account-management","collections":["c1"]},{"id":"p2","kind":"targeted-advertising","collections":["c2"]}],
	"recipients":[{"id":"r1","types":["ad-network"],"collections":["c2"],"purposes":["p2"]}],
	"rights":[{"id":"rt","rights":["erasure"]}]`

func findingSet(r *CrossCheckReport) map[string]string {
	out := map[string]string{}
	for _, f := range r.Findings {
		out[f.Aspect+" "+f.Declared] = f.Code + " " + f.Pointer
	}
	return out
}

// TestCrossCheckApple: a hand-made manifest that declares a type the policy
// does not state, omits one it does, and disagrees on purposes and tracking.
func TestCrossCheckApple(t *testing.T) {
	p := small(t, crossPolicy)
	manifest := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>NSPrivacyTracking</key><false/>
<key>NSPrivacyCollectedDataTypes</key><array>
 <dict>
  <key>NSPrivacyCollectedDataType</key><string>NSPrivacyCollectedDataTypeEmailAddress</string>
  <key>NSPrivacyCollectedDataTypeLinked</key><true/>
  <key>NSPrivacyCollectedDataTypeTracking</key><false/>
  <key>NSPrivacyCollectedDataTypePurposes</key><array>
   <string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string>
   <string>NSPrivacyCollectedDataTypePurposeAnalytics</string>
  </array>
 </dict>
 <dict>
  <key>NSPrivacyCollectedDataType</key><string>NSPrivacyCollectedDataTypeHealth</string>
  <key>NSPrivacyCollectedDataTypeLinked</key><true/>
  <key>NSPrivacyCollectedDataTypeTracking</key><false/>
  <key>NSPrivacyCollectedDataTypePurposes</key><array><string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string></array>
 </dict>
</array></dict></plist>`
	r, err := CrossCheck(p, []byte(manifest))
	if err != nil {
		t.Fatal(err)
	}
	got := findingSet(r)
	want := map[string]string{
		"data-type NSPrivacyCollectedDataTypeHealth":                                                "undisclosed-in-policy /collection",
		"data-type NSPrivacyCollectedDataTypePreciseLocation":                                       "undeclared /collection/1/data/0",
		"purpose NSPrivacyCollectedDataTypeEmailAddress NSPrivacyCollectedDataTypePurposeAnalytics": "undisclosed-in-policy /purposes",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// TestCrossCheckPlay: a hand-made CSV that omits sharing, adds a purpose and
// claims encryption the policy does not state.
func TestCrossCheckPlay(t *testing.T) {
	p := small(t, crossPolicy)
	csv := strings.Join([]string{
		"Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label",
		"PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,TRUE,,",
		"PSL_SUPPORT_DATA_DELETION_BY_USER,DATA_DELETION_YES,TRUE,,",
		"PSL_DATA_TYPES_PERSONAL,PSL_EMAIL,TRUE,,",
		"PSL_DATA_TYPES_LOCATION,PSL_PRECISE_LOCATION,TRUE,,",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_COLLECTED,TRUE,,",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE,PSL_ACCOUNT_MANAGEMENT,TRUE,,",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE,PSL_ANALYTICS,TRUE,,",
		"PSL_DATA_USAGE_RESPONSES:PSL_PRECISE_LOCATION:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_COLLECTED,TRUE,,",
		"PSL_DATA_USAGE_RESPONSES:PSL_PRECISE_LOCATION:DATA_USAGE_COLLECTION_PURPOSE,PSL_ADVERTISING,TRUE,,",
	}, "\r\n")
	r, err := CrossCheck(p, []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	got := findingSet(r)
	want := map[string]string{
		"purpose PSL_EMAIL PSL_ANALYTICS":                     "undisclosed-in-policy /purposes",
		"sharing PSL_PRECISE_LOCATION":                        "undeclared /recipients/0",
		"encryption PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT": "undisclosed-in-policy /security",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// TestCrossCheckErrors: malformed declarations are errors, not findings.
func TestCrossCheckErrors(t *testing.T) {
	p := small(t, crossPolicy)
	for name, in := range map[string]string{
		"not a plist":    `<html></html>`,
		"unknown key":    `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x"><plist><dict><key>NSFoo</key><true/></dict></plist>`,
		"bad type":       `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x"><plist><dict><key>NSPrivacyCollectedDataTypes</key><array><dict><key>NSPrivacyCollectedDataType</key><string>NSPrivacyCollectedDataTypeEmail</string></dict></array></dict></plist>`,
		"truncated":      `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x"><plist><dict><key>NSPrivacyTracking</key>`,
		"bad csv header": "a,b,c\n",
		"bad play type":  "Question ID (machine readable),Response ID (machine readable),Response value\nPSL_DATA_TYPES_PERSONAL,PSL_NOPE,TRUE\n",
		"empty":          "",
	} {
		if _, err := CrossCheck(p, []byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
