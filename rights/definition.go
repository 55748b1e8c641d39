package rights

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
	// GDPR names the GDPR article that grants the right, where one does.
	GDPR string
	// CCPA names the Cal. Civ. Code section that grants the right, where one does.
	CCPA string
	// DPV is the IRI of the corresponding W3C Data Privacy Vocabulary concept.
	DPV string
}

func term(d Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

const dpvRights = "https://w3id.org/dpv/rights/eu#"
