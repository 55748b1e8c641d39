package examples

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab"
)

// claimsFile is a fixture's checklist of the atomic claims of its source text
// (examples/claims/<id>.json), written from the text alone before encoding,
// with the JSON Pointers of the fixture that answer each claim and a grade.
type claimsFile struct {
	Fixture string  `json:"fixture"`
	Source  string  `json:"source"`
	Claims  []claim `json:"claims"`
}

type claim struct {
	ID       string   `json:"id"`
	Section  string   `json:"section"`
	Topic    string   `json:"topic"`
	Claim    string   `json:"claim"`
	Quote    string   `json:"quote"`
	Pointers []string `json:"pointers"`
	// Grade is how the fixture answers the claim: structured (typed fields
	// and registry codes), x-code (only through an extension code), free-text
	// (only in description, quote or criteria), inexpressible.
	Grade string `json:"grade"`
	Note  string `json:"note,omitempty"`
}

// freeText are the members whose values are the policy's words, not data.
var freeText = map[string]bool{"quote": true, "description": true, "criteria": true}

// Fidelity bars of the fixtures.
const (
	minStructured = 0.95 // share of claims answered by typed fields
	maxExtension  = 0.01 // share of code uses that are "x-" codes
)

// TestClaims checks every fixture against its claims file: each pointer
// resolves; a claim graded structured is answered by at least one member that
// is not free text; an x-code claim reaches an "x-" code; at least 95 % of the
// claims are structured, none inexpressible; under 1 % of the fixture's code
// uses are "x-" codes. Run with -v for the grade counts.
func TestClaims(t *testing.T) {
	for _, f := range All() {
		t.Run(f.ID, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("claims", f.ID+".json"))
			if err != nil {
				t.Fatalf("every fixture needs a claims file: %v", err)
			}
			var cf claimsFile
			dec := json.NewDecoder(strings.NewReader(string(raw)))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&cf); err != nil {
				t.Fatalf("claims/%s.json: %v", f.ID, err)
			}
			if cf.Fixture != f.ID {
				t.Errorf("claims file names fixture %q", cf.Fixture)
			}
			data, err := JSON(f.ID)
			if err != nil {
				t.Fatal(err)
			}
			var doc any
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			counts := map[string]int{}
			seen := map[string]bool{}
			for _, c := range cf.Claims {
				if seen[c.ID] {
					t.Errorf("claim %s is listed twice", c.ID)
				}
				seen[c.ID] = true
				counts[c.Grade]++
				if msg := gradeFault(doc, c); msg != "" {
					t.Errorf("claim %s (%s): %s", c.ID, c.Claim, msg)
				}
			}
			n := len(cf.Claims)
			if n < 50 {
				t.Fatalf("only %d claims", n)
			}
			share := float64(counts["structured"]) / float64(n)
			t.Logf("%d claims: %d structured (%.1f %%), %d x-code, %d free-text, %d inexpressible",
				n, counts["structured"], 100*share, counts["x-code"], counts["free-text"], counts["inexpressible"])
			if share < minStructured {
				t.Errorf("%.1f %% of claims are structured; the bar is %.0f %%", 100*share, 100*minStructured)
			}
			if counts["inexpressible"] > 0 {
				t.Errorf("%d claims are inexpressible", counts["inexpressible"])
			}
			uses, ext := codeUses(reflect.ValueOf(f.New()))
			t.Logf("%d code uses, %d of them x- codes", uses, ext)
			if float64(ext) >= maxExtension*float64(uses) && ext > 0 {
				t.Errorf("%d of %d code uses are x- codes; the bar is under %.0f %%", ext, uses, 100*maxExtension)
			}
		})
	}
}

// gradeFault says what is wrong with a claim's pointers for its grade, or "".
func gradeFault(doc any, c claim) string {
	var structured, extension bool
	for _, p := range c.Pointers {
		v, ok := lookup(doc, p)
		if !ok {
			return "pointer " + p + " does not resolve"
		}
		last := p[strings.LastIndex(p, "/")+1:]
		if freeText[last] {
			continue
		}
		if s, isString := v.(string); isString && strings.HasPrefix(s, vocab.ExtensionPrefix) {
			extension = true
			continue
		}
		if obj, isObject := v.(map[string]any); isObject {
			// A whole statement answers a claim only by the typed members it
			// holds besides its ID and free text.
			for k := range obj {
				if !freeText[k] && k != "id" {
					structured = true
				}
			}
			continue
		}
		structured = true
	}
	switch c.Grade {
	case "structured":
		if len(c.Pointers) == 0 {
			return "graded structured but has no pointers"
		}
		if !structured {
			return "graded structured but answered only by free text or x- codes"
		}
	case "x-code":
		if !extension {
			return "graded x-code but no pointer reaches an x- code"
		}
	case "free-text":
		if len(c.Pointers) == 0 {
			return "graded free-text but has no pointers"
		}
	case "inexpressible":
	default:
		return "grade " + c.Grade + " is not one of structured, x-code, free-text, inexpressible"
	}
	return ""
}

var codedType = reflect.TypeFor[check.Coded]()

// codeUses counts the code values of v and those that are "x-" codes.
func codeUses(v reflect.Value) (uses, ext int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			return codeUses(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			u, e := codeUses(v.Index(i))
			uses, ext = uses+u, ext+e
		}
	case reflect.Struct:
		for i := range v.NumField() {
			u, e := codeUses(v.Field(i))
			uses, ext = uses+u, ext+e
		}
	case reflect.String:
		if v.Type().Implements(codedType) && v.String() != "" {
			uses++
			if strings.HasPrefix(v.String(), vocab.ExtensionPrefix) {
				ext++
			}
		}
	}
	return uses, ext
}
