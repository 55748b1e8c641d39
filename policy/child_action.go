package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// ChildAction is what an organisation does on learning it holds data collected from a
// child without the required consent.
type ChildAction string

// The child data action codes.
const (
	// ChildActionDelete is "delete": The data is deleted.
	ChildActionDelete ChildAction = "delete"
	// ChildActionNotifyParent is "notify-parent": The parent or guardian is told.
	ChildActionNotifyParent ChildAction = "notify-parent"
)

var childActionList = vocab.New[ChildAction]("child data action", true, term, []category.Definition{
	{Code: string(ChildActionDelete), Title: "Delete", Description: "The data is deleted."},
	{Code: string(ChildActionNotifyParent), Title: "Notify the parent", Description: "The parent or guardian is told."},
})

// ChildActionDefinitions returns the definitions of every child data action code in a fixed order.
func ChildActionDefinitions() []category.Definition { return childActionList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c ChildAction) Definition() (def category.Definition, ok bool) {
	return childActionList.Lookup(c)
}

// Known reports whether c is defined in the registry.
func (c ChildAction) Known() bool { return childActionList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c ChildAction) Valid() bool { return childActionList.Valid(c) }
