package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// The small code lists of this package share the definition shape of package
// category.
func term(d category.Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

const dpv = "https://w3id.org/dpv#"
