// Package diff compares two versions of a privacy policy by meaning.
//
// [Compare] matches the statements of the old and the new policy section by
// section — by ID first, then by their codes (a collection by its data
// categories, a recipient by its types and entities, a tracker by its name and
// provider; then the most alike of a kind, and statements of one kind about
// the same statement) — so that reordering a section or renaming a statement
// is not a change. A reference to a matched statement (a choice's recipients,
// a purpose's collections) is read as the ID of its counterpart, so renaming
// the statement it points to is no change either; statements equal in all
// they say pair by the wording of their quotes. What differs between matched statements is reported field by field,
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
// A change is judged against every statement on the other side, not only
// its pair, so that a practice re-expressed is not reported as one that
// stopped: a collection method or source still used for that data by another
// statement, a disclosure occasion or purpose still held by a recipient of a
// compatible type (one statement split in two), a recipient type still
// collecting directly, are Neutral. A whole statement whose substance the
// other side has already is judged by what it adds: a collection of data
// collected already widens when it names a source the other side never
// collects that data from, and narrows when it limits the data to some
// purposes (only_for) the other side did not; a purpose of a kind used
// already for that data is rated by its choice (opt-in narrower than opt-out,
// narrower than none). A choice whose only mechanism is not providing the data
// is advice and Neutral.
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
// it material, and [Change.Root] names the change it follows from: the
// collection that brought new data is the root of every purpose and recipient
// made material only by that data, and the first of several recipients (or
// purposes) made material for the same reason is the root of the others, so
// [Counts.Roots] counts distinct material
// changes ("46 material (20 distinct)").
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
