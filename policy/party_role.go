package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// PartyRole is the role a recipient has in the processing: whether it processes data on the organisation's behalf or decides its own purposes.
type PartyRole string

// The party role codes.
const (
	// RoleProcessor is "processor": Processes data on the organisation's behalf and on its instructions (GDPR Art. 28).
	RoleProcessor PartyRole = "processor"
	// RoleServiceProvider is "service-provider": Receives data for a business purpose under a contract that limits its use (CCPA §1798.140(ag) and (j)).
	RoleServiceProvider PartyRole = "service-provider"
	// RoleIndependentController is "independent-controller": Decides its own purposes and means for the data it receives; its own privacy policy governs it.
	RoleIndependentController PartyRole = "independent-controller"
	// RoleJointController is "joint-controller": Decides purposes and means together with the organisation (GDPR Art. 26).
	RoleJointController PartyRole = "joint-controller"
	// RoleThirdParty is "third-party": Receives data for its own use without a stated controller or processor role, such as a third party in the CCPA sense.
	RoleThirdParty PartyRole = "third-party"
	// RoleAuthority is "authority": A public body that receives data under its own powers.
	RoleAuthority PartyRole = "authority"
)

var partyRoleList = vocab.New[PartyRole]("party role", true, term, []category.Definition{
	{Code: string(RoleProcessor), Title: "Processor", Description: "Processes data on the organisation's behalf and on its instructions (GDPR Art. 28)."},
	{Code: string(RoleServiceProvider), Title: "Service provider or contractor", Description: "Receives data for a business purpose under a contract that limits its use (CCPA \u00a71798.140(ag) and (j))."},
	{Code: string(RoleIndependentController), Title: "Independent controller", Description: "Decides its own purposes and means for the data it receives; its own privacy policy governs it."},
	{Code: string(RoleJointController), Title: "Joint controller", Description: "Decides purposes and means together with the organisation (GDPR Art. 26)."},
	{Code: string(RoleThirdParty), Title: "Third party", Description: "Receives data for its own use without a stated controller or processor role, such as a third party in the CCPA sense."},
	{Code: string(RoleAuthority), Title: "Public authority", Description: "A public body that receives data under its own powers."},
})

// PartyRoleDefinitions returns the definitions of every party role code in a fixed order.
func PartyRoleDefinitions() []category.Definition { return partyRoleList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r PartyRole) Definition() (def category.Definition, ok bool) { return partyRoleList.Lookup(r) }

// Known reports whether r is defined in the registry.
func (r PartyRole) Known() bool { return partyRoleList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r PartyRole) Valid() bool { return partyRoleList.Valid(r) }
