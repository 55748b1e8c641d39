package jurisdiction

import (
	"slices"
	"testing"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

func TestJurisdictionRegistry(t *testing.T) {
	if err := list.Check(form); err != nil {
		t.Error(err)
	}
	defs := Definitions()
	if n := len(defs); n < 249+4000 {
		t.Errorf("only %d jurisdictions: the ISO 3166 tables are incomplete", n)
	}
	for _, d := range defs {
		switch d.Kind {
		case KindCountry, KindRegion:
			if d.Parent != "" {
				t.Errorf("%s: a %s has no parent", d.Code, d.Kind)
			}
		case KindSubdivision:
			if p, ok := Code(d.Parent).Definition(); !ok || p.Kind != KindCountry {
				t.Errorf("%s: parent %q is not a country", d.Code, d.Parent)
			}
		default:
			t.Errorf("%s: kind %q", d.Code, d.Kind)
		}
		for _, m := range d.Members {
			if md, ok := m.Definition(); !ok || md.Kind != KindCountry {
				t.Errorf("%s: member %s is not a country", d.Code, m)
			}
		}
	}
	// Every constant names a known jurisdiction.
	for name, v := range vocabtest.Consts(t, ".", "Code") {
		if !Code(v).Known() {
			t.Errorf("constant %s = %q is not in the registry", name, v)
		}
	}
}

func TestContains(t *testing.T) {
	for _, tc := range []struct {
		a, b Code
		want bool
	}{
		{EEA, "DE", true},
		{EEA, "DE-BY", true},
		{EEA, EU, true},
		{EU, EEA, false},
		{EU, "NO", false},
		{UnitedStates, California, true},
		{California, UnitedStates, false},
		{EEA, UnitedKingdom, false},
		{"x-mars", "x-mars", true},
		{"FR", "FR", true},
	} {
		if got := tc.a.Contains(tc.b); got != tc.want {
			t.Errorf("%s.Contains(%s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if !EU.Overlaps(EEA) || !Italy.Overlaps(EU) || UnitedKingdom.Overlaps(EEA) || !EEA.Overlaps("IT-RM") {
		t.Error("Overlaps is wrong")
	}
}

func TestValid(t *testing.T) {
	for code, want := range map[Code]bool{"US": true, "US-CA": true, "EEA": true, "us": false, "US-ZZ": false, "XX": false, "x-atlantis": true, "": false} {
		if got := code.Valid(); got != want {
			t.Errorf("%q.Valid() = %v, want %v", code, got, want)
		}
	}
}

func TestLawRegistries(t *testing.T) {
	vocabtest.CheckRegistry(t, ".", "Law", lawList, vocabtest.Kebab)
	vocabtest.CheckRegistry(t, ".", "Element", elementList, vocabtest.Kebab)
	for _, d := range LawDefinitions() {
		if len(d.Jurisdictions) == 0 {
			t.Errorf("law %s: no jurisdiction", d.Code)
		}
		for _, j := range d.Jurisdictions {
			if !j.Known() {
				t.Errorf("law %s: unknown jurisdiction %s", d.Code, j)
			}
		}
		for _, r := range d.Rights {
			if !r.Known() {
				t.Errorf("law %s: unknown right %s", d.Code, r)
			}
		}
		for _, e := range d.Requires {
			if !e.Known() {
				t.Errorf("law %s: unknown element %s", d.Code, e)
			}
		}
	}
	gdpr, _ := LawGDPR.Definition()
	if !slices.Contains(gdpr.Rights, "portability") || !slices.Contains(gdpr.Jurisdictions, EEA) {
		t.Errorf("GDPR definition: %+v", gdpr)
	}
}

// TestDefinitionsAreCopies checks that a caller cannot change the registry
// through the slices of a definition it was given.
func TestDefinitionsAreCopies(t *testing.T) {
	d, _ := EEA.Definition()
	d.Members[0] = "US"
	all := Definitions()
	all[0].Members[1] = "US"
	if !EEA.Contains("AT") || !EU.Contains("BE") || EEA.Contains("US") {
		t.Error("changing a returned definition changed the registry")
	}
	l, _ := LawGDPR.Definition()
	l.Jurisdictions[0] = "US"
	if again, _ := LawGDPR.Definition(); again.Jurisdictions[0] != EEA {
		t.Error("changing a returned law definition changed the registry")
	}
}
