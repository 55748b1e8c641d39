package policy

import (
	"slices"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
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
		if !pu.Not && (p.overlaps(d, pu.Data) || p.overlaps(d, dataOf(p, pu.Collections))) {
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
		if !r.Not && (p.overlaps(d, r.Data) || p.overlaps(d, dataOf(p, r.Collections))) {
			out = append(out, r)
		}
	}
	return out
}

// overlaps reports whether d and an entry of list are one within the other,
// reading "x-" codes the document defines as the standard codes they narrow.
func (p *Policy) overlaps(d category.Data, list []category.Data) bool {
	rd := p.Resolve(d)
	return slices.ContainsFunc(list, func(x category.Data) bool {
		rx := p.Resolve(x)
		return x.Within(d) || d.Within(x) || rx.Within(rd) || rd.Within(rx)
	})
}

// Resolve returns the standard data category that d stands for: d itself when
// the registry defines it, else the standard code the document's extension
// definitions say it narrows (following extensions of extensions), else d. Use
// it to read an "x-" code's flags: p.Resolve(d).Special().
func (p *Policy) Resolve(d category.Data) category.Data {
	return category.Data(p.Standard("data", string(d)))
}

// Standard returns the standard code of list key that code stands for, as
// [Policy.Resolve] does for data categories: code itself when it is not an
// extension the document defines with a parent.
func (p *Policy) Standard(key, code string) string {
	if p == nil {
		return code
	}
	seen := map[string]bool{}
	for strings.HasPrefix(code, vocab.ExtensionPrefix) && !seen[code] {
		seen[code] = true
		i := slices.IndexFunc(p.Extensions, func(e Extension) bool { return e.List == key && e.Code == code })
		if i < 0 || p.Extensions[i].Parent == "" {
			return code
		}
		code = p.Extensions[i].Parent
	}
	return code
}
