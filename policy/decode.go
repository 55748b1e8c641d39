package policy

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"sync"

	"github.com/openpolicies/privacy/internal/check"
)

// DefaultMaxBytes is the size limit of [Decode]: 8 MiB, about fifty times the
// largest example policy (Mayo Clinic 2024, some 160 KB of indented JSON).
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
// then validates the policy as [Policy.Validate] does. Faults are reported
// together in one [Faults] error, in two stages: when the document has structural
// faults (malformed JSON, unknown or repeated members, wrong types, trailing
// content, too large), Decode reports all of those and returns a nil policy,
// because no faithful value can be built; otherwise it returns the decoded policy
// together with every validation fault, so that nothing the caller gave is lost.
func (d Decoder) Decode(r io.Reader) (*Policy, error) {
	limit := d.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	read := limit
	if read < math.MaxInt64 {
		read++ // one byte more than allowed tells a too-large document
	}
	data, err := io.ReadAll(io.LimitReader(r, read))
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
