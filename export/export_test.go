package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./export -update and review the diff", name)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestGolden writes every target for every fixture and compares the bytes. The
// cross-checks read two small hand-made declarations (testdata/declaration.*);
// the GVL comparison reads testdata/gvl.json, a hand-made vendor list whose one
// vendor carries Google's name and illustrative declarations, not a copy of the
// published list.
func TestGolden(t *testing.T) {
	for _, f := range examples.All() {
		t.Run(f.ID, func(t *testing.T) {
			p := f.New()
			m, err := Apple(p)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.ID+".xcprivacy", m.Plist())
			golden(t, f.ID+".apple.json", mustJSON(t, m))
			golden(t, f.ID+".apple-label.json", m.Label().JSON())
			golden(t, f.ID+".apple-label.txt", []byte(m.Label().Text()))
			pl, err := Play(p)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.ID+".play.csv", pl.CSV())
			golden(t, f.ID+".play.json", mustJSON(t, pl))
			d, err := DPV(p)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.ID+".dpv.jsonld", d.JSONLD)
			golden(t, f.ID+".dpv-warnings.json", mustJSON(t, d.Warnings))
			for _, decl := range []string{"declaration.xcprivacy", "declaration.csv"} {
				b, err := os.ReadFile(filepath.Join("testdata", decl))
				if err != nil {
					t.Fatal(err)
				}
				r, err := CrossCheck(p, b)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, f.ID+".crosscheck-"+filepath.Ext(decl)[1:]+".json", mustJSON(t, r))
			}
			b, err := os.ReadFile(filepath.Join("testdata", "gvl.json"))
			if err != nil {
				t.Fatal(err)
			}
			g, err := ParseGVL(b)
			if err != nil {
				t.Fatal(err)
			}
			gr, err := CompareGVL(p, g, 755)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.ID+".gvl-755.json", mustJSON(t, gr))
		})
	}
}

// TestDeterministic converts each fixture twice and expects the same bytes.
func TestDeterministic(t *testing.T) {
	for _, f := range examples.All() {
		a1, _ := Apple(f.New())
		a2, _ := Apple(f.New())
		p1, _ := Play(f.New())
		p2, _ := Play(f.New())
		d1, _ := DPV(f.New())
		d2, _ := DPV(f.New())
		if !bytes.Equal(a1.Plist(), a2.Plist()) || !bytes.Equal(p1.CSV(), p2.CSV()) || !bytes.Equal(d1.JSONLD, d2.JSONLD) {
			t.Errorf("%s: output differs between runs", f.ID)
		}
	}
}

// TestPlist parses every fixture's manifest and checks it uses only Apple's
// keys and values.
func TestPlist(t *testing.T) {
	topKeys := []string{"NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"}
	entryKeys := []string{"NSPrivacyCollectedDataType", "NSPrivacyCollectedDataTypeLinked", "NSPrivacyCollectedDataTypeTracking", "NSPrivacyCollectedDataTypePurposes"}
	for _, f := range examples.All() {
		m, _ := Apple(f.New())
		v, err := parsePlist(m.Plist())
		if err != nil {
			t.Fatalf("%s: %v", f.ID, err)
		}
		if v.kind != "dict" || !slices.Equal(v.keys, topKeys) {
			t.Fatalf("%s: top-level keys %v", f.ID, v.keys)
		}
		if k := v.vals[0].kind; k != "true" && k != "false" {
			t.Errorf("%s: NSPrivacyTracking is <%s>", f.ID, k)
		}
		types := v.vals[2]
		if len(types.items) != len(m.DataTypes) || len(types.items) == 0 {
			t.Errorf("%s: %d entries, want %d (>0)", f.ID, len(types.items), len(m.DataTypes))
		}
		for i, e := range types.items {
			if !slices.Equal(e.keys, entryKeys) {
				t.Fatalf("%s: entry %d keys %v", f.ID, i, e.keys)
			}
			if appleTypeIndex(e.vals[0].str) < 0 {
				t.Errorf("%s: entry %d: %q is not an Apple data type", f.ID, i, e.vals[0].str)
			}
			for _, pv := range e.vals[3].items {
				if applePurposeIndex(pv.str) < 0 {
					t.Errorf("%s: entry %d: %q is not an Apple purpose", f.ID, i, pv.str)
				}
			}
		}
	}
}

// TestVendorLists checks the vendor vocabularies: 35 Apple types, 6 purposes,
// 38 Play types, 7 purposes, no duplicates, and the spellings Apple and Google
// use for a few well-known keys.
func TestVendorLists(t *testing.T) {
	if n := len(AppleDataTypes()); n != 35 {
		t.Errorf("Apple data types: %d, want 35", n)
	}
	if n := len(ApplePurposes()); n != 6 {
		t.Errorf("Apple purposes: %d, want 6", n)
	}
	if n := len(PlayDataTypes()); n != 38 {
		t.Errorf("Play data types: %d, want 38", n)
	}
	if n := len(PlayPurposes()); n != 7 {
		t.Errorf("Play purposes: %d, want 7", n)
	}
	seen := map[string]bool{}
	for _, x := range AppleDataTypes() {
		if seen[x.Key] || !strings.HasPrefix(x.Key, "NSPrivacyCollectedDataType") {
			t.Errorf("bad or duplicate Apple key %q", x.Key)
		}
		seen[x.Key] = true
	}
	for _, x := range PlayDataTypes() {
		if seen[x.ID] || !strings.HasPrefix(x.ID, "PSL_") || !strings.HasPrefix(x.Category, "PSL_DATA_TYPES_") {
			t.Errorf("bad or duplicate Play ID %q", x.ID)
		}
		seen[x.ID] = true
	}
	for _, k := range []string{"NSPrivacyCollectedDataTypeEmailAddress", "NSPrivacyCollectedDataTypePhotosorVideos", "NSPrivacyCollectedDataTypeOtherDataTypes"} {
		if appleTypeIndex(k) < 0 {
			t.Errorf("missing %s", k)
		}
	}
	if applePurposeIndex("NSPrivacyCollectedDataTypePurposeAppFunctionality") < 0 {
		t.Error("missing NSPrivacyCollectedDataTypePurposeAppFunctionality")
	}
	for _, k := range []string{"PSL_EMAIL", "PSL_DEVICE_ID", "PSL_APPROX_LOCATION", "PSL_OTHER"} {
		if playTypeIndex(k) < 0 {
			t.Errorf("missing %s", k)
		}
	}
}

// TestCrosswalkCoverage walks every registry code: each is mapped or marked
// (on itself or an ancestor), and every target is a vendor code.
func TestCrosswalkCoverage(t *testing.T) {
	valid := func(targets []string, ok func(string) bool) string {
		for _, x := range targets {
			if !ok(x) {
				return x
			}
		}
		return ""
	}
	isApple := func(s string) bool { return appleTypeIndex(s) >= 0 }
	isApplePurpose := func(s string) bool { return applePurposeIndex(s) >= 0 }
	isPlay := func(s string) bool { return playTypeIndex(s) >= 0 }
	isPlayPurpose := func(s string) bool { return playPurposeIndex(s) >= 0 }
	isTCF := func(s string) bool {
		return slices.Contains([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "sp1", "sp2"}, s)
	}
	for _, def := range category.DataDefinitions() {
		d := category.Data(def.Code)
		for _, tc := range []struct {
			t  *Table[category.Data]
			ok func(string) bool
		}{{AppleData, isApple}, {PlayData, isPlay}} {
			ts, _, ok := tc.t.Lookup(d)
			if !ok {
				t.Errorf("%s: data %q neither mapped nor marked", tc.t.Name(), d)
			}
			if bad := valid(ts, tc.ok); bad != "" {
				t.Errorf("%s: data %q maps to unknown %q", tc.t.Name(), d, bad)
			}
		}
	}
	for _, def := range category.PurposeDefinitions() {
		pk := category.Purpose(def.Code)
		for _, tc := range []struct {
			t  *Table[category.Purpose]
			ok func(string) bool
		}{{ApplePurposeTable, isApplePurpose}, {PlayPurposeTable, isPlayPurpose}, {TCFPurposes, isTCF}} {
			ts, _, ok := tc.t.Lookup(pk)
			if !ok {
				t.Errorf("%s: purpose %q neither mapped nor marked", tc.t.Name(), pk)
			}
			if bad := valid(ts, tc.ok); bad != "" {
				t.Errorf("%s: purpose %q maps to unknown %q", tc.t.Name(), pk, bad)
			}
		}
	}
	for _, def := range category.TrackerClassDefinitions() {
		c := category.TrackerClass(def.Code)
		for _, tc := range []struct {
			t  *Table[category.TrackerClass]
			ok func(string) bool
		}{{AppleTrackerClass, isApplePurpose}, {PlayTrackerClass, isPlayPurpose}} {
			ts, _, ok := tc.t.Lookup(c)
			if !ok {
				t.Errorf("%s: tracker class %q neither mapped nor marked", tc.t.Name(), c)
			}
			if bad := valid(ts, tc.ok); bad != "" {
				t.Errorf("%s: %q maps to unknown %q", tc.t.Name(), c, bad)
			}
		}
	}
	// Every entry's code is a registry code (no stale entries).
	for code := range AppleData.entries {
		if !code.Known() {
			t.Errorf("data→apple: entry for unknown code %q", code)
		}
	}
	for code := range PlayData.entries {
		if !code.Known() {
			t.Errorf("data→play: entry for unknown code %q", code)
		}
	}
	for _, tb := range []*Table[category.Purpose]{ApplePurposeTable, PlayPurposeTable, TCFPurposes} {
		for code := range tb.entries {
			if !code.Known() {
				t.Errorf("%s: entry for unknown code %q", tb.Name(), code)
			}
		}
	}
}

// TestInheritance checks the crosswalk rule: a child without an entry takes its
// parent's, an entry of its own wins, and a marked code has no targets.
func TestInheritance(t *testing.T) {
	if AppleData.Explicit("contact.email.work") {
		t.Fatal("unexpected entry")
	}
	ts, from, ok := AppleData.Lookup("financial.payment-card.last-four")
	if !ok || from != "financial.payment-card" || !slices.Equal(ts, []string{"NSPrivacyCollectedDataTypePaymentInfo"}) {
		t.Errorf("last-four: %v from %q", ts, from)
	}
	ts, from, ok = AppleData.Lookup("location.precise")
	if !ok || from != "location.precise" || ts[0] != "NSPrivacyCollectedDataTypePreciseLocation" {
		t.Errorf("location.precise: %v from %q", ts, from)
	}
	ts, _, ok = PlayData.Lookup(category.DataPersonal)
	if !ok || len(ts) != 0 {
		t.Errorf("personal-data should be marked with no counterpart, got %v %v", ts, ok)
	}
	if _, _, ok := AppleData.Lookup("no-such-code"); ok {
		t.Error("an unknown code resolved")
	}
}

// small returns a minimal valid policy for hand-made cases.
func small(t *testing.T, extra string) *policy.Policy {
	t.Helper()
	doc := `{"id":"t","title":"T","language":"en","controllers":[{"id":"c","legal_name":"T Inc."}]` + extra + `}`
	p, err := policy.Decode(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return p
}

// TestUnmappedReported: codes without counterpart and extension codes with no
// standard parent are reported with their pointers, never dropped silently.
func TestUnmappedReported(t *testing.T) {
	p := small(t, `,"extensions":[{"list":"data","code":"x-widget","title":"Widget data","description":"Data about widgets."}],
	"collection":[{"id":"c1","data":["personal-data","contact.email","x-widget"]}],
	"purposes":[{"id":"p1","kind":"legal-compliance","collections":["c1"]}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, w := range pl.Warnings {
		codes[w.Pointer+" "+w.Value] = w.Code
	}
	for k, want := range map[string]string{
		"/collection/0/data/0 personal-data":                 "no-counterpart",
		"/collection/0/data/2 x-widget":                      "unmapped",
		"/purposes/0/kind legal-compliance":                  "no-counterpart",
		"/collection/0/data/1 contact.email":                 "no-purpose",
		"/security PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT": "not-stated",
	} {
		if codes[k] != want {
			t.Errorf("warning %q = %q, want %q (all: %v)", k, codes[k], want, codes)
		}
	}
	if len(pl.DataTypes) != 1 || pl.DataTypes[0].Type != "PSL_EMAIL" {
		t.Errorf("data types %+v", pl.DataTypes)
	}
}

// TestAppleSmall checks tracking, purposes and domains on a hand-made policy.
func TestAppleSmall(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"]},{"id":"c2","data":["location.precise"]}],
	"purposes":[{"id":"p1","kind":"account-management","collections":["c1"]},{"id":"p2","kind":"targeted-advertising","collections":["c2"]}],
	"trackers":[{"id":"t1","kind":"sdk","class":"advertising","party":"third-party","provider":{"name":"AdCo","url":"https://www.adco.example/privacy"},"data":["online.advertising-id"]}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]AppleCollected{}
	for _, c := range m.DataTypes {
		got[strings.TrimPrefix(c.Type, appleTypePrefix)] = c
	}
	if e := got["EmailAddress"]; e.Tracking || !slices.Equal(e.Purposes, []string{applePurposePrefix + "AppFunctionality"}) {
		t.Errorf("email: %+v", e)
	}
	if l := got["PreciseLocation"]; !l.Tracking || !slices.Equal(l.Purposes, []string{applePurposePrefix + "ThirdPartyAdvertising"}) || l.TrackingSource != "/purposes/1" {
		t.Errorf("location: %+v", l)
	}
	if d := got["DeviceID"]; !d.Tracking || !slices.Equal(d.Purposes, []string{applePurposePrefix + "ThirdPartyAdvertising"}) {
		t.Errorf("device id: %+v", d)
	}
	if !m.Tracking || !slices.Equal(m.TrackingDomains, []string{"adco.example"}) {
		t.Errorf("tracking %v domains %v", m.Tracking, m.TrackingDomains)
	}
	l := m.Label()
	if len(l.UsedToTrackYou) != 2 || len(l.LinkedToYou) != 3 {
		t.Errorf("label %+v", l)
	}
	if !strings.Contains(l.Text(), "Email Address: App Functionality") {
		t.Errorf("text:\n%s", l.Text())
	}
}

// TestPlaySmall checks sharing, exemptions, user control, encryption and
// deletion on a hand-made policy, and the CSV's columns and codes.
func TestPlaySmall(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"],"requirement":"required"},{"id":"c2","data":["location.approximate"],"requirement":"optional"}],
	"purposes":[{"id":"p1","kind":"account-management","collections":["c1"]},{"id":"p2","kind":"analytics","collections":["c2"]}],
	"recipients":[{"id":"r1","types":["hosting-provider"],"collections":["c1"]},{"id":"r2","types":["advertising-partner"],"collections":["c2"],"purposes":["p2"]}],
	"security":[{"id":"s1","kind":"encryption-in-transit"}],
	"rights":[{"id":"rt","rights":["erasure"],"channels":[{"kind":"web-form","url":"https://t.example/delete"}]}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(pl.DataTypes) != 2 {
		t.Fatalf("types %+v", pl.DataTypes)
	}
	email, loc := pl.DataTypes[0], pl.DataTypes[1]
	if email.Type != "PSL_EMAIL" || email.Shared || email.Required == nil || !*email.Required || !slices.Equal(email.CollectionPurposes, []string{"PSL_ACCOUNT_MANAGEMENT"}) {
		t.Errorf("email %+v", email)
	}
	if loc.Type != "PSL_APPROX_LOCATION" || !loc.Shared || loc.Required == nil || *loc.Required || !slices.Equal(loc.SharingPurposes, []string{"PSL_ANALYTICS"}) {
		t.Errorf("location %+v", loc)
	}
	if pl.EncryptedInTransit == nil || !*pl.EncryptedInTransit || pl.DeletionRequests == nil || pl.DeletionURL != "https://t.example/delete" {
		t.Errorf("general answers %+v", pl)
	}
	rows, err := csv.NewReader(bytes.NewReader(pl.CSV())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], PlayCSVHeader) {
		t.Errorf("header %v", rows[0])
	}
	val := map[string]string{}
	for _, r := range rows[1:] {
		if len(r) != 5 {
			t.Fatalf("row %v has %d columns", r, len(r))
		}
		val[r[0]+"|"+r[1]] = r[2]
	}
	for k, want := range map[string]string{
		"PSL_DATA_TYPES_PERSONAL|PSL_EMAIL": "true",
		"PSL_DATA_TYPES_PERSONAL|PSL_NAME":  "",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED":           "",
		"PSL_DATA_USAGE_RESPONSES:PSL_APPROX_LOCATION:PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED": "true",
		"PSL_DATA_USAGE_RESPONSES:PSL_APPROX_LOCATION:DATA_USAGE_USER_CONTROL|PSL_DATA_USAGE_USER_CONTROL_OPTIONAL":     "true",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE|PSL_ACCOUNT_MANAGEMENT":                       "true",
		"PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_EPHEMERAL|":                                                  "false",
		"PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT|":                                                                     "true",
		"PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_YES":                                                           "true",
	} {
		got, ok := val[k]
		if !ok || got != want {
			t.Errorf("%s = %q (present %v), want %q", k, got, ok, want)
		}
	}
	// Every response ID in a data-type or purpose row is a Play code.
	for _, r := range rows[1:] {
		if strings.HasPrefix(r[0], "PSL_DATA_TYPES_") && playTypeIndex(r[1]) < 0 {
			t.Errorf("unknown data type %q", r[1])
		}
		if strings.HasSuffix(r[0], "_PURPOSE") && playPurposeIndex(r[1]) < 0 {
			t.Errorf("unknown purpose %q", r[1])
		}
	}
}

// noNetwork fails every remote context load: the export embeds its context.
type noNetwork struct{}

func (noNetwork) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("network access attempted: %s", u)
}

// TestDPVJSONLD expands every fixture's DPV export with a JSON-LD 1.1 processor
// and converts it to N-Quads; it checks that DPV terms survive expansion.
func TestDPVJSONLD(t *testing.T) {
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = noNetwork{}
	opts.Format = "application/n-quads"
	for _, f := range examples.All() {
		d, err := DPV(f.New())
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(d.JSONLD, &doc); err != nil {
			t.Fatalf("%s: %v", f.ID, err)
		}
		exp, err := proc.Expand(doc, opts)
		if err != nil {
			t.Fatalf("%s: expand: %v", f.ID, err)
		}
		if len(exp) == 0 {
			t.Fatalf("%s: expansion is empty", f.ID)
		}
		nq, err := proc.ToRDF(doc, opts)
		if err != nil {
			t.Fatalf("%s: to N-Quads: %v", f.ID, err)
		}
		s, _ := nq.(string)
		for _, want := range []string{
			"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dpv#Process>",
			"<https://w3id.org/dpv#hasPurpose>",
			"<https://w3id.org/dpv#hasDataController>",
			"<https://w3id.org/dpv#hasPersonalData> <https://w3id.org/dpv/pd#",
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: N-Quads lack %s", f.ID, want)
			}
		}
		if strings.Contains(s, "_:") && strings.Count(s, "\n") < 10 {
			t.Errorf("%s: suspiciously few quads", f.ID)
		}
	}
}

// TestUnscopedTracking: a tracking purpose that names no data gives every data
// type its Apple purpose (the policy does not restrict it) but marks none as
// tracked; it is reported for review instead.
func TestUnscopedTracking(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"]}],
	"purposes":[{"id":"p1","kind":"targeted-advertising"}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.DataTypes) != 1 || m.DataTypes[0].Tracking || m.Tracking {
		t.Errorf("tracking: %+v", m)
	}
	if !slices.Equal(m.DataTypes[0].Purposes, []string{applePurposePrefix + "ThirdPartyAdvertising"}) {
		t.Errorf("purposes %v", m.DataTypes[0].Purposes)
	}
	if !slices.ContainsFunc(m.Warnings, func(w Warning) bool { return w.Code == "not-stated" && w.Pointer == "/purposes/0" }) {
		t.Errorf("no review warning: %+v", m.Warnings)
	}
}

// TestREADME: the export shown in README.md is the start of the real output.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const intro = "For Blausen Medical's 2019 policy, `export -to apple-label` begins:\n\n```\n"
	i := bytes.Index(readme, []byte(intro))
	if i < 0 {
		t.Fatal("README.md lacks the export example")
	}
	block := readme[i+len(intro):]
	block = block[:bytes.Index(block, []byte("```"))]
	p, err := examples.ByID("blausen-medical-2019")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := Apple(p)
	if !strings.HasPrefix(m.Label().Text(), string(block)) {
		t.Errorf("README.md example is not the start of the output:\n%s", block)
	}
}
