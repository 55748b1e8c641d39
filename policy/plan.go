package policy

import (
	"reflect"
	"sync"
)

// typePlan is what the two walks of Validate (the field rules, and the IDs and
// references) need to know of one struct type, compiled once from its tags:
// its field rules, the fields the reference walk visits and, for a statement,
// its section. Every field that leads to another struct type carries that
// type's plan, so a walk goes from plan to plan without looking a type up.
type typePlan struct {
	t           reflect.Type
	fields      []fieldRules
	walk        []walkField
	section     string
	isStatement bool
}

var (
	plans  sync.Map   // reflect.Type -> *typePlan, each complete
	planMu sync.Mutex // held while plans are built, and guards fieldNames
	// fieldNames are the JSON names (escaped for a JSON Pointer) of the fields
	// the reference walk visits, numbered, so that its path nodes hold no
	// pointer for the garbage collector to scan.
	fieldNames []string
)

// planOf returns the plan of struct type t.
func planOf(t reflect.Type) *typePlan {
	if p, ok := plans.Load(t); ok {
		return p.(*typePlan)
	}
	planMu.Lock()
	defer planMu.Unlock()
	building := map[reflect.Type]*typePlan{}
	p := buildPlan(t, building)
	for bt, bp := range building {
		plans.Store(bt, bp)
	}
	return p
}

// planAt returns p when it is the plan of t, else looks t's plan up: a value
// reached through an interface may be of another type than its field's.
func planAt(p *typePlan, t reflect.Type) *typePlan {
	if p != nil && p.t == t {
		return p
	}
	return planOf(t)
}

// buildPlan builds the plan of t and of every struct type its fields lead to;
// building holds the plans begun (t may be recursive). planMu is held.
func buildPlan(t reflect.Type, building map[reflect.Type]*typePlan) *typePlan {
	if p, ok := plans.Load(t); ok {
		return p.(*typePlan)
	}
	if p, ok := building[t]; ok {
		return p
	}
	p := &typePlan{t: t}
	building[t] = p
	p.section, p.isStatement = sections[t]
	p.fields = parseFieldRules(t)
	for i := range p.fields {
		f := &p.fields[i]
		ft := t.Field(f.index).Type
		if st := structBelow(ft, false); st != nil {
			f.plan = buildPlan(st, building)
		}
		if st := structBelow(ft, true); st != nil {
			f.elemPlan = buildPlan(st, building)
		}
	}
	p.walk = parseWalkFields(t)
	for i := range p.walk {
		f := &p.walk[i]
		fieldNames = append(fieldNames, f.name)
		f.nameID = int32(len(fieldNames) - 1)
		if st := structBelow(t.Field(f.index).Type, true); st != nil && (f.nested || f.embedded) {
			f.plan = buildPlan(st, building)
		}
	}
	return p
}

// structBelow is the struct type t holds: t itself, or behind pointers and,
// when lists is set, lists. Nil when there is none.
func structBelow(t reflect.Type, lists bool) reflect.Type {
	for t.Kind() == reflect.Pointer || (lists && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array)) {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		return t
	}
	return nil
}
