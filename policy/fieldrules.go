package policy

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/openpolicies/privacy/internal/check"
)

// The field rules are the model's `validate` struct tags, the single statement
// of them. fieldFaults executes them without validator/v10's general machinery:
// each struct type's tags are parsed once into a list of rules (parseFieldRules, kept
// in the type's plan, plan.go),
// and a walk over the policy applies them with no boxing of valid values and
// no path strings until a rule fails. It follows validator/v10's semantics for
// the tags the model uses (required, omitempty, dive, min, max and the
// module's own formats); validatorFieldFaults, running validator/v10 itself,
// is the oracle it is tested against on the whole invalid corpus, the
// fixtures and in FuzzFieldRules. A tag it does not know it hands to
// validator/v10, so a new tag works before it is compiled here.

// tagRule is one rule of a `validate` tag: its name and parameter.
type tagRule struct {
	tag, param string
	n          int64 // the parameter of min and max, parsed
}

// fieldRules is what the walk needs to know of one struct field.
type fieldRules struct {
	index     int
	name      string // JSON name, as validator/v10 names it here
	embedded  bool   // an embedded struct whose members are the embedding type's
	omitempty bool   // rules before "dive" apply only to a non-zero value
	rules     []tagRule
	dive      bool
	elemOmit  bool // omitempty after "dive"
	elemRules []tagRule
	// What the validator's own required misses (see blankFault, codeRepeats):
	blank     bool // a required string (not a code), which must not be blank
	elemBlank bool // a list of strings whose entries are required
	codes     bool // a list of codes, none given twice
	// The plans of the struct types the field holds (nil: none): itself or
	// behind pointers, and the elements of a list.
	plan, elemPlan *typePlan
}

// parseFieldRules parses the `validate` tags of struct type t.
func parseFieldRules(t reflect.Type) []fieldRules {
	var fs []fieldRules
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.Anonymous && !f.IsExported() {
			continue
		}
		fr := fieldRules{index: i, embedded: check.IsEmbedded(f)}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case fr.embedded:
		case name == "-":
			continue
		case name == "":
			name = f.Name
		}
		fr.name = name
		tag := f.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		if tag != "" {
			for _, part := range strings.Split(tag, ",") {
				tagName, param, _ := strings.Cut(part, "=")
				switch {
				case tagName == "dive":
					fr.dive = true
				case tagName == "omitempty" && fr.dive:
					fr.elemOmit = true
				case tagName == "omitempty":
					fr.omitempty = true
				default:
					r := tagRule{tag: tagName, param: param}
					if tagName == "min" || tagName == "max" {
						r.n, _ = strconv.ParseInt(param, 10, 64)
					}
					if fr.dive {
						fr.elemRules = append(fr.elemRules, r)
					} else {
						fr.rules = append(fr.rules, r)
					}
				}
			}
		}
		required := func(rules []tagRule) bool { return len(rules) > 0 && rules[0].tag == "required" }
		switch ft := f.Type; {
		case ft.Kind() == reflect.String && !ft.Implements(codedType):
			fr.blank = required(fr.rules)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			fr.codes = ft.Elem().Implements(codedType)
			fr.elemBlank = !fr.codes && fr.dive && required(fr.elemRules)
		}
		fs = append(fs, fr)
	}
	return fs
}

var codedType = reflect.TypeFor[check.Coded]()

// fieldFaults checks p against the field rules of its types. Beyond what
// validator/v10 checks, a required text must not be blank and a list of codes
// must not repeat one; the oracle test leaves those two out.
func fieldFaults(p *Policy) Faults {
	w := &fieldWalker{suggestions: maxSuggestions}
	w.structValue(reflect.ValueOf(p).Elem(), planOf(reflect.TypeFor[Policy]()))
	return w.faults
}

type fieldWalker struct {
	segs        []segment
	faults      Faults
	suggestions int
}

// structValue applies the rules of every field of struct v, whose plan is p.
func (w *fieldWalker) structValue(v reflect.Value, p *typePlan) {
	rules := p.fields
	for i := range rules {
		f := &rules[i]
		fv := v.Field(f.index)
		if f.embedded {
			w.structValue(fv, planAt(f.plan, fv.Type()))
			continue
		}
		w.segs = append(w.segs, segment{name: f.name, index: -1})
		ok := w.value(fv, f.name, -1, f.omitempty, f.rules, f.plan)
		if ok && f.blank && check.Blank(fv.String()) {
			w.blankFault(f.name, -1)
		}
		if ok && f.dive {
			w.elements(fv, f)
		}
		if f.codes {
			w.codeRepeats(fv, f.name)
		}
		w.segs = w.segs[:len(w.segs)-1]
	}
}

// blankFault reports a required text of white space or invisible characters
// alone ("\t", "\u00a0", "\u200b", "\u0000"), which validator/v10's
// required lets through.
func (w *fieldWalker) blankFault(name string, index int) {
	what := humanField(name)
	if index >= 0 {
		what = "entry " + strconv.Itoa(index) + " of " + what
	}
	w.faults = append(w.faults, Fault{Path: segmentsPointer(w.segs), Code: FaultRequired,
		Message: what + " is required: it holds only white space or invisible characters"})
}

// codeRepeats reports each code of list that an earlier entry gives too.
func (w *fieldWalker) codeRepeats(list reflect.Value, name string) {
	n := list.Len()
	if n < 2 {
		return
	}
	if n <= 8 { // the usual short list: compare, no map
		for i := 1; i < n; i++ {
			for j := range i {
				if list.Index(i).String() == list.Index(j).String() {
					w.repeat(list.Index(i).String(), name, j, i)
					break
				}
			}
		}
		return
	}
	first := make(map[string]int, n)
	for i := range n {
		c := list.Index(i).String()
		if j, ok := first[c]; ok {
			w.repeat(c, name, j, i)
			continue
		}
		first[c] = i
	}
}

func (w *fieldWalker) repeat(code, name string, j, i int) {
	w.segs = append(w.segs, segment{index: i})
	w.faults = append(w.faults, Fault{Path: segmentsPointer(w.segs), Code: FaultDuplicateCode,
		Message: fmt.Sprintf("%s is given twice in %s (entries %d and %d)", quote(code), humanField(name), j, i)})
	w.segs = w.segs[:len(w.segs)-1]
}

// elements applies the rules after "dive" to each element of list v.
func (w *fieldWalker) elements(v reflect.Value, f *fieldRules) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return
	}
	w.segs = append(w.segs, segment{})
	for i := range v.Len() {
		w.segs[len(w.segs)-1] = segment{index: i}
		e := v.Index(i)
		if w.value(e, f.name, i, f.elemOmit, f.elemRules, f.elemPlan) && f.elemBlank && check.Blank(e.String()) {
			w.blankFault(f.name, i)
		}
	}
	w.segs = w.segs[:len(w.segs)-1]
}

// value applies rules to v, the value of field name (entry index of it when
// index ≥ 0), then checks the fields of a struct. It reports whether every rule
// held, so that the caller goes on to the elements of a list. plan is the plan
// of the struct type v is expected to hold, if any.
func (w *fieldWalker) value(v reflect.Value, name string, index int, omitempty bool, rules []tagRule, plan *typePlan) bool {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			if !omitempty && len(rules) > 0 && rules[0].tag == "required" {
				w.fail(v, name, index, rules[0])
			}
			return false
		}
		v = v.Elem()
	}
	if omitempty && !hasValue(v) {
		return false
	}
	for _, r := range rules {
		if !w.holds(v, r) {
			w.fail(v, name, index, r)
			return false
		}
	}
	if v.Kind() == reflect.Struct {
		w.structValue(v, planAt(plan, v.Type()))
	}
	return true
}

// hasValue is validator/v10's test of a present value: a list or pointer that
// is not nil, any other value that is not its zero.
func hasValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return !v.IsNil()
	}
	return !v.IsZero()
}

// holds reports whether v satisfies rule r.
func (w *fieldWalker) holds(v reflect.Value, r tagRule) bool {
	switch r.tag {
	case "required":
		return hasValue(v)
	case "min", "max":
		var n int64
		switch v.Kind() {
		case reflect.Slice, reflect.Array:
			n = int64(v.Len())
		case reflect.String:
			n = int64(utf8.RuneCountInString(v.String()))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n = v.Int()
		default:
			return w.byValidator(v, r)
		}
		if r.tag == "min" {
			return n >= r.n
		}
		return n <= r.n
	}
	if v.Kind() != reflect.String {
		return w.byValidator(v, r)
	}
	switch r.tag {
	case "code":
		var c check.Coded
		var ok bool
		if v.CanAddr() {
			c, ok = v.Addr().Interface().(check.Coded) // a pointer: no allocation
		} else {
			c, ok = v.Interface().(check.Coded)
		}
		return ok && c.Valid()
	case "id":
		return check.ValidID(v.String())
	case "duration":
		return check.ValidDuration(v.String())
	case "date":
		return check.ValidDate(v.String())
	case "phone":
		return check.ValidPhone(v.String())
	case "http_url":
		return check.ValidHTTPURL(v.String())
	}
	return w.byValidator(v, r)
}

// byValidator hands a rule this file does not compile to validator/v10.
func (w *fieldWalker) byValidator(v reflect.Value, r tagRule) bool {
	tag := r.tag
	if r.param != "" {
		tag += "=" + r.param
	}
	return check.Validator().Var(v.Interface(), tag) == nil
}

// fail records the fault of rule r on v.
func (w *fieldWalker) fail(v reflect.Value, name string, index int, r tagRule) {
	field := name
	if index >= 0 {
		field = name + "[" + strconv.Itoa(index) + "]"
	}
	fe := fieldErr{path: segmentsPointer(w.segs), field: field, tag: r.tag, param: r.param, kind: v.Kind()}
	if v.IsValid() {
		fe.typ = v.Type()
		if v.CanInterface() {
			fe.value = v.Interface()
		}
	}
	w.faults = append(w.faults, fieldFault(fe, w.suggestions > 0))
	if r.tag == "code" {
		w.suggestions--
	}
}
