package diff_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
)

// mirrored is a change as seen from the other side: added and removed swap,
// and so do the paths, the values and widening with narrowing.
func mirrored(c diff.Change) diff.Change {
	m := c
	switch c.Kind {
	case diff.Added:
		m.Kind = diff.Removed
	case diff.Removed:
		m.Kind = diff.Added
	}
	m.OldPath, m.NewPath = c.NewPath, c.OldPath
	m.Old, m.New = c.New, c.Old
	switch c.Effect {
	case diff.Widens:
		m.Effect = diff.Narrows
	case diff.Narrows:
		m.Effect = diff.Widens
	}
	return m
}

// key is what must agree between a change and its mirror; the statement ID
// may differ (a matched statement is named by its ID in the new policy), and
// materiality and the summary are one-sided.
func key(c diff.Change) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|%#v|%#v|%s", c.Section, c.Field, c.Kind, c.OldPath, c.NewPath, c.Old, c.New, c.Effect)
}

func checkMirror(t *testing.T, ab, ba *diff.Report) {
	t.Helper()
	var want, got []string
	for _, c := range ab.Changes {
		want = append(want, key(mirrored(c)))
	}
	for _, c := range ba.Changes {
		got = append(got, key(c))
	}
	slices.Sort(want)
	slices.Sort(got)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Compare(b, a) does not mirror Compare(a, b) (-mirrored +reversed):\n%s", d)
	}
}

// TestFixtureProperties: every fixture equals itself, and every pair of
// fixtures compares as the mirror of the pair reversed.
func TestFixtureProperties(t *testing.T) {
	all := examples.All()
	for _, a := range all {
		if r := diff.Compare(a.New(), a.New()); !r.Empty() {
			t.Errorf("Compare(%s, %s) has %d changes, the first: %s", a.ID, a.ID, len(r.Changes), r.Changes[0].Summary)
		}
	}
	for i, a := range all {
		for _, b := range all[i+1:] {
			t.Run(a.ID+"/"+b.ID, func(t *testing.T) {
				pa, pb := a.New(), b.New()
				ab, ba := diff.Compare(pa, pb), diff.Compare(pb, pa)
				if ab.Empty() {
					t.Fatal("two different fixtures compare equal")
				}
				checkMirror(t, ab, ba)
			})
		}
	}
}

// TestFixtureReordered: reversing every section of a fixture is no change.
func TestFixtureReordered(t *testing.T) {
	for _, f := range examples.All() {
		p, q := f.New(), f.New()
		slices.Reverse(q.Services)
		slices.Reverse(q.Documents)
		slices.Reverse(q.Contacts)
		slices.Reverse(q.Subjects)
		slices.Reverse(q.Collection)
		slices.Reverse(q.Purposes)
		slices.Reverse(q.LegalBases)
		slices.Reverse(q.Recipients)
		slices.Reverse(q.Retention)
		slices.Reverse(q.Trackers)
		slices.Reverse(q.Choices)
		slices.Reverse(q.Rights)
		slices.Reverse(q.Security)
		slices.Reverse(q.Disclaimers)
		slices.Reverse(q.Laws)
		for i := range q.Collection {
			slices.Reverse(q.Collection[i].Data)
		}
		for i := range q.Recipients {
			slices.Reverse(q.Recipients[i].Types)
			slices.Reverse(q.Recipients[i].Conditions)
		}
		if r := diff.Compare(p, q); !r.Empty() {
			t.Errorf("%s reordered: %d changes, the first: %s", f.ID, len(r.Changes), r.Changes[0].Summary)
		}
	}
}
