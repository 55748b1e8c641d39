package check

import (
	"regexp"
	"testing"
)

func TestPointer(t *testing.T) {
	for ns, want := range map[string]string{
		"Policy.purposes[1].legal_bases[0].basis": "/purposes/1/legal_bases/0/basis",
		"Policy.id":                     "/id",
		"Policy.collection[0].data[12]": "/collection/0/data/12",
		"Policy":                        "",
		"Policy.a~b.c/d":                "/a~0b/c~1d",
	} {
		if got := Pointer(ns); got != want {
			t.Errorf("Pointer(%q) = %q, want %q", ns, got, want)
		}
	}
}

func TestDuration(t *testing.T) {
	for s, want := range map[string]bool{
		"P6M": true, "P7Y": true, "P1Y2M3W4DT5H6M7.5S": true, "PT1H": true, "P30D": true,
		"P": false, "PT": false, "P1YT": false, "6M": false, "P1.5Y": false, "": false, "p6m": false,
	} {
		if got := ValidDuration(s); got != want {
			t.Errorf("ValidDuration(%q) = %v", s, got)
		}
	}
	if DurationPattern != durationForm.String() || IDPattern != idForm.String() || PhonePattern != phoneForm.String() {
		t.Error("an exported pattern and its regexp differ")
	}
	_ = regexp.MustCompile(DurationPattern)
}

func TestForms(t *testing.T) {
	for s, want := range map[string]bool{"a": true, "purpose-ads": true, "a.b_c-1": true, "A": false, "-a": false, "a--b": false, "a b": false} {
		if got := idForm.MatchString(s); got != want {
			t.Errorf("id %q: %v", s, got)
		}
	}
	for s, want := range map[string]bool{"507-266-6286": true, "+1 (507) 266-6286": true, "12": true, "call us": false, "507-": false, "": false} {
		if got := phoneForm.MatchString(s); got != want {
			t.Errorf("phone %q: %v", s, got)
		}
	}
}

// TestValidID checks the hand-written ID matcher against the pattern, over
// every string of up to five characters of a small alphabet.
func TestValidID(t *testing.T) {
	re := regexp.MustCompile(IDPattern)
	alphabet := []string{"a", "z", "0", "9", ".", "_", "-", "A", " ", "é"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := ValidID(s), re.MatchString(s); got != want {
			t.Errorf("ValidID(%q) = %v, pattern %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			walk(s+c, n-1)
		}
	}
	walk("", 5)
}
