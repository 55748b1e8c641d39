package category

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

var (
	kebab  = vocabtest.Kebab
	dotted = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`)
)

func TestRegistries(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		list vocabtest.Registry
		form *regexp.Regexp
	}{
		{"Data", dataList, dotted},
		{"Purpose", purposeList, kebab},
		{"Recipient", recipientList, kebab},
		{"Source", sourceList, kebab},
		{"Method", methodList, kebab},
		{"TrackerKind", trackerKindList, kebab},
		{"TrackerClass", trackerClassList, kebab},
		{"Subject", subjectList, kebab},
		{"Service", serviceList, kebab},
	} {
		t.Run(tc.typ, func(t *testing.T) {
			vocabtest.CheckRegistry(t, ".", tc.typ, tc.list, tc.form)
		})
	}
}

// TestDataHierarchy checks that a data category's parent is its dotted prefix and
// that it carries at least its parent's flags.
func TestDataHierarchy(t *testing.T) {
	for _, d := range DataDefinitions() {
		want := ""
		if i := strings.LastIndex(d.Code, "."); i >= 0 {
			want = d.Code[:i]
		}
		if d.Parent != want {
			t.Errorf("%s: parent %q, want %q", d.Code, d.Parent, want)
		}
		if d.Parent == "" {
			continue
		}
		p, _ := Data(d.Parent).Definition()
		if (p.Special && !d.Special) || (p.Sensitive && !d.Sensitive) || (p.Health && !d.Health) || (p.Criminal && !d.Criminal) {
			t.Errorf("%s lacks a flag of its parent %s", d.Code, d.Parent)
		}
		for _, law := range p.SensitiveUnder {
			if !slices.Contains(d.SensitiveUnder, law) {
				t.Errorf("%s is sensitive under %s as its parent %s is, but does not say so", d.Code, law, d.Parent)
			}
		}
	}
}

func TestDataFlags(t *testing.T) {
	for _, tc := range []struct {
		d                                  Data
		special, sensitive, health, crimin bool
	}{
		{DataFamilialGenetic, true, true, true, false},
		{DataSexualOrientation, true, true, false, false},
		{DataSSN, false, true, false, false},
		{DataCriminal, false, false, false, true},
		{DataEmail, false, false, false, false},
		{DataNationalOrigin, false, false, false, false},
		{DataPaymentCard, false, false, false, false},
		{DataPaymentCardWithCode, false, true, false, false},
		{DataPrescription, true, true, true, false},
		{DataCriminalBackgroundCheck, false, false, false, true},
		{DataCommunicationsContent, false, true, false, false},
		{"x-loyalty.points", false, false, false, false},
	} {
		if got := tc.d.Special(); got != tc.special {
			t.Errorf("%s.Special() = %v", tc.d, got)
		}
		if got := tc.d.Sensitive(); got != tc.sensitive {
			t.Errorf("%s.Sensitive() = %v", tc.d, got)
		}
		if got := tc.d.Health(); got != tc.health {
			t.Errorf("%s.Health() = %v", tc.d, got)
		}
		if got := tc.d.Criminal(); got != tc.crimin {
			t.Errorf("%s.Criminal() = %v", tc.d, got)
		}
	}
	if !DataFamilialGenetic.Within(DataHealth) || DataHealth.Within(DataFamilialGenetic) || !DataEmail.Within(DataEmail) {
		t.Error("Within is wrong")
	}
}

func TestValid(t *testing.T) {
	for _, tc := range []struct {
		ok   bool
		code interface{ Valid() bool }
	}{
		{true, DataEmail},
		{true, Data("x-loyalty-card.number")},
		{false, Data("X-Loyalty")},
		{false, Data("x-")},
		{false, Data("contact.emial")},
		{false, Data("")},
		{true, Purpose("x-clinical-trials")},
		{true, Source("x-scraped")},
		{false, Source("X-Scraped")},
		{true, SourceDataSubject},
		{false, Purpose("Marketing")},
	} {
		if got := tc.code.Valid(); got != tc.ok {
			t.Errorf("%v.Valid() = %v, want %v", tc.code, got, tc.ok)
		}
	}
}

// TestSensitiveUnderAgreesWithFlags checks that the GDPR and CCPA flags say what
// SensitiveUnder says, and that no law is listed twice.
func TestSensitiveUnderAgreesWithFlags(t *testing.T) {
	for _, d := range DataDefinitions() {
		if got := slices.Contains(d.SensitiveUnder, "gdpr"); got != d.Special {
			t.Errorf("%s: Special %v but SensitiveUnder %v", d.Code, d.Special, d.SensitiveUnder)
		}
		if got := slices.Contains(d.SensitiveUnder, "ccpa"); got != d.Sensitive {
			t.Errorf("%s: Sensitive %v but SensitiveUnder %v", d.Code, d.Sensitive, d.SensitiveUnder)
		}
		if len(slices.Compact(slices.Sorted(slices.Values(d.SensitiveUnder)))) != len(d.SensitiveUnder) {
			t.Errorf("%s: a law is listed twice in %v", d.Code, d.SensitiveUnder)
		}
	}
}

func TestSensitiveUnder(t *testing.T) {
	for _, tc := range []struct {
		d    Data
		want []string
	}{
		{DataNationalOrigin, []string{"de-dpdpa", "or-ocpa"}},
		{DataSSN, []string{"ccpa"}},
		{DataPaymentCardWithCode, []string{"ccpa", "nj-dpa"}},
		{DataPreciseLocation, []string{"ccpa", "ctdpa", "de-dpdpa", "mt-cdpa", "nj-dpa", "or-ocpa", "tdpsa", "ucpa", "vcdpa"}},
		{DataCrimeVictim, []string{"or-ocpa"}},
		{DataEmail, nil},
		{"x-loyalty.points", nil},
	} {
		if diff := cmp.Diff(tc.want, tc.d.SensitiveUnder()); diff != "" {
			t.Errorf("%s.SensitiveUnder() (-want +got):\n%s", tc.d, diff)
		}
	}
	// Inherited from an ancestor: familial genetic data is health data.
	if !DataFamilialGenetic.SensitiveIn("wa-mhmda") || DataSexLife.SensitiveIn("vcdpa") || !DataSexualOrientation.SensitiveIn("vcdpa") {
		t.Error("SensitiveIn is wrong")
	}
	if DataNationalOrigin.Sensitive() {
		t.Error("national origin is not CCPA sensitive personal information")
	}
}

func TestDefinitionsAreCopies(t *testing.T) {
	d, _ := DataHealth.Definition()
	d.SensitiveUnder[0] = "changed"
	if again, _ := DataHealth.Definition(); again.SensitiveUnder[0] == "changed" {
		t.Error("changing a returned definition changed the registry")
	}
	all := DataDefinitions()
	for i := range all {
		if all[i].Code == string(DataHealth) {
			all[i].SensitiveUnder[0] = "changed"
		}
	}
	if again, _ := DataHealth.Definition(); again.SensitiveUnder[0] == "changed" {
		t.Error("changing DataDefinitions changed the registry")
	}
}
