// Package policy defines the privacy policy document and its validation.
//
// # The document
//
// A [Policy] is a list of statements per section: [Collection] (what data, from
// whom, how), [Purpose] (what for, with [LegalBasis] per jurisdiction),
// [Recipient] (who receives it, on which [Condition]), [Retention] (how long, as
// a tagged union of [Period]s), [Tracker], [Choice], [RightsStatement],
// [Transfer], [Children], security [Measure]s, [Disclaimer]s, [Signal]s (Do Not
// Track, Global Privacy Control), [Changes] and [LawStatement]s. Statements refer
// to each other by ID; a [Scope] limits any statement to some jurisdictions,
// groups of people or services.
//
// # Validation
//
// [Policy.Validate] reports every fault, not only the first, as [Faults]. Each
// [Fault] has a JSON Pointer path ("/purposes/3/legal_bases/0"), a stable
// [FaultCode] and a message a policy author understands. Programs should match on
// codes and paths, never on messages.
//
// # Decoding and encoding
//
// [Decode] is strict: members the model does not define, members given twice,
// wrong types, unknown codes and trailing data are faults with their paths, and
// documents over a size limit are refused. [Marshal] is deterministic: the same
// value always gives the same bytes.
package policy
