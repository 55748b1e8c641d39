package diff

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// comparer holds what one comparison needs: both policies, the facts material
// changes are judged against, and the changes found so far.
type comparer struct {
	old, new *policy.Policy
	facts    *facts
	changes  []Change
	// note is why the last effect judged was decided, when a judgement
	// across statements decided it; emit adds it to the summary.
	note string
	// roots are the changes that brought each newly collected category,
	// as "collection/ID".
	roots map[category.Data]string
	// whyRoots are the roots of material changes by section and reason.
	whyRoots map[string]string
	// ids map each section compared so far to its matched statements' IDs,
	// old ID to new, so that later sections match references across
	// renamings.
	ids map[string]map[string]string
}

func newComparer(old, new *policy.Policy) *comparer {
	return &comparer{old: old, new: new, facts: newFacts(old, new), ids: map[string]map[string]string{}}
}

// stmt is the statement being compared: its section, its ID, where it sits in
// each policy, and its values (invalid on the side that lacks it).
type stmt struct {
	section          string
	id               string
	oldPath, newPath string
	oldVal, newVal   reflect.Value
}

// run compares the policy's own scalar fields as "metadata", then every
// section in the order of policy.Policy's members.
func (c *comparer) run() {
	ov, nv := reflect.ValueOf(c.old).Elem(), reflect.ValueOf(c.new).Elem()
	t := ov.Type()
	meta := &stmt{section: "metadata", oldPath: "", newPath: ""}
	for i := range t.NumField() {
		f := t.Field(i)
		name := jsonName(f)
		if name == "" || name == "id" {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Slice, reflect.Pointer:
		default:
			c.value(meta, name, "/"+name, "/"+name, ov.Field(i), nv.Field(i))
		}
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name := jsonName(f)
		switch f.Type.Kind() {
		case reflect.Slice:
			c.section(name, ov.Field(i), nv.Field(i))
		case reflect.Pointer:
			c.single(name, ov.Field(i), nv.Field(i))
		}
	}
}

// single compares a section that holds one statement or none (children,
// changes).
func (c *comparer) single(name string, ov, nv reflect.Value) {
	p := "/" + name
	switch {
	case ov.IsNil() && nv.IsNil():
	case ov.IsNil():
		s := &stmt{section: name, id: idOf(nv.Elem()), newPath: p, newVal: nv.Elem()}
		c.emit(s, Added, "", "", p, nil, nv.Elem().Interface())
	case nv.IsNil():
		s := &stmt{section: name, id: idOf(ov.Elem()), oldPath: p, oldVal: ov.Elem()}
		c.emit(s, Removed, "", p, "", ov.Elem().Interface(), nil)
	default:
		id := idOf(nv.Elem())
		if id == "" {
			id = idOf(ov.Elem())
		}
		s := &stmt{section: name, id: id, oldPath: p, newPath: p, oldVal: ov.Elem(), newVal: nv.Elem()}
		c.fields(s, "", p, p, ov.Elem(), nv.Elem(), true)
	}
}

// section matches the statements of one section and compares each pair;
// unmatched statements are additions and removals.
func (c *comparer) section(name string, ov, nv reflect.Value) {
	pairs, oldLeft, newLeft := match(name, ov, nv, c.ids, c.related)
	m := map[string]string{}
	for _, pr := range pairs {
		if o, n := idOf(ov.Index(pr[0])), idOf(nv.Index(pr[1])); o != "" && n != "" {
			m[o] = n
		}
	}
	c.ids[name] = m
	type item struct {
		order int
		run   func()
	}
	var items []item
	for _, pr := range pairs {
		o, n := ov.Index(pr[0]), nv.Index(pr[1])
		id := idOf(n)
		if id == "" {
			id = idOf(o)
		}
		s := &stmt{section: name, id: id, oldPath: ptr(name, pr[0]), newPath: ptr(name, pr[1]), oldVal: o, newVal: n}
		items = append(items, item{pr[1], func() { c.fields(s, "", s.oldPath, s.newPath, o, n, true) }})
	}
	for _, j := range newLeft {
		n := nv.Index(j)
		s := &stmt{section: name, id: idOf(n), newPath: ptr(name, j), newVal: n}
		items = append(items, item{j, func() { c.emit(s, Added, "", sectionPath(name, ov), s.newPath, nil, n.Interface()) }})
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.order - b.order })
	for _, it := range items {
		it.run()
	}
	for _, i := range oldLeft {
		o := ov.Index(i)
		s := &stmt{section: name, id: idOf(o), oldPath: ptr(name, i), oldVal: o}
		c.emit(s, Removed, "", s.oldPath, sectionPath(name, nv), o.Interface(), nil)
	}
}

// sectionPath is the pointer of a section when the policy has it, else of the
// document.
func sectionPath(name string, v reflect.Value) string {
	if v.Len() > 0 {
		return "/" + name
	}
	return ""
}

func ptr(base string, i int) string { return "/" + base + "/" + strconv.Itoa(i) }

// fields compares two structs member by member. At a statement's top level
// (top) the ID, description and quote are left out; the quote everywhere.
func (c *comparer) fields(s *stmt, field, op, np string, ov, nv reflect.Value, top bool) {
	t := ov.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			c.fields(s, field, op, np, ov.Field(i), nv.Field(i), top)
			continue
		}
		name := jsonName(f)
		if name == "" || name == "quote" || top && (name == "id" || name == "description") {
			continue
		}
		c.value(s, join(field, name), op+"/"+name, np+"/"+name, ov.Field(i), nv.Field(i))
	}
}

func join(field, name string) string {
	if field == "" {
		return name
	}
	return field + "." + name
}

// value compares two values of one type at pointers op and np.
func (c *comparer) value(s *stmt, field, op, np string, ov, nv reflect.Value) {
	switch ov.Kind() {
	case reflect.Pointer:
		switch {
		case ov.IsNil() && nv.IsNil():
		case ov.IsNil():
			c.emit(s, Added, field, s.oldPath, np, nil, nv.Elem().Interface())
		case nv.IsNil():
			c.emit(s, Removed, field, op, s.newPath, ov.Elem().Interface(), nil)
		default:
			oe, ne := ov.Elem(), nv.Elem()
			if k := oe.Kind(); k == reflect.Struct || k == reflect.Slice {
				c.value(s, field, op, np, oe, ne)
			} else if oe.Interface() != ne.Interface() {
				// Both stated: false to true is a change, not an addition.
				c.emit(s, Changed, field, op, np, oe.Interface(), ne.Interface())
			}
		}
	case reflect.Struct:
		c.fields(s, field, op, np, ov, nv, false)
	case reflect.Slice:
		if k := ov.Type().Elem().Kind(); k == reflect.Struct || k == reflect.Pointer {
			c.structList(s, field, op, np, ov, nv)
		} else {
			c.scalarList(s, field, op, np, ov, nv)
		}
	default:
		o, n := ov.Interface(), nv.Interface()
		if o == n {
			return
		}
		if ov.Type() == stringType && wording(ov.String()) == wording(nv.String()) {
			// Free text that differs in case, punctuation or spacing only
			// ("Site" for "site", "product-specific" for "product specific")
			// says the same.
			return
		}
		switch {
		case ov.IsZero():
			c.emit(s, Added, field, s.oldPath, np, nil, n)
		case nv.IsZero():
			c.emit(s, Removed, field, op, s.newPath, o, nil)
		default:
			c.emit(s, Changed, field, op, np, o, n)
		}
	}
}

var stringType = reflect.TypeFor[string]()

// wording reduces free text to its letters and digits, lower-cased.
func wording(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// listPath is the pointer of a list when it has members, else of its
// statement.
func listPath(p string, v reflect.Value, stmtPath string) string {
	if v.Len() > 0 {
		return p
	}
	return stmtPath
}

// scalarList compares lists of codes or strings as multisets: order is not
// meaning.
//
// A list of statement IDs compares an old ID as the ID of the new statement
// it was matched with: a reference to a renamed statement is no change.
func (c *comparer) scalarList(s *stmt, field, op, np string, ov, nv reflect.Value) {
	name := field
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	var ids map[string]string
	if sec, ok := refSections[name]; ok && ov.Type().Elem().Kind() == reflect.String {
		ids = c.ids[sec]
	}
	used := make([]bool, nv.Len())
	var removed []int
	for i := range ov.Len() {
		o := ov.Index(i).Interface()
		if ids != nil {
			if n, ok := ids[ov.Index(i).String()]; ok {
				o = reflect.ValueOf(n).Convert(ov.Type().Elem()).Interface()
			}
		}
		j := -1
		for k := range nv.Len() {
			if !used[k] && nv.Index(k).Interface() == o {
				j = k
				break
			}
		}
		if j < 0 {
			removed = append(removed, i)
			continue
		}
		used[j] = true
	}
	var added []int
	for j := range nv.Len() {
		if !used[j] {
			added = append(added, j)
		}
	}
	c.members(s, field, op, np, ov, nv, added, removed)
}

// members emits the members added to a list (indices into nv) and removed
// from it (into ov), one change per kind and effect: "data + a, b". A change
// of one member points to it; of several, to the list.
func (c *comparer) members(s *stmt, field, op, np string, ov, nv reflect.Value, added, removed []int) {
	group := func(kind Kind, list reflect.Value, idx []int, at string) {
		var effects []Effect
		byEffect := map[Effect][]int{}
		for _, i := range idx {
			var e Effect
			if kind == Added {
				e = c.effect(s, field, kind, nil, list.Index(i).Interface())
			} else {
				e = c.effect(s, field, kind, list.Index(i).Interface(), nil)
			}
			if _, ok := byEffect[e]; !ok {
				effects = append(effects, e)
			}
			byEffect[e] = append(byEffect[e], i)
		}
		for _, e := range effects {
			is := byEffect[e]
			vals := reflect.MakeSlice(list.Type(), 0, len(is))
			for _, i := range is {
				vals = reflect.Append(vals, list.Index(i))
			}
			p := at
			if len(is) == 1 {
				p = at + "/" + strconv.Itoa(is[0])
			}
			if kind == Added {
				c.emitEffect(s, kind, field, listPath(op, ov, s.oldPath), p, nil, vals.Interface(), e)
			} else {
				c.emitEffect(s, kind, field, p, listPath(np, nv, s.newPath), vals.Interface(), nil, e)
			}
		}
	}
	group(Added, nv, added, np)
	group(Removed, ov, removed, op)
}

// structList compares lists of structs (periods, mechanisms, channels): equal
// members match first, then members whose first field is equal are compared
// field by field; the rest are additions and removals.
func (c *comparer) structList(s *stmt, field, op, np string, ov, nv reflect.Value) {
	on, nn := ov.Len(), nv.Len()
	oc, nc := make([]string, on), make([]string, nn)
	for i := range on {
		oc[i] = canon(ov.Index(i))
	}
	for j := range nn {
		nc[j] = canon(nv.Index(j))
	}
	om, nm := make([]bool, on), make([]bool, nn)
	for i := range on {
		for j := range nn {
			if !nm[j] && oc[i] == nc[j] {
				om[i], nm[j] = true, true
				break
			}
		}
	}
	for i := range on {
		if om[i] {
			continue
		}
		k := firstKey(ov.Index(i))
		for j := range nn {
			if !nm[j] && firstKey(nv.Index(j)) == k {
				om[i], nm[j] = true, true
				c.value(s, field, op+"/"+strconv.Itoa(i), np+"/"+strconv.Itoa(j), ov.Index(i), nv.Index(j))
				break
			}
		}
	}
	var added, removed []int
	for j := range nn {
		if !nm[j] {
			added = append(added, j)
		}
	}
	for i := range on {
		if !om[i] {
			removed = append(removed, i)
		}
	}
	c.members(s, field, op, np, ov, nv, added, removed)
}

// keyFields name the member that says what a nested value is about where its
// first field does not: an age limit is about the people and services it
// applies to, and its age is what may change.
var keyFields = map[reflect.Type]string{
	reflect.TypeFor[policy.AgeLimit](): "AppliesTo",
}

// firstKey is the canonical form of a struct's first field, the member
// that says what it is (a period's kind, a mechanism's kind, an entity's name).
func firstKey(v reflect.Value) string {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.NumField() == 0 {
		return canon(v)
	}
	if name, ok := keyFields[v.Type()]; ok {
		return canon(v.FieldByName(name))
	}
	return canon(v.Field(0))
}

// canon is the JSON of v with every quote and description left out, so that
// rewording does not keep equal members from matching.
func canon(v reflect.Value) string {
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return ""
	}
	var g any
	if json.Unmarshal(b, &g) != nil {
		return string(b)
	}
	g = strip(g)
	b, _ = json.Marshal(g) // maps marshal with sorted keys
	return string(b)
}

// strip removes "quote" members at every depth.
func strip(g any) any {
	switch x := g.(type) {
	case map[string]any:
		delete(x, "quote")
		for k, v := range x {
			x[k] = strip(v)
		}
	case []any:
		for i, v := range x {
			x[i] = strip(v)
		}
	}
	return g
}

// jsonName is the JSON name of a struct field; "" when it is not encoded.
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if tag == "-" || !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

// idOf is the "id" member of a statement, or "".
func idOf(v reflect.Value) string {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if f := v.FieldByName("ID"); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// related reports whether an old reference and a new one name recipients of
// compatible types (see compatible); the old ID may already be renamed to a
// new one.
func (c *comparer) related(member, oldID, newID string) bool {
	if refSections[member] != "recipients" {
		return false
	}
	find := func(p *policy.Policy, id string) *policy.Recipient {
		for i := range p.Recipients {
			if p.Recipients[i].ID == id {
				return &p.Recipients[i]
			}
		}
		return nil
	}
	o := find(c.old, oldID)
	if o == nil {
		o = find(c.new, oldID)
	}
	n := find(c.new, newID)
	if o == nil || n == nil || o.Not || n.Not {
		return false
	}
	for _, t := range o.Types {
		for _, u := range n.Types {
			if compatible(t, u) {
				return true
			}
		}
	}
	return false
}
