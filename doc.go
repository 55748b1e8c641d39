// Package privacy models website privacy policies as typed, validated,
// machine-readable data.
//
// A privacy policy is prose: "we may share your email with advertising partners
// and keep it while your account is active". This module turns it into a value a
// program can query, validate, compare, render, check against a law, export to
// app-store formats and exchange with other languages.
//
// # Packages
//
//   - [github.com/openpolicies/privacy/policy]: the [policy.Policy] document — controllers,
//     collection, purposes with legal bases, recipients, retention, trackers,
//     choices, rights, transfers, children, security, changes — with validation
//     ([policy.Policy.Validate]) that reports every fault with its JSON Pointer, a
//     strict decoder ([policy.Decode]) and a deterministic encoder ([policy.Marshal]).
//   - [github.com/openpolicies/privacy/category]: controlled vocabularies — data
//     categories with GDPR special-category, CCPA sensitive and health flags,
//     purposes, recipient types, sources, collection methods, tracker kinds and
//     classes, data subject types, service kinds.
//   - [github.com/openpolicies/privacy/rights]: data-subject rights and how to
//     exercise them.
//   - [github.com/openpolicies/privacy/jurisdiction]: ISO 3166 countries and
//     subdivisions, the EU and the EEA, and the privacy laws in force there with the
//     rights each grants.
//   - [github.com/openpolicies/privacy/contact]: contact points, addresses, phones.
//   - [github.com/openpolicies/privacy/examples]: six published policies modelled
//     completely — Mayo Clinic (2021, 2024), Blausen Medical (2019), Vodafone
//     Ireland (2026), Instacart (2026), Donkey Republic (2024) — as constructors
//     and JSON.
//
// Built on the model, and imported by none of it:
//
//   - [github.com/openpolicies/privacy/diff]: what changed between two versions of
//     a policy, matched by meaning, with what widens or narrows and what is
//     material.
//   - [github.com/openpolicies/privacy/label]: a one-page privacy label, in
//     Markdown and as a standalone HTML page.
//   - [github.com/openpolicies/privacy/compliance]: the notice requirements of the
//     laws that apply (GDPR Art. 13–14, the CCPA regulations, CalOPPA, COPPA and
//     more) and consistency rules, as findings with JSON Pointers.
//   - [github.com/openpolicies/privacy/export]: Apple's privacy manifest and App
//     Privacy answers, Google Play's Data safety CSV, W3C DPV JSON-LD, and
//     cross-checks of store declarations and TCF vendor entries against a policy.
//
// The command privacy (cmd/privacy) does all of this from a shell.
//
// # Code lists
//
// Every list is a named string type with one registry of definitions (code,
// title, description, parent, and mappings to the W3C Data Privacy Vocabulary,
// the GDPR, the CCPA and P3P where one exists). Codes are lower-case, except
// jurisdictions, which follow ISO 3166 ("US", "US-CA", "EEA"); data categories are
// dotted paths ("health.genetic.familial"). Open lists accept a
// user's own codes under an "x-" prefix ("x-loyalty-points").
//
// # Honest uncertainty
//
// The model keeps "the policy does not say" (an empty field) apart from "the
// policy says none" (a stated value such as "not-stated", Not, or false). A
// vague text stays vague: "as long as needed" is a criteria period, not a number.
package privacy
