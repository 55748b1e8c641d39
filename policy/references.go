package policy

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/internal/check"
)

// sections maps each statement type that carries an ID to the section name that
// reference fields name in their `ref` struct tag.
var sections = map[reflect.Type]string{
	reflect.TypeFor[Service]():         "service",
	reflect.TypeFor[Document]():        "document",
	reflect.TypeFor[Controller]():      "controller",
	reflect.TypeFor[Representative]():  "representative",
	reflect.TypeFor[Officer]():         "officer",
	reflect.TypeFor[contact.Point]():   "contact",
	reflect.TypeFor[Subject]():         "subject",
	reflect.TypeFor[Collection]():      "collection",
	reflect.TypeFor[Combination]():     "combination",
	reflect.TypeFor[Purpose]():         "purpose",
	reflect.TypeFor[Recipient]():       "recipient",
	reflect.TypeFor[Retention]():       "retention",
	reflect.TypeFor[Tracker]():         "tracker",
	reflect.TypeFor[Choice]():          "choice",
	reflect.TypeFor[RightsStatement](): "rights",
	reflect.TypeFor[Transfer]():        "transfer",
}

type declared struct {
	section, path string
}

type reference struct {
	id, section, path string
}

// walkIDs visits v, recording the ID of every statement and every reference, with
// JSON Pointers. It follows struct fields by their JSON names, slices and pointers.
func walkIDs(v reflect.Value, path string, ids map[string][]declared, refs *[]reference) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkIDs(v.Elem(), path, ids, refs)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkIDs(v.Index(i), path+"/"+strconv.Itoa(i), ids, refs)
		}
	case reflect.Struct:
		t := v.Type()
		section, isStatement := sections[t]
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			fp := path + "/" + check.Escape(name)
			fv := v.Field(i)
			if isStatement && name == "id" {
				if id := fv.String(); id != "" {
					ids[id] = append(ids[id], declared{section, fp})
				}
				continue
			}
			if target := f.Tag.Get("ref"); target != "" {
				switch fv.Kind() {
				case reflect.String:
					if fv.String() != "" {
						*refs = append(*refs, reference{fv.String(), target, fp})
					}
				case reflect.Slice:
					for j := range fv.Len() {
						*refs = append(*refs, reference{fv.Index(j).String(), target, fp + "/" + strconv.Itoa(j)})
					}
				}
				continue
			}
			walkIDs(fv, fp, ids, refs)
		}
	}
}

// referenceFaults reports duplicate IDs and references that do not resolve to a
// statement of the section they name. IDs share one namespace across the document.
func referenceFaults(p *Policy) Faults {
	ids := map[string][]declared{}
	var refs []reference
	walkIDs(reflect.ValueOf(p).Elem(), "", ids, &refs)
	var fs Faults
	for id, ds := range ids {
		for _, d := range ds[1:] {
			fs = append(fs, Fault{Path: d.path, Code: FaultDuplicateID,
				Message: fmt.Sprintf("ID %q is already used at %s; IDs must be unique in the document", id, ds[0].path)})
		}
	}
	for _, r := range refs {
		ds, ok := ids[r.id]
		switch {
		case r.id == "":
			fs = append(fs, Fault{Path: r.path, Code: FaultRequired, Message: fmt.Sprintf("reference to a %s is empty", r.section)})
		case !ok:
			fs = append(fs, Fault{Path: r.path, Code: FaultDanglingReference,
				Message: fmt.Sprintf("no %s has ID %q", r.section, r.id)})
		case !slices.ContainsFunc(ds, func(d declared) bool { return d.section == r.section }):
			// A duplicate ID is reported once, above; a reference that matches
			// any statement of its section is not a second fault.
			fs = append(fs, Fault{Path: r.path, Code: FaultWrongReference,
				Message: fmt.Sprintf("%q is a %s (at %s), but a %s is expected here", r.id, ds[0].section, ds[0].path, r.section)})
		}
	}
	return fs
}
