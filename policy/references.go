package policy

import (
	"fmt"
	"reflect"
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

// declared is an ID a statement declares: its section, and its place as the
// path node of the statement (the pointer is built only for a fault).
type declared struct {
	id, section string
	node        int32
	next        int32 // the next statement that declares the same ID, or -1
}

// reference is a reference field's value, with its place: the node of the
// struct that holds it, the field's name and, in a list, the entry's index.
type reference struct {
	id    string
	f     *walkField // the field: its name and the section it names
	node  int32
	index int32 // -1: the field holds one reference
}

// pathNode is one segment of the path to a value: a member name (numbered in
// fieldNames) or, when name is -1, an array index. Nodes link to their parent
// (-1: the document). It holds no pointer: the garbage collector does not scan
// the table.
type pathNode struct {
	parent int32
	index  int32
	name   int32
}

// idWalk collects the IDs and references of a policy.
type idWalk struct {
	nodes []pathNode
	decls []declared
	first map[string]int32 // ID -> its first declaration in decls
	dups  []int32          // the declarations of an ID declared before
	refs  []reference
}

// node adds a path segment below parent.
func (w *idWalk) node(parent int32, name int32, index int) int32 {
	w.nodes = append(w.nodes, pathNode{parent: parent, index: int32(index), name: name})
	return int32(len(w.nodes) - 1)
}

// pointer is the JSON Pointer of node n, followed by the segments more.
func (w *idWalk) pointer(n int32, more ...string) string {
	var segs []string
	planMu.Lock()
	for ; n >= 0; n = w.nodes[n].parent {
		nd := w.nodes[n]
		if nd.name < 0 {
			segs = append(segs, strconv.Itoa(int(nd.index)))
		} else {
			segs = append(segs, fieldNames[nd.name])
		}
	}
	planMu.Unlock()
	var b strings.Builder
	for i := len(segs) - 1; i >= 0; i-- {
		b.WriteByte('/')
		b.WriteString(segs[i])
	}
	for _, m := range more {
		b.WriteByte('/')
		b.WriteString(m)
	}
	return b.String()
}

// declPath is the JSON Pointer of a declared ID.
func (w *idWalk) declPath(d declared) string { return w.pointer(d.node, "id") }

// refPath is the JSON Pointer of a reference.
func (w *idWalk) refPath(r reference) string {
	if r.index < 0 {
		return w.pointer(r.node, r.f.name)
	}
	return w.pointer(r.node, r.f.name, strconv.Itoa(int(r.index)))
}

// value visits v at path node n, recording the ID of every statement and every
// reference. It follows struct fields by their JSON names, slices and pointers;
// plan is the plan of the struct type v holds.
func (w *idWalk) value(v reflect.Value, n int32, plan *typePlan) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.value(v.Elem(), n, plan)
		}
	case reflect.Slice:
		for i := range v.Len() {
			w.value(v.Index(i), w.node(n, -1, i), plan)
		}
	case reflect.Struct:
		p := planAt(plan, v.Type())
		w.structValue(v, n, p.section, p.isStatement, p)
	}
}

// structValue visits the fields of struct v; section names the statement v is
// part of (v itself, or the statement that embeds v); p is v's plan.
func (w *idWalk) structValue(v reflect.Value, n int32, section string, isStatement bool, p *typePlan) {
	fields := p.walk
	for k := range fields {
		f := &fields[k] // cached and never modified: references may point to it
		fv := v.Field(f.index)
		switch {
		case f.embedded:
			w.structValue(fv, n, section, isStatement, planAt(f.plan, fv.Type()))
		case isStatement && f.name == "id":
			if id := fv.String(); id != "" {
				d := declared{id: id, section: section, node: n, next: -1}
				w.decls = append(w.decls, d)
				at := int32(len(w.decls) - 1)
				if first, ok := w.first[id]; ok {
					// Linked in after the first: the chain's order does not matter.
					w.decls[at].next = w.decls[first].next
					w.decls[first].next = at
					w.dups = append(w.dups, at)
				} else {
					w.first[id] = at
				}
			}
		case f.ref != "" && fv.Kind() == reflect.String:
			if id := fv.String(); id != "" {
				w.refs = append(w.refs, reference{id: id, f: f, node: n, index: -1})
			}
		case f.ref != "":
			for j := range fv.Len() {
				w.refs = append(w.refs, reference{id: fv.Index(j).String(), f: f, node: n, index: int32(j)})
			}
		case f.nested:
			if !isEmptyNested(fv) {
				w.value(fv, w.node(n, f.nameID, -1), f.plan)
			}
		}
	}
}

// isEmptyNested reports a nil pointer or empty list, which holds nothing to
// visit and needs no path node.
func isEmptyNested(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice:
		return v.IsNil() || (v.Kind() == reflect.Slice && v.Len() == 0)
	}
	return false
}

// walkField is what walkIDs needs to know of a struct field.
type walkField struct {
	index    int
	name     string    // JSON name, escaped for a JSON Pointer
	ref      string    // the section a reference field names
	nested   bool      // a struct, pointer or slice that may hold IDs or references
	embedded bool      // an embedded struct whose members are the embedding type's
	nameID   int32     // name's number in fieldNames
	plan     *typePlan // of the struct type a nested or embedded field holds
}

// parseWalkFields returns the fields of struct type t that the reference walk
// visits: IDs, references and values that may contain them.
func parseWalkFields(t reflect.Type) []walkField {
	var fs []walkField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		wf := walkField{index: i, name: check.Escape(name), ref: f.Tag.Get("ref"), embedded: check.IsEmbedded(f)}
		switch f.Type.Kind() {
		case reflect.Struct, reflect.Pointer, reflect.Slice:
			// Only what may hold an ID or a reference: a list of codes or
			// plain strings is not visited, and costs no path node.
			wf.nested = holdsIDs(f.Type, map[reflect.Type]bool{})
		}
		if name == "id" || wf.ref != "" || wf.nested || wf.embedded {
			fs = append(fs, wf)
		}
	}
	return fs
}

// holdsIDs reports whether values of type t may hold a statement ID or a
// reference field; seen guards against recursive types.
func holdsIDs(t reflect.Type, seen map[reflect.Type]bool) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return false
	}
	seen[t] = true
	if _, ok := sections[t]; ok {
		return true
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Tag.Get("ref") != "" || holdsIDs(f.Type, seen) {
			return true
		}
	}
	return false
}

// referenceFaults reports duplicate IDs and references that do not resolve to a
// statement of the section they name. IDs share one namespace across the
// document. The walk builds no path string until it reports a fault, and the
// lookups are by map, so the time is linear in the document.
func referenceFaults(p *Policy) Faults {
	// The tables are sized from the statements of the top-level lists, which
	// declare most IDs, rather than grown by doubling: growing keeps the old
	// table alive beside the new one until the next collection.
	n := statementCount(p)
	w := &idWalk{first: make(map[string]int32, n), decls: make([]declared, 0, n),
		nodes: make([]pathNode, 0, 2*n), refs: make([]reference, 0, 2*n)}
	w.value(reflect.ValueOf(p).Elem(), -1, planOf(reflect.TypeFor[Policy]()))
	var fs Faults
	// A duplicate is reported where it stands, naming the first declaration.
	for _, i := range w.dups {
		d := w.decls[i]
		if first := w.first[d.id]; first != i {
			fs = append(fs, Fault{Path: w.declPath(d), Code: FaultDuplicateID,
				Message: fmt.Sprintf("ID %s is already used at %s; IDs must be unique in the document", quote(d.id), w.declPath(w.decls[first]))})
		}
	}
	// For an ID declared more than once, the sections it is declared in.
	var multi map[string]map[string]bool
	inSection := func(id string, first int32, section string) bool {
		d := w.decls[first]
		if d.next < 0 {
			return d.section == section
		}
		if multi == nil {
			multi = map[string]map[string]bool{}
		}
		set, ok := multi[id]
		if !ok {
			set = map[string]bool{}
			for k := first; k >= 0; k = w.decls[k].next {
				set[w.decls[k].section] = true
			}
			multi[id] = set
		}
		return set[section]
	}
	for _, r := range w.refs {
		section := r.f.ref
		first, ok := w.first[r.id]
		switch {
		case r.id == "":
			fs = append(fs, Fault{Path: w.refPath(r), Code: FaultRequired, Message: fmt.Sprintf("reference to a %s is empty", section)})
		case !ok:
			fs = append(fs, Fault{Path: w.refPath(r), Code: FaultDanglingReference,
				Message: fmt.Sprintf("no %s has ID %s", section, quote(r.id))})
		case section == anySection:
			// any statement will do
		case !inSection(r.id, first, section):
			// A duplicate ID is reported once, above; a reference that matches
			// any statement of its section is not a second fault.
			d := w.decls[first]
			fs = append(fs, Fault{Path: w.refPath(r), Code: FaultWrongReference,
				Message: fmt.Sprintf("%s is a %s (at %s), but a %s is expected here", quote(r.id), d.section, w.declPath(d), section)})
		}
	}
	return fs
}

// statementCount is the number of entries of the policy's top-level lists.
func statementCount(p *Policy) int {
	v := reflect.ValueOf(p).Elem()
	n := 0
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice {
			n += f.Len()
		}
	}
	return n
}
