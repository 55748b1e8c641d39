package privacy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/gen/schema/schemagen"
	"github.com/openpolicies/privacy/policy"
)

// The rules only Go validation checks. A fault with one of these codes is not
// expected from the schema, and a document whose faults are all Go-only must
// pass the schema (so that this list stays honest).
var goOnlyCodes = map[policy.FaultCode]string{
	policy.FaultSyntax:                  "malformed JSON never reaches a schema",
	policy.FaultTooLarge:                "the size limit is an option of the Go decoder",
	policy.FaultTrailingData:            "content after the document is outside JSON Schema",
	policy.FaultDuplicateKey:            "JSON parsers keep one of two equal keys before a schema sees the object",
	policy.FaultDuplicateID:             "IDs are unique across every section; uniqueItems cannot compare one member across lists",
	policy.FaultDanglingReference:       "a reference must match an ID elsewhere in the document",
	policy.FaultWrongReference:          "a reference must match an ID of a given section elsewhere in the document",
	policy.FaultMissingSpecialCondition: "depends on the data of other statements and on the jurisdictions in scope",
	policy.FaultAgeRange:                "compares two numbers of the document; JSON Schema has no $data",
	policy.FaultExclusiveUse:            "compares the purposes of one statement with the only_for list of another",
	policy.FaultTooMany:                 "the cap on the fault list is an option of the Go decoder",
	policy.FaultInvalidText:             "JSON parsers replace invalid UTF-8 and lone surrogates before a schema sees the string",
	policy.FaultDuplicateCode:           "the schema does not state uniqueItems on code lists (yet)",
	policy.FaultSelfReference:           "compares a reference with the ID of the statement that holds it",
}

// goOnlyValue says whether a fault is Go-only because of its value: the schema
// checks the form of a code, Go also checks that it exists.
func goOnlyValue(f corpusFault, value any) (reason string) {
	s, isString := value.(string)
	last := f.path[strings.LastIndex(f.path, "/")+1:]
	switch {
	case f.code == policy.FaultUnknownCode && isString && (country.MatchString(s) || subdivision.MatchString(s)):
		return "jurisdiction codes of the right form are checked against ISO 3166 in Go only"
	case f.code == policy.FaultInvalidFormat && last == "country" && isString && country.MatchString(s):
		return "country codes of the right form are checked against ISO 3166-1 in Go only"
	case f.code == policy.FaultInvalidFormat && last == "language" && isString && language.MatchString(s):
		return "language tags of the right form are checked against the subtag registry in Go only"
	case strings.HasPrefix(f.path, "/extensions/") && f.code != policy.FaultRequired:
		return "a document's code definitions are checked against the code lists in Go only"
	case f.code == policy.FaultRequired && isString && s != "" && check.Blank(s):
		return "text of white space or invisible characters alone is not required text in Go only (minLength counts them)"
	case f.code == policy.FaultMissingInterest && isString && s != "" && check.Blank(s):
		return "an interest of white space alone is not stated in Go only"
	case f.code == policy.FaultInvalidFormat && isString && goOnlyFormat(last, s):
		return "the value has the form of the schema's pattern or format, but Go bounds it (URL port, year, phone digits, duration size)"
	case f.code == policy.FaultWrongType && isWholeNumber(value):
		return "whole numbers must fit Go's int; JSON Schema integers have no size"
	}
	return ""
}

var (
	country     = regexp.MustCompile(schemagen.CountryPattern)
	subdivision = regexp.MustCompile(schemagen.SubdivisionPattern)
	language    = regexp.MustCompile(schemagen.LanguagePattern)
)

// goOnlyFormat reports whether s, the value of member name, has the form the
// schema checks but fails a bound only Go checks.
func goOnlyFormat(name, s string) bool {
	switch name {
	case "url", "source":
		return !check.ValidHTTPURL(s) && httpForm.MatchString(s)
	case "updated", "effective", "retrieved", "date":
		return !check.ValidDate(s) && regexp.MustCompile(check.DatePattern).MatchString(s)
	case "number":
		return !check.ValidPhone(s) && regexp.MustCompile(check.PhonePattern).MatchString(s)
	case "duration", "lookback":
		return !check.ValidDuration(s) && regexp.MustCompile(check.DurationPattern).MatchString(s)
	}
	return false
}

// httpForm is an http or https URL with a host and a numeric port.
var httpForm = regexp.MustCompile(`^https?://[^/:]+:[0-9]+(/|$)`)

func isWholeNumber(v any) bool {
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	_, err := strconv.ParseInt(string(n), 10, 64)
	return err != nil && regexp.MustCompile(`^-?[0-9]+$`).MatchString(string(n))
}

type corpusFault struct {
	code policy.FaultCode
	path string
}

type corpusCase struct {
	name     string
	doc      []byte
	faults   []corpusFault
	maxBytes bool
}

// invalidCorpus reads policy/testdata/invalid (see its README): NAME.json and
// NAME.faults, one "code path" per line.
func invalidCorpus(t *testing.T) []corpusCase {
	t.Helper()
	files, err := filepath.Glob("policy/testdata/invalid/*.faults")
	if err != nil {
		t.Fatal(err)
	}
	var cases []corpusCase
	for _, ff := range files {
		c := corpusCase{name: strings.TrimSuffix(filepath.Base(ff), ".faults")}
		if c.doc, err = os.ReadFile(strings.TrimSuffix(ff, ".faults") + ".json"); err != nil {
			t.Fatal(err)
		}
		fb, err := os.ReadFile(ff)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(fb))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			code, path, _ := strings.Cut(line, " ")
			if code == "max-bytes" || code == "max-faults" {
				c.maxBytes = true
				continue
			}
			c.faults = append(c.faults, corpusFault{policy.FaultCode(code), strings.TrimSpace(path)})
		}
		cases = append(cases, c)
	}
	return cases
}

func atEOF(dec *json.Decoder) bool {
	_, err := dec.Token()
	return err == io.EOF
}

// at resolves a JSON Pointer in a decoded document.
func at(doc any, ptr string) any {
	if ptr == "" {
		return doc
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch v := doc.(type) {
		case map[string]any:
			doc = v[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(v) {
				return nil
			}
			doc = v[i]
		default:
			return nil
		}
	}
	return doc
}

// TestSchemaInvalidCorpus runs the schema on the invalid corpus of package
// policy. A document with no fault must pass. A document with a fault the
// schema can express must fail, with a schema error at the fault's path, at
// its parent (a missing member is reported on the object) or inside it. A
// document whose faults are all Go-only must pass.
func TestSchemaInvalidCorpus(t *testing.T) {
	cases := invalidCorpus(t)
	if len(cases) == 0 {
		t.Skip("policy/testdata/invalid holds no cases yet")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dec := json.NewDecoder(bytes.NewReader(c.doc))
			dec.UseNumber()
			var doc any
			if err := dec.Decode(&doc); err != nil || !atEOF(dec) {
				// Not one JSON value: no schema can see it.
				if !slices.ContainsFunc(c.faults, func(f corpusFault) bool {
					return f.code == policy.FaultSyntax || f.code == policy.FaultTrailingData
				}) {
					t.Errorf("the document is not one JSON value, but no syntax or trailing-data fault is expected")
				}
				return
			}
			var expressible []corpusFault
			for _, f := range c.faults {
				if _, ok := goOnlyCodes[f.code]; ok {
					continue
				}
				if reason := goOnlyValue(f, at(doc, f.path)); reason != "" {
					t.Logf("Go-only: %s %s: %s", f.code, f.path, reason)
					continue
				}
				expressible = append(expressible, f)
			}
			locs, err := validateJSON(t, c.doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(expressible) == 0 {
				if len(locs) > 0 {
					t.Errorf("every fault is Go-only (or none), but the schema rejects the document at %q", locs)
				}
				return
			}
			if len(locs) == 0 {
				t.Fatalf("the schema accepts a document with faults it can express: %v", expressible)
			}
			for _, f := range expressible {
				if !locatedAt(f.path, locs) {
					t.Errorf("fault %s %s: no schema error at, above or inside that path (errors at %q)", f.code, f.path, locs)
				}
			}
		})
	}
}

// locatedAt reports whether a schema error is at path, at its parent, or inside it.
func locatedAt(path string, locs []string) bool {
	parent := path[:max(strings.LastIndex(path, "/"), 0)]
	for _, l := range locs {
		if l == path || l == parent || strings.HasPrefix(l, path+"/") {
			return true
		}
	}
	return false
}

// schemaStricter lists every document the Go decoder accepts and the schema
// rejects: where Go reads an empty or null value as "not given", the schema
// wants the member left out (policy.Marshal never writes such values).
var schemaStricter = map[string]string{
	"empty-optional-url":       `"url": ""`,
	"empty-optional-code":      `"collection": [{"id": "c", "data": ["contact"], "requirement": ""}]`,
	"null-optional-list":       `"services": null`,
	"null-optional-object":     `"changes": null`,
	"empty-forbidden-member":   `"retention": [{"id": "r", "periods": [{"kind": "indefinite", "laws": []}]}]`,
	"empty-forbidden-interest": `"legal_bases": [{"basis": "consent", "interest": ""}]`,
}

func TestSchemaStricterThanGo(t *testing.T) {
	for name, member := range schemaStricter {
		t.Run(name, func(t *testing.T) {
			doc := stricterDoc(member)
			if _, err := policy.Decode(bytes.NewReader(doc)); err != nil {
				t.Fatalf("Go rejects it, so it is no difference: %v", err)
			}
			locs, err := validateJSON(t, doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(locs) == 0 {
				t.Errorf("the schema accepts it: remove it from schemaStricter")
			}
		})
	}
}

// stricterDoc is a minimal valid policy with member set (or replaced).
func stricterDoc(member string) []byte {
	base := map[string]string{
		"id": `"id": "t"`, "title": `"title": "T"`, "language": `"language": "en"`,
		"controllers": `"controllers": [{"id": "acme", "legal_name": "Acme Ltd"}]`,
	}
	key, _, _ := strings.Cut(strings.TrimPrefix(member, `"`), `"`)
	var parts []string
	for _, k := range []string{"id", "title", "language", "controllers"} {
		if k != key {
			parts = append(parts, base[k])
		}
	}
	return []byte("{" + strings.Join(append(parts, member), ", ") + "}")
}
