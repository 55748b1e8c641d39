package contact

import "github.com/openpolicies/privacy/internal/vocab"

// Definition describes one code of a list in this package.
type Definition struct {
	// Code is the value written in documents.
	Code string
	// Title is a short human label.
	Title string
	// Description says what the code covers.
	Description string
	// Parent is the more general code, or empty.
	Parent string
}

func term(d Definition) vocab.Term { return vocab.Term(d) }
