package policy

import (
	"slices"

	"github.com/openpolicies/privacy/category"
)

// CollectedData returns every data category the policy's collection statements
// name, each once, in code order.
func (p *Policy) CollectedData() []category.Data {
	if p == nil {
		return nil
	}
	var out []category.Data
	for _, c := range p.Collection {
		out = append(out, c.Data...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
