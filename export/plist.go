package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
)

// plistValue is a property-list value decoded by a small hand parser.
type plistValue struct {
	kind  string // dict, array, string, true, false, integer, ...
	str   string
	keys  []string
	vals  []plistValue
	items []plistValue
}

// parsePlist parses an XML property list strictly: the DOCTYPE, one <plist>
// with one value, dict keys followed by values.
func parsePlist(b []byte) (plistValue, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var sawDoctype bool
	for {
		tok, err := dec.Token()
		if err != nil {
			return plistValue{}, fmt.Errorf("no <plist>: %w", err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			if strings.HasPrefix(string(t), "DOCTYPE plist") {
				sawDoctype = true
			}
		case xml.StartElement:
			if t.Name.Local != "plist" {
				return plistValue{}, fmt.Errorf("root element %q", t.Name.Local)
			}
			if !sawDoctype {
				return plistValue{}, errors.New("no plist DOCTYPE")
			}
			v, err := plistNext(dec)
			if err != nil {
				return v, err
			}
			if end, err := plistEnd(dec); err != nil || end != "plist" {
				return v, fmt.Errorf("plist holds more than one value")
			}
			return v, nil
		}
	}
}

func plistTok(dec *xml.Decoder) (xml.Token, error) {
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		if cd, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(cd)) == 0 {
			continue
		}
		if _, ok := tok.(xml.Comment); ok {
			continue
		}
		return tok, nil
	}
}

func plistEnd(dec *xml.Decoder) (string, error) {
	tok, err := plistTok(dec)
	if err != nil {
		return "", err
	}
	if e, ok := tok.(xml.EndElement); ok {
		return e.Name.Local, nil
	}
	return "", fmt.Errorf("unexpected %T", tok)
}

func plistNext(dec *xml.Decoder) (plistValue, error) {
	tok, err := plistTok(dec)
	if err != nil {
		return plistValue{}, err
	}
	if _, ok := tok.(xml.EndElement); ok {
		return plistValue{}, errEnd
	}
	st, ok := tok.(xml.StartElement)
	if !ok {
		return plistValue{}, fmt.Errorf("expected a value, got %T", tok)
	}
	v := plistValue{kind: st.Name.Local}
	switch v.kind {
	case "true", "false":
		if e, err := plistEnd(dec); err != nil || e != v.kind {
			return v, fmt.Errorf("<%s> not empty", v.kind)
		}
	case "string", "key", "integer", "real", "date", "data":
		var s string
		if err := dec.DecodeElement(&s, &st); err != nil {
			return v, err
		}
		v.str = s
	case "array":
		for {
			item, err := plistNext(dec)
			if err != nil {
				if err == errEnd {
					return v, nil
				}
				return v, err
			}
			v.items = append(v.items, item)
		}
	case "dict":
		for {
			k, err := plistNext(dec)
			if err == errEnd {
				return v, nil
			}
			if err != nil {
				return v, err
			}
			if k.kind != "key" {
				return v, fmt.Errorf("dict entry starts with <%s>, not <key>", k.kind)
			}
			val, err := plistNext(dec)
			if err != nil {
				return v, fmt.Errorf("key %q: no value", k.str)
			}
			v.keys, v.vals = append(v.keys, k.str), append(v.vals, val)
		}
	default:
		return v, fmt.Errorf("unknown element <%s>", v.kind)
	}
	return v, nil
}

// errEnd is plistNext's report of the end of an array or dict.
var errEnd = errors.New("end")
