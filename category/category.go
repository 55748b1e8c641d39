package category

import (
	"slices"

	"github.com/openpolicies/privacy/internal/vocab"
)

// Definition describes one code of a list in this package (and of the small lists in
// package policy, which share this shape). Mappings to outside vocabularies are
// empty where no counterpart exists.
type Definition struct {
	// Code is the value written in documents.
	Code string
	// Title is a short human label.
	Title string
	// Description says what the code covers, in a sentence or two.
	Description string
	// Parent is the more general code of a hierarchical list, or empty.
	Parent string

	// Special marks a GDPR Art. 9(1) special category of personal data.
	Special bool
	// Criminal marks data on criminal convictions and offences (GDPR Art. 10).
	Criminal bool
	// Sensitive marks CCPA "sensitive personal information" (§1798.140(ae)).
	Sensitive bool
	// Health marks data that is protected health information when a HIPAA covered
	// entity holds it.
	Health bool
	// SensitiveUnder lists the codes of the laws (package jurisdiction's law
	// codes, such as "gdpr", "ccpa", "or-ocpa") under which data of this category
	// is sensitive, special-category or otherwise specially protected data. It
	// agrees with the flags: Special when it holds "gdpr", Sensitive when it holds
	// "ccpa". A law that implements or amends one listed here (the Irish Data
	// Protection Act 2018 for the GDPR) is not repeated: follow the law's Parent.
	SensitiveUnder []string

	// DPV is the IRI of the corresponding W3C Data Privacy Vocabulary concept.
	DPV string
	// GDPR names the GDPR article or point the code corresponds to ("Art. 6(1)(a)").
	GDPR string
	// CCPA is the letter of the Cal. Civ. Code §1798.140(v)(1) category ("A".."L").
	CCPA string
	// P3P is the corresponding P3P 1.0 category, purpose or recipient value.
	P3P string
}

func term(d Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

const (
	dpv   = "https://w3id.org/dpv#"
	dpvPD = "https://w3id.org/dpv/pd#"
)

// cloneDefinition copies the slices of d, so that a definition a caller gets
// cannot change the registry.
func cloneDefinition(d Definition) Definition {
	d.SensitiveUnder = slices.Clone(d.SensitiveUnder)
	return d
}
