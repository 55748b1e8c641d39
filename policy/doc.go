// Package policy defines the privacy policy document and its validation.
//
// # The document
//
// A [Policy] is a list of statements per section: [Collection] (what data, from
// whom, how), [Purpose] (what for, with [LegalBasis] per jurisdiction),
// [Recipient] (who receives it, on which [Condition]), [Retention] (how long, as
// a tagged union of [Period]s), [Tracker], [Choice], [RightsStatement],
// [Transfer], [Children], security [Measure]s, [Disclaimer]s, [Signal]s (Do Not
// Track, Global Privacy Control), [Changes], [LawStatement]s and [Decision]s
// (automated decision-making, profiling, AI), with a [DefinedTerm] glossary, a
// [Version] history and the [Extension]s that define the document's own codes.
//
// # Statements
//
// Every statement embeds one envelope, [Statement]: an ID other statements
// refer to, Not (the practice does not happen), AppliesTo (a [Scope] that limits
// it to some jurisdictions, groups of people, services or a lookback period),
// [Citation]s of the provisions it rests on, and the policy's own words
// (Description, Quote). Sources and recipients share one vocabulary of
// [Party] types and named [Entity]s; a [Recipient] has a [PartyRole], the
// places it processes data and the transfer mechanism it relies on.
//
// # Code lists
//
// [CodeLists] is the one table of the model's code lists, read by validation,
// the JSON Schema generator and the privacy command; [Unions] states the rules
// that tie an object's members to its kind. Every list takes "x-" codes except
// those a law fixes (GDPR Art. 6(1) bases, Art. 9(2) conditions); an unknown
// code's fault says whether the list is open and suggests the nearest code.
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
