package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/openpolicies/privacy/internal/check"
)

// DefaultMaxBytes is the size limit of [Decode]: 8 MiB, a thousand times a
// detailed policy.
const DefaultMaxBytes = 8 << 20

// Decoder reads policy documents strictly. The zero value uses DefaultMaxBytes.
type Decoder struct {
	// MaxBytes is the largest document accepted; zero means DefaultMaxBytes.
	MaxBytes int64
}

// Decode reads one JSON policy from r with the default limits; see
// [Decoder.Decode].
func Decode(r io.Reader) (*Policy, error) { return Decoder{}.Decode(r) }

// Decode reads one JSON policy from r. It rejects, with the JSON Pointer of each
// place, members the model does not define, members given twice, values of the
// wrong type, content after the document and documents over the size limit; it
// then validates the policy as [Policy.Validate] does. Every fault is reported in
// one [Faults] error.
//
// When the document is well-formed but does not validate, Decode returns the
// decoded policy together with the faults, so that nothing the caller gave is
// lost; when it is not well-formed, the policy is nil.
func (d Decoder) Decode(r io.Reader) (*Policy, error) {
	limit := d.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, Faults{{Code: FaultTooLarge, Message: fmt.Sprintf("the document is larger than the limit of %d bytes", limit)}}
	}
	if fs := structure(data, reflect.TypeFor[Policy]()); len(fs) > 0 {
		return nil, fs.err()
	}
	p := new(Policy)
	if err := json.Unmarshal(data, p); err != nil {
		// structure accepted the document, so this is not expected; report it
		// rather than hide it.
		return nil, Faults{{Code: FaultWrongType, Message: err.Error()}}
	}
	return p, p.Validate()
}

// structure checks data against the shape of t without building a value.
func structure(data []byte, t reflect.Type) Faults {
	s := &walker{dec: json.NewDecoder(bytes.NewReader(data))}
	s.dec.UseNumber()
	if err := s.value(t, ""); err != nil {
		return append(s.faults, syntaxFault(err, s.dec.InputOffset()))
	}
	if _, err := s.dec.Token(); err != io.EOF {
		if err != nil {
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

type walker struct {
	dec    *json.Decoder
	faults Faults
}

// value reads one value that should fit type t, recording faults; it returns an
// error only for malformed JSON, after which the walk cannot go on.
func (s *walker) value(t reflect.Type, path string) error {
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
func (s *walker) skipMismatch(tok json.Token, path string, t reflect.Type) error {
	s.mismatch(path, t, describe(tok))
	if tok == json.Delim('{') || tok == json.Delim('[') {
		return s.skipRest()
	}
	return nil
}

func (s *walker) mismatch(path string, t reflect.Type, found string) {
	s.faults = append(s.faults, Fault{Path: path, Code: FaultWrongType,
		Message: fmt.Sprintf("expected %s, found %s", expected(t), found)})
}

// skip skips one whole value.
func (s *walker) skip() error {
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
func (s *walker) skipRest() error {
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

func expected(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct:
		return "an object"
	case reflect.Slice:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	}
	return t.String()
}

var fieldCache sync.Map // reflect.Type -> map[string]reflect.Type

// fieldsOf maps the JSON member names of struct type t to their types.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	fieldCache.Store(t, m)
	return m
}

// suggest names a known member that differs from key only in case or by
// hyphens, the commonest slips.
func suggest(key string, fields map[string]reflect.Type) string {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "-", "_")) }
	for name := range fields {
		if norm(name) == norm(key) {
			return fmt.Sprintf(" (did you mean %q?)", name)
		}
	}
	return ""
}
