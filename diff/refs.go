package diff

import (
	"reflect"
	"strings"

	"github.com/openpolicies/privacy/policy"
)

// refSections maps the JSON name of every member that holds statement IDs
// ("collections", "only_for", "via") to the section the IDs are of, read
// from the model's ref tags (ref:"collection" names section "collection",
// ref:"purpose" section "purposes").
var refSections = func() map[string]string {
	sections := map[string]string{}
	pt := reflect.TypeFor[policy.Policy]()
	for i := range pt.NumField() {
		f := pt.Field(i)
		if name := jsonName(f); name != "" {
			sections[singular(name)] = name
		}
	}
	out := map[string]string{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if ref := f.Tag.Get("ref"); ref != "" {
				if s, ok := sections[ref]; ok {
					out[jsonName(f)] = s
				}
			}
			walk(f.Type)
		}
	}
	walk(pt)
	return out
}()

// singular is the ref name of a section: "purposes" → "purpose",
// "collection" stays.
func singular(section string) string {
	switch {
	case strings.HasSuffix(section, "ies"):
		return strings.TrimSuffix(section, "ies") + "y"
	case strings.HasSuffix(section, "s"):
		return strings.TrimSuffix(section, "s")
	}
	return section
}

// renamed rewrites, in place, the IDs a decoded old statement refers to as
// the IDs of the new statements they were matched with (ids maps a section
// to old ID → new ID), so that two statements that refer to one recipient
// under two IDs are seen to refer to the same.
func renamed(g any, ids map[string]map[string]string, section string) any {
	switch x := g.(type) {
	case map[string]any:
		for k, v := range x {
			s, isRef := refSections[k]
			if isRef {
				x[k] = renameIDs(v, ids[s])
				continue
			}
			x[k] = renamed(v, ids, section)
		}
	case []any:
		for i, v := range x {
			x[i] = renamed(v, ids, section)
		}
	}
	return g
}

func renameIDs(v any, m map[string]string) any {
	switch x := v.(type) {
	case string:
		if n, ok := m[x]; ok {
			return n
		}
	case []any:
		for i, e := range x {
			x[i] = renameIDs(e, m)
		}
	}
	return v
}
