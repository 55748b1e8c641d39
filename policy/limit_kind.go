package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// LimitKind is the kind of limit on a right or a choice.
type LimitKind string

// The limit kind codes.
const (
	// LimitLegalException is "legal-exception": The organisation may refuse or keep data where the law requires or allows it.
	LimitLegalException LimitKind = "legal-exception"
	// LimitUnlawfulOnly is "unlawful-processing-only": The right covers only data processed in breach of the law.
	LimitUnlawfulOnly LimitKind = "unlawful-processing-only"
	// LimitAccountDeletionOnly is "account-deletion-only": The right or choice can be used only by deleting the whole account.
	LimitAccountDeletionOnly LimitKind = "account-deletion-only"
	// LimitOthersRights is "rights-of-others": A request may be refused where meeting it would affect other people's rights.
	LimitOthersRights LimitKind = "rights-of-others"
	// LimitExcessive is "excessive-requests": Manifestly unfounded or excessive requests may be refused or charged for.
	LimitExcessive LimitKind = "excessive-requests"
	// LimitServiceImpact is "service-impact": Using the right or choice may mean the service or parts of it can no longer be provided.
	LimitServiceImpact LimitKind = "service-impact"
	// LimitNotRetroactive is "not-retroactive": The choice does not affect processing that took place before it.
	LimitNotRetroactive LimitKind = "not-retroactive"
	// LimitScopeOfChoice is "partial-coverage": The choice does not reach some data, purposes or messages, named in the limit.
	LimitScopeOfChoice LimitKind = "partial-coverage"
	// LimitIdentity is "identity-unverified": A request is not met until the person's identity is verified.
	LimitIdentity LimitKind = "identity-unverified"
	// LimitLegitimateGrounds is "legitimate-grounds": The right can be used only for legitimate reasons or on grounds relating to the person's situation.
	LimitLegitimateGrounds LimitKind = "legitimate-grounds"
	// LimitPerDevice is "per-device": The choice is kept in one browser or device (often in a cookie) and must be made again on another, or after cookies are deleted.
	LimitPerDevice LimitKind = "per-device"
)

var limitKindList = vocab.New[LimitKind]("limit kind", true, term, []category.Definition{
	{Code: string(LimitLegalException), Title: "Legal exception", Description: "The organisation may refuse or keep data where the law requires or allows it."},
	{Code: string(LimitUnlawfulOnly), Title: "Only data processed unlawfully", Description: "The right covers only data processed in breach of the law."},
	{Code: string(LimitAccountDeletionOnly), Title: "Only by deleting the account", Description: "The right or choice can be used only by deleting the whole account."},
	{Code: string(LimitOthersRights), Title: "Rights of others", Description: "A request may be refused where meeting it would affect other people's rights."},
	{Code: string(LimitExcessive), Title: "Excessive or unfounded requests", Description: "Manifestly unfounded or excessive requests may be refused or charged for."},
	{Code: string(LimitServiceImpact), Title: "The service may stop working", Description: "Using the right or choice may mean the service or parts of it can no longer be provided."},
	{Code: string(LimitNotRetroactive), Title: "Not retroactive", Description: "The choice does not affect processing that took place before it."},
	{Code: string(LimitScopeOfChoice), Title: "Partial coverage", Description: "The choice does not reach some data, purposes or messages, named in the limit."},
	{Code: string(LimitIdentity), Title: "Identity not verified", Description: "A request is not met until the person's identity is verified."},
	{Code: string(LimitLegitimateGrounds), Title: "Only on legitimate grounds", Description: "The right can be used only for legitimate reasons or on grounds relating to the person's situation."},
	{Code: string(LimitPerDevice), Title: "Per browser or device", Description: "The choice is kept in one browser or device (often in a cookie) and must be made again on another, or after cookies are deleted."},
})

// LimitKindDefinitions returns the definitions of every limit kind code in a fixed order.
func LimitKindDefinitions() []category.Definition { return limitKindList.All() }

// Definition returns the registry definition of k; ok is false for extension and
// unknown codes.
func (k LimitKind) Definition() (def category.Definition, ok bool) { return limitKindList.Lookup(k) }

// Known reports whether k is defined in the registry.
func (k LimitKind) Known() bool { return limitKindList.Known(k) }

// Valid reports whether k is defined or is a well-formed "x-" extension code.
func (k LimitKind) Valid() bool { return limitKindList.Valid(k) }
