package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/internal/check"
)

// The scanner of scan.go replaced a walker over encoding/json's tokens, which was
// simple but three times slower. The token walker stays here as an oracle: both
// must report the same faults (code and path) for every document.

// structure checks data against the shape of t without building a value.
func tokenStructure(data []byte, t reflect.Type) Faults {
	s := &tokenWalker{dec: json.NewDecoder(bytes.NewReader(data))}
	s.dec.UseNumber()
	if err := s.value(t, ""); err != nil {
		return append(s.faults, syntaxFault(err, s.dec.InputOffset()))
	}
	// Content after the document is trailing data when it is a whole value, and
	// a syntax error otherwise.
	if s.dec.More() || s.dec.InputOffset() < int64(len(bytes.TrimRight(data, " \t\r\n"))) {
		if err := s.skip(); err != nil {
			return append(s.faults, syntaxFault(err, s.dec.InputOffset()))
		}
		s.faults = append(s.faults, Fault{Code: FaultTrailingData,
			Message: fmt.Sprintf("content follows the document at byte %d", s.dec.InputOffset())})
	}
	return s.faults
}

func syntaxFault(err error, offset int64) Fault {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return Fault{Code: FaultSyntax, Message: "the document ends too early"}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return Fault{Code: FaultSyntax, Message: fmt.Sprintf("malformed JSON near byte %d: %s", offset, msg)}
}

type tokenWalker struct {
	dec    *json.Decoder
	faults Faults
}

// value reads one value that should fit type t, recording faults; it returns an
// error only for malformed JSON, after which the walk cannot go on.
func (s *tokenWalker) value(t reflect.Type, path string) error {
	tok, err := s.dec.Token()
	if err != nil {
		return err
	}
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	if tok == nil {
		if !nullable && t.Kind() != reflect.Slice {
			s.mismatch(path, t, "null")
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			return s.skipMismatch(tok, path, t)
		}
		fields := fieldsOf(t)
		seen := map[string]bool{}
		for s.dec.More() {
			kt, err := s.dec.Token()
			if err != nil {
				return err
			}
			key, _ := kt.(string)
			fp := path + "/" + check.Escape(key)
			ft, known := fields[key]
			switch {
			case seen[key]:
				s.faults = append(s.faults, Fault{Path: fp, Code: FaultDuplicateKey, Message: fmt.Sprintf("member %q is given more than once", key)})
			case !known:
				s.faults = append(s.faults, Fault{Path: fp, Code: FaultUnknownField, Message: fmt.Sprintf("unknown member %q%s", key, suggest(key, fields))})
			}
			seen[key] = true
			if !known {
				if err := s.skip(); err != nil {
					return err
				}
				continue
			}
			if err := s.value(ft, fp); err != nil {
				return err
			}
		}
		_, err := s.dec.Token() // '}'
		return err
	case reflect.Slice:
		if tok != json.Delim('[') {
			return s.skipMismatch(tok, path, t)
		}
		for i := 0; s.dec.More(); i++ {
			if err := s.value(t.Elem(), path+"/"+strconv.Itoa(i)); err != nil {
				return err
			}
		}
		_, err := s.dec.Token() // ']'
		return err
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return s.skipMismatch(tok, path, t)
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return s.skipMismatch(tok, path, t)
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := tok.(json.Number)
		if !ok {
			return s.skipMismatch(tok, path, t)
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			s.faults = append(s.faults, Fault{Path: path, Code: FaultWrongType, Message: fmt.Sprintf("%s is not a whole number in range", n)})
		}
	}
	return nil
}

// skipMismatch records a wrong-type fault and skips the rest of a composite value.
func (s *tokenWalker) skipMismatch(tok json.Token, path string, t reflect.Type) error {
	s.mismatch(path, t, describe(tok))
	if tok == json.Delim('{') || tok == json.Delim('[') {
		return s.skipRest()
	}
	return nil
}

func (s *tokenWalker) mismatch(path string, t reflect.Type, found string) {
	s.faults = append(s.faults, Fault{Path: path, Code: FaultWrongType,
		Message: fmt.Sprintf("expected %s, found %s", expected(t), found)})
}

// skip skips one whole value.
func (s *tokenWalker) skip() error {
	tok, err := s.dec.Token()
	if err != nil {
		return err
	}
	if tok == json.Delim('{') || tok == json.Delim('[') {
		return s.skipRest()
	}
	return nil
}

// skipRest skips to the end of a composite value whose opening token was read.
func (s *tokenWalker) skipRest() error {
	for depth := 1; depth > 0; {
		tok, err := s.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

func describe(tok json.Token) string {
	switch tok.(type) {
	case json.Delim:
		if tok == json.Delim('{') {
			return "an object"
		}
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "null"
}

func compareWithOracle(t *testing.T, data []byte) {
	t.Helper()
	typ := reflect.TypeFor[Policy]()
	// The scanner's checks of text and limits are its own: the token walker,
	// built on encoding/json, replaces invalid text and has no such limits.
	fs, _ := structure(data, typ, oracleLimits)
	var own Faults
	for _, f := range fs {
		if f.Code != FaultInvalidText && f.Code != FaultTooLarge {
			own = append(own, f)
		}
	}
	want, got := codePaths(tokenStructure(data, typ)), codePaths(own)
	// On malformed JSON both must say so; the faults found before the syntax
	// error are best effort and may differ by where each stops.
	wantSyntax, gotSyntax := hasSyntax(want), hasSyntax(got)
	if wantSyntax || gotSyntax {
		if wantSyntax != gotSyntax {
			t.Errorf("syntax fault: token walker %v, scanner %v, on %q", wantSyntax, gotSyntax, data)
		}
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scanner and token walker disagree on %q (-want +got):\n%s", data, diff)
	}
}

// oracleLimits are the scanner's limits when compared with the token walker:
// every fault listed, nesting as deep as encoding/json allows.
var oracleLimits = limits{bytes: 1 << 30, depth: 10000, strings: 1 << 30, faults: -1}

func TestScannerMatchesOracle(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.json")
	files = append(files, "testdata/full.json", "../examples/json/mayo-clinic-2024.json")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		compareWithOracle(t, data)
	}
	for _, doc := range []string{
		``, ` `, `{`, `[]`, `"x"`, `null`, `{}`, `{"id": 1e400}`, `{"id": "\u0069"}`, `{"\u0069d": "a", "id": "b"}`,
		`{"id": "a\x01"}`, `{"id": "\q"}`, `{"services": [1, "a", null, {"kind": []}]}`, `{"children": {"age_limits": [{"minimum_age": 1.5}]}}`,
		`{"children": {"age_limits": [{"minimum_age": -0}]}}`, `{"children": {"age_limits": [{"minimum_age": 99999999999999999999}]}}`,
		`{"id": "a"} {"id": "b"}`, `{"id": "a"} ]`, `{"id": "a"}   `, `{"id": tru}`, `{"id": 01}`, `{"id": -}`, `{"id": 1.}`, `{"id": 1e}`,
		`{"id" "a"}`, `{"id": "a",}`, `{,}`, `{"title": "\ud800"}`, "{\"title\": \"\xff\"}", `{"x": {"y": [1, {"z": null}]}, "id": []}`,
	} {
		compareWithOracle(t, []byte(doc))
	}
}

func FuzzScanner(f *testing.F) {
	files, _ := filepath.Glob("testdata/invalid/*.json")
	for _, name := range append(files, "testdata/full.json") {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareWithOracle(t, data)
	})
}

func hasSyntax(cps []codePath) bool {
	for _, cp := range cps {
		if cp.Code == FaultSyntax {
			return true
		}
	}
	return false
}

// TestDeepNesting checks that a document nested deeper than MaxDepth is a
// too-large fault, not a stack overflow, inside a known list and inside an
// unknown member, for the default and a custom limit.
func TestDeepNesting(t *testing.T) {
	for _, max := range []int{DefaultMaxDepth, 3, 5000} {
		deep := strings.Repeat("[", max+5) + strings.Repeat("]", max+5)
		for _, doc := range []string{
			`{"x": ` + deep + `}`,
			`{"services": ` + deep + `}`,
			strings.Repeat(`{"x": `, max+5) + `1` + strings.Repeat(`}`, max+5),
		} {
			_, err := Decoder{MaxBytes: 1 << 20, MaxDepth: max}.Decode(strings.NewReader(doc))
			var fs Faults
			if !errors.As(err, &fs) || !slices.Contains(codePaths(fs), codePath{FaultTooLarge, ""}) {
				t.Errorf("depth %d: deep document: %v", max, err)
			}
		}
		// Just under the limit is fine for the scanner.
		ok := `{"x": ` + strings.Repeat("[", max-2) + strings.Repeat("]", max-2) + `}`
		lim := Decoder{MaxDepth: max}.limits()
		if fs, _ := structure([]byte(ok), reflect.TypeFor[Policy](), lim); len(fs) != 1 || fs[0].Code != FaultUnknownField {
			t.Errorf("depth %d: nesting under the limit: %v", max, fs)
		}
	}
}

func TestMaxBytesNoOverflow(t *testing.T) {
	data, err := os.ReadFile("testdata/full.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (Decoder{MaxBytes: math.MaxInt64}).Decode(bytes.NewReader(data)); err != nil {
		t.Errorf("MaxBytes = MaxInt64: %v", err)
	}
}
