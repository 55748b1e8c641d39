package export

import (
	"slices"

	"github.com/openpolicies/privacy/category"
)

// A Table is a reviewed crosswalk from the codes of one of our registries (data
// categories, purposes, tracker classes) to the codes of an outside vocabulary.
//
// The inheritance rule: a code takes the entry of the nearest code on its path
// from itself up through its ancestors (category.Data "contact.email" looks up
// "contact.email", then "contact"). An entry with no targets says, after review,
// that the code has no counterpart in the target vocabulary; a code whose path
// has no entry at all is unmapped. Both are reported by the exports, never
// silently dropped. Extension codes ("x-…") resolve first to the standard code
// the policy says they narrow.
type Table[C ~string] struct {
	name    string
	entries map[C][]string
	parent  func(C) (C, bool)
}

// entry is one reviewed line of a crosswalk: a code and its targets (none:
// explicitly no counterpart).
type entry[C ~string] struct {
	code    C
	targets []string
}

func newTable[C ~string](name string, parent func(C) (C, bool), lines []entry[C]) *Table[C] {
	t := &Table[C]{name: name, entries: make(map[C][]string, len(lines)), parent: parent}
	for _, l := range lines {
		if _, dup := t.entries[l.code]; dup {
			panic("export: duplicate crosswalk entry " + name + " " + string(l.code))
		}
		t.entries[l.code] = l.targets
	}
	return t
}

// Name says which registry and target the table crosswalks ("data→apple").
func (t *Table[C]) Name() string { return t.name }

// Lookup returns the targets of code and the code whose entry decided them (code
// itself or an ancestor). ok is false when neither code nor any ancestor has an
// entry. ok with no targets means: reviewed, no counterpart.
func (t *Table[C]) Lookup(code C) (targets []string, from C, ok bool) {
	seen := map[C]bool{}
	for c := code; !seen[c]; {
		seen[c] = true
		if ts, found := t.entries[c]; found {
			return slices.Clone(ts), c, true
		}
		p, has := t.parent(c)
		if !has {
			break
		}
		c = p
	}
	return nil, "", false
}

// Explicit reports whether code has an entry of its own (not inherited).
func (t *Table[C]) Explicit(code C) bool {
	_, ok := t.entries[code]
	return ok
}

func dataParent(d category.Data) (category.Data, bool) {
	def, ok := d.Definition()
	if !ok || def.Parent == "" {
		return "", false
	}
	return category.Data(def.Parent), true
}

func purposeParent(p category.Purpose) (category.Purpose, bool) {
	def, ok := p.Definition()
	if !ok || def.Parent == "" {
		return "", false
	}
	return category.Purpose(def.Parent), true
}

func noParent[C ~string](C) (C, bool) { return "", false }

// none marks a reviewed code with no counterpart.
var none []string

func to(targets ...string) []string { return targets }
