package schemagen

import (
	"reflect"

	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

// schemaCodes are the codes the schema lists for l: policy.CodeLists is the one
// table of code lists, read here as by validation. Of the jurisdiction
// registry only the regions are listed: countries and subdivisions (about 5,000
// codes) are matched by pattern, and checked against ISO 3166 by Go validation
// only.
func schemaCodes(l policy.CodeList) []policy.Code {
	codes := l.Codes()
	if l.Type != reflect.TypeFor[jurisdiction.Code]() {
		return codes
	}
	var out []policy.Code
	for _, c := range codes {
		if d, ok := jurisdiction.Code(c.Code).Definition(); ok && d.Kind == jurisdiction.KindRegion {
			out = append(out, c)
		}
	}
	return out
}

// CodeLists reports every code type of the model, with whether the list takes
// "x-" extension codes. Tests compare it with the model.
func CodeLists() map[reflect.Type]bool {
	out := map[reflect.Type]bool{}
	for _, l := range policy.CodeLists() {
		out[l.Type] = l.Open
	}
	return out
}

// Codes returns the registry codes the schema lists for code type t, in
// registry order (for jurisdiction.Code, the regions only).
func Codes(t reflect.Type) []string {
	l, ok := policy.CodeListOf(t)
	if !ok {
		return nil
	}
	var out []string
	for _, c := range schemaCodes(l) {
		out = append(out, c.Code)
	}
	return out
}
