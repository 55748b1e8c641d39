package policy

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// corpusCase is one document of testdata/invalid with the faults it must produce.
// The format is described in testdata/invalid/README.md.
type corpusCase struct {
	name      string
	doc       []byte
	maxBytes  int64
	maxFaults int
	want      []codePath
}

// codePath is what a test asserts of a fault: its code and its path, never its
// message wording.
type codePath struct {
	Code FaultCode
	Path string
}

func (c codePath) String() string { return strings.TrimSpace(string(c.Code) + " " + c.Path) }

// structural are the codes Decode reports before building a value; with any of
// them it returns no policy.
var structural = map[FaultCode]bool{
	FaultSyntax: true, FaultTooLarge: true, FaultTrailingData: true,
	FaultUnknownField: true, FaultDuplicateKey: true, FaultWrongType: true,
	FaultInvalidText: true,
}

// loadCorpus reads every case of testdata/invalid.
func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	docs, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("no cases in testdata/invalid")
	}
	var cases []corpusCase
	for _, doc := range docs {
		name := strings.TrimSuffix(filepath.Base(doc), ".json")
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		faults, err := os.ReadFile(strings.TrimSuffix(doc, ".json") + ".faults")
		if err != nil {
			t.Fatalf("%s: every document needs a .faults file: %v", name, err)
		}
		c, err := parseFaults(faults)
		if err != nil {
			t.Fatalf("%s.faults: %v", name, err)
		}
		c.name, c.doc = name, data
		cases = append(cases, c)
	}
	// A .faults file without its document is a mistake too.
	orphans, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.faults"))
	for _, f := range orphans {
		if _, err := os.Stat(strings.TrimSuffix(f, ".faults") + ".json"); err != nil {
			t.Errorf("%s has no .json document", f)
		}
	}
	return cases
}

var knownCodes = map[FaultCode]bool{}

func init() {
	for _, c := range allFaultCodes {
		knownCodes[c] = true
	}
}

// allFaultCodes lists every FaultCode of fault.go; TestCorpusCoversEveryCode
// proves the corpus produces each.
var allFaultCodes = []FaultCode{
	FaultSyntax, FaultTooLarge, FaultTrailingData, FaultUnknownField, FaultDuplicateKey,
	FaultWrongType, FaultRequired, FaultTooFew, FaultOutOfRange, FaultInvalidFormat,
	FaultUnknownCode, FaultDuplicateID, FaultDanglingReference, FaultWrongReference,
	FaultMissingInterest, FaultMissingSpecialCondition, FaultMisplaced,
	FaultUnionRequired, FaultUnionForbidden, FaultContradiction, FaultAgeRange, FaultExclusiveUse,
	FaultTooMany, FaultInvalidText, FaultDuplicateCode, FaultSelfReference,
}

// parseFaults reads a .faults file: "#" comments, optional "max-bytes N" and
// "max-faults N" lines, and one "code path" line per expected fault (no path: the whole document).
func parseFaults(data []byte) (corpusCase, error) {
	var c corpusCase
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, path, _ := strings.Cut(line, " ")
		path = strings.TrimSpace(path)
		if code == "max-bytes" {
			v, err := strconv.ParseInt(path, 10, 64)
			if err != nil || v <= 0 {
				return c, fmt.Errorf("line %d: max-bytes needs a positive number", n)
			}
			c.maxBytes = v
			continue
		}
		if code == "max-faults" {
			v, err := strconv.Atoi(path)
			if err != nil || v <= 0 {
				return c, fmt.Errorf("line %d: max-faults needs a positive number", n)
			}
			c.maxFaults = v
			continue
		}
		if !knownCodes[FaultCode(code)] {
			return c, fmt.Errorf("line %d: %q is not a fault code", n, code)
		}
		if path != "" && !strings.HasPrefix(path, "/") {
			return c, fmt.Errorf("line %d: path %q is not a JSON Pointer", n, path)
		}
		c.want = append(c.want, codePath{FaultCode(code), path})
	}
	return c, sc.Err()
}

// goTypeName finds Go type names or Go syntax leaking into a message.
var goTypeName = regexp.MustCompile(`\b(Policy|policy|category|jurisdiction|rights|contact)\.[A-Z]|\[\]|\bmap\[|\*[A-Z]\w*\b|\bstruct\b|\bGo\b`)

// quoted matches the values a message quotes from the document (with %q); they
// are the author's text, not the message's.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// checkMessages asserts what a test may assert of messages: present, and written
// for a policy author rather than a Go programmer.
func checkMessages(t *testing.T, fs Faults) {
	t.Helper()
	for _, f := range fs {
		switch {
		case strings.TrimSpace(f.Message) == "":
			t.Errorf("fault %s %s has no message", f.Code, f.Path)
		case goTypeName.MatchString(quoted.ReplaceAllString(f.Message, `""`)):
			t.Errorf("fault %s %s: message names a Go type: %q", f.Code, f.Path, f.Message)
		}
	}
}

// TestInvalidCorpus decodes every document of testdata/invalid and compares the
// faults' codes and paths with the expected ones, exactly.
func TestInvalidCorpus(t *testing.T) {
	cases := loadCorpus(t)
	if len(cases) < 40 {
		t.Errorf("the corpus has %d cases, want at least 40", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dec := Decoder{MaxBytes: c.maxBytes, MaxFaults: c.maxFaults}
			p, err := dec.Decode(bytes.NewReader(c.doc))
			var fs Faults
			if err != nil && !errors.As(err, &fs) {
				t.Fatalf("Decode returned %T, not Faults: %v", err, err)
			}
			got := make([]codePath, 0, len(fs))
			isStructural := false
			for _, f := range fs {
				got = append(got, codePath{f.Code, f.Path})
				isStructural = isStructural || structural[f.Code]
			}
			want := c.want
			if want == nil {
				want = []codePath{}
			}
			sortCP := cmpopts.SortSlices(func(a, b codePath) bool { return a.String() < b.String() })
			if diff := cmp.Diff(want, got, sortCP); diff != "" {
				t.Errorf("faults mismatch (-want +got):\n%s\nall faults:\n%v", diff, err)
			}
			checkMessages(t, fs)
			switch {
			case isStructural && p != nil:
				t.Error("Decode returned a policy alongside structural faults")
			case !isStructural && p == nil:
				t.Error("Decode returned no policy for a well-formed document")
			}
			if p != nil {
				// Validate on the decoded value gives the same faults as Decode.
				var again Faults
				if err := dec.Validate(p); err != nil && !errors.As(err, &again) {
					t.Fatalf("Validate returned %T, not Faults", err)
				}
				if diff := cmp.Diff(fs, again, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Validate differs from Decode (-decode +validate):\n%s", diff)
				}
			}
		})
	}
}

// TestCorpusCoversEveryCode fails when a fault code has no case in the corpus.
func TestCorpusCoversEveryCode(t *testing.T) {
	seen := map[FaultCode]bool{}
	multi := 0
	for _, c := range loadCorpus(t) {
		for _, w := range c.want {
			seen[w.Code] = true
		}
		if len(c.want) >= 3 {
			multi++
		}
	}
	for _, code := range allFaultCodes {
		if !seen[code] {
			t.Errorf("no case in testdata/invalid produces %q", code)
		}
	}
	if multi < 5 {
		t.Errorf("only %d cases expect three faults or more; several must prove that every fault is reported", multi)
	}
}

// TestFaultCodesListed keeps allFaultCodes in step with fault.go: every constant
// there is a string of the same form, so a new code without a case fails above.
func TestFaultCodesListed(t *testing.T) {
	src, err := os.ReadFile("fault.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^\s*Fault\w+\s+FaultCode\s*=\s*"([^"]+)"`)
	var declared []FaultCode
	for _, m := range re.FindAllSubmatch(src, -1) {
		declared = append(declared, FaultCode(m[1]))
	}
	less := cmpopts.SortSlices(func(a, b FaultCode) bool { return a < b })
	if diff := cmp.Diff(declared, allFaultCodes, less); diff != "" {
		t.Errorf("allFaultCodes differs from the constants of fault.go (-fault.go +test):\n%s", diff)
	}
}
