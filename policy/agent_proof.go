package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// AgentProof is what an authorized agent must show to act for a person.
type AgentProof string

// The agent proof codes.
const (
	// ProofWrittenPermission is "written-permission": Written permission signed by the person.
	ProofWrittenPermission AgentProof = "written-permission"
	// ProofPowerOfAttorney is "power-of-attorney": A power of attorney under the law where the person lives.
	ProofPowerOfAttorney AgentProof = "power-of-attorney"
	// ProofAgentIdentity is "agent-identity": Proof of the agent's own identity or registration.
	ProofAgentIdentity AgentProof = "agent-identity"
	// ProofConsumerVerification is "consumer-verification": The person verifies their own identity with the organisation.
	ProofConsumerVerification AgentProof = "consumer-verification"
	// ProofConsumerConfirmation is "consumer-confirmation": The person confirms directly that the agent may act.
	ProofConsumerConfirmation AgentProof = "consumer-confirmation"
)

var agentProofList = vocab.New[AgentProof]("agent proof", true, term, []category.Definition{
	{Code: string(ProofWrittenPermission), Title: "Signed permission", Description: "Written permission signed by the person."},
	{Code: string(ProofPowerOfAttorney), Title: "Power of attorney", Description: "A power of attorney under the law where the person lives."},
	{Code: string(ProofAgentIdentity), Title: "Agent's identity", Description: "Proof of the agent's own identity or registration."},
	{Code: string(ProofConsumerVerification), Title: "Person verifies directly", Description: "The person verifies their own identity with the organisation."},
	{Code: string(ProofConsumerConfirmation), Title: "Person confirms the agent", Description: "The person confirms directly that the agent may act."},
})

// AgentProofDefinitions returns the definitions of every agent proof code in a fixed order.
func AgentProofDefinitions() []category.Definition { return agentProofList.All() }

// Definition returns the registry definition of a; ok is false for extension and
// unknown codes.
func (a AgentProof) Definition() (def category.Definition, ok bool) { return agentProofList.Lookup(a) }

// Known reports whether a is defined in the registry.
func (a AgentProof) Known() bool { return agentProofList.Known(a) }

// Valid reports whether a is defined or is a well-formed "x-" extension code.
func (a AgentProof) Valid() bool { return agentProofList.Valid(a) }
