package policy

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/check"
)

// minimal returns the smallest valid policy.
func minimal() *Policy {
	return &Policy{ID: "t", Title: "T", Language: "en", Controllers: []Controller{{Statement: Statement{ID: "acme"},
		LegalName: "Acme Ltd"}}}
}

func TestValidateFull(t *testing.T) {
	if err := decodeFull(t).Validate(); err != nil {
		t.Error(err)
	}
	if err := minimal().Validate(); err != nil {
		t.Error(err)
	}
}

func TestValidateNil(t *testing.T) {
	var p *Policy
	err := p.Validate()
	if diff := cmp.Diff([]codePath{{FaultRequired, ""}}, codePaths(faultsOf(t, err))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	checkMessages(t, faultsOf(t, err))
}

// TestValidateDoesNotModify validates valid and faulty policies and compares
// them with copies decoded from the same bytes.
func TestValidateDoesNotModify(t *testing.T) {
	docs := [][]byte{readFull(t)}
	for _, c := range loadCorpus(t) {
		docs = append(docs, c.doc)
	}
	for _, doc := range docs {
		p, _ := Decode(bytes.NewReader(doc))
		if p == nil {
			continue
		}
		want, _ := Decode(bytes.NewReader(doc))
		_ = p.Validate()
		_ = p.Validate()
		if diff := cmp.Diff(want, p); diff != "" {
			t.Errorf("Validate modified the policy (-before +after):\n%s", diff)
		}
	}
}

// TestValidateConcurrent runs Validate on one policy from several goroutines;
// with -race it proves validation only reads.
func TestValidateConcurrent(t *testing.T) {
	p := decodeFull(t)
	p.Purposes[0].Kind = "nonsense" // one fault, so that fault paths are built too
	want := p.Validate().Error()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := p.Validate().Error(); got != want {
					t.Errorf("concurrent Validate gave %q, want %q", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestFaultsSorted checks that faults come sorted by path, numeric segments by
// value (/purposes/2 before /purposes/10), whatever order the checks run in.
func TestFaultsSorted(t *testing.T) {
	p := minimal()
	p.ID = "" // a fault at the top, found by the field rules
	for i := range 12 {
		p.Purposes = append(p.Purposes, Purpose{Statement: Statement{ID: fmt.Sprintf("p%d", i)},
			Kind: "bogus"})
	}
	// A rule fault and a reference fault inside the list, found by later checks.
	p.Purposes[10].LegalBases = []LegalBasis{{Basis: BasisLegitimateInterests}}
	p.Purposes[2].Collections = []string{"missing"}
	var want []string
	want = append(want, "/id")
	for i := range 12 {
		if i == 2 {
			want = append(want, "/purposes/2/collections/0")
		}
		want = append(want, fmt.Sprintf("/purposes/%d/kind", i))
		if i == 10 {
			want = append(want, "/purposes/10/legal_bases/0/interest")
		}
	}
	var got []string
	for _, f := range faultsOf(t, p.Validate()) {
		got = append(got, f.Path)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fault order (-want +got):\n%s", diff)
	}
}

func TestPathLess(t *testing.T) {
	ordered := []string{
		"",
		"/controllers",
		"/controllers/0/id",
		"/id",
		"/purposes/2",
		"/purposes/2/kind",
		"/purposes/10",
		"/purposes/10/data/9",
		"/purposes/10/data/11",
		"/purposes/x",
	}
	for i, a := range ordered {
		for j, b := range ordered {
			if got, want := pathLess(a, b), i < j; got != want {
				t.Errorf("pathLess(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestFaultsSameCodeOrder checks the tie-breaks: at one path, faults are ordered
// by code, so the output does not depend on the order checks run in.
func TestFaultsSameCodeOrder(t *testing.T) {
	fs := Faults{
		{Path: "/laws/0", Code: FaultUnionRequired, Message: "b"},
		{Path: "/laws/0", Code: FaultRequired, Message: "a"},
		{Path: "", Code: FaultSyntax, Message: "c"},
	}
	got := codePaths(fs.sorted())
	want := []codePath{{FaultSyntax, ""}, {FaultRequired, "/laws/0"}, {FaultUnionRequired, "/laws/0"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestErrorsAs checks that callers get at the faults through errors.As, also
// when the error has been wrapped, and that a valid policy gives a nil error
// (not an empty Faults in an interface).
func TestErrorsAs(t *testing.T) {
	p := minimal()
	if err := p.Validate(); err != nil {
		t.Fatalf("valid policy: %v", err)
	}
	p.Title = ""
	err := fmt.Errorf("loading acme: %w", p.Validate())
	var fs Faults
	if !errors.As(err, &fs) {
		t.Fatalf("errors.As found no Faults in %v", err)
	}
	if diff := cmp.Diff([]codePath{{FaultRequired, "/title"}}, codePaths(fs)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err = Decode(strings.NewReader(`{"id":"t","title":"T","language":"en","controllers":[]}`))
	if !errors.As(err, &fs) || len(fs) != 1 || fs[0].Code != FaultTooFew {
		t.Errorf("Decode error: %v", err)
	}
}

func TestFaultError(t *testing.T) {
	for _, tc := range []struct {
		f    Fault
		want string
	}{
		{Fault{Path: "/title", Code: FaultRequired, Message: "title is required"}, "/title: title is required (required)"},
		{Fault{Code: FaultSyntax, Message: "the document ends too early"}, "(document): the document ends too early (syntax)"},
	} {
		if got := tc.f.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	fs := Faults{{Path: "/a", Code: FaultRequired, Message: "a is required"}, {Path: "/b", Code: FaultRequired, Message: "b is required"}}
	want := "2 fault(s) in policy:\n/a: a is required (required)\n/b: b is required (required)"
	if got := fs.Error(); got != want {
		t.Errorf("Faults.Error() = %q, want %q", got, want)
	}
}

// TestValidateEveryType validates the zero value of every struct type the model
// contains, once. The validator parses a type's tags on first use and panics on
// a misspelled one; this finds it here rather than in a user's program.
func TestValidateEveryType(t *testing.T) {
	types := structTypes(reflect.TypeFor[Policy]())
	if len(types) < 30 {
		t.Fatalf("found only %d struct types", len(types))
	}
	for _, typ := range types {
		t.Run(typ.String(), func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("validating %s panics: %v", typ, r)
				}
			}()
			err := check.Validator().Struct(reflect.New(typ).Interface())
			_ = err // the zero value may well be invalid; only a panic matters
		})
	}
}

// structTypes returns every struct type reachable from t, in a stable order.
func structTypes(t reflect.Type) []reflect.Type {
	seen := map[reflect.Type]bool{}
	var out []reflect.Type
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice:
			walk(t.Elem())
		case reflect.Struct:
			out = append(out, t)
			for i := range t.NumField() {
				walk(t.Field(i).Type)
			}
		}
	}
	walk(t)
	slices.SortFunc(out, func(a, b reflect.Type) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// TestRequiredAgreesWithJSON checks that required-ness is stated once: a field
// validated as required has no omitempty, and a field without omitempty is
// required (or a bool, or a struct whose own fields carry the rules).
func TestRequiredAgreesWithJSON(t *testing.T) {
	for _, typ := range structTypes(reflect.TypeFor[Policy]()) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
			rules := strings.Split(f.Tag.Get("validate"), ",")
			if i := slices.Index(rules, "dive"); i >= 0 {
				rules = rules[:i] // what follows dive is about the elements
			}
			required := slices.Contains(rules, "required")
			switch {
			case required && omit:
				t.Errorf("%s.%s is required but omitempty", typ, f.Name)
			case !required && !omit && f.Type.Kind() != reflect.Struct:
				t.Errorf("%s.%s is not required but is always written", typ, f.Name)
			}
		}
	}
}

// TestSpecialCategoriesExist guards the corpus: the categories it uses as
// special (GDPR Art. 9) and not special are still so in the registry.
func TestSpecialCategoriesExist(t *testing.T) {
	for _, d := range []category.Data{"health.condition", "health.record", "health.genetic", "biometric.fingerprint", "biometric.face", "sexuality.orientation"} {
		if !d.Known() || !d.Special() {
			t.Errorf("%s: known %v, special %v; the corpus needs a known special category", d, d.Known(), d.Special())
		}
	}
	for _, d := range []category.Data{"contact.email", "online.ip-address", "x-loyalty.points"} {
		if d.Special() {
			t.Errorf("%s is special; the corpus needs it not to be", d)
		}
	}
}

// TestEveryTagHasAMessage fails when the model uses a validator tag that
// fieldFault has no case for: its fault would get a generic message and the
// invalid-format code whatever it means.
func TestEveryTagHasAMessage(t *testing.T) {
	src, err := os.ReadFile("validate.go")
	if err != nil {
		t.Fatal(err)
	}
	handled := map[string]bool{"omitempty": true, "dive": true}
	for _, m := range regexp.MustCompile(`case "([a-z0-9_]+)"`).FindAllSubmatch(src, -1) {
		handled[string(m[1])] = true
	}
	for _, typ := range structTypes(reflect.TypeFor[Policy]()) {
		for i := range typ.NumField() {
			for _, rule := range strings.Split(typ.Field(i).Tag.Get("validate"), ",") {
				tag, _, _ := strings.Cut(rule, "=")
				if tag != "" && !handled[tag] {
					t.Errorf("%s.%s uses validator tag %q, which fieldFault has no message for", typ, typ.Field(i).Name, tag)
				}
			}
		}
	}
}

// TestUnknownCodeMessages checks that an unknown code's fault says whether its
// list is open and suggests the nearest code when one is close.
func TestUnknownCodeMessages(t *testing.T) {
	p := minimal()
	p.Collection = []Collection{{Statement: Statement{ID: "c"}, Data: []category.Data{"contact.emial", "zzzz"}}}
	p.Purposes = []Purpose{{Statement: Statement{ID: "p"}, Kind: category.PurposeMarketing,
		LegalBases: []LegalBasis{{Basis: "contrakt"}}}}
	fs := faultsOf(t, p.Validate())
	want := map[string][]string{
		"/collection/0/data/0":            {`did you mean "contact.email"?`, "the list is open"},
		"/collection/0/data/1":            {"the list is open"},
		"/purposes/0/legal_bases/0/basis": {`did you mean "contract"?`, "the list is closed"},
	}
	for path, parts := range want {
		i := slices.IndexFunc(fs, func(f Fault) bool { return f.Path == path })
		if i < 0 {
			t.Errorf("no fault at %s in %v", path, fs)
			continue
		}
		for _, part := range parts {
			if !strings.Contains(fs[i].Message, part) {
				t.Errorf("%s: %q lacks %q", path, fs[i].Message, part)
			}
		}
		if path == "/collection/0/data/1" && strings.Contains(fs[i].Message, "did you mean") {
			t.Errorf("%s: %q suggests a code for a value close to none", path, fs[i].Message)
		}
	}
}

// TestUnionsName checks that every member a union rule names is a member of
// its type.
func TestUnionsName(t *testing.T) {
	for _, u := range Unions() {
		m := members(u.Type)
		names := []string{u.Tag}
		for _, c := range u.Cases {
			names = append(names, c.Need...)
			names = append(names, c.Forbid...)
		}
		for _, n := range names {
			if _, ok := m[n]; !ok {
				t.Errorf("%s: union rule names %q, which is not a member", u.Type, n)
			}
		}
	}
}
