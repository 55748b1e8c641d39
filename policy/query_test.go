package policy

import (
	"slices"
	"testing"

	"github.com/openpolicies/privacy/category"
)

func TestQueries(t *testing.T) {
	p := decodeFull(t)
	ids := func(ps []*Purpose) (out []string) {
		for _, x := range ps {
			out = append(out, x.ID)
		}
		return out
	}
	rids := func(rs []*Recipient) (out []string) {
		for _, x := range rs {
			out = append(out, x.ID)
		}
		return out
	}
	for _, tc := range []struct {
		d          category.Data
		purposes   []string
		recipients []string
	}{
		{category.DataMedicalCondition, []string{"provide"}, nil},
		{category.DataHealth, []string{"provide"}, nil},               // a broader category finds the narrower use
		{category.DataFamilialGenetic, nil, nil},                      // a sibling of what is used does not
		{category.DataIPAddress, []string{"ads"}, []string{"google"}}, // through collections and Data
		{category.DataOnline, []string{"ads"}, []string{"google"}},    // parent of ip-address
		{category.DataEmail, []string{"provide"}, nil},                // the no-sale statement says never
		{"x-unknown", nil, nil},
	} {
		if got := ids(p.PurposesFor(tc.d)); !slices.Equal(got, tc.purposes) {
			t.Errorf("PurposesFor(%s) = %v, want %v", tc.d, got, tc.purposes)
		}
		if got := rids(p.RecipientsOf(tc.d)); !slices.Equal(got, tc.recipients) {
			t.Errorf("RecipientsOf(%s) = %v, want %v", tc.d, got, tc.recipients)
		}
	}
	var nilp *Policy
	if nilp.CollectedData() != nil || nilp.PurposesFor(category.DataEmail) != nil || nilp.RecipientsOf(category.DataEmail) != nil {
		t.Error("queries on a nil policy return something")
	}
	got := p.CollectedData()
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Fatalf("CollectedData is not sorted and unique: %v", got)
		}
	}
}
