package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// DocumentKind is a kind of document a policy refers to.
type DocumentKind string

// The document kind codes.
const (
	// DocumentTermsOfUse is "terms-of-use": The terms and conditions of use of a site or service.
	DocumentTermsOfUse DocumentKind = "terms-of-use"
	// DocumentProductTerms is "product-terms": Terms and conditions specific to a product.
	DocumentProductTerms DocumentKind = "product-terms"
	// DocumentNoticeOfPrivacyPractices is "notice-of-privacy-practices": A HIPAA notice of privacy practices for protected health information.
	DocumentNoticeOfPrivacyPractices DocumentKind = "notice-of-privacy-practices"
	// DocumentPatientPrivacyPolicy is "patient-privacy-policy": Policies on patient information submitted through a patient portal.
	DocumentPatientPrivacyPolicy DocumentKind = "patient-privacy-policy"
	// DocumentCookiePolicy is "cookie-policy": A separate cookie policy.
	DocumentCookiePolicy DocumentKind = "cookie-policy"
	// DocumentDataProcessingAgreement is "data-processing-agreement": A contract that governs processing on the organisation's behalf (GDPR Art. 28).
	DocumentDataProcessingAgreement DocumentKind = "data-processing-agreement"
	// DocumentConsumerHealthDataPolicy is "consumer-health-data-policy": A separate consumer health data privacy policy, as Washington's My Health My Data Act requires.
	DocumentConsumerHealthDataPolicy DocumentKind = "consumer-health-data-policy"
	// DocumentStatePrivacyNotice is "state-privacy-notice": A supplemental notice for residents of a state or jurisdiction, such as a California privacy notice.
	DocumentStatePrivacyNotice DocumentKind = "state-privacy-notice"
	// DocumentAccessibilityStatement is "accessibility-statement": A statement on the accessibility of the site or service, or the policy in an accessible format.
	DocumentAccessibilityStatement DocumentKind = "accessibility-statement"
	// DocumentVersionHistory is "version-history": Earlier versions of the policy, or a record of its changes.
	DocumentVersionHistory DocumentKind = "version-history"
	// DocumentOtherPrivacyPolicy is "other-privacy-policy": Privacy policies of other properties or of third parties.
	DocumentOtherPrivacyPolicy DocumentKind = "other-privacy-policy"
	// DocumentThirdPartyInfo is "third-party-info": A third party's page about its practices or opt-out.
	DocumentThirdPartyInfo DocumentKind = "third-party-info"
	// DocumentOther is "other": Another related document.
	DocumentOther DocumentKind = "other"
)

var documentKindList = vocab.New[DocumentKind]("document kind", true, term, []category.Definition{
	{Code: string(DocumentTermsOfUse), Title: "Terms of use", Description: "The terms and conditions of use of a site or service."},
	{Code: string(DocumentProductTerms), Title: "Product terms", Description: "Terms and conditions specific to a product."},
	{Code: string(DocumentNoticeOfPrivacyPractices), Title: "Notice of privacy practices", Description: "A HIPAA notice of privacy practices for protected health information."},
	{Code: string(DocumentPatientPrivacyPolicy), Title: "Patient information policy", Description: "Policies on patient information submitted through a patient portal."},
	{Code: string(DocumentCookiePolicy), Title: "Cookie policy", Description: "A separate cookie policy."},
	{Code: string(DocumentDataProcessingAgreement), Title: "Data processing agreement", Description: "A contract that governs processing on the organisation's behalf (GDPR Art. 28).", DPV: dpv + "DataProcessingAgreement"},
	{Code: string(DocumentConsumerHealthDataPolicy), Title: "Consumer health data privacy policy", Description: "A separate consumer health data privacy policy, as Washington's My Health My Data Act requires."},
	{Code: string(DocumentStatePrivacyNotice), Title: "State privacy notice", Description: "A supplemental notice for residents of a state or jurisdiction, such as a California privacy notice."},
	{Code: string(DocumentAccessibilityStatement), Title: "Accessibility statement", Description: "A statement on the accessibility of the site or service, or the policy in an accessible format."},
	{Code: string(DocumentVersionHistory), Title: "Earlier versions", Description: "Earlier versions of the policy, or a record of its changes."},
	{Code: string(DocumentOtherPrivacyPolicy), Title: "Other privacy policies", Description: "Privacy policies of other properties or of third parties."},
	{Code: string(DocumentThirdPartyInfo), Title: "Third-party information", Description: "A third party's page about its practices or opt-out."},
	{Code: string(DocumentOther), Title: "Other document", Description: "Another related document."},
})

// DocumentKindDefinitions returns the definitions of every document kind code in a fixed order.
func DocumentKindDefinitions() []category.Definition { return documentKindList.All() }

// Definition returns the registry definition of d; ok is false for extension and
// unknown codes.
func (d DocumentKind) Definition() (def category.Definition, ok bool) {
	return documentKindList.Lookup(d)
}

// Known reports whether d is defined in the registry.
func (d DocumentKind) Known() bool { return documentKindList.Known(d) }

// Valid reports whether d is defined or is a well-formed "x-" extension code.
func (d DocumentKind) Valid() bool { return documentKindList.Valid(d) }
