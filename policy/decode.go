package policy

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/openpolicies/privacy/internal/check"
)

// DefaultMaxBytes is the size limit of [Decode]: 8 MiB, about fifty times the
// largest example policy (Mayo Clinic 2024, some 160 KB of indented JSON).
const DefaultMaxBytes = 8 << 20

// DefaultMaxDepth is the nesting limit of [Decode]: objects and arrays inside
// one another. The model nests about ten deep; the limit leaves room for
// unknown members, which are reported, and refuses hostile nesting early.
const DefaultMaxDepth = 64

// DefaultMaxStringBytes is the longest string [Decode] accepts, in bytes of
// the document: 1 MiB, far more than any quote or description.
const DefaultMaxStringBytes = 1 << 20

// DefaultMaxFaults is the most faults [Decode] and [Policy.Validate] list; a
// last fault of code [FaultTooMany] says how many more there are.
const DefaultMaxFaults = 1000

// Decoder reads policy documents strictly. Its fields are the limits that
// bound the time and memory a hostile document can cost; the zero value of
// each field means its default. A document over a limit is refused with a
// [FaultTooLarge] fault, before any value is built.
type Decoder struct {
	// MaxBytes is the largest document accepted; zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxDepth is the deepest nesting of objects and arrays accepted; zero
	// means DefaultMaxDepth.
	MaxDepth int
	// MaxStringBytes is the longest string (member name or value) accepted,
	// in bytes as written in the document; zero means DefaultMaxStringBytes.
	MaxStringBytes int
	// MaxFaults is the most faults reported; more are counted in one last
	// FaultTooMany fault. Zero means DefaultMaxFaults; a negative value lists
	// every fault.
	MaxFaults int
}

// limits are a Decoder's fields with the defaults filled in.
type limits struct {
	bytes   int64
	depth   int
	strings int
	faults  int // < 0: no limit
}

func (d Decoder) limits() limits {
	l := limits{bytes: d.MaxBytes, depth: d.MaxDepth, strings: d.MaxStringBytes, faults: d.MaxFaults}
	if l.bytes <= 0 {
		l.bytes = DefaultMaxBytes
	}
	if l.depth <= 0 {
		l.depth = DefaultMaxDepth
	}
	if l.strings <= 0 {
		l.strings = DefaultMaxStringBytes
	}
	if l.faults == 0 {
		l.faults = DefaultMaxFaults
	}
	return l
}

// Decode reads one JSON policy from r with the default limits; see
// [Decoder.Decode].
func Decode(r io.Reader) (*Policy, error) { return Decoder{}.Decode(r) }

// Decode reads one JSON policy from r. It rejects, with the JSON Pointer of each
// place, members the model does not define, members given twice, values of the
// wrong type, text that is not valid UTF-8 (or holds a lone surrogate escape),
// content after the document and documents over the decoder's limits; it
// then validates the policy as [Policy.Validate] does. Faults are reported
// together in one [Faults] error, in two stages: when the document has structural
// faults (malformed JSON, unknown or repeated members, wrong types, invalid text,
// trailing content, over a limit), Decode reports all of those and returns a nil
// policy, because no faithful value can be built; otherwise it returns the decoded
// policy together with every validation fault, so that nothing the caller gave is
// lost. At most MaxFaults faults are listed.
func (d Decoder) Decode(r io.Reader) (*Policy, error) {
	lim := d.limits()
	read := lim.bytes
	if read < math.MaxInt64 {
		read++ // one byte more than allowed tells a too-large document
	}
	data, err := readAll(r, read)
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	return d.decode(data, lim)
}

// DecodeBytes decodes the document data as [Decoder.Decode] does, without
// copying it: for a caller that holds the bytes already, as json.Unmarshal
// takes them. It does not modify or keep data.
func (d Decoder) DecodeBytes(data []byte) (*Policy, error) {
	return d.decode(data, d.limits())
}

func (d Decoder) decode(data []byte, lim limits) (*Policy, error) {
	if int64(len(data)) > lim.bytes {
		return nil, Faults{{Code: FaultTooLarge, Message: fmt.Sprintf("the document is larger than the limit of %d bytes (Decoder.MaxBytes)", lim.bytes)}}
	}
	// One pass checks the structure and, while it finds no fault, decodes.
	p := new(Policy)
	if fs, more := build(data, reflect.TypeFor[Policy](), reflect.ValueOf(p).Elem(), lim); len(fs) > 0 {
		return nil, fs.capped(lim.faults, more)
	}
	return p, p.validate(lim.faults)
}

// readAll reads r up to n bytes. When r tells its length (a bytes.Reader,
// strings.Reader or bytes.Buffer) or is a file, the buffer is sized once
// rather than grown by doubling, which would cost up to twice the document.
func readAll(r io.Reader, n int64) ([]byte, error) {
	size := int64(-1)
	switch rr := r.(type) {
	case interface{ Len() int }:
		size = int64(rr.Len())
	case *os.File:
		if fi, err := rr.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if size < 0 {
		return io.ReadAll(io.LimitReader(r, n))
	}
	var b bytes.Buffer
	b.Grow(int(min(size, n)) + 1) // +1: the read that finds the end
	_, err := b.ReadFrom(io.LimitReader(r, n))
	return b.Bytes(), err
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
	addFields(t, m)
	fieldCache.Store(t, m)
	return m
}

// addFields adds the members of struct type t to m, with those of embedded
// structs (the statement envelope) beside t's own, as encoding/json has them.
func addFields(t reflect.Type, m map[string]reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		if check.IsEmbedded(f) {
			addFields(f.Type, m)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
}

// member is a JSON member of a struct type, for the scanner: its name, its
// type and its number among the type's members.
type member struct {
	name  string
	typ   reflect.Type
	num   int
	index []int // the field's index sequence, through the embedded envelope
}

var memberCache sync.Map // reflect.Type -> map[string]member

// membersOf is fieldsOf with each member numbered, so that the scanner tracks
// the members an object has given in a bit set.
func membersOf(t reflect.Type) map[string]member {
	if m, ok := memberCache.Load(t); ok {
		return m.(map[string]member)
	}
	fields := fieldsOf(t)
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	slices.Sort(names)
	m := make(map[string]member, len(names))
	for i, name := range names {
		m[name] = member{name: name, typ: fields[name], num: i, index: fieldIndex(t, name)}
	}
	memberCache.Store(t, m)
	return m
}

// fieldIndex is the index sequence of the field of struct type t named name
// in JSON, looking inside embedded structs as addFields does.
func fieldIndex(t reflect.Type, name string) []int {
	for i := range t.NumField() {
		f := t.Field(i)
		if check.IsEmbedded(f) {
			if sub := fieldIndex(f.Type, name); sub != nil {
				return append([]int{i}, sub...)
			}
			continue
		}
		n, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if n == "" {
			n = f.Name
		}
		if f.IsExported() && n == name {
			return []int{i}
		}
	}
	return nil
}

// suggest names a known member that differs from key only in case or by
// hyphens, the commonest slips.
func suggest[V any](key string, fields map[string]V) string {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "-", "_")) }
	for name := range fields {
		if norm(name) == norm(key) {
			return fmt.Sprintf(" (did you mean %q?)", name)
		}
	}
	return ""
}
