package jurisdiction

import (
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/rights"
)

// LawDefinition describes a privacy law: where it is in force, which rights it
// grants and which elements it requires a privacy notice to contain.
type LawDefinition struct {
	// Code is the value written in documents.
	Code string
	// Title is the law's name.
	Title string
	// Description says what the law is and, where it matters, which version is meant.
	Description string
	// Parent is a law this one amends or implements, or empty.
	Parent string
	// Jurisdictions are where the law is in force.
	Jurisdictions []Code
	// Rights are the rights the law grants to the people it protects.
	Rights []rights.Right
	// Requires are the elements the law requires a privacy notice to state.
	Requires []Element
	// URL points at an official text of the law.
	URL string
}

func lawTerm(d LawDefinition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}
