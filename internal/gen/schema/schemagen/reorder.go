package schemagen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// reorder re-encodes a marshalled schema with two-space indentation, without
// HTML escaping, and with the keywords of every schema object in reading order:
// identity, title and description first, then type and constraints, then
// subschemas, and $defs last. Members of properties and $defs keep their order
// (struct field order; sorted names). Boolean subschemas other than
// additionalProperties are written as the equivalent objects.
func reorder(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	v, err := parse(dec)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := writeSchema(&b, v, 0); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// keywordOrder lists schema keywords in output order; others follow, sorted.
var keywordOrder = []string{
	"$schema", "$id", "$ref", "title", "description", "$comment",
	"type", "const", "enum", "format", "pattern", "minLength", "maxLength",
	"minimum", "maximum", "minItems", "maxItems", "uniqueItems", "contains", "items",
	"required", "properties", "additionalProperties",
	"anyOf", "oneOf", "allOf", "if", "then", "else", "not",
	"$defs",
}

// keywords whose value is a schema, a list of schemas or a map of schemas.
var (
	schemaKeys    = []string{"items", "contains", "additionalProperties", "if", "then", "else", "not", "propertyNames"}
	schemaListKey = []string{"anyOf", "oneOf", "allOf", "prefixItems"}
	schemaMapKeys = []string{"properties", "$defs", "patternProperties", "dependentSchemas"}
)

type member struct {
	key string
	val any
}

// object keeps members in document order.
type object []member

func parse(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		var o object
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := parse(dec)
			if err != nil {
				return nil, err
			}
			o = append(o, member{kt.(string), v})
		}
		_, err := dec.Token()
		return o, err
	case json.Delim('['):
		var a []any
		for dec.More() {
			v, err := parse(dec)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := dec.Token()
		if a == nil {
			a = []any{}
		}
		return a, err
	}
	return tok, nil
}

func rank(key string) int {
	if i := slices.Index(keywordOrder, key); i >= 0 {
		return i
	}
	return len(keywordOrder) - 1 // before $defs
}

func writeSchema(w *bytes.Buffer, v any, depth int) error {
	o, ok := v.(object)
	if !ok {
		// A boolean schema. Some code generators (quicktype) take booleans only
		// as additionalProperties, so write the equivalent objects.
		switch v {
		case true:
			w.WriteString("{}")
			return nil
		case false:
			w.WriteString(`{"not": {}}`)
			return nil
		}
		return fmt.Errorf("schema %v is not an object or a boolean", v)
	}
	sorted := slices.Clone(o)
	slices.SortStableFunc(sorted, func(a, b member) int {
		if ra, rb := rank(a.key), rank(b.key); ra != rb {
			return ra - rb
		}
		if a.key < b.key {
			return -1
		} else if a.key > b.key {
			return 1
		}
		return 0
	})
	return writeObject(w, sorted, depth, func(key string, val any, d int) error {
		switch {
		case key == "additionalProperties" && (val == true || val == false):
			return writeValue(w, val, d)
		case slices.Contains(schemaKeys, key):
			return writeSchema(w, val, d)
		case slices.Contains(schemaListKey, key):
			list, ok := val.([]any)
			if !ok {
				return fmt.Errorf("%s is not a list", key)
			}
			return writeList(w, list, d, writeSchema)
		case slices.Contains(schemaMapKeys, key):
			m, ok := val.(object)
			if !ok {
				return fmt.Errorf("%s is not an object", key)
			}
			return writeObject(w, m, d, func(_ string, s any, d int) error { return writeSchema(w, s, d) })
		}
		return writeValue(w, val, d)
	})
}

func writeObject(w *bytes.Buffer, o object, depth int, val func(string, any, int) error) error {
	if len(o) == 0 {
		w.WriteString("{}")
		return nil
	}
	w.WriteString("{\n")
	for i, m := range o {
		indent(w, depth+1)
		if err := writeScalar(w, m.key); err != nil {
			return err
		}
		w.WriteString(": ")
		if err := val(m.key, m.val, depth+1); err != nil {
			return err
		}
		if i < len(o)-1 {
			w.WriteByte(',')
		}
		w.WriteByte('\n')
	}
	indent(w, depth)
	w.WriteByte('}')
	return nil
}

func writeList(w *bytes.Buffer, a []any, depth int, val func(*bytes.Buffer, any, int) error) error {
	if len(a) == 0 {
		w.WriteString("[]")
		return nil
	}
	w.WriteString("[\n")
	for i, v := range a {
		indent(w, depth+1)
		if err := val(w, v, depth+1); err != nil {
			return err
		}
		if i < len(a)-1 {
			w.WriteByte(',')
		}
		w.WriteByte('\n')
	}
	indent(w, depth)
	w.WriteByte(']')
	return nil
}

// writeValue writes plain JSON (const values, required lists) in document order.
func writeValue(w *bytes.Buffer, v any, depth int) error {
	switch x := v.(type) {
	case object:
		return writeObject(w, x, depth, func(_ string, s any, d int) error { return writeValue(w, s, d) })
	case []any:
		return writeList(w, x, depth, writeValue)
	}
	return writeScalar(w, v)
}

func writeScalar(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return err
}

func indent(w *bytes.Buffer, depth int) {
	for range depth {
		w.WriteString("  ")
	}
}
