package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// OfficerRole is the role of an officer a policy names.
type OfficerRole string

// The officer role codes.
const (
	// OfficerDataProtectionOfficer is "data-protection-officer": The data protection officer (GDPR Art. 37-39).
	OfficerDataProtectionOfficer OfficerRole = "data-protection-officer"
	// OfficerPrivacyOfficer is "privacy-officer": The officer in charge of privacy, such as a HIPAA privacy official.
	OfficerPrivacyOfficer OfficerRole = "privacy-officer"
)

var officerRoleList = vocab.New[OfficerRole]("officer role", true, term, []category.Definition{
	{Code: string(OfficerDataProtectionOfficer), Title: "Data protection officer", Description: "The data protection officer (GDPR Art. 37-39).", DPV: dpv + "DataProtectionOfficer"},
	{Code: string(OfficerPrivacyOfficer), Title: "Privacy officer", Description: "The officer in charge of privacy, such as a HIPAA privacy official."},
})

// OfficerRoleDefinitions returns the definitions of every officer role code in a fixed order.
func OfficerRoleDefinitions() []category.Definition { return officerRoleList.All() }

// Definition returns the registry definition of o; ok is false for extension and
// unknown codes.
func (o OfficerRole) Definition() (def category.Definition, ok bool) {
	return officerRoleList.Lookup(o)
}

// Known reports whether o is defined in the registry.
func (o OfficerRole) Known() bool { return officerRoleList.Known(o) }

// Valid reports whether o is defined or is a well-formed "x-" extension code.
func (o OfficerRole) Valid() bool { return officerRoleList.Valid(o) }
