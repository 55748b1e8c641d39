// Package compliance checks a privacy policy against what the law requires a
// privacy notice to say, and against itself.
//
// # Requirements
//
// The requirements are data in package jurisdiction
// ([jurisdiction.Requirement]: GDPR and UK GDPR Art. 13 and 14, the Swiss
// FADP Art. 19, the CCPA regulations' §7011(e), CalOPPA, the COPPA Rule,
// Shine the Light, Washington's My Health My Data Act, and the Virginia,
// Colorado and Connecticut laws). This package holds how each is evaluated
// against a [policy.Policy]: which statements are evidence, when a
// conditional requirement does not apply, when the evidence is only partial.
//
// # Which laws
//
// [Check] evaluates the laws the policy declares (law statements that apply or
// are complied with, and the laws in force in the jurisdictions such
// statements name), or the laws the caller lists in [Options]. A declared
// exemption ("exempt" law statement) and a controller that is a nonprofit
// (for the CCPA, which binds businesses operated for profit) leave a law
// without findings; the report lists it as exempt with the reason.
//
// # Consistency rules
//
// [Rules] are checks of the policy against itself, with stable IDs, reported
// as findings with the rule's status ([Rule].Status): contradiction for
// statements at odds ("we never sell" beside a sale, data "only for" one
// purpose linked to another, retention for data never collected, a children's
// section admitting children under 13 without the COPPA notice, a sale or
// sharing without an opt-out or ignoring opt-out preference signals), partial
// for something incomplete (special-category data with no Art. 9(2)
// condition, a rights channel whose address the policy does not give). Only
// missing requirements and contradictions fail a report.
//
// # Dates
//
// A requirement newer than the law ([jurisdiction.Requirement].Since) is not
// applied to a policy last updated before it took effect.
//
// # Scope
//
// A statement counts for a law when it is not limited to jurisdictions
// outside the law's, and, for rights and legal bases that name laws, when
// they name the law or one that implements it. The checker reads what the
// policy says; it does not judge whether what it says is lawful.
package compliance
