package policy

import (
	"slices"

	"github.com/openpolicies/privacy/category"
)

// CollectedData returns every data category the policy's collection statements
// name, each once, in code order, leaving out negated statements ("we do not
// collect").
func (p *Policy) CollectedData() []category.Data {
	if p == nil {
		return nil
	}
	var out []category.Data
	for _, c := range p.Collection {
		if !c.Not {
			out = append(out, c.Data...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// PurposesFor returns the purposes that use data of category d: those whose Data,
// or the data of whose linked collection statements, overlap d (one category is
// d or within it, or d is within that category: a purpose that uses "health" may
// use "health.genetic", and one that uses "health.genetic" uses health data).
// Purposes the policy does not link to any data, and negated purposes ("we do
// not use X for Y"), are not returned. The pointers point into p.
func (p *Policy) PurposesFor(d category.Data) []*Purpose {
	if p == nil {
		return nil
	}
	var out []*Purpose
	for i := range p.Purposes {
		pu := &p.Purposes[i]
		if !pu.Not && (overlaps(d, pu.Data) || overlaps(d, dataOf(p, pu.Collections))) {
			out = append(out, pu)
		}
	}
	return out
}

// RecipientsOf returns the recipients that receive data of category d, in the
// sense of [Policy.PurposesFor], leaving out statements that say a disclosure
// does not happen (Not). The pointers point into p.
func (p *Policy) RecipientsOf(d category.Data) []*Recipient {
	if p == nil {
		return nil
	}
	var out []*Recipient
	for i := range p.Recipients {
		r := &p.Recipients[i]
		if !r.Not && (overlaps(d, r.Data) || overlaps(d, dataOf(p, r.Collections))) {
			out = append(out, r)
		}
	}
	return out
}

func overlaps(d category.Data, list []category.Data) bool {
	return slices.ContainsFunc(list, func(x category.Data) bool { return x.Within(d) || d.Within(x) })
}
