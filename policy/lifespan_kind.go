package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// LifespanKind says how long a tracker lasts.
type LifespanKind string

// The lifespan kind codes.
const (
	// LifespanSession is "session": Deleted when the visit or browser session ends.
	LifespanSession LifespanKind = "session"
	// LifespanDuration is "duration": Lasts a stated ISO 8601 duration; use it whenever the policy gives a number.
	LifespanDuration LifespanKind = "duration"
	// LifespanBrief is "brief": Lasts a very short time the policy states without a number ("a few seconds", "a few minutes").
	LifespanBrief LifespanKind = "brief"
	// LifespanPersistent is "persistent": Lasts beyond the session, until it expires or the person deletes it; no duration stated.
	LifespanPersistent LifespanKind = "persistent"
)

var lifespanKindList = vocab.New[LifespanKind]("lifespan kind", true, term, []category.Definition{
	{Code: string(LifespanSession), Title: "Session", Description: "Deleted when the visit or browser session ends."},
	{Code: string(LifespanDuration), Title: "Fixed duration", Description: "Lasts a stated ISO 8601 duration; use it whenever the policy gives a number."},
	{Code: string(LifespanBrief), Title: "Brief", Description: "Lasts a very short time the policy states without a number (\"a few seconds\", \"a few minutes\")."},
	{Code: string(LifespanPersistent), Title: "Persistent", Description: "Lasts beyond the session, until it expires or the person deletes it; no duration stated."},
})

// LifespanKindDefinitions returns the definitions of every lifespan kind code in a fixed order.
func LifespanKindDefinitions() []category.Definition { return lifespanKindList.All() }

// Definition returns the registry definition of l; ok is false for extension and
// unknown codes.
func (l LifespanKind) Definition() (def category.Definition, ok bool) {
	return lifespanKindList.Lookup(l)
}

// Known reports whether l is defined in the registry.
func (l LifespanKind) Known() bool { return lifespanKindList.Known(l) }

// Valid reports whether l is defined or is a well-formed "x-" extension code.
func (l LifespanKind) Valid() bool { return lifespanKindList.Valid(l) }
