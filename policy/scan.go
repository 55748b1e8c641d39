package policy

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/openpolicies/privacy/internal/check"
)

// scanner checks a JSON document against the shape of a Go type in one pass over
// its bytes, recording a fault with its JSON Pointer for every unknown member,
// member given twice and value of the wrong type. It does not build a value; a
// document it accepts is then decoded by encoding/json.
type scanner struct {
	data   []byte
	pos    int
	depth  int // objects and arrays open around the current value
	faults Faults
}

// maxDepth bounds nesting, as encoding/json does, so that a hostile document
// cannot exhaust the stack.
const maxDepth = 10000

// enter opens an object or array.
func (s *scanner) enter() error {
	s.depth++
	if s.depth > maxDepth {
		return &syntaxError{msg: fmt.Sprintf("objects and arrays nest deeper than %d levels", maxDepth), off: s.pos}
	}
	return nil
}

// syntaxError is malformed JSON, after which the scan cannot go on.
type syntaxError struct {
	msg string
	off int
}

func (e *syntaxError) Error() string {
	if e.off >= 0 {
		return fmt.Sprintf("malformed JSON near byte %d: %s", e.off, e.msg)
	}
	return e.msg
}

// structure checks data against the shape of t without building a value.
func structure(data []byte, t reflect.Type) Faults {
	s := &scanner{data: data}
	err := s.value(t, "")
	if err == nil {
		s.space()
		if s.pos < len(s.data) {
			start := s.pos
			if err = s.skip(); err == nil {
				s.faults = append(s.faults, Fault{Code: FaultTrailingData,
					Message: fmt.Sprintf("content follows the document at byte %d", start)})
			}
		}
	}
	if err != nil {
		s.faults = append(s.faults, Fault{Code: FaultSyntax, Message: err.Error()})
	}
	return s.faults
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) fail(format string, args ...any) error {
	if s.pos >= len(s.data) {
		return &syntaxError{msg: "the document ends too early", off: -1}
	}
	return &syntaxError{msg: fmt.Sprintf(format, args...), off: s.pos}
}

// value scans one value that should fit type t.
func (s *scanner) value(t reflect.Type, path string) error {
	s.space()
	if s.pos >= len(s.data) {
		return s.fail("")
	}
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	c := s.data[s.pos]
	switch {
	case c == 'n':
		if err := s.literal("null"); err != nil {
			return err
		}
		if !nullable && t.Kind() != reflect.Slice {
			s.mismatch(path, t, "null")
		}
		return nil
	case c == '{' && t.Kind() == reflect.Struct:
		return s.object(t, path)
	case c == '[' && t.Kind() == reflect.Slice:
		if err := s.enter(); err != nil {
			return err
		}
		defer func() { s.depth-- }()
		s.pos++
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == ']' {
			s.pos++
			return nil
		}
		for i := 0; ; i++ {
			if err := s.value(t.Elem(), path+"/"+strconv.Itoa(i)); err != nil {
				return err
			}
			if done, err := s.next(']'); done || err != nil {
				return err
			}
		}
	case c == '"' && t.Kind() == reflect.String:
		_, err := s.str()
		return err
	case (c == 't' || c == 'f') && t.Kind() == reflect.Bool:
		return s.boolean()
	case (c == '-' || c >= '0' && c <= '9') && isInt(t):
		start := s.pos
		if err := s.number(); err != nil {
			return err
		}
		if n := string(s.data[start:s.pos]); !fitsInt(n, t) {
			s.faults = append(s.faults, Fault{Path: path, Code: FaultWrongType, Message: fmt.Sprintf("%s is not a whole number in range", n)})
		}
		return nil
	}
	found := describeByte(c)
	if err := s.skip(); err != nil {
		return err
	}
	s.mismatch(path, t, found)
	return nil
}

func isInt(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return true
	}
	return false
}

func fitsInt(n string, t reflect.Type) bool {
	_, err := strconv.ParseInt(n, 10, t.Bits())
	return err == nil
}

// object scans an object whose members should be the fields of struct type t.
func (s *scanner) object(t reflect.Type, path string) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer func() { s.depth-- }()
	s.pos++ // '{'
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		return nil
	}
	fields := fieldsOf(t)
	var seen []string // few members per object: a slice beats a map
	for {
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			return s.fail("expected a member name")
		}
		key, err := s.str()
		if err != nil {
			return err
		}
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			return s.fail("expected ':' after a member name")
		}
		s.pos++
		fp := path + "/" + check.Escape(key)
		ft, known := fields[key]
		switch {
		case slices.Contains(seen, key):
			s.faults = append(s.faults, Fault{Path: fp, Code: FaultDuplicateKey, Message: fmt.Sprintf("member %q is given more than once", key)})
		case !known:
			s.faults = append(s.faults, Fault{Path: fp, Code: FaultUnknownField, Message: fmt.Sprintf("unknown member %q%s", key, suggest(key, fields))})
		}
		seen = append(seen, key)
		if known {
			err = s.value(ft, fp)
		} else {
			s.space()
			err = s.skip()
		}
		if err != nil {
			return err
		}
		if done, err := s.next('}'); done || err != nil {
			return err
		}
	}
}

// next reads the separator after an entry: a comma (done is false) or the
// closing byte (done is true).
func (s *scanner) next(closing byte) (done bool, err error) {
	s.space()
	if s.pos >= len(s.data) {
		return false, s.fail("")
	}
	switch s.data[s.pos] {
	case ',':
		s.pos++
		return false, nil
	case closing:
		s.pos++
		return true, nil
	}
	return false, s.fail("expected ',' or %q, found %q", closing, s.data[s.pos])
}

// skip scans one value of any type, checking only that it is well-formed.
func (s *scanner) skip() error {
	s.space()
	if s.pos >= len(s.data) {
		return s.fail("")
	}
	c := s.data[s.pos]
	if c == '{' || c == '[' {
		if err := s.enter(); err != nil {
			return err
		}
		defer func() { s.depth-- }()
	}
	switch {
	case c == '{':
		s.pos++
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == '}' {
			s.pos++
			return nil
		}
		for {
			s.space()
			if s.pos >= len(s.data) || s.data[s.pos] != '"' {
				return s.fail("expected a member name")
			}
			if _, err := s.str(); err != nil {
				return err
			}
			s.space()
			if s.pos >= len(s.data) || s.data[s.pos] != ':' {
				return s.fail("expected ':' after a member name")
			}
			s.pos++
			if err := s.skip(); err != nil {
				return err
			}
			if done, err := s.next('}'); done || err != nil {
				return err
			}
		}
	case c == '[':
		s.pos++
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == ']' {
			s.pos++
			return nil
		}
		for {
			if err := s.skip(); err != nil {
				return err
			}
			if done, err := s.next(']'); done || err != nil {
				return err
			}
		}
	case c == '"':
		_, err := s.str()
		return err
	case c == 't' || c == 'f':
		return s.boolean()
	case c == 'n':
		return s.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	default:
		return s.fail("invalid character %q looking for the beginning of a value", c)
	}
}

func (s *scanner) literal(word string) error {
	if len(s.data)-s.pos < len(word) || string(s.data[s.pos:s.pos+len(word)]) != word {
		return s.fail("invalid literal, expected %s", word)
	}
	s.pos += len(word)
	return nil
}

func (s *scanner) boolean() error {
	if s.data[s.pos] == 't' {
		return s.literal("true")
	}
	return s.literal("false")
}

// number scans a number as RFC 8259 defines it.
func (s *scanner) number() error {
	digits := func() int {
		n := 0
		for s.pos < len(s.data) && s.data[s.pos] >= '0' && s.data[s.pos] <= '9' {
			s.pos++
			n++
		}
		return n
	}
	if s.data[s.pos] == '-' {
		s.pos++
	}
	switch {
	case s.pos < len(s.data) && s.data[s.pos] == '0':
		s.pos++
	case digits() == 0:
		return s.fail("invalid number")
	}
	if s.pos < len(s.data) && s.data[s.pos] == '.' {
		s.pos++
		if digits() == 0 {
			return s.fail("invalid number: no digit after '.'")
		}
	}
	if s.pos < len(s.data) && (s.data[s.pos] == 'e' || s.data[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.data) && (s.data[s.pos] == '+' || s.data[s.pos] == '-') {
			s.pos++
		}
		if digits() == 0 {
			return s.fail("invalid number: no digit in the exponent")
		}
	}
	return nil
}

// str scans a string and returns its decoded value.
func (s *scanner) str() (string, error) {
	start := s.pos
	s.pos++ // '"'
	escaped := false
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			raw := s.data[start:s.pos]
			if !escaped {
				if utf8.Valid(raw) {
					return string(raw[1 : len(raw)-1]), nil
				}
			}
			var v string
			if err := json.Unmarshal(raw, &v); err != nil {
				return "", &syntaxError{msg: "invalid string", off: start}
			}
			return v, nil
		case c == '\\':
			escaped = true
			s.pos++
			if s.pos >= len(s.data) {
				return "", s.fail("")
			}
			switch s.data[s.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.pos++
			case 'u':
				s.pos++
				for range 4 {
					if s.pos >= len(s.data) || !isHex(s.data[s.pos]) {
						return "", s.fail("invalid \\u escape in a string")
					}
					s.pos++
				}
			default:
				return "", s.fail("invalid escape %q in a string", s.data[s.pos])
			}
		case c < 0x20:
			return "", s.fail("control character %q in a string", c)
		default:
			s.pos++
		}
	}
	return "", s.fail("")
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func describeByte(c byte) string {
	switch {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	}
	return "a number"
}

func (s *scanner) mismatch(path string, t reflect.Type, found string) {
	s.faults = append(s.faults, Fault{Path: path, Code: FaultWrongType,
		Message: fmt.Sprintf("expected %s, found %s", expected(t), found)})
}
