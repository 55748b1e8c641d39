package category

import (
	"regexp"
	"strings"
	"testing"

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
		{false, Source("x-scraped")}, // sources are a closed list
		{true, SourceDataSubject},
		{false, Purpose("Marketing")},
	} {
		if got := tc.code.Valid(); got != tc.ok {
			t.Errorf("%v.Valid() = %v, want %v", tc.code, got, tc.ok)
		}
	}
}
