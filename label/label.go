package label

import (
	"slices"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// Mark is what a cell of the grid says about a practice.
type Mark int

// The marks, from "nothing said" to "no choice". When several statements
// decide a cell, the highest mark wins: a practice that happens always for
// one purpose of a group and opt-in for another is marked "always".
const (
	// NotStated: the policy says nothing that links this data to the column.
	NotStated Mark = iota
	// No: a negated statement says the practice does not happen, or the data
	// serves only other purposes (only_for).
	No
	// May: the policy states the practice without saying which data it
	// concerns, so this data may be concerned (not linked).
	May
	// OptIn: it happens only after the person agrees.
	OptIn
	// OptOut: it happens unless the person objects.
	OptOut
	// Yes: it happens; the policy does not say whether the person can choose.
	Yes
	// Always: it happens whenever the service is used; there is no choice.
	Always
)

// Marks lists every mark in order, for legends.
func Marks() []Mark { return []Mark{Always, Yes, OptOut, OptIn, May, No, NotStated} }

// Symbol is the mark's symbol, shown beside its word in every cell.
func (m Mark) Symbol() string {
	switch m {
	case Always:
		return "●"
	case Yes:
		return "✓"
	case OptOut:
		return "◐"
	case OptIn:
		return "○"
	case May:
		return "?"
	case No:
		return "✕"
	}
	return "–"
}

// Word is the mark's word as a cell shows it.
func (m Mark) Word() string {
	switch m {
	case Always:
		return "always"
	case Yes:
		return "yes"
	case OptOut:
		return "opt out"
	case OptIn:
		return "opt in"
	case May:
		return "may"
	case No:
		return "no"
	}
	return "not stated"
}

// Meaning is the mark's sentence in the legend.
func (m Mark) Meaning() string {
	switch m {
	case Always:
		return "Happens whenever the service is used; no choice."
	case Yes:
		return "Happens; the policy does not say whether you can choose."
	case OptOut:
		return "Happens unless you object (opt out)."
	case OptIn:
		return "Happens only if you agree (opt in)."
	case May:
		return "Not linked: the policy states this use or disclosure without saying which data it concerns."
	case No:
		return "The policy says it does not happen, or that this data serves only other purposes."
	}
	return "The policy does not say."
}

// String returns the mark's word.
func (m Mark) String() string { return m.Word() }

// Cell is one cell of the grid.
type Cell struct {
	// Mark is what the cell says.
	Mark Mark
	// Note qualifies the mark: in the sale column "sold", "shared" or "sold or
	// shared"; empty elsewhere.
	Note string
	// Text is the retention column's summary ("7 years; until account
	// closed"); empty in other columns.
	Text string
	// Refs are the IDs of the statements that decided the cell, sorted.
	Refs []string
	// Scoped is true when every statement that decided the cell is limited
	// to some people, places or services (applies_to): the practice does not
	// concern everyone.
	Scoped bool
}

// Sensitivity flags of a data category, read from the category registry
// (through the standard code an "x-" code narrows).
type Sensitivity struct {
	// Special is a GDPR Art. 9(1) special category.
	Special bool
	// Criminal is data on criminal convictions and offences (GDPR Art. 10).
	Criminal bool
	// Sensitive is CCPA sensitive personal information.
	Sensitive bool
	// Health is health data that HIPAA protects in a covered entity's hands.
	Health bool
}

// Any reports whether any flag is set.
func (s Sensitivity) Any() bool { return s.Special || s.Criminal || s.Sensitive || s.Health }

// Tags returns the flags as short words, in a fixed order.
func (s Sensitivity) Tags() []string {
	var out []string
	if s.Special {
		out = append(out, "GDPR special")
	}
	if s.Criminal {
		out = append(out, "criminal")
	}
	if s.Sensitive {
		out = append(out, "CCPA sensitive")
	}
	if s.Health {
		out = append(out, "health")
	}
	return out
}

// Row is one data category of the grid.
type Row struct {
	// Data is the category code as the policy writes it.
	Data category.Data
	// Title is the category's title.
	Title string
	// Sensitivity flags the category.
	Sensitivity Sensitivity
	// Sources are where the collection statements naming the category say
	// it comes from, in registry order; empty when they do not say.
	Sources []category.Source
	// Cells are the row's cells, one per column of [Columns], in order.
	Cells []Cell
}

// RowGroup is the rows under one top-level category of the taxonomy.
type RowGroup struct {
	// Data is the top-level category ("health"); empty for "x-" codes that
	// resolve to no standard code.
	Data category.Data
	// Title is the top-level category's title.
	Title string
	// Rows are the categories collected, in registry order.
	Rows []Row
}

// Label is a policy summarised as a grid and the lists beneath it. It is
// plain data: [Label.Markdown] and [Label.HTML] render it, and other
// renderers and tests may read it.
type Label struct {
	// ID, Title, URL, Updated and Effective are the policy's.
	ID, Title, URL, Updated, Effective string
	// Controllers are the legal names of the controllers.
	Controllers []string
	// Columns are the grid's columns ([Columns]).
	Columns []Column
	// Groups are the grid's rows, grouped by the taxonomy's top level.
	Groups []RowGroup
	// Linking says how far the policy links data to uses and recipients.
	Linking Linking
	// NotDone lists what the policy says does not happen.
	NotDone []string
	// Retention lists the retention rules the retention column refers to.
	Retention []RetentionRule
	// Contacts are the controllers, officers and contact points.
	Contacts []ContactEntry
	// Rights are the rights statements with how to exercise them.
	Rights []RightsEntry
	// Trackers are the trackers grouped by class.
	Trackers []TrackerGroup
	// Children is what the policy says about children; empty when nothing.
	Children []string
	// Transfers are the international transfers.
	Transfers []string
}

// Linking counts the statements that link data to uses and recipients, so
// that a reader sees how much of the grid is "may".
type Linking struct {
	// Purposes and LinkedPurposes count the positive purpose statements and
	// those linked to some data.
	Purposes, LinkedPurposes int
	// Recipients and LinkedRecipients count the positive recipient
	// statements and those linked to some data.
	Recipients, LinkedRecipients int
}

// Build computes the label of p. It never fails: a nil or empty policy gives
// an empty grid, and codes the registries do not know are shown as written.
//
// # How a cell is decided
//
// Rows are the data categories of the policy's positive collection
// statements ([policy.Policy.CollectedData]); a category is linked to a
// statement when one is within the other, reading "x-" codes as the standard
// codes they narrow, as [policy.Policy.PurposesFor] does.
//
// A use column holds the purposes whose kind falls into its group
// ([UseGroup]). Data is linked to a purpose by the purpose's data, by the
// collection statements it names, by a collection's only_for, by a recipient
// that names both the data and the purpose, and by a tracker that collects
// the data (itself or through a collection's trackers) for the purpose. The
// cell is then marked by the purpose's choice mode; where the purpose states
// none, by the choice statements that name the purpose (opt-in and
// withdraw-consent choices mark opt-in; opt-out, unsubscribe, cookie,
// ad-personalisation, sensitive-data and device-permission choices mark opt
// out); else "yes".
//
// A sharing column holds the recipients any of whose types falls into its
// group ([SharingGroup]). Data is linked to a recipient by its data, its
// collection statements and the trackers it provides, unless the recipient
// withholds the data. The mark is the recipient's choice mode, else its
// conditions (with-consent marks opt-in, unless-opted-out opt out), else the
// choices that name it, else "yes".
//
// Where the policy does not link: a purpose that is linked to no data at all,
// and a recipient that names no data of its own but serves a purpose that uses
// this data or no linked purpose, mark "may" (not linked), never "yes". A
// negated statement marks "no" where nothing positive or "may" applies, and
// only where it answers for the whole column: a purpose of the kind the
// column is named after (service-provision, analytics, research, marketing,
// security; so "we do not use data for targeted advertising" does not answer
// for all marketing), a recipient of the type the column is named after
// (affiliate, service-provider, advertiser, third-party, public-authority,
// public), and in the sale column a disclosure flagged sale, sharing or
// sold_or_shared (which then says nothing of disclosure as such) or a
// data-sale purpose. A negated statement limited to some people, places or
// services (applies_to) marks nothing; it is listed below the grid with its
// scope.
//
// When every collection of a category lists only_for, those purposes are the only uses of the category:
// links through a broader category ("location" for "location.precise") do not
// count, the other use groups are "no", unlinked purposes do not mark it
// "may", and a recipient serving only other purposes does not receive it.
//
// A cell whose deciding statements are all limited to some people, places or
// services is marked Scoped.
//
// The sale column holds recipients flagged sale, sharing or sold_or_shared and
// purposes of kind data-sale. The retention column summarises the retention
// rules that name the data, its collections or a purpose that uses it, else
// the rules that name none of these (they cover all data), else "not stated".
func Build(p *policy.Policy) *Label {
	l := &Label{Columns: Columns()}
	if p == nil {
		return l
	}
	l.ID, l.Title, l.URL, l.Updated, l.Effective = p.ID, p.Title, p.URL, p.Updated, p.Effective
	for _, c := range p.Controllers {
		l.Controllers = append(l.Controllers, c.LegalName)
	}
	b := newBuilder(p)
	l.Retention = b.retentionRules()
	l.Groups = b.grid()
	l.Linking = b.linking()
	l.NotDone = b.notDone()
	l.Contacts = contacts(p)
	l.Rights = rightsEntries(p)
	l.Trackers = trackerGroups(p)
	l.Children = children(p)
	l.Transfers = transfers(p)
	return l
}

// builder holds the indexes Build needs.
type builder struct {
	p           *policy.Policy
	collections map[string]*policy.Collection
	purposes    map[string]*policy.Purpose
	recipients  map[string]*policy.Recipient
	trackers    map[string]*policy.Tracker
	// linked are the IDs of purposes and recipients linked to some data.
	linked map[string]bool
	rules  []RetentionRule

	// Memos: Build asks the same questions for every row.
	trackerMemo   map[*policy.Tracker][]category.Data
	purposeMemo   map[*policy.Purpose][]category.Data
	recipientMemo map[*policy.Recipient][]category.Data
	overlapMemo   map[overlapKey]bool
}

type overlapKey struct{ d, x category.Data }

func newBuilder(p *policy.Policy) *builder {
	b := &builder{p: p,
		collections: map[string]*policy.Collection{},
		purposes:    map[string]*policy.Purpose{},
		recipients:  map[string]*policy.Recipient{},
		trackers:    map[string]*policy.Tracker{},
		linked:      map[string]bool{},

		trackerMemo:   map[*policy.Tracker][]category.Data{},
		purposeMemo:   map[*policy.Purpose][]category.Data{},
		recipientMemo: map[*policy.Recipient][]category.Data{},
		overlapMemo:   map[overlapKey]bool{},
	}
	for i := range p.Collection {
		b.collections[p.Collection[i].ID] = &p.Collection[i]
	}
	for i := range p.Purposes {
		b.purposes[p.Purposes[i].ID] = &p.Purposes[i]
	}
	for i := range p.Recipients {
		b.recipients[p.Recipients[i].ID] = &p.Recipients[i]
	}
	for i := range p.Trackers {
		b.trackers[p.Trackers[i].ID] = &p.Trackers[i]
	}
	// A statement is linked when it names data, or the data of a link source.
	for _, pu := range p.Purposes {
		if len(pu.Data) > 0 || len(b.dataOf(pu.Collections)) > 0 {
			b.linked[pu.ID] = true
		}
	}
	for _, c := range p.Collection {
		if !c.Not {
			for _, id := range c.OnlyFor {
				b.linked[id] = true
			}
		}
	}
	for i := range p.Recipients {
		if r := &p.Recipients[i]; len(b.recipientData(r)) > 0 {
			b.linked[r.ID] = true
			for _, id := range r.Purposes {
				b.linked[id] = true
			}
		}
	}
	for i := range p.Trackers {
		if t := &p.Trackers[i]; len(b.trackerData(t)) > 0 {
			for _, id := range t.Purposes {
				b.linked[id] = true
			}
			if t.Recipient != "" {
				b.linked[t.Recipient] = true
			}
		}
	}
	return b
}

// dataOf returns the data of the positive collection statements with the given IDs.
func (b *builder) dataOf(ids []string) []category.Data {
	var out []category.Data
	for _, id := range ids {
		if c, ok := b.collections[id]; ok && !c.Not {
			out = append(out, c.Data...)
		}
	}
	return out
}

// purposeData returns the data a purpose names, itself or through its
// collection statements.
func (b *builder) purposeData(pu *policy.Purpose) []category.Data {
	if out, ok := b.purposeMemo[pu]; ok {
		return out
	}
	out := append(slices.Clone(pu.Data), b.dataOf(pu.Collections)...)
	b.purposeMemo[pu] = out
	return out
}

// trackerData returns the data a tracker collects: its own and that of the
// collection statements that name it.
func (b *builder) trackerData(t *policy.Tracker) []category.Data {
	if out, ok := b.trackerMemo[t]; ok {
		return out
	}
	out := slices.Clone(t.Data)
	defer func() { b.trackerMemo[t] = out }()
	for _, c := range b.p.Collection {
		if !c.Not && slices.Contains(c.Trackers, t.ID) {
			out = append(out, c.Data...)
		}
	}
	return out
}

// recipientData returns the data a recipient receives: its own, its
// collections' and that of the trackers it provides.
func (b *builder) recipientData(r *policy.Recipient) []category.Data {
	if out, ok := b.recipientMemo[r]; ok {
		return out
	}
	out := append(slices.Clone(r.Data), b.dataOf(r.Collections)...)
	defer func() { b.recipientMemo[r] = out }()
	for i := range b.p.Trackers {
		if t := &b.p.Trackers[i]; t.Recipient == r.ID && !t.Not {
			out = append(out, b.trackerData(t)...)
		}
	}
	return out
}

// overlaps reports whether d and an entry of list are one within the other,
// reading "x-" codes as the standard codes they narrow.
func (b *builder) overlaps(d category.Data, list []category.Data) bool {
	return slices.ContainsFunc(list, func(x category.Data) bool {
		k := overlapKey{d, x}
		v, ok := b.overlapMemo[k]
		if !ok {
			rd, rx := b.p.Resolve(d), b.p.Resolve(x)
			v = x.Within(d) || d.Within(x) || rx.Within(rd) || rd.Within(rx)
			b.overlapMemo[k] = v
		}
		return v
	})
}

// useGroup is the use group of a purpose, through the standard code an "x-"
// code narrows.
func (b *builder) useGroup(k category.Purpose) Group {
	return UseGroup(category.Purpose(b.p.Standard("purpose", string(k))))
}

func (b *builder) sharingGroups(types []category.Recipient) []Group {
	var out []Group
	for _, t := range types {
		out = append(out, SharingGroup(category.Recipient(b.p.Standard("recipient", string(t)))))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// choiceMark is the mark a choice kind implies, or NotStated.
func choiceMark(k policy.ChoiceKind) Mark {
	switch k {
	case policy.ChoiceOptIn, policy.ChoiceWithdrawConsent:
		return OptIn
	case policy.ChoiceOptOut, policy.ChoiceUnsubscribe, policy.ChoiceCookieControl,
		policy.ChoiceAdPersonalisation, policy.ChoiceLimitSensitive, policy.ChoiceDevicePermission:
		return OptOut
	}
	return NotStated
}

func modeMark(m policy.ChoiceMode) Mark {
	switch m {
	case policy.ModeAlways:
		return Always
	case policy.ModeOptIn:
		return OptIn
	case policy.ModeOptOut:
		return OptOut
	}
	return NotStated
}

// choicesFor returns the mark the choice statements naming id (as a purpose
// or a recipient) imply for data d: opt-in wins over opt-out, as a use that
// needs consent is opt-in even where consent can later be withdrawn.
func (b *builder) choicesFor(id string, d category.Data) Mark {
	m := NotStated
	for _, ch := range b.p.Choices {
		if ch.Not || !(slices.Contains(ch.Purposes, id) || slices.Contains(ch.Recipients, id)) {
			continue
		}
		if len(ch.Data) > 0 && !b.overlaps(d, ch.Data) {
			continue
		}
		switch choiceMark(ch.Kind) {
		case OptIn:
			m = OptIn
		case OptOut:
			if m != OptIn {
				m = OptOut
			}
		}
	}
	return m
}

func (b *builder) purposeMark(pu *policy.Purpose, d category.Data) Mark {
	if m := modeMark(pu.Choice); m != NotStated {
		return m
	}
	if m := b.choicesFor(pu.ID, d); m != NotStated {
		return m
	}
	return Yes
}

func (b *builder) recipientMark(r *policy.Recipient, d category.Data) Mark {
	if m := modeMark(r.Choice); m != NotStated {
		return m
	}
	if slices.Contains(r.Conditions, policy.ConditionWithConsent) {
		return OptIn
	}
	if slices.Contains(r.Conditions, policy.ConditionUnlessOptedOut) {
		return OptOut
	}
	if m := b.choicesFor(r.ID, d); m != NotStated {
		return m
	}
	return Yes
}

// cellAcc accumulates the statements that decide one cell.
type cellAcc struct {
	mark  Mark
	refs  []string
	notes []string
	// unscoped is true when a statement of the winning mark holds without
	// a scope.
	unscoped bool
}

// add records a statement (ref, limited by scope) that marks the cell m.
func (c *cellAcc) add(m Mark, ref string, scope *policy.Scope) {
	if m > c.mark {
		c.mark, c.refs, c.unscoped = m, nil, false
	}
	if m == c.mark {
		if ref != "" {
			c.refs = append(c.refs, ref)
		}
		if !scoped(scope) {
			c.unscoped = true
		}
	}
}

func (c *cellAcc) cell() Cell {
	refs := slices.Clone(c.refs)
	slices.Sort(refs)
	return Cell{Mark: c.mark, Refs: slices.Compact(refs), Scoped: c.mark != NotStated && !c.unscoped}
}

// purposesLinkedTo returns the positive purposes linked to d, each once, in
// document order.
func (b *builder) purposesLinkedTo(d category.Data) []*policy.Purpose {
	ids := map[string]bool{}
	for i := range b.p.Purposes {
		if pu := &b.p.Purposes[i]; b.overlaps(d, b.purposeData(pu)) {
			ids[pu.ID] = true
		}
	}
	for _, c := range b.p.Collection {
		if !c.Not && b.overlaps(d, c.Data) {
			for _, id := range c.OnlyFor {
				ids[id] = true
			}
		}
	}
	for i := range b.p.Recipients {
		r := &b.p.Recipients[i]
		if !r.Not && b.receives(r, d) {
			for _, id := range r.Purposes {
				ids[id] = true
			}
		}
	}
	for i := range b.p.Trackers {
		t := &b.p.Trackers[i]
		if !t.Not && b.overlaps(d, b.trackerData(t)) {
			for _, id := range t.Purposes {
				ids[id] = true
			}
		}
	}
	var out []*policy.Purpose
	for i := range b.p.Purposes {
		if pu := &b.p.Purposes[i]; ids[pu.ID] && !pu.Not {
			out = append(out, pu)
		}
	}
	return out
}

// receives reports whether recipient r is linked to data d by its own data,
// collections or trackers, and does not withhold it.
func (b *builder) receives(r *policy.Recipient, d category.Data) bool {
	if slices.ContainsFunc(r.WithheldData, func(w category.Data) bool { return d.Within(w) }) {
		return false
	}
	return b.overlaps(d, b.recipientData(r))
}

// onlyFor returns the purposes d is limited to when every positive collection
// statement naming d lists only_for; ok is false otherwise.
func (b *builder) onlyFor(d category.Data) (ids []string, ok bool) {
	n := 0
	for _, c := range b.p.Collection {
		if c.Not || !slices.Contains(c.Data, d) {
			continue
		}
		n++
		if len(c.OnlyFor) == 0 {
			return nil, false
		}
		ids = append(ids, c.OnlyFor...)
	}
	return ids, n > 0
}

func (b *builder) grid() []RowGroup {
	var groups []RowGroup
	index := map[category.Data]int{}
	for _, d := range b.rowOrder() {
		root := b.root(d)
		gi, ok := index[root]
		if !ok {
			gi = len(groups)
			index[root] = gi
			groups = append(groups, RowGroup{Data: root, Title: b.title(root)})
			if root == "" {
				groups[gi].Title = "Other data"
			}
		}
		groups[gi].Rows = append(groups[gi].Rows, b.row(d))
	}
	return groups
}

// root returns the top-level category of d (through the standard code an
// "x-" code narrows), or "" for an "x-" code that narrows none.
func (b *builder) root(d category.Data) category.Data {
	s := b.p.Resolve(d)
	if !s.Known() {
		return ""
	}
	if a := s.Ancestors(); len(a) > 0 {
		return a[len(a)-1]
	}
	return s
}

// rowOrder returns the collected data in the order of the taxonomy: by the
// registry position of the top-level category, then of the category (an "x-"
// code after the standard code it narrows), then by code.
func (b *builder) rowOrder() []category.Data {
	pos := map[category.Data]int{}
	for i, def := range category.DataDefinitions() {
		pos[category.Data(def.Code)] = i
	}
	rank := func(d category.Data) int {
		if i, ok := pos[d]; ok {
			return i
		}
		return len(pos)
	}
	rows := b.p.CollectedData()
	slices.SortStableFunc(rows, func(x, y category.Data) int {
		if c := rank(b.root(x)) - rank(b.root(y)); c != 0 {
			return c
		}
		if c := rank(b.p.Resolve(x)) - rank(b.p.Resolve(y)); c != 0 {
			return c
		}
		return strings.Compare(string(x), string(y))
	})
	return rows
}

// title returns the title of a data code: the registry's, the document's
// extension definition's, or the code.
func (b *builder) title(d category.Data) string {
	if def, ok := d.Definition(); ok {
		return def.Title
	}
	for _, e := range b.p.Extensions {
		if e.List == "data" && e.Code == string(d) {
			return e.Title
		}
	}
	return string(d)
}

func (b *builder) row(d category.Data) Row {
	s := b.p.Resolve(d)
	row := Row{Data: d, Title: b.title(d), Sensitivity: Sensitivity{
		Special: s.Special(), Criminal: s.Criminal(), Sensitive: s.Sensitive(), Health: s.Health(),
	}}
	row.Sources = b.sources(d)
	acc := map[Group]*cellAcc{}
	for _, c := range Columns() {
		acc[c.Group] = &cellAcc{}
	}
	only, exclusive := b.onlyFor(d)

	// Uses.
	linked := map[string]bool{}
	for _, pu := range b.purposesLinkedTo(d) {
		if exclusive && !slices.Contains(only, pu.ID) {
			continue // linked through a broader category the only_for overrides
		}
		linked[pu.ID] = true
		acc[b.useGroup(pu.Kind)].add(b.purposeMark(pu, d), pu.ID, pu.AppliesTo)
	}
	for i := range b.p.Purposes {
		pu := &b.p.Purposes[i]
		g := b.useGroup(pu.Kind)
		switch {
		case pu.Not:
			if scoped(pu.AppliesTo) {
				continue // holds for some people or places only: listed below the grid
			}
			if len(pu.Data) == 0 && len(pu.Collections) == 0 || b.overlaps(d, b.purposeData(pu)) {
				k := category.Purpose(b.p.Standard("purpose", string(pu.Kind)))
				if head, ok := headOf[g]; ok && k == head {
					acc[g].add(No, pu.ID, nil)
				}
				if k == category.PurposeDataSale {
					acc[SaleOrSharing].add(No, pu.ID, nil)
				}
			}
		case !b.linked[pu.ID] && !exclusive:
			acc[g].add(May, pu.ID, pu.AppliesTo)
		}
	}
	if exclusive {
		for _, c := range Columns() {
			if c.Kind == KindUse && acc[c.Group].mark < No {
				acc[c.Group].add(No, "", nil)
			}
		}
	}

	// Sharing and sale.
	for i := range b.p.Recipients {
		r := &b.p.Recipients[i]
		groups := b.sharingGroups(r.Types)
		sold := isTrue(r.Sale) || isTrue(r.Sharing) || isTrue(r.SoldOrShared)
		if r.Not {
			if scoped(r.AppliesTo) {
				continue
			}
			if len(r.Data) == 0 && len(r.Collections) == 0 || b.receives(r, d) {
				// "We do not sell to third parties" is about sale, not
				// about disclosure.
				if sold {
					acc[SaleOrSharing].add(No, r.ID, nil)
					continue
				}
				for _, t := range r.Types {
					t = category.Recipient(b.p.Standard("recipient", string(t)))
					if g := SharingGroup(t); shareHeadOf[g] == t {
						acc[g].add(No, r.ID, nil)
					}
				}
			}
			continue
		}
		if exclusive && len(r.Purposes) > 0 && !slices.ContainsFunc(r.Purposes, func(id string) bool { return slices.Contains(only, id) }) {
			continue // serves only purposes the data does not serve
		}
		var m Mark
		switch {
		case b.receives(r, d):
			m = b.recipientMark(r, d)
		case b.linked[r.ID]:
			continue // linked to other data only
		case b.servesUnlinkedOr(r, d, linked):
			m = May
		default:
			continue
		}
		for _, g := range groups {
			acc[g].add(m, r.ID, r.AppliesTo)
		}
		if sold {
			acc[SaleOrSharing].add(m, r.ID, r.AppliesTo)
			sale := acc[SaleOrSharing]
			sale.notes = append(sale.notes, saleNote(r))
		}
	}
	for i := range b.p.Purposes {
		pu := &b.p.Purposes[i]
		if b.p.Standard("purpose", string(pu.Kind)) != string(category.PurposeDataSale) || pu.Not {
			continue
		}
		switch {
		case linked[pu.ID]:
			acc[SaleOrSharing].add(b.purposeMark(pu, d), pu.ID, pu.AppliesTo)
		case !b.linked[pu.ID] && !exclusive:
			acc[SaleOrSharing].add(May, pu.ID, pu.AppliesTo)
		default:
			continue
		}
		acc[SaleOrSharing].notes = append(acc[SaleOrSharing].notes, "sold")
	}

	for _, c := range Columns() {
		var cell Cell
		switch c.Kind {
		case KindRetention:
			cell = b.retentionCell(d, linked)
		default:
			cell = acc[c.Group].cell()
			if c.Kind == KindSale && cell.Mark > May {
				cell.Note = joinNotes(acc[c.Group].notes)
			}
		}
		row.Cells = append(row.Cells, cell)
	}
	return row
}

// sources returns the sources the positive collection statements naming d
// state, in registry order ("x-" codes after, sorted).
func (b *builder) sources(d category.Data) []category.Source {
	var out []category.Source
	for _, c := range b.p.Collection {
		if !c.Not && slices.Contains(c.Data, d) {
			out = append(out, c.Sources...)
		}
	}
	pos := map[category.Source]int{}
	for i, def := range category.SourceDefinitions() {
		pos[category.Source(def.Code)] = i
	}
	slices.SortFunc(out, func(x, y category.Source) int {
		px, okx := pos[x]
		py, oky := pos[y]
		switch {
		case okx && oky:
			return px - py
		case okx:
			return -1
		case oky:
			return 1
		}
		return strings.Compare(string(x), string(y))
	})
	return slices.Compact(out)
}

// servesUnlinkedOr reports whether a recipient that names no data may still
// receive d: it serves no purpose, a purpose linked to d, or a purpose linked
// to no data.
func (b *builder) servesUnlinkedOr(r *policy.Recipient, d category.Data, linkedToD map[string]bool) bool {
	if len(r.Purposes) == 0 {
		return true
	}
	return slices.ContainsFunc(r.Purposes, func(id string) bool { return linkedToD[id] || !b.linked[id] })
}

// scoped reports whether a scope limits a statement to some people, places
// or services.
func scoped(s *policy.Scope) bool {
	return s != nil && (len(s.Jurisdictions) > 0 || len(s.Subjects) > 0 || len(s.Services) > 0 ||
		len(s.ExceptServices) > 0 || s.WhereLawProvides)
}

func isTrue(v *bool) bool { return v != nil && *v }

func saleNote(r *policy.Recipient) string {
	switch {
	case isTrue(r.Sale) && isTrue(r.Sharing):
		return "sold and shared"
	case isTrue(r.Sale):
		return "sold"
	case isTrue(r.Sharing):
		return "shared"
	}
	return "sold or shared"
}

// joinNotes folds the sale notes of a cell into one word.
func joinNotes(notes []string) string {
	var sold, shared, either bool
	for _, n := range notes {
		switch n {
		case "sold":
			sold = true
		case "shared":
			shared = true
		case "sold and shared":
			sold, shared = true, true
		default:
			either = true
		}
	}
	switch {
	case sold && shared:
		return "sold and shared"
	case sold:
		return "sold"
	case shared:
		return "shared"
	case either:
		return "sold or shared"
	}
	return ""
}

func (b *builder) linking() Linking {
	var l Linking
	for _, pu := range b.p.Purposes {
		if !pu.Not {
			l.Purposes++
			if b.linked[pu.ID] {
				l.LinkedPurposes++
			}
		}
	}
	for _, r := range b.p.Recipients {
		if !r.Not {
			l.Recipients++
			if b.linked[r.ID] {
				l.LinkedRecipients++
			}
		}
	}
	return l
}
