package diff

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/openpolicies/privacy/policy"
)

// Kind says what happened to a statement or to a member of one.
type Kind string

// The kinds of change.
const (
	// Added is a statement, list member or value the new policy has and the old
	// one has not.
	Added Kind = "added"
	// Removed is a statement, list member or value the old policy has and the
	// new one has not.
	Removed Kind = "removed"
	// Changed is a value both policies state, differently.
	Changed Kind = "changed"
)

// Effect says how a change moves what the organisation may do with personal
// data.
type Effect string

// The effects of a change.
const (
	// Widens: the organisation may do more (a new recipient, purpose or data
	// category, a longer retention, a sale, a right taken away).
	Widens Effect = "widens"
	// Narrows: the organisation may do less, or the person can do more (a new
	// right or opt-out, a shorter retention, a new safeguard or condition).
	Narrows Effect = "narrows"
	// Neutral: the change does not bear on what is done with data (metadata,
	// contacts, documents, the laws cited).
	Neutral Effect = "neutral"
	// Unknown: the change bears on what is done with data, but the model cannot
	// tell in which direction (a changed scope, a different kind of period).
	Unknown Effect = "unknown"
)

// invert returns the effect of the opposite change.
func (e Effect) invert() Effect {
	switch e {
	case Widens:
		return Narrows
	case Narrows:
		return Widens
	}
	return e
}

// Change is one difference between two policies.
type Change struct {
	// Section is the policy member the change is in, by its JSON name
	// ("collection", "recipients"), or "metadata" for the policy's own fields
	// (title, dates, URLs).
	Section string `json:"section"`
	// Statement is the ID of the statement changed, in the new policy when it
	// has it, else in the old; empty for sections without IDs and metadata.
	Statement string `json:"statement,omitempty"`
	// Field is the member of the statement that changed, as a dotted path of
	// JSON names without indices ("data", "periods.duration"); empty when the
	// whole statement was added or removed.
	Field string `json:"field,omitempty"`
	// Kind is what happened.
	Kind Kind `json:"kind"`
	// OldPath is the JSON Pointer of the value in the old policy. For an
	// added value it points to the old statement (or section) it was added
	// to; empty when there is none.
	OldPath string `json:"old_path,omitempty"`
	// NewPath is the JSON Pointer of the value in the new policy. For a
	// removed value it points to the new statement (or section) it was
	// removed from; empty when there is none.
	NewPath string `json:"new_path,omitempty"`
	// Old is the old value: a statement, a list member or a field's value;
	// nil for an addition.
	Old any `json:"old,omitempty"`
	// New is the new value; nil for a removal.
	New any `json:"new,omitempty"`
	// Effect says whether the change widens or narrows what the organisation
	// may do.
	Effect Effect `json:"effect"`
	// Material is true for a change that laws such as Washington's My Health
	// My Data Act would require fresh consent for: a new data category, a new
	// purpose for sensitive data, a new sale or sharing.
	Material bool `json:"material,omitempty"`
	// Root, for a material change, names the material change it follows
	// from, as "section/statement" ("collection/collect-health"): the
	// collection that brought new data is the root of the purposes and
	// recipients made material only by that data. A root names itself.
	Root string `json:"root,omitempty"`
	// Summary is the change as one line a person reads.
	Summary string `json:"summary"`
}

// Report is the semantic difference between two policies.
type Report struct {
	// Old is the ID of the old policy.
	Old string `json:"old"`
	// New is the ID of the new policy.
	New string `json:"new"`
	// Summary counts the changes, in all and per section.
	Summary Summary `json:"summary"`
	// Changes are the changes, grouped by section in the order of
	// [policy.Policy]'s members, and within a section in the order of the new
	// policy's statements, removals after them in the old policy's order.
	Changes []Change `json:"changes"`
}

// Counts counts changes by kind and by effect.
type Counts struct {
	Total    int `json:"total"`    // all changes
	Added    int `json:"added"`    // of kind Added
	Removed  int `json:"removed"`  // of kind Removed
	Changed  int `json:"changed"`  // of kind Changed
	Widens   int `json:"widens"`   // with effect Widens
	Narrows  int `json:"narrows"`  // with effect Narrows
	Neutral  int `json:"neutral"`  // with effect Neutral
	Unknown  int `json:"unknown"`  // with effect Unknown
	Material int `json:"material"` // marked Material
	// Roots counts the distinct material changes: the roots of the
	// material changes counted (see [Change.Root]).
	Roots int `json:"material_roots"`
}

func (c *Counts) add(ch Change) {
	c.Total++
	switch ch.Kind {
	case Added:
		c.Added++
	case Removed:
		c.Removed++
	case Changed:
		c.Changed++
	}
	switch ch.Effect {
	case Widens:
		c.Widens++
	case Narrows:
		c.Narrows++
	case Neutral:
		c.Neutral++
	default:
		c.Unknown++
	}
	if ch.Material {
		c.Material++
	}
}

// SectionCounts are the counts of one section.
type SectionCounts struct {
	// Section is the section counted, as in [Change.Section].
	Section string `json:"section"`
	Counts
}

// Summary counts the changes of a report.
type Summary struct {
	Counts
	// Sections count the changes of each section that has any, in the order of
	// [Report.Changes].
	Sections []SectionCounts `json:"sections,omitempty"`
}

// Empty reports whether the two policies compared say the same.
func (r *Report) Empty() bool { return r == nil || len(r.Changes) == 0 }

// Compare returns what changed from old to new. Statements are matched by
// meaning, so reordering a section or renaming a statement's ID is not a
// change; quotes and descriptions (the policy's own words) are not compared. A
// nil policy compares as one that says nothing.
func Compare(old, new *policy.Policy) *Report {
	if old == nil {
		old = &policy.Policy{}
	}
	if new == nil {
		new = &policy.Policy{}
	}
	c := newComparer(old, new)
	c.run()
	r := &Report{Old: old.ID, New: new.ID, Changes: c.changes}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	seen := map[string]bool{}
	for _, ch := range r.Changes {
		r.Summary.add(ch)
		n := len(r.Summary.Sections)
		if n == 0 || r.Summary.Sections[n-1].Section != ch.Section {
			r.Summary.Sections = append(r.Summary.Sections, SectionCounts{Section: ch.Section})
			n++
		}
		r.Summary.Sections[n-1].add(ch)
		if ch.Material && !seen[ch.Root] {
			// Counted in the section of its first change.
			seen[ch.Root] = true
			r.Summary.Roots++
			r.Summary.Sections[n-1].Roots++
		}
	}
	return r
}

// Marshal encodes r as indented JSON with a final newline, as
// [policy.Marshal] encodes a policy: the same report always gives the same
// bytes, and HTML characters are not escaped.
func Marshal(r *Report) ([]byte, error) {
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes r to w as [Marshal] does.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
