// Package label summarises a privacy policy as a one-page privacy label in
// the spirit of the CMU privacy nutrition label (Kelley et al., 2009): a grid
// of the data categories a policy collects (rows, grouped by the taxonomy's
// top level, sensitive categories tagged) against uses, recipients, sale or
// sharing and retention, and beneath it the policy's negative statements,
// retention rules, contacts, rights with how to exercise them, trackers with
// their lifespans, children and international transfers.
//
// # Use
//
//	l := label.Build(p)   // typed data: columns, row groups, cells, lists
//	l.Markdown(w)          // GitHub-flavoured Markdown
//	l.HTML(w)              // a standalone page: inline CSS, no scripts
//
// # Columns
//
// Every label has the same fourteen columns ([Columns]), so that two labels
// compare at a glance. Purposes fall into six use groups by their top-level
// ancestor in the purpose registry ([UseGroup]); recipient types into six
// sharing groups by theirs ([SharingGroup]).
//
// # Cells
//
// A cell carries a [Mark] — always, yes, opt out, opt in, may, no, not
// stated — shown as a symbol and a word, never by colour alone. The marks
// come only from links the policy states; where it lists data, uses and
// recipients separately, as many real policies do, the cell says "may" (not
// linked) rather than inventing a link. [Build] documents the rules.
//
// Package label imports policy and the registries and is never imported by
// them.
package label
