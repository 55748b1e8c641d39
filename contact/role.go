package contact

import "github.com/openpolicies/privacy/internal/vocab"

// Role says what a contact point is for.
type Role string

// The contact role codes.
const (
	// RolePrivacyOfficer is "privacy-officer": The officer responsible for privacy questions and requests.
	RolePrivacyOfficer Role = "privacy-officer"
	// RoleDataProtectionOfficer is "data-protection-officer": The data protection officer required by GDPR Art. 37.
	RoleDataProtectionOfficer Role = "data-protection-officer"
	// RoleRepresentative is "representative": A representative in the EU or UK under GDPR Art. 27.
	RoleRepresentative Role = "representative"
	// RoleCustomerService is "customer-service": Customer service or assistance.
	RoleCustomerService Role = "customer-service"
	// RoleGeneral is "general": The organisation's general contact details.
	RoleGeneral Role = "general"
	// RoleRegisteredOffice is "registered-office": The legal seat of the organisation.
	RoleRegisteredOffice Role = "registered-office"
	// RoleOptOut is "opt-out": Where opt-out and unsubscribe requests go.
	RoleOptOut Role = "opt-out"
	// RolePrivacyRequests is "privacy-requests": Where requests to exercise privacy rights go.
	RolePrivacyRequests Role = "privacy-requests"
	// RoleAppeals is "appeals": Where a person appeals a refusal of a privacy rights request, as US state privacy laws require.
	RoleAppeals Role = "appeals"
	// RoleAccessibility is "accessibility": Where to ask for the policy in an accessible format or report an accessibility problem.
	RoleAccessibility Role = "accessibility"
	// RoleSupervisoryAuthority is "supervisory-authority": A data protection or other supervisory authority a person may complain to.
	RoleSupervisoryAuthority Role = "supervisory-authority"
)

var roleList = vocab.New[Role]("contact role", true, term, []Definition{
	{Code: string(RolePrivacyOfficer), Title: "Privacy officer", Description: "The officer responsible for privacy questions and requests."},
	{Code: string(RoleDataProtectionOfficer), Title: "Data protection officer", Description: "The data protection officer required by GDPR Art. 37."},
	{Code: string(RoleRepresentative), Title: "Representative", Description: "A representative in the EU or UK under GDPR Art. 27."},
	{Code: string(RoleCustomerService), Title: "Customer service", Description: "Customer service or assistance."},
	{Code: string(RoleGeneral), Title: "General contact", Description: "The organisation's general contact details."},
	{Code: string(RoleRegisteredOffice), Title: "Registered office", Description: "The legal seat of the organisation."},
	{Code: string(RoleOptOut), Title: "Opt-out requests", Description: "Where opt-out and unsubscribe requests go."},
	{Code: string(RolePrivacyRequests), Title: "Privacy requests", Description: "Where requests to exercise privacy rights go."},
	{Code: string(RoleAppeals), Title: "Appeals", Description: "Where a person appeals a refusal of a privacy rights request, as US state privacy laws require."},
	{Code: string(RoleAccessibility), Title: "Accessibility", Description: "Where to ask for the policy in an accessible format or report an accessibility problem."},
	{Code: string(RoleSupervisoryAuthority), Title: "Supervisory authority", Description: "A data protection or other supervisory authority a person may complain to."},
})

// RoleDefinitions returns the definitions of every contact role code in a fixed order.
func RoleDefinitions() []Definition { return roleList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r Role) Definition() (def Definition, ok bool) { return roleList.Lookup(r) }

// Known reports whether r is defined in the registry.
func (r Role) Known() bool { return roleList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r Role) Valid() bool { return roleList.Valid(r) }
