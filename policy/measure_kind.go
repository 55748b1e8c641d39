package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// MeasureKind is a kind of security measure.
type MeasureKind string

// The security measure kind codes.
const (
	// MeasureReasonableMeasures is "reasonable-measures": Security measures the policy states without detail ("reasonable", "appropriate", "a variety of").
	MeasureReasonableMeasures MeasureKind = "reasonable-measures"
	// MeasureEncryptionInTransit is "encryption-in-transit": Encryption of data during transport, such as SSL/TLS.
	MeasureEncryptionInTransit MeasureKind = "encryption-in-transit"
	// MeasureEncryptionAtRest is "encryption-at-rest": Encryption of stored data.
	MeasureEncryptionAtRest MeasureKind = "encryption-at-rest"
	// MeasureAccessControl is "access-control": Limiting who can access the data.
	MeasureAccessControl MeasureKind = "access-control"
	// MeasurePrivacyProgram is "privacy-program": An organisational privacy or compliance model.
	MeasurePrivacyProgram MeasureKind = "privacy-program"
	// MeasureIntegrity is "integrity": Steps to keep data accurate and confidential.
	MeasureIntegrity MeasureKind = "integrity"
	// MeasureConfidentialityAgreement is "confidentiality-agreement": Recipients bound to keep data confidential.
	MeasureConfidentialityAgreement MeasureKind = "confidentiality-agreement"
	// MeasureProcessingPrinciples is "processing-principles": A commitment to process data fairly, lawfully and transparently, or by other principles of data protection law (GDPR Art. 5).
	MeasureProcessingPrinciples MeasureKind = "processing-principles"
)

var measureKindList = vocab.New[MeasureKind]("security measure kind", true, term, []category.Definition{
	{Code: string(MeasureReasonableMeasures), Title: "Reasonable measures", Description: "Security measures the policy states without detail (\"reasonable\", \"appropriate\", \"a variety of\")."},
	{Code: string(MeasureEncryptionInTransit), Title: "Encryption in transit", Description: "Encryption of data during transport, such as SSL/TLS.", DPV: dpv + "EncryptionInTransfer"},
	{Code: string(MeasureEncryptionAtRest), Title: "Encryption at rest", Description: "Encryption of stored data.", DPV: dpv + "EncryptionAtRest"},
	{Code: string(MeasureAccessControl), Title: "Access control", Description: "Limiting who can access the data.", DPV: dpv + "AccessControlMethod"},
	{Code: string(MeasurePrivacyProgram), Title: "Privacy programme", Description: "An organisational privacy or compliance model."},
	{Code: string(MeasureIntegrity), Title: "Integrity and confidentiality", Description: "Steps to keep data accurate and confidential."},
	{Code: string(MeasureConfidentialityAgreement), Title: "Confidentiality agreements", Description: "Recipients bound to keep data confidential."},
	{Code: string(MeasureProcessingPrinciples), Title: "Processing principles", Description: "A commitment to process data fairly, lawfully and transparently, or by other principles of data protection law (GDPR Art. 5)."},
})

// MeasureKindDefinitions returns the definitions of every security measure kind code in a fixed order.
func MeasureKindDefinitions() []category.Definition { return measureKindList.All() }

// Definition returns the registry definition of m; ok is false for extension and
// unknown codes.
func (m MeasureKind) Definition() (def category.Definition, ok bool) {
	return measureKindList.Lookup(m)
}

// Known reports whether m is defined in the registry.
func (m MeasureKind) Known() bool { return measureKindList.Known(m) }

// Valid reports whether m is defined or is a well-formed "x-" extension code.
func (m MeasureKind) Valid() bool { return measureKindList.Valid(m) }
