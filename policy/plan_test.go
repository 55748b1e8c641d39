package policy

import (
	"reflect"
	"sync"
	"testing"
)

// TestPlansLink checks that every plan reachable from Policy's is the plan of
// the type its field holds, and that the walk fields' numbered names are their
// names: a wrong link would apply another type's rules.
func TestPlansLink(t *testing.T) {
	seen := map[*typePlan]bool{}
	var visit func(p *typePlan)
	visit = func(p *typePlan) {
		if seen[p] {
			return
		}
		seen[p] = true
		if got, _ := plans.Load(p.t); got != p {
			t.Errorf("%v: the stored plan is not the linked one", p.t)
		}
		if sec, ok := sections[p.t]; ok != p.isStatement || sec != p.section {
			t.Errorf("%v: section %q %v, want %q %v", p.t, p.section, p.isStatement, sec, ok)
		}
		for _, f := range p.fields {
			ft := p.t.Field(f.index).Type
			if want := structBelow(ft, false); (want == nil) != (f.plan == nil) || (f.plan != nil && f.plan.t != want) {
				t.Errorf("%v.%s: plan of the wrong type", p.t, f.name)
			}
			if want := structBelow(ft, true); (want == nil) != (f.elemPlan == nil) || (f.elemPlan != nil && f.elemPlan.t != want) {
				t.Errorf("%v.%s: element plan of the wrong type", p.t, f.name)
			}
			for _, q := range []*typePlan{f.plan, f.elemPlan} {
				if q != nil {
					visit(q)
				}
			}
		}
		for _, f := range p.walk {
			if fieldNames[f.nameID] != f.name {
				t.Errorf("%v.%s: numbered name %q", p.t, f.name, fieldNames[f.nameID])
			}
			if f.plan != nil {
				visit(f.plan)
			}
		}
	}
	visit(planOf(reflect.TypeFor[Policy]()))
	if len(seen) < 20 {
		t.Errorf("only %d plans reachable from Policy's", len(seen))
	}
}

// TestPlansConcurrent builds plans of fresh types from many goroutines at once
// (run with -race): each must get one complete plan.
func TestPlansConcurrent(t *testing.T) {
	type leaf struct {
		Code string `json:"code" validate:"required"`
	}
	type node struct {
		Leaves []leaf `json:"leaves" validate:"dive"`
		Next   *node  `json:"next"`
	}
	var wg sync.WaitGroup
	got := make([]*typePlan, 8)
	for i := range got {
		wg.Go(func() { got[i] = planOf(reflect.TypeFor[node]()) })
	}
	wg.Wait()
	for _, p := range got {
		if p != got[0] {
			t.Fatal("two plans of one type")
		}
	}
	p := got[0]
	if p.fields[0].elemPlan == nil || p.fields[0].elemPlan.t != reflect.TypeFor[leaf]() || p.fields[1].plan != p {
		t.Fatal("the plan of a recursive type does not link to itself and its leaf")
	}
}
