package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// This file judges a change against every statement on the other side, not
// only the statement it is paired with: a practice re-expressed (one
// statement split in two, a method or source moved to another statement) is
// no change in what is done.

// overlaps reports whether a category of p and one of q name overlapping data:
// equal, or one within the other, as written or as the policies resolve them.
func overlaps(p *policy.Policy, d category.Data, q *policy.Policy, x category.Data) bool {
	rd, rx := p.Resolve(d), q.Resolve(x)
	return d == x || d.Within(x) || x.Within(d) || rd == rx || rd.Within(rx) || rx.Within(rd)
}

// sides returns the policy a member change comes from and the other one.
func (c *comparer) sides(kind Kind) (from, other *policy.Policy) {
	if kind == Removed {
		return c.old, c.new
	}
	return c.new, c.old
}

// collectedVia reports whether other collects, in a statement that is not
// negated, data overlapping ds through source or method v (a
// category.Source or category.Method).
func collectedVia(from *policy.Policy, ds []category.Data, other *policy.Policy, v any) bool {
	for _, col := range other.Collection {
		if col.Not {
			continue
		}
		has := false
		switch x := v.(type) {
		case category.Source:
			has = slices.Contains(col.Sources, x)
		case category.Method:
			has = slices.Contains(col.Methods, x)
		}
		if !has {
			continue
		}
		for _, d := range ds {
			if slices.ContainsFunc(col.Data, func(x category.Data) bool { return overlaps(from, d, other, x) }) {
				return true
			}
		}
	}
	return false
}

// viaElsewhere judges a source or method added to (removed from) a collection
// statement: when the policy on the other side collects overlapping data that
// way in some statement, the change moves the method between statements and
// is Neutral.
func (c *comparer) viaElsewhere(st *stmt, kind Kind, old, new any) bool {
	if negatedStmt(st, kind) {
		return false
	}
	from, other := c.sides(kind)
	v, sv := new, st.newVal
	if kind == Removed {
		v, sv = old, st.oldVal
	}
	if !sv.IsValid() {
		return false
	}
	col, ok := sv.Interface().(policy.Collection)
	if !ok {
		return false
	}
	return collectedVia(from, col.Data, other, v)
}

// coveredCollection judges a whole collection statement whose data the other
// side collects already by its other members, as the rules do for a member
// added: a source the other side never collects that data from
// widens (collection.sources), a purpose limit
// (only_for) the covering statements lack narrows; otherwise it is Neutral.
// The effect is that of adding the statement; why says what decided it.
func (c *comparer) coveredCollection(x policy.Collection, kind Kind) (e Effect, why string) {
	from, other := c.sides(kind)
	var fresh []string
	for _, s := range x.Sources {
		if !collectedVia(from, x.Data, other, s) {
			fresh = append(fresh, "source "+string(s))
		}
	}
	if len(fresh) > 0 {
		return Widens, "collected in " + otherName(kind) + " already, but not from " + strings.Join(fresh, ", ")
	}
	if len(x.OnlyFor) > 0 {
		// Limited here; is the data collected without a limit there?
		for _, col := range other.Collection {
			if col.Not || len(col.OnlyFor) > 0 {
				continue
			}
			for _, d := range x.Data {
				if slices.ContainsFunc(col.Data, func(y category.Data) bool { return overlaps(from, d, other, y) }) {
					return Narrows, "collected in " + otherName(kind) + " with no purpose limit"
				}
			}
		}
	}
	return Neutral, ""
}

// compatible reports whether two recipient types can name the same
// recipients: equal, one within the other, or one the generic third party.
func compatible(a, b category.Recipient) bool {
	return a == b || a == category.RecipientThirdParty || b == category.RecipientThirdParty ||
		slices.Contains(a.Ancestors(), b) || slices.Contains(b.Ancestors(), a)
}

// purposeKind is the kind of the purpose with the given ID in p, or "".
func purposeKind(p *policy.Policy, id string) category.Purpose {
	for _, pu := range p.Purposes {
		if pu.ID == id {
			return pu.Kind
		}
	}
	return ""
}

// disclosedElsewhere judges a purpose, condition or collects_directly flag
// added to (removed from) a recipient statement: when a recipient of a
// compatible type on the other side has it (a purpose of the same kind, the
// same occasion such as "required-by-law", recipients of the same type that
// collect directly), one statement
// was split in two or two were merged, and the change is Neutral.
func (c *comparer) disclosedElsewhere(st *stmt, field string, kind Kind, old, new any) bool {
	if negatedStmt(st, kind) {
		return false
	}
	from, other := c.sides(kind)
	v, sv := new, st.newVal
	if kind == Removed {
		v, sv = old, st.oldVal
	}
	if !sv.IsValid() {
		return false
	}
	r, ok := sv.Interface().(policy.Recipient)
	if !ok {
		return false
	}
	for _, o := range other.Recipients {
		if o.Not || !slices.ContainsFunc(r.Types, func(t category.Recipient) bool {
			return slices.ContainsFunc(o.Types, func(u category.Recipient) bool {
				if field == "collects_directly" {
					// Who collects directly is the recipient itself:
					// the generic third party is not enough.
					return t == u || slices.Contains(t.Ancestors(), u) || slices.Contains(u.Ancestors(), t)
				}
				return compatible(t, u)
			})
		}) {
			continue
		}
		switch field {
		case "collects_directly":
			if v == true && o.CollectsDirectly {
				return true
			}
		case "purposes":
			id, _ := v.(string)
			k := purposeKind(from, id)
			if k != "" && slices.ContainsFunc(o.Purposes, func(p string) bool { return purposeKind(other, p) == k }) {
				return true
			}
		case "conditions":
			// Only an occasion of disclosure can move to another
			// statement; a limit on this recipient is not one on others.
			cond, _ := v.(policy.Condition)
			if widening[cond] && slices.Contains(o.Conditions, cond) {
				return true
			}
		}
	}
	return false
}

// advice reports whether a choice only tells the person they may keep data
// back (every mechanism is "not-providing"): it binds the organisation to
// nothing, so stating or dropping it is Neutral.
func advice(v any) bool {
	ch, ok := v.(policy.Choice)
	if !ok || len(ch.Mechanisms) == 0 {
		return false
	}
	for _, m := range ch.Mechanisms {
		if m.Kind != policy.MechanismNotProviding {
			return false
		}
	}
	return true
}

// choiceRank places the choice over a purpose of p from narrow to wide: its
// own choice when it states one; else opt-out when a choice statement of p
// names the purpose, else "always" (the purpose is done whatever the person
// wants).
func choiceRank(p *policy.Policy, pu *policy.Purpose) (float64, bool) {
	if pu.Choice != "" {
		return rankChoice(pu.Choice)
	}
	for _, ch := range p.Choices {
		if pu.ID != "" && slices.Contains(ch.Purposes, pu.ID) {
			return rankChoice(policy.ModeOptOut)
		}
	}
	return rankChoice(policy.ModeAlways)
}

// coveredPurpose judges a whole purpose statement against the purposes of
// the same kind on the other side that reach its data (one that names no data
// reaches any): when there is one, the statement re-expresses a use already
// made, and its choice decides (purposes.choice ranks opt-in below opt-out
// below always; see choiceRank): narrower than the widest covering purpose narrows, wider
// widens, the same is Neutral. ok is false when no purpose covers it, or it
// brings sensitive data to the kind for the first time.
func (c *comparer) coveredPurpose(x policy.Purpose, kind Kind) (e Effect, why string, ok bool) {
	if x.Not {
		return "", "", false
	}
	from, other := c.sides(kind)
	if len(newSensitiveUse(from, other, &x)) > 0 {
		return "", "", false
	}
	mine := reached(from, reflect.ValueOf(x))
	best, found := -1.0, false
	for i := range other.Purposes {
		o := &other.Purposes[i]
		if o.Not || o.Kind != x.Kind {
			continue
		}
		theirs := reached(other, reflect.ValueOf(*o))
		if len(o.Data) > 0 || len(o.Collections) > 0 {
			if len(theirs) == 0 || !allWithin(from, mine, other, theirs) {
				continue
			}
		}
		if r, ok := choiceRank(other, o); ok && r > best {
			best, found = r, true
		}
	}
	r, okR := choiceRank(from, &x)
	if !found || !okR {
		return "", "", false
	}
	switch {
	case r < best:
		return Narrows, "used for " + string(x.Kind) + " in " + otherName(kind) + " already, with a wider choice there", true
	case r > best:
		return Widens, "used for " + string(x.Kind) + " in " + otherName(kind) + " already, with a narrower choice there", true
	}
	return Neutral, "used for " + string(x.Kind) + " in " + otherName(kind) + " already", true
}

// allWithin reports whether every category of ds (of p) is within one of xs
// (of q).
func allWithin(p *policy.Policy, ds []category.Data, q *policy.Policy, xs []category.Data) bool {
	for _, d := range ds {
		rd := p.Resolve(d)
		if !slices.ContainsFunc(xs, func(x category.Data) bool {
			rx := q.Resolve(x)
			return d == x || d.Within(x) || rd == rx || rd.Within(rx)
		}) {
			return false
		}
	}
	return true
}

// otherName names the policy on the other side of a change.
func otherName(kind Kind) string {
	if kind == Removed {
		return "the new policy"
	}
	return "the old policy"
}

// newSensitiveUse returns the sensitive categories a purpose of p uses that q
// uses for no purpose of the same kind.
func newSensitiveUse(p, q *policy.Policy, pu *policy.Purpose) []category.Data {
	var out []category.Data
	for _, d := range sensitiveOf(p, pu) {
		covered := false
		for i := range q.Purposes {
			o := &q.Purposes[i]
			if o.Kind != pu.Kind {
				continue
			}
			for _, x := range sensitiveOf(q, o) {
				if x == d || d.Within(x) {
					covered = true
				}
			}
		}
		if !covered {
			out = append(out, d)
		}
	}
	return out
}
