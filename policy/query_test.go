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

// TestQueriesV2 checks that negated statements stay out of the queries and that
// a document-defined "x-" code is read as the code it narrows.
func TestQueriesV2(t *testing.T) {
	p := &Policy{
		Collection: []Collection{
			{Statement: Statement{ID: "tier"}, Data: []category.Data{"x-loyalty-tier"}},
			{Statement: Statement{ID: "no-dna", Not: true}, Data: []category.Data{category.DataGenetic}},
		},
		Purposes: []Purpose{
			{Statement: Statement{ID: "perks"}, Kind: category.PurposeMarketing, Collections: []string{"tier"}},
			{Statement: Statement{ID: "no-dna-ads", Not: true}, Kind: category.PurposeAdvertising, Data: []category.Data{category.DataGenetic}},
		},
		Recipients: []Recipient{
			{Statement: Statement{ID: "no-sale", Not: true}, Types: []category.Recipient{category.RecipientThirdParty}, Collections: []string{"tier"}},
			{Statement: Statement{ID: "partner"}, Types: []category.Recipient{category.RecipientThirdParty}, Data: []category.Data{category.DataAccountID}},
		},
		Extensions: []Extension{{Code: "x-loyalty-tier", List: "data", Title: "Loyalty tier", Parent: string(category.DataAccountID)}},
	}
	if got := p.CollectedData(); !slices.Equal(got, []category.Data{"x-loyalty-tier"}) {
		t.Errorf("CollectedData = %v; a negated collection is not collected", got)
	}
	if got := p.Resolve("x-loyalty-tier"); got != category.DataAccountID {
		t.Errorf("Resolve(x-loyalty-tier) = %s", got)
	}
	if got := p.Resolve("x-undefined"); got != "x-undefined" {
		t.Errorf("Resolve(x-undefined) = %s", got)
	}
	if got := p.PurposesFor(category.DataIdentifier); len(got) != 1 || got[0].ID != "perks" {
		t.Errorf("PurposesFor(identifier) = %v; the x- code narrows identifier.account", got)
	}
	if got := p.PurposesFor(category.DataGenetic); len(got) != 0 {
		t.Errorf("PurposesFor(genetic) returns a negated purpose")
	}
	if got := p.RecipientsOf("x-loyalty-tier"); len(got) != 1 || got[0].ID != "partner" {
		t.Errorf("RecipientsOf(x-loyalty-tier) = %v, want only partner (no-sale is negated)", got)
	}
}
