// Package export turns a policy into the disclosures app makers must also file,
// and checks existing ones against it:
//
//   - [Apple]: a PrivacyInfo.xcprivacy privacy manifest ([AppleManifest.Plist])
//     and the App Store Connect "App Privacy" answers ([AppleManifest.Label],
//     as JSON or text), in Apple's 35 data types and 6 purposes;
//   - [Play]: the Google Play Data safety answers and the Play Console CSV
//     ([PlayDataSafety.CSV]), in Google's 38 data types and 7 purposes;
//   - [DPV]: the whole policy as W3C DPV 2.x JSON-LD, one dpv:Process per
//     purpose, with an embedded context ([DPVContext]);
//   - [CrossCheck]: a manifest or Data safety CSV against the policy, with
//     findings in both directions and JSON Pointers into the policy;
//   - [CompareGVL]: one vendor of an IAB TCF Global Vendor List v3 against the
//     policy's recipients and trackers that name it.
//
// # Crosswalks
//
// Each conversion reads a reviewed [Table] keyed by the registries' codes
// ([AppleData], [ApplePurposeTable], [AppleTrackerClass], [PlayData],
// [PlayPurposeTable], [PlayTrackerClass], [TCFPurposes]; DPV uses the IRIs the
// registries carry). A code takes the entry of the nearest code on its path up
// through its ancestors; an entry with no targets marks a code that has no
// counterpart. A test walks every registry code and fails unless it is mapped or
// marked. At export time every code that is unmapped or has no counterpart is
// returned as a [Warning] with its JSON Pointer, never dropped silently.
//
// # Reading the policy
//
// The exports read what the policy links, as the model states it:
//
//   - A purpose applies to the data of the collections it names and to the
//     data categories it names (either way round the hierarchy); a purpose that
//     names neither applies to all collected data (the policy does not restrict
//     it). Recipients receive data on the same rules.
//   - Exclusions work through the hierarchy: withheld_data withholds the code and
//     its descendants, and "personal-data" (personal data of any kind) withholds
//     every code but "non-personal".
//   - A collection's only_for binds the data it names wherever the policy
//     collects it, not only in that statement: a purpose outside the list does
//     not apply to that data or its descendants, a recipient receives it only
//     when all its purposes are on the list (or, naming no purpose, when it
//     names the data), and tracking follows from what is left. Each statement
//     a limit keeps out although it names the data is a "limited" warning.
//   - applies_to is honoured for services and people: a statement limited to
//     some services that names no data reaches only collections limited to one
//     of those services (and is reported when there is none); one that names
//     data does not reach a collection limited to other services or excluded by
//     except_services; a statement and a collection limited to disjoint groups
//     of people do not meet. Jurisdictions, lookback and where_law_provides do
//     not narrow a link: the app discloses what any of its users may be subject
//     to. A statement that names a collection by ID always reaches it.
//   - A tracker collects its data for its purposes (or, naming none, for its
//     class), and the recipient it names receives it.
//
// Data is "used to track" (Apple) only through a statement that names it: a
// targeted, cross-context or data-sale purpose, a recipient the policy says
// data is sold or shared to (CCPA) or a data broker, or a third-party
// advertising tracker. A negated recipient that says the data (or a broader
// code) is not sold or shared blocks all of these; one that says it is not sold
// blocks sale and data brokers; each blocked source is a "conflict" warning. The
// purposes of a recipient that makes data tracking are the data's Apple
// purposes too. Tracking with no tracking domain the policy gives a URL for is
// reported.
//
// "Shared" (Play) is a transfer to a third party, less the transfers Google's
// Data safety definitions exempt: to service providers and processors (role, or
// recipient types of staff and service providers), for legal purposes
// (authorities; conditions required-by-law, with-court-order, protect-rights;
// purposes legal-compliance, legal-claims, protect-rights), in a merger,
// acquisition or sale of assets (successor; condition and purpose
// corporate-transaction), at the user's own initiative (purpose as-directed;
// other users and the public), and of anonymous data (conditions aggregated,
// de-identified). A contingency whose purpose the policy will state at
// collection (condition disclosed-purpose) is not counted. Consent alone
// (condition with-consent) is not an exemption: Play exempts only consent to a
// prominent in-app disclosure, which a policy cannot show. A negated recipient
// ("we do not disclose X to third parties", possibly for some purposes) keeps
// the data it covers from counting as shared with recipients of its types (for
// "third-party": any but staff and affiliates) for those purposes, with a
// "conflict" warning for each. A type is required
// when any statement says so, optional only when every statement says optional
// or conditional, else not stated. Play asks whether all user data is encrypted
// in transit: a disclaimer that e-mail or texts are not encrypted answers no
// (with a "conflict" warning when the policy also states encryption in transit).
// The model has no "linked to you" or "ephemeral" flag: collected personal data
// is linked and not ephemeral.
//
// Outputs are deterministic: vendor order for types and purposes, document
// order elsewhere, sorted warnings.
package export
