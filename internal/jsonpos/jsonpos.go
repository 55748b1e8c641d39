// Package jsonpos finds where a JSON Pointer (RFC 6901) points in the bytes of
// a JSON document, as a line and column, so that a fault reported by path can
// be shown where an editor or a code-scanning service shows it.
package jsonpos

import (
	"bytes"
	"cmp"
	"encoding/json"
	"strconv"
	"strings"
)

// Locate returns the byte offset in data of the value pointer names: for an
// object member, the start of its name; for an array element, its first
// byte. When the pointer names something the document lacks (a required member
// left out), it returns the offset of the deepest value on the pointer's way
// that exists, so the position is the object the member belongs in. ok is
// false only when data is not well-formed JSON up to that point.
func Locate(data []byte, pointer string) (off int, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	off = skipSpace(data, 0)
	if pointer == "" {
		return off, true
	}
	segs := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	for _, seg := range segs {
		seg = strings.NewReplacer("~1", "/", "~0", "~").Replace(seg)
		tok, err := dec.Token()
		if err != nil {
			return off, false
		}
		found := false
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				start := skipSpace(data, int(dec.InputOffset()))
				key, err := dec.Token()
				if err != nil {
					return off, false
				}
				if key == seg {
					off, found = start, true
					break
				}
				if !skipValue(dec) {
					return off, false
				}
			}
		case json.Delim('['):
			want, err := strconv.Atoi(seg)
			if err != nil {
				return off, true
			}
			for i := 0; dec.More(); i++ {
				start := skipSpace(data, int(dec.InputOffset()))
				if i == want {
					off, found = start, true
					break
				}
				if !skipValue(dec) {
					return off, false
				}
			}
		}
		if !found {
			return off, true
		}
	}
	return off, true
}

// LineColumn converts a byte offset in data into a 1-based line and column
// (in bytes).
func LineColumn(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = off - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// skipSpace returns the offset of the first byte at or after off that is not
// white space, a comma or a colon: where the next token starts.
func skipSpace(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// skipValue reads one whole value from dec.
func skipValue(dec *json.Decoder) bool {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return true
		}
	}
}

// Compare orders JSON Pointers segment by segment, array indexes by value, so
// that /purposes/2 comes before /purposes/10 and a pointer before the pointers
// below it. It returns a negative number, zero or a positive number as a is
// before, equal to or after b.
func Compare(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr == nil && berr == nil {
			return cmp.Compare(an, bn)
		}
		return strings.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}
