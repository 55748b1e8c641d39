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
	// MeasureMultiFactorAuthentication is "multi-factor-authentication": Requiring two or more factors to sign in.
	MeasureMultiFactorAuthentication MeasureKind = "multi-factor-authentication"
	// MeasureFirewall is "firewall": Firewalls, intrusion detection and other protection of networks.
	MeasureFirewall MeasureKind = "firewall"
	// MeasurePhysicalSecurity is "physical-security": Locks, guards and other control of physical access to premises and equipment.
	MeasurePhysicalSecurity MeasureKind = "physical-security"
	// MeasureSecureDataCentre is "secure-data-centre": Keeping data in secured data centres or certified hosting facilities.
	MeasureSecureDataCentre MeasureKind = "secure-data-centre"
	// MeasurePseudonymisation is "pseudonymisation": Replacing what identifies a person with pseudonyms, with the key kept separately.
	MeasurePseudonymisation MeasureKind = "pseudonymisation"
	// MeasureSecurityTesting is "security-testing": Penetration tests, vulnerability scans and security audits.
	MeasureSecurityTesting MeasureKind = "security-testing"
	// MeasurePrivacyProgram is "privacy-program": An organisational privacy or compliance model.
	MeasurePrivacyProgram MeasureKind = "privacy-program"
	// MeasureStaffTraining is "staff-training": Training staff in privacy and security.
	MeasureStaffTraining MeasureKind = "staff-training"
	// MeasureBreachNotification is "breach-notification": Procedures to detect and respond to data breaches and to notify authorities and affected people.
	MeasureBreachNotification MeasureKind = "breach-notification"
	// MeasureDataMinimisation is "data-minimisation": Collecting and keeping only the data needed for the purpose.
	MeasureDataMinimisation MeasureKind = "data-minimisation"
	// MeasureIntegrity is "integrity": Steps to keep data accurate and confidential.
	MeasureIntegrity MeasureKind = "integrity"
	// MeasureConfidentialityAgreement is "confidentiality-agreement": Recipients bound to keep data confidential.
	MeasureConfidentialityAgreement MeasureKind = "confidentiality-agreement"
	// MeasureProcessingPrinciples is "processing-principles": A commitment to process data fairly, lawfully and transparently, or by other principles of data protection law (GDPR Art. 5).
	MeasureProcessingPrinciples MeasureKind = "processing-principles"
	// MeasureDeIdentification is "de-identification": Data is de-identified, kept and used only in de-identified form, and not re-identified.
	MeasureDeIdentification MeasureKind = "de-identification"
	// MeasureTransferImpactAssessment is "transfer-impact-assessment": Assessing, before a transfer abroad, whether the law and practice of the destination let the transfer mechanism protect the data, and adding measures where they do not.
	MeasureTransferImpactAssessment MeasureKind = "transfer-impact-assessment"
	// MeasurePhishingProtection is "phishing-protection": The organisation never asks for passwords, security or account details by unsolicited messages or calls, or otherwise protects people against phishing and impersonation.
	MeasurePhishingProtection MeasureKind = "phishing-protection"
	// MeasureEncryption is "encryption": Encryption of data, the policy not saying whether in transit or at rest.
	MeasureEncryption MeasureKind = "encryption"
)

var measureKindList = vocab.New[MeasureKind]("security measure kind", true, term, []category.Definition{
	{Code: string(MeasureReasonableMeasures), Title: "Reasonable measures", Description: "Security measures the policy states without detail (\"reasonable\", \"appropriate\", \"a variety of\")."},
	{Code: string(MeasureEncryptionInTransit), Title: "Encryption in transit", Description: "Encryption of data during transport, such as SSL/TLS.", DPV: dpv + "EncryptionInTransfer"},
	{Code: string(MeasureEncryptionAtRest), Title: "Encryption at rest", Description: "Encryption of stored data.", DPV: dpv + "EncryptionAtRest"},
	{Code: string(MeasureAccessControl), Title: "Access control", Description: "Limiting who can access the data.", DPV: dpv + "AccessControlMethod"},
	{Code: string(MeasureMultiFactorAuthentication), Title: "Multi-factor authentication", Description: "Requiring two or more factors to sign in.", DPV: dpv + "MultiFactorAuthentication"},
	{Code: string(MeasureFirewall), Title: "Firewalls and network security", Description: "Firewalls, intrusion detection and other protection of networks.", DPV: dpv + "NetworkSecurityProtocols"},
	{Code: string(MeasurePhysicalSecurity), Title: "Physical security", Description: "Locks, guards and other control of physical access to premises and equipment.", DPV: dpv + "PhysicalAccessControlMethod"},
	{Code: string(MeasureSecureDataCentre), Title: "Secure data centres", Description: "Keeping data in secured data centres or certified hosting facilities."},
	{Code: string(MeasurePseudonymisation), Title: "Pseudonymisation", Description: "Replacing what identifies a person with pseudonyms, with the key kept separately.", DPV: dpv + "Pseudonymisation"},
	{Code: string(MeasureSecurityTesting), Title: "Security testing and audits", Description: "Penetration tests, vulnerability scans and security audits.", DPV: dpv + "PenetrationTestingMethods"},
	{Code: string(MeasurePrivacyProgram), Title: "Privacy programme", Description: "An organisational privacy or compliance model."},
	{Code: string(MeasureStaffTraining), Title: "Staff training", Description: "Training staff in privacy and security.", DPV: dpv + "StaffTraining"},
	{Code: string(MeasureBreachNotification), Title: "Breach notification", Description: "Procedures to detect and respond to data breaches and to notify authorities and affected people."},
	{Code: string(MeasureDataMinimisation), Title: "Data minimisation", Description: "Collecting and keeping only the data needed for the purpose."},
	{Code: string(MeasureIntegrity), Title: "Integrity and confidentiality", Description: "Steps to keep data accurate and confidential."},
	{Code: string(MeasureConfidentialityAgreement), Title: "Confidentiality agreements", Description: "Recipients bound to keep data confidential."},
	{Code: string(MeasureProcessingPrinciples), Title: "Processing principles", Description: "A commitment to process data fairly, lawfully and transparently, or by other principles of data protection law (GDPR Art. 5)."},
	{Code: string(MeasureDeIdentification), Title: "De-identification", Description: "Data is de-identified, kept and used only in de-identified form, and not re-identified."},
	{Code: string(MeasureTransferImpactAssessment), Title: "Transfer impact assessment", Description: "Assessing, before a transfer abroad, whether the law and practice of the destination let the transfer mechanism protect the data, and adding measures where they do not."},
	{Code: string(MeasurePhishingProtection), Title: "Protection against phishing", Description: "The organisation never asks for passwords, security or account details by unsolicited messages or calls, or otherwise protects people against phishing and impersonation."},
	{Code: string(MeasureEncryption), Title: "Encryption", Description: "Encryption of data, the policy not saying whether in transit or at rest.", DPV: dpv + "Encryption"},
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
