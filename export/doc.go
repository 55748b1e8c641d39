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
// The exports read what the policy links, as the model states it: a purpose
// applies to the data of the collections it names and to the data categories it
// names; a purpose that names neither applies to all collected data (the policy
// does not restrict it); a collection's only_for restricts it to those purposes.
// Recipients receive data on the same rules. A tracker collects its data for its
// purposes (or, naming none, for its class). Data is "used to track" (Apple) only
// through a statement that names it: a targeted, cross-context or data-sale
// purpose, a recipient the policy says data is sold or shared to (CCPA) or a data
// broker, or a third-party advertising tracker. "Shared" (Play) is a transfer to
// a third party other than service providers, processors, authorities, other
// users and the public. The model has no "linked to you" or "ephemeral" flag:
// collected personal data is linked and not ephemeral.
//
// Outputs are deterministic: vendor order for types and purposes, document
// order elsewhere, sorted warnings.
package export
