// Package diff compares two versions of a privacy policy by meaning.
//
// [Compare] matches the statements of the old and the new policy section by
// section — by ID first, then by their codes (a collection by its data
// categories, a recipient by its types and entities, a tracker by its name and
// provider) — so that reordering a section or renaming a statement is not a
// change. What differs between matched statements is reported field by field,
// and list members one by one: a data category added to a collection statement
// is one [Change], not a rewritten list.
//
// # Effects and material changes
//
// Each change says whether it widens what the organisation may do (a new
// recipient, purpose or data category, a longer retention, a sale), narrows it
// (a new right or opt-out, a shorter retention, a new safeguard), is neutral
// (metadata, contacts, wording of the law it cites) or has an effect the model
// cannot tell ([EffectUnknown]: a changed scope, a different kind of retention
// period). The rules are written once, in the table of this package's effect.go,
// and are symmetric: comparing new with old turns every widening into a
// narrowing.
//
// A change is [Change.Material] when laws such as Washington's My Health My
// Data Act would ask for fresh consent: a data category the old policy did not
// collect (neither it, nor a broader or narrower category of it), a purpose
// newly applied to sensitive data ([category.Data.Sensitive] or
// [category.Data.SensitiveUnder] some law), sensitive data newly disclosed to
// a recipient of a type that did not receive it before (processors and
// service providers, which act on the organisation's behalf, excepted), or a
// recipient newly marked as a sale or as sharing for cross-context
// advertising. Each material change's summary says which data or flag made
// it material.
//
// # What is not compared
//
// The policy's own words — the quote of every statement and each statement's
// description — trace a claim to its sentence; a rewording that leaves the
// claim as it was is not a change of meaning, so Compare leaves them out.
// Statement IDs are how statements are matched, not something they say, so a
// renamed statement is not reported either.
//
// # Output
//
// [Report.WriteText] writes one line per change, grouped by section, after a
// summary; a Report marshals to JSON with encoding/json. Both are
// deterministic: the same two policies always give the same bytes.
package diff
