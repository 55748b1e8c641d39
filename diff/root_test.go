package diff_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/policy"
)

// TestMaterialRoots: purposes and recipients made material only by newly
// collected data follow the collection that brought it, and count once; a
// sensitive category collected before and newly used for a purpose is a root
// of its own.
func TestMaterialRoots(t *testing.T) {
	old, new := base(), base()
	new.Collection = append(new.Collection, policy.Collection{Statement: policy.Statement{ID: "c-genes"}, Data: []category.Data{"biometric.fingerprint"}})
	new.Purposes[0].Collections = append(new.Purposes[0].Collections, "c-genes")
	new.Purposes[1].Collections = append(new.Purposes[1].Collections, "c-genes")
	new.Purposes = append(new.Purposes, policy.Purpose{Statement: policy.Statement{ID: "u-study"}, Kind: "research", Collections: []string{"c-health"}})
	r := diff.Compare(old, new)
	type root struct{ Statement, Root string }
	var got []root
	for _, c := range r.Changes {
		if c.Material {
			got = append(got, root{c.Statement, c.Root})
		}
	}
	want := []root{
		{"c-genes", "collection/c-genes"},
		{"u-service", "collection/c-genes"},
		{"u-care", "collection/c-genes"},
		{"u-study", "purposes/u-study"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("material roots (-want +got):\n%s", d)
	}
	if r.Summary.Material != 4 || r.Summary.Roots != 2 {
		t.Errorf("summary: %d material, %d distinct; want 4, 2", r.Summary.Material, r.Summary.Roots)
	}
	var secs []string
	for _, s := range r.Summary.Sections {
		if s.Roots > 0 {
			secs = append(secs, s.Section)
		}
	}
	if d := cmp.Diff([]string{"collection", "purposes"}, secs); d != "" {
		t.Errorf("sections with roots (-want +got):\n%s", d)
	}
	// Seen the other way round nothing is material (all narrows).
	if back := diff.Compare(new, old); back.Summary.Material != 0 || back.Summary.Roots != 0 {
		t.Errorf("reversed: %d material, %d distinct; want 0, 0", back.Summary.Material, back.Summary.Roots)
	}
}

// TestMaterialRootsByReason: sensitive data collected before, newly
// disclosed to one type of recipient through several statements, is one
// material change; to another type, another.
func TestMaterialRootsByReason(t *testing.T) {
	old, new := base(), base()
	to := func(id string, typ category.Recipient) policy.Recipient {
		return policy.Recipient{Statement: policy.Statement{ID: id}, Types: []category.Recipient{typ}, Collections: []string{"c-health"}}
	}
	new.Recipients = append(new.Recipients, to("r-a", "third-party"), to("r-b", "third-party"), to("r-c", "advertising-partner"))
	r := diff.Compare(old, new)
	got := map[string]string{}
	for _, c := range r.Changes {
		if c.Material {
			got[c.Statement] = c.Root
		}
	}
	want := map[string]string{"r-a": "recipients/r-a", "r-b": "recipients/r-a", "r-c": "recipients/r-c"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("material roots (-want +got):\n%s", d)
	}
	if r.Summary.Material != 3 || r.Summary.Roots != 2 {
		t.Errorf("summary: %d material, %d distinct; want 3, 2", r.Summary.Material, r.Summary.Roots)
	}
}
