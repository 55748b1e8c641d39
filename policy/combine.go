package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Combine says how the periods of one retention rule decide when data is deleted.
type Combine string

// The period combination codes.
const (
	// CombineLatest is "latest": Data is kept until the last of the periods ends ("as long as your account is active or as needed to comply with the law"); the default.
	CombineLatest Combine = "latest"
	// CombineEarliest is "earliest": Data is kept until the first of the periods ends ("whichever comes first").
	CombineEarliest Combine = "earliest"
)

var combineList = vocab.New[Combine]("period combination", true, term, []category.Definition{
	{Code: string(CombineLatest), Title: "Whichever ends last", Description: "Data is kept until the last of the periods ends (\"as long as your account is active or as needed to comply with the law\"); the default."},
	{Code: string(CombineEarliest), Title: "Whichever comes first", Description: "Data is kept until the first of the periods ends (\"whichever comes first\")."},
})

// CombineDefinitions returns the definitions of every period combination code in a fixed order.
func CombineDefinitions() []category.Definition { return combineList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c Combine) Definition() (def category.Definition, ok bool) { return combineList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c Combine) Known() bool { return combineList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c Combine) Valid() bool { return combineList.Valid(c) }
