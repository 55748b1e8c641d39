package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/openpolicies/privacy/internal/check"
)

// scanner checks a JSON document against the shape of a Go type in one pass over
// its bytes, recording a fault with its JSON Pointer for every unknown member,
// member given twice, value of the wrong type, invalid text and value over a
// limit. It does not build a value; a document it accepts is then decoded by
// encoding/json. Its time and memory are linear in the document: member names
// are looked up in a map once an object has many, and a JSON Pointer is built
// only for a fault, from the stack of the segments that lead to the value.
type scanner struct {
	data   []byte
	pos    int
	depth  int // objects and arrays open around the current value
	lim    limits
	segs   []segment // the path to the current value
	faults Faults
	more   int  // faults past lim.faults, counted but not kept
	bad    bool // the last string scanned is not valid text
}

// segment is one reference token of a JSON Pointer: a member name or, when
// name is empty and index ≥ 0, an array index.
type segment struct {
	name  string
	index int
}

// pointer is the JSON Pointer of the current value.
func (s *scanner) pointer() string { return segmentsPointer(s.segs) }

// segmentsPointer is the JSON Pointer of a path.
func segmentsPointer(segs []segment) string {
	var b strings.Builder
	for _, g := range segs {
		b.WriteByte('/')
		if g.index >= 0 {
			b.WriteString(strconv.Itoa(g.index))
		} else {
			b.WriteString(check.Escape(g.name))
		}
	}
	return b.String()
}

// full reports whether the fault list is at its limit; if so it counts the
// fault the caller is about to record, which the caller then skips, so that a
// million faults cost no message and no pointer.
func (s *scanner) full() bool {
	if s.lim.faults >= 0 && len(s.faults) >= s.lim.faults {
		s.more++
		return true
	}
	return false
}

// add records a fault at the current value, or counts it past the limit.
func (s *scanner) add(code FaultCode, msg string) {
	if s.full() {
		return
	}
	s.faults = append(s.faults, Fault{Path: s.pointer(), Code: code, Message: msg})
}

// enter opens an object or array.
func (s *scanner) enter() error {
	s.depth++
	if s.depth > s.lim.depth {
		return &syntaxError{msg: fmt.Sprintf("objects and arrays nest deeper than %d levels (Decoder.MaxDepth)", s.lim.depth), off: s.pos, code: FaultTooLarge}
	}
	return nil
}

// syntaxError is malformed JSON, or a limit passed, after which the scan cannot
// go on.
type syntaxError struct {
	msg  string
	off  int
	code FaultCode // FaultSyntax when empty
}

func (e *syntaxError) Error() string {
	if e.off >= 0 {
		return fmt.Sprintf("malformed JSON near byte %d: %s", e.off, e.msg)
	}
	return e.msg
}

// structure checks data against the shape of t without building a value. It
// returns the faults it kept and how many more it found.
func structure(data []byte, t reflect.Type, lim limits) (Faults, int) {
	return build(data, t, reflect.Value{}, lim)
}

// build checks data against the shape of t and, while it finds no fault,
// decodes it into v (settable, of type t, a zero value) as encoding/json
// would: one pass over the bytes both checks and decodes a valid document.
// With an invalid v it only checks. It returns the faults it kept and how
// many more it found; with any fault, v is partly filled and not to be used.
func build(data []byte, t reflect.Type, v reflect.Value, lim limits) (Faults, int) {
	s := &scanner{data: data, lim: lim}
	err := s.value(t, v)
	if err == nil {
		s.space()
		if s.pos < len(s.data) {
			start := s.pos
			if err = s.skip(); err == nil {
				s.add(FaultTrailingData, fmt.Sprintf("content follows the document at byte %d", start))
			}
		}
	}
	if err != nil {
		code := FaultSyntax
		var se *syntaxError
		if errors.As(err, &se) && se.code != "" {
			code = se.code
		}
		msg := err.Error()
		if code != FaultSyntax && se.off >= 0 {
			msg = fmt.Sprintf("near byte %d: %s", se.off, se.msg)
		}
		// The fault that stops the scan is always kept.
		s.segs = s.segs[:0]
		s.faults = append(s.faults, Fault{Code: code, Message: msg})
	}
	return s.faults, s.more
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

// building reports whether the scan still decodes into v: v is a value to
// fill and no fault has been found.
func (s *scanner) building(v reflect.Value) bool {
	return v.IsValid() && len(s.faults) == 0 && s.more == 0
}

// value scans one value that should fit type t, decoding it into v while
// building.
func (s *scanner) value(t reflect.Type, v reflect.Value) error {
	s.space()
	if s.pos >= len(s.data) {
		return s.fail("")
	}
	nullable := false
	c := s.data[s.pos]
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
		if c != 'n' && s.building(v) {
			// A fresh value has nil pointers: allocate, as encoding/json does.
			nv := reflect.New(t)
			v.Set(nv)
			v = nv.Elem()
		}
	}
	switch {
	case c == 'n':
		if err := s.literal("null"); err != nil {
			return err
		}
		if !nullable && t.Kind() != reflect.Slice {
			s.mismatch(t, "null")
		}
		return nil // a fresh value's pointer or list stays nil
	case c == '{' && t.Kind() == reflect.Struct:
		return s.object(t, v)
	case c == '[' && t.Kind() == reflect.Slice:
		if err := s.enter(); err != nil {
			return err
		}
		defer func() { s.depth-- }()
		s.pos++
		if s.building(v) {
			v.Set(reflect.MakeSlice(t, 0, 0)) // [] is an empty list, not nil
		}
		s.space()
		if s.pos < len(s.data) && s.data[s.pos] == ']' {
			s.pos++
			return nil
		}
		elem := t.Elem()
		s.segs = append(s.segs, segment{})
		defer func() { s.segs = s.segs[:len(s.segs)-1] }()
		for i := 0; ; i++ {
			s.segs[len(s.segs)-1] = segment{index: i}
			var ev reflect.Value
			if s.building(v) {
				v.Grow(1)
				v.SetLen(i + 1)
				ev = v.Index(i)
			}
			if err := s.value(elem, ev); err != nil {
				return err
			}
			if done, err := s.next(']'); done || err != nil {
				return err
			}
		}
	case c == '"' && t.Kind() == reflect.String:
		return s.text(v)
	case (c == 't' || c == 'f') && t.Kind() == reflect.Bool:
		if err := s.boolean(); err != nil {
			return err
		}
		if s.building(v) {
			v.SetBool(c == 't')
		}
		return nil
	case (c == '-' || c >= '0' && c <= '9') && isInt(t):
		start := s.pos
		if err := s.number(); err != nil {
			return err
		}
		n, err := strconv.ParseInt(string(s.data[start:s.pos]), 10, t.Bits())
		switch {
		case err != nil && !s.full():
			s.faults = append(s.faults, Fault{Path: s.pointer(), Code: FaultWrongType, Message: fmt.Sprintf("%s is not a whole number in range", quote(string(s.data[start:s.pos])))})
		case err == nil && s.building(v):
			v.SetInt(n)
		}
		return nil
	}
	found := describeByte(c)
	if err := s.skip(); err != nil {
		return err
	}
	s.mismatch(t, found)
	return nil
}

// text scans a string value, recording a fault when it is not valid text or
// is over the length limit, and decodes it into v while building.
func (s *scanner) text(v reflect.Value) error {
	start := s.pos
	escaped, err := s.scanStr()
	if err != nil {
		return err
	}
	s.checkText(start)
	if s.building(v) {
		raw := s.data[start+1 : s.pos-1]
		if escaped {
			v.SetString(unescape(raw))
		} else {
			v.SetString(string(raw))
		}
	}
	return nil
}

// checkText records the faults of the string just scanned from start.
func (s *scanner) checkText(start int) {
	if s.bad {
		s.add(FaultInvalidText, "the string is not valid UTF-8 or holds a lone surrogate escape (\\ud800 to \\udfff); write the characters themselves")
	}
	if n := s.pos - start - 2; n > s.lim.strings && !s.full() { // less the quotes
		s.faults = append(s.faults, Fault{Path: s.pointer(), Code: FaultTooLarge, Message: fmt.Sprintf("the string is %d bytes long, over the limit of %d (Decoder.MaxStringBytes)", n, s.lim.strings)})
	}
}

func isInt(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return true
	}
	return false
}

// manyMembers is the number of unknown members past which an object's names
// are kept in a map rather than searched in a slice.
const manyMembers = 16

// object scans an object whose members should be the fields of struct type t.
// A valid object costs no allocation: a member name is looked up by its bytes,
// the members given are a bit set, and only an unknown name becomes a string.
func (s *scanner) object(t reflect.Type, v reflect.Value) error {
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
	fields := membersOf(t)
	var given uint64     // the members given, by number, when the type has at most 64
	var givenMore []bool // ... or more
	if len(fields) > 64 {
		givenMore = make([]bool, len(fields))
	}
	var unknown []string // unknown names given: few, until there are many
	var unknownSet map[string]bool
	s.segs = append(s.segs, segment{index: -1})
	defer func() { s.segs = s.segs[:len(s.segs)-1] }()
	for {
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			return s.fail("expected a member name")
		}
		start := s.pos
		escaped, err := s.scanStr()
		if err != nil {
			return err
		}
		var key string
		m, known := member{}, false
		if raw := s.data[start+1 : s.pos-1]; !escaped && !s.bad {
			m, known = fields[string(raw)] // no allocation
			if known {
				key = m.name
			} else {
				key = string(raw)
			}
		} else {
			if key, err = s.decodeStr(start); err != nil {
				return err
			}
			m, known = fields[key]
		}
		s.segs[len(s.segs)-1] = segment{name: key, index: -1}
		s.checkText(start)
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			return s.fail("expected ':' after a member name")
		}
		s.pos++
		var dup bool
		switch {
		case known && givenMore != nil:
			dup, givenMore[m.num] = givenMore[m.num], true
		case known:
			dup = given&(1<<m.num) != 0
			given |= 1 << m.num
		case unknownSet != nil:
			dup, unknownSet[key] = unknownSet[key], true
		default:
			dup = slices.Contains(unknown, key)
			unknown = append(unknown, key)
			if len(unknown) > manyMembers {
				unknownSet = make(map[string]bool, 2*len(unknown))
				for _, k := range unknown {
					unknownSet[k] = true
				}
			}
		}
		switch {
		case (dup || !known) && s.full():
		case dup:
			s.faults = append(s.faults, Fault{Path: s.pointer(), Code: FaultDuplicateKey, Message: fmt.Sprintf("member %s is given more than once", quote(key))})
		case !known:
			s.faults = append(s.faults, Fault{Path: s.pointer(), Code: FaultUnknownField, Message: fmt.Sprintf("unknown member %s%s", quote(key), suggest(key, fields))})
		}
		if known {
			var fv reflect.Value
			if s.building(v) {
				fv = v.FieldByIndex(m.index)
			}
			err = s.value(m.typ, fv)
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
			start := s.pos
			if _, err := s.scanStr(); err != nil {
				return err
			}
			s.checkText(start)
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
		start := s.pos
		if _, err := s.scanStr(); err != nil {
			return err
		}
		s.checkText(start)
		return nil
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

// scanStr scans a string, reporting whether it holds escapes; it sets s.bad
// when the string is not valid UTF-8 or holds a lone surrogate escape. It
// builds no value: decodeStr does, for the member names that need one.
func (s *scanner) scanStr() (escaped bool, err error) {
	start := s.pos
	s.pos++ // '"'
	escaped = false
	s.bad = false
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !utf8.Valid(s.data[start:s.pos]) {
				s.bad = true
			}
			return escaped, nil
		case c == '\\':
			escaped = true
			s.pos++
			if s.pos >= len(s.data) {
				return false, s.fail("")
			}
			switch s.data[s.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.pos++
			case 'u':
				s.pos++
				r, err := s.hex4()
				if err != nil {
					return false, err
				}
				switch {
				case r >= 0xDC00 && r <= 0xDFFF:
					s.bad = true // a low surrogate with no high one before it
				case r >= 0xD800 && r <= 0xDBFF:
					// A high surrogate must be followed by a low one.
					if s.pos+1 < len(s.data) && s.data[s.pos] == '\\' && s.data[s.pos+1] == 'u' {
						s.pos += 2
						lo, err := s.hex4()
						if err != nil {
							return false, err
						}
						if lo < 0xDC00 || lo > 0xDFFF {
							s.bad = true
						}
					} else {
						s.bad = true
					}
				}
			default:
				return false, s.fail("invalid escape %q in a string", s.data[s.pos])
			}
		case c < 0x20:
			return false, s.fail("control character %q in a string", c)
		default:
			s.pos++
		}
	}
	return false, s.fail("")
}

// decodeStr decodes the string scanned from start to s.pos.
func (s *scanner) decodeStr(start int) (string, error) {
	var v string
	if err := json.Unmarshal(s.data[start:s.pos], &v); err != nil {
		return "", &syntaxError{msg: "invalid string", off: start}
	}
	return v, nil
}

// unescape decodes the content of a string that holds escapes; the scanner
// has checked it (valid escapes, no lone surrogates), so it cannot fail.
func unescape(raw []byte) string {
	b := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		switch raw[i] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hexRune(raw[i+1 : i+5])
			i += 4
			if r >= 0xD800 && r < 0xDC00 && i+6 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
				lo := hexRune(raw[i+3 : i+7])
				r = utf16.DecodeRune(r, lo)
				i += 6
			}
			b = utf8.AppendRune(b, r)
		default: // '"', '\\', '/'
			b = append(b, raw[i])
		}
	}
	return string(b)
}

// hexRune is the value of four hexadecimal digits.
func hexRune(h []byte) rune {
	var r rune
	for _, c := range h {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// hex4 reads the four hexadecimal digits of a \u escape.
func (s *scanner) hex4() (rune, error) {
	var r rune
	for range 4 {
		if s.pos >= len(s.data) || !isHex(s.data[s.pos]) {
			return 0, s.fail("invalid \\u escape in a string")
		}
		c := s.data[s.pos]
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
		s.pos++
	}
	return r, nil
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

func (s *scanner) mismatch(t reflect.Type, found string) {
	if !s.full() {
		s.faults = append(s.faults, Fault{Path: s.pointer(), Code: FaultWrongType, Message: fmt.Sprintf("expected %s, found %s", expected(t), found)})
	}
}
