package policy

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

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
	reflect.TypeFor[Children]():        "children",
	reflect.TypeFor[Measure]():         "security",
	reflect.TypeFor[Disclaimer]():      "disclaimer",
	reflect.TypeFor[Signal]():          "signal",
	reflect.TypeFor[Changes]():         "changes",
	reflect.TypeFor[LawStatement]():    "law",
	reflect.TypeFor[Decision]():        "decision",
}

// anySection is the ref tag of a reference to a statement of any section.
const anySection = "*"

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
		section, isStatement := sections[v.Type()]
		walkStruct(v, path, section, isStatement, ids, refs)
	}
}

// walkStruct visits the fields of struct v; section names the statement v is
// part of (v itself, or the statement that embeds v).
func walkStruct(v reflect.Value, path, section string, isStatement bool, ids map[string][]declared, refs *[]reference) {
	for _, f := range walkFieldsOf(v.Type()) {
		fv := v.Field(f.index)
		switch {
		case f.embedded:
			walkStruct(fv, path, section, isStatement, ids, refs)
		case isStatement && f.name == "id":
			if id := fv.String(); id != "" {
				ids[id] = append(ids[id], declared{section, path + "/id"})
			}
		case f.ref != "" && fv.Kind() == reflect.String:
			if fv.String() != "" {
				*refs = append(*refs, reference{fv.String(), f.ref, path + "/" + f.name})
			}
		case f.ref != "":
			for j := range fv.Len() {
				*refs = append(*refs, reference{fv.Index(j).String(), f.ref, path + "/" + f.name + "/" + strconv.Itoa(j)})
			}
		case f.nested:
			walkIDs(fv, path+"/"+f.name, ids, refs)
		}
	}
}

// walkField is what walkIDs needs to know of a struct field.
type walkField struct {
	index    int
	name     string // JSON name, escaped for a JSON Pointer
	ref      string // the section a reference field names
	nested   bool   // a struct, pointer or slice that may hold IDs or references
	embedded bool   // an embedded struct whose members are the embedding type's
}

var walkFields sync.Map // reflect.Type -> []walkField

// walkFieldsOf returns the fields of struct type t that walkIDs visits: IDs,
// references and values that may contain them.
func walkFieldsOf(t reflect.Type) []walkField {
	if fs, ok := walkFields.Load(t); ok {
		return fs.([]walkField)
	}
	var fs []walkField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		wf := walkField{index: i, name: check.Escape(name), ref: f.Tag.Get("ref"), embedded: check.IsEmbedded(f)}
		switch f.Type.Kind() {
		case reflect.Struct, reflect.Pointer, reflect.Slice:
			wf.nested = true
		}
		if name == "id" || wf.ref != "" || wf.nested || wf.embedded {
			fs = append(fs, wf)
		}
	}
	walkFields.Store(t, fs)
	return fs
}

// referenceFaults reports duplicate IDs and references that do not resolve to a
// statement of the section they name. IDs share one namespace across the document.
func referenceFaults(p *Policy) Faults {
	ids := map[string][]declared{}
	var refs []reference
	walkIDs(reflect.ValueOf(p).Elem(), "", ids, &refs)
	var fs Faults
	inSection := map[string]bool{} // ID + NUL + section: an ID some statement of the section has
	for id, ds := range ids {
		for _, d := range ds {
			inSection[id+"\x00"+d.section] = true
		}
		for _, d := range ds[1:] {
			fs = append(fs, Fault{Path: d.path, Code: FaultDuplicateID,
				Message: fmt.Sprintf("ID %s is already used at %s; IDs must be unique in the document", quote(id), ds[0].path)})
		}
	}
	for _, r := range refs {
		ds, ok := ids[r.id]
		switch {
		case r.id == "":
			fs = append(fs, Fault{Path: r.path, Code: FaultRequired, Message: fmt.Sprintf("reference to a %s is empty", r.section)})
		case !ok:
			fs = append(fs, Fault{Path: r.path, Code: FaultDanglingReference,
				Message: fmt.Sprintf("no %s has ID %s", r.section, quote(r.id))})
		case r.section == anySection:
			// any statement will do
		case !inSection[r.id+"\x00"+r.section]:
			// A duplicate ID is reported once, above; a reference that matches
			// any statement of its section is not a second fault.
			fs = append(fs, Fault{Path: r.path, Code: FaultWrongReference,
				Message: fmt.Sprintf("%s is a %s (at %s), but a %s is expected here", quote(r.id), ds[0].section, ds[0].path, r.section)})
		}
	}
	return fs
}
