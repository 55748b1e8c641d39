package policy

import "github.com/openpolicies/privacy/jurisdiction"

// Extension defines an "x-" code the document uses, so that readers and tools
// know what it means and queries can treat it like the standard code it narrows:
// an "x-" data category whose Parent is "health" is health data, special under
// the GDPR like its parent.
type Extension struct {
	// Code is the "x-" code being defined.
	Code string `json:"code" validate:"required"`
	// List names the code list the code belongs to, as [CodeLists] and the
	// `privacy codes` command name them ("data", "purpose", "law").
	List string `json:"list" validate:"required"`
	// Title is a short human label.
	Title string `json:"title" validate:"required"`
	// Description says what the code covers.
	Description string `json:"description,omitempty"`
	// Parent is the standard code of the same list that the code narrows; empty
	// when it narrows none.
	Parent string `json:"parent,omitempty"`
	// Jurisdictions are where a law code is in force (laws only).
	Jurisdictions []jurisdiction.Code `json:"jurisdictions,omitempty" validate:"dive,code"`
	// Citation is the official citation of a law code ("S.I. No. 336/2011").
	Citation string `json:"citation,omitempty"`
	// URL is where the law is published, or a page that defines the code.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
}
