package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Disposal is what happens to data when it is no longer kept in use.
type Disposal string

// The disposal codes.
const (
	// DisposalDelete is "delete": Erased.
	DisposalDelete Disposal = "delete"
	// DisposalArchive is "archive": Moved to an archive.
	DisposalArchive Disposal = "archive"
	// DisposalAnonymise is "anonymise": Made anonymous.
	DisposalAnonymise Disposal = "anonymise"
	// DisposalAggregate is "aggregate": Combined into aggregate statistics that do not identify a person.
	DisposalAggregate Disposal = "aggregate"
	// DisposalPseudonymise is "pseudonymise": Kept in pseudonymised form, separated from what identifies the person.
	DisposalPseudonymise Disposal = "pseudonymise"
)

var disposalList = vocab.New[Disposal]("disposal", true, term, []category.Definition{
	{Code: string(DisposalDelete), Title: "Deleted", Description: "Erased."},
	{Code: string(DisposalArchive), Title: "Archived", Description: "Moved to an archive."},
	{Code: string(DisposalAnonymise), Title: "Anonymised", Description: "Made anonymous."},
	{Code: string(DisposalAggregate), Title: "Aggregated", Description: "Combined into aggregate statistics that do not identify a person."},
	{Code: string(DisposalPseudonymise), Title: "Pseudonymised", Description: "Kept in pseudonymised form, separated from what identifies the person."},
})

// DisposalDefinitions returns the definitions of every disposal code in a fixed order.
func DisposalDefinitions() []category.Definition { return disposalList.All() }

// Definition returns the registry definition of d; ok is false for extension and
// unknown codes.
func (d Disposal) Definition() (def category.Definition, ok bool) { return disposalList.Lookup(d) }

// Known reports whether d is defined in the registry.
func (d Disposal) Known() bool { return disposalList.Known(d) }

// Valid reports whether d is defined or is a well-formed "x-" extension code.
func (d Disposal) Valid() bool { return disposalList.Valid(d) }
