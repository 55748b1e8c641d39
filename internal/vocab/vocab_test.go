package vocab

import (
	"regexp"
	"strings"
	"testing"
)

type code string

func list(terms ...Term) *List[code, Term] {
	return New[code]("test", true, func(t Term) Term { return t }, terms)
}

func TestCheckFindsDefects(t *testing.T) {
	form := regexp.MustCompile(`^[a-z]+$`)
	for _, tc := range []struct {
		name  string
		terms []Term
		want  string
	}{
		{"duplicate", []Term{{"a", "A", "a.", ""}, {"a", "A", "a.", ""}}, `"a" is defined twice`},
		{"no title", []Term{{"a", "", "a.", ""}}, `"a" has no title`},
		{"no description", []Term{{"a", "A", " ", ""}}, `"a" has no description`},
		{"unknown parent", []Term{{"a", "A", "a.", "b"}}, `"a" has unknown parent "b"`},
		{"cycle", []Term{{"a", "A", "a.", "b"}, {"b", "B", "b.", "a"}}, `"a" is in a parent cycle`},
		{"self parent", []Term{{"a", "A", "a.", "a"}}, `"a" is in a parent cycle`},
		{"bad form", []Term{{"A1", "A", "a.", ""}}, `"A1" does not match`},
		{"extension prefix", []Term{{"x-a", "A", "a.", ""}}, `uses the extension prefix`},
		{"empty code", []Term{{"", "A", "a.", ""}}, `a definition has no code`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := form
			if tc.name == "extension prefix" {
				f = nil
			}
			err := list(tc.terms...).Check(f)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Check() = %v, want an error containing %s", err, tc.want)
			}
		})
	}
	if err := list(Term{"a", "A", "a.", ""}, Term{"b", "B", "b.", "a"}).Check(form); err != nil {
		t.Errorf("a sound registry fails: %v", err)
	}
}

func TestLookupAndAncestors(t *testing.T) {
	l := list(Term{"a", "A", "a.", ""}, Term{"b", "B", "b.", "a"}, Term{"c", "C", "c.", "b"})
	if d, ok := l.Lookup("b"); !ok || d.Title != "B" {
		t.Errorf("Lookup(b) = %v, %v", d, ok)
	}
	if _, ok := l.Lookup("z"); ok {
		t.Error("Lookup(z) found something")
	}
	if got := l.Ancestors("c"); len(got) != 2 || got[0] != "b" || got[1] != "a" {
		t.Errorf("Ancestors(c) = %v", got)
	}
	// Ancestors stops at a cycle instead of looping.
	cyc := list(Term{"a", "A", "a.", "b"}, Term{"b", "B", "b.", "a"})
	if got := cyc.Ancestors("a"); len(got) != 1 {
		t.Errorf("Ancestors in a cycle = %v", got)
	}
	all := l.All()
	all[0].Title = "changed"
	if d, _ := l.Lookup("a"); d.Title != "A" {
		t.Error("All does not return a copy")
	}
}

func TestExtensions(t *testing.T) {
	for s, want := range map[string]bool{
		"x-a": true, "x-loyalty-card": true, "x-a.b-c": true, "x-": false, "x-A": false,
		"x-a..b": false, "x-a-": false, "y-a": false, "x-a b": false, "": false,
	} {
		if got := IsExtension(s); got != want {
			t.Errorf("IsExtension(%q) = %v", s, got)
		}
	}
	if regexp.MustCompile(ExtensionPattern).String() != extension.String() {
		t.Error("ExtensionPattern and extension differ")
	}
	closed := New[code]("closed", false, func(t Term) Term { return t }, []Term{{"a", "A", "a.", ""}})
	if closed.Valid("x-a") || !closed.Valid("a") || !list().Valid("x-a") {
		t.Error("Valid ignores openness")
	}
}
