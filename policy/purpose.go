package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Purpose is a statement of what data is used for.
type Purpose struct {
	Statement
	// Kind is the type of purpose.
	Kind category.Purpose `json:"kind" validate:"required,code"`
	// Collections are IDs of the collection statements whose data serves the
	// purpose, where the policy links them.
	Collections []string `json:"collections,omitempty" ref:"collection"`
	// Data are categories of data the policy says the purpose uses.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// LegalBases are the legal bases of this purpose.
	LegalBases []LegalBasis `json:"legal_bases,omitempty" validate:"dive"`
	// Choice says whether the person can decide about the purpose.
	Choice ChoiceMode `json:"choice,omitempty" validate:"omitempty,code"`
}

// LegalBasis is a lawful basis for processing. Within a purpose it applies to that
// purpose; in the policy's top-level list it applies to the purposes it names, or
// to the processing the policy describes in general.
type LegalBasis struct {
	// Basis is the GDPR Art. 6(1) basis.
	Basis Basis `json:"basis" validate:"required,code"`
	// Interest is the legitimate interest pursued; required for legitimate-interests.
	Interest string `json:"interest,omitempty"`
	// SpecialConditions are the GDPR Art. 9(2) conditions for special categories of
	// data; required where the basis applies under the GDPR to special categories.
	SpecialConditions []SpecialCondition `json:"special_conditions,omitempty" validate:"dive,code"`
	// Purposes are IDs of the purposes the basis covers (top-level list only).
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Jurisdictions are where the basis is relied on.
	Jurisdictions []jurisdiction.Code `json:"jurisdictions,omitempty" validate:"dive,code"`
	// Laws are the laws under which the basis is relied on.
	Laws []jurisdiction.Law `json:"laws,omitempty" validate:"dive,code"`
	// Citations are the provisions the policy cites for the basis
	// ("Art. 6(1)(f) GDPR", "Communications (Retention of Data) Act 2011").
	Citations []Citation `json:"citations,omitempty" validate:"dive"`
	// Description is the basis in the policy's words.
	Description string `json:"description,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}
