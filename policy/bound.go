package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Bound says how a stated duration limits a period: exactly, at most ("up to four years") or at least.
type Bound string

// The bound codes.
const (
	// BoundExact is "exact": The period lasts the stated duration.
	BoundExact Bound = "exact"
	// BoundAtMost is "at-most": The stated duration is an upper bound ("up to", "no longer than").
	BoundAtMost Bound = "at-most"
	// BoundAtLeast is "at-least": The stated duration is a lower bound ("at least", "a minimum of").
	BoundAtLeast Bound = "at-least"
)

var boundList = vocab.New[Bound]("bound", true, term, []category.Definition{
	{Code: string(BoundExact), Title: "Exactly", Description: "The period lasts the stated duration."},
	{Code: string(BoundAtMost), Title: "At most", Description: "The stated duration is an upper bound (\"up to\", \"no longer than\")."},
	{Code: string(BoundAtLeast), Title: "At least", Description: "The stated duration is a lower bound (\"at least\", \"a minimum of\")."},
})

// BoundDefinitions returns the definitions of every bound code in a fixed order.
func BoundDefinitions() []category.Definition { return boundList.All() }

// Definition returns the registry definition of b; ok is false for extension and
// unknown codes.
func (b Bound) Definition() (def category.Definition, ok bool) { return boundList.Lookup(b) }

// Known reports whether b is defined in the registry.
func (b Bound) Known() bool { return boundList.Known(b) }

// Valid reports whether b is defined or is a well-formed "x-" extension code.
func (b Bound) Valid() bool { return boundList.Valid(b) }
