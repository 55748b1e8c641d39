package label

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// RetentionRule is one retention statement as the label lists it.
type RetentionRule struct {
	// Ref is the rule's short name in the grid ("R1").
	Ref string
	// ID is the statement's ID.
	ID string
	// Covers says which data the rule covers ("all data" when it names none).
	Covers string
	// Short is the summary the retention column shows ("7 years").
	Short string
	// Long is the full rule: periods, how they combine, exceptions, disposal.
	Long string
}

// ContactEntry is a controller, officer or contact point.
type ContactEntry struct {
	// Name is the organisation, office or person.
	Name string
	// Role says what the contact is for.
	Role string
	// Details are addresses, e-mail addresses, telephone numbers and pages.
	Details []string
}

// RightsEntry is one rights statement.
type RightsEntry struct {
	// Rights are the rights' titles.
	Rights []string
	// Not is true when the policy says these rights are not granted.
	Not bool
	// Who says under which laws, where and for whom ("under CCPA; in
	// California"); empty when the policy states no limit.
	Who string
	// How are the ways to exercise the rights.
	How []string
	// Terms are response time, verification, fees and frequency limits.
	Terms []string
}

// TrackerGroup is the trackers of one class.
type TrackerGroup struct {
	// Class is the class's title ("Analytics and performance"), or "Class
	// not stated".
	Class string
	// Trackers are "name (kind, party, provider, lifespan)" lines.
	Trackers []string
}

// dataTitles returns the titles of data codes, joined.
func (b *builder) dataTitles(ds []category.Data) string {
	var out []string
	for _, d := range ds {
		out = append(out, b.title(d))
	}
	return strings.Join(out, ", ")
}

// dataWords returns the titles of data codes as words within a sentence.
func (b *builder) dataWords(ds []category.Data) string {
	var out []string
	for _, d := range ds {
		out = append(out, lowerFirst(b.title(d)))
	}
	return strings.Join(out, ", ")
}

// because adds a statement's description to a sentence about it.
func because(sentence string, st policy.Statement) string {
	if d := strings.TrimSpace(st.Description); d != "" {
		return sentence + " (“" + strings.TrimSuffix(d, ".") + "”)."
	}
	return sentence + "."
}

func (b *builder) retentionRules() []RetentionRule {
	var out []RetentionRule
	n := 0
	for _, r := range b.p.Retention {
		if r.Not {
			continue
		}
		n++
		var covers []string
		if len(r.Data) > 0 {
			covers = append(covers, b.dataTitles(r.Data))
		}
		for _, id := range r.Collections {
			if c, ok := b.collections[id]; ok {
				covers = append(covers, b.dataTitles(c.Data))
			}
		}
		for _, id := range r.Purposes {
			if pu, ok := b.purposes[id]; ok {
				covers = append(covers, "data used for “"+purposeTitle(b.p, pu.Kind)+"”")
			}
		}
		rule := RetentionRule{Ref: "R" + strconv.Itoa(n), ID: r.ID, Covers: strings.Join(covers, "; ")}
		if rule.Covers == "" {
			rule.Covers = "all data"
		}
		var short, long []string
		for _, pe := range r.Periods {
			short = append(short, periodShort(pe))
			long = append(long, periodLong(pe))
		}
		if len(short) == 0 {
			short, long = []string{"not stated"}, []string{"no period stated"}
		}
		rule.Short = short[0]
		rule.Long = strings.Join(long, " or ")
		if len(r.Periods) > 1 {
			rule.Short += " or …"
			if r.Combine == policy.CombineEarliest {
				rule.Long += ", whichever comes first"
			} else {
				rule.Long += ", whichever is later"
			}
		}
		for _, e := range r.Exceptions {
			rule.Long += "; kept " + periodLong(e.Period) + " when " + strings.TrimSuffix(e.Reason, ".")
		}
		if len(r.Disposal) > 0 {
			var ds []string
			for _, d := range r.Disposal {
				ds = append(ds, strings.ToLower(titleOf(d)))
			}
			rule.Long += "; then " + strings.Join(ds, " or ")
		}
		out = append(out, rule)
	}
	return out
}

// titleOf returns the registry title of a code with a Definition method, or
// the code.
func titleOf[C interface {
	~string
	Definition() (category.Definition, bool)
}](c C) string {
	if def, ok := c.Definition(); ok {
		return def.Title
	}
	return string(c)
}

func rightsTitle[C interface {
	~string
	Definition() (rights.Definition, bool)
}](c C) string {
	if def, ok := c.Definition(); ok {
		return def.Title
	}
	return string(c)
}

func roleTitle(r contact.Role) string {
	if def, ok := r.Definition(); ok {
		return def.Title
	}
	return string(r)
}

func purposeTitle(p *policy.Policy, k category.Purpose) string {
	for _, e := range p.Extensions {
		if e.List == "purpose" && e.Code == string(k) {
			return e.Title
		}
	}
	return titleOf(k)
}

func periodShort(pe policy.Period) string {
	switch pe.Kind {
	case policy.PeriodDuration:
		s := Duration(pe.Duration)
		switch pe.Bound {
		case policy.BoundAtMost:
			s = "up to " + s
		case policy.BoundAtLeast:
			s = "at least " + s
		}
		return s
	case policy.PeriodUntilEvent:
		return "until " + lowerFirst(titleOf(pe.Event))
	case policy.PeriodLegalRequirement:
		return "as law requires"
	case policy.PeriodCriteria:
		return "as needed"
	case policy.PeriodIndefinite:
		return "indefinitely"
	}
	return string(pe.Kind)
}

func periodLong(pe policy.Period) string {
	s := periodShort(pe)
	switch pe.Kind {
	case policy.PeriodDuration:
		if pe.From != "" {
			s += " from " + lowerFirst(titleOf(pe.From))
		}
		if pe.PlusCurrent != "" {
			s += " " + lowerFirst(titleOf(pe.PlusCurrent))
		}
	case policy.PeriodLegalRequirement:
		var laws []string
		for _, l := range pe.Laws {
			laws = append(laws, lawTitle(l))
		}
		if len(laws) > 0 {
			s += " (" + strings.Join(laws, ", ") + ")"
		}
		if pe.Criteria != "" {
			s += ": " + pe.Criteria
		}
	case policy.PeriodCriteria:
		if pe.Criteria != "" {
			s += ": " + pe.Criteria
		}
	}
	return s
}

func lawTitle(l jurisdiction.Law) string {
	if def, ok := l.Definition(); ok {
		return def.Title
	}
	return string(l)
}

func placeTitle(c jurisdiction.Code) string {
	if def, ok := c.Definition(); ok {
		return def.Title
	}
	return string(c)
}

// lowerFirst lower-cases the first letter unless the word looks like an
// acronym ("HIPAA").
func lowerFirst(s string) string {
	if len(s) < 2 || s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// Duration renders an ISO 8601 duration in words ("P1Y6M" is "1 year 6
// months"); it returns the input unchanged when it cannot read it.
func Duration(iso string) string {
	s, ok := strings.CutPrefix(iso, "P")
	if !ok || s == "" {
		return iso
	}
	names := map[byte]string{'Y': "year", 'M': "month", 'W': "week", 'D': "day", 'h': "hour", 'm': "minute", 's': "second"}
	var parts []string
	timePart := false
	num := ""
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == 'T' && !timePart && num == "":
			timePart = true
		case ch >= '0' && ch <= '9' || ch == '.' || ch == ',':
			num += string(ch)
		default:
			if num == "" {
				return iso
			}
			u := ch
			if timePart {
				u = map[byte]byte{'H': 'h', 'M': 'm', 'S': 's'}[ch]
			}
			name, ok := names[u]
			if !ok || (!timePart && (ch == 'H' || ch == 'S')) {
				return iso
			}
			if num != "1" {
				name += "s"
			}
			parts = append(parts, num+" "+name)
			num = ""
		}
	}
	if num != "" || len(parts) == 0 {
		return iso
	}
	return strings.Join(parts, " ")
}

// retentionCell summarises the rules that cover d.
func (b *builder) retentionCell(d category.Data, linkedPurposes map[string]bool) Cell {
	var specific, general []int
	n := -1
	for _, r := range b.p.Retention {
		if r.Not {
			continue
		}
		n++
		switch {
		case len(r.Data) == 0 && len(r.Collections) == 0 && len(r.Purposes) == 0:
			general = append(general, n)
		case b.overlaps(d, r.Data) || b.overlaps(d, b.dataOf(r.Collections)) ||
			slices.ContainsFunc(r.Purposes, func(id string) bool { return linkedPurposes[id] }):
			specific = append(specific, n)
		}
	}
	use := specific
	if len(use) == 0 {
		use = general
	}
	if len(use) == 0 {
		return Cell{Mark: NotStated}
	}
	rules := b.retentionRulesCache()
	var texts, refs []string
	for _, i := range use {
		texts = append(texts, rules[i].Short+" ("+rules[i].Ref+")")
		refs = append(refs, rules[i].ID)
	}
	const max = 2
	if len(texts) > max {
		texts = append(texts[:max], fmt.Sprintf("+%d more", len(texts)-max))
	}
	slices.Sort(refs)
	return Cell{Mark: Yes, Text: strings.Join(texts, "; "), Refs: refs}
}

func (b *builder) retentionRulesCache() []RetentionRule {
	if b.rules == nil {
		b.rules = b.retentionRules()
	}
	return b.rules
}

// notDone lists the negated statements.
func (b *builder) notDone() []string {
	var out []string
	for _, c := range b.p.Collection {
		if c.Not {
			out = append(out, because("Does not collect "+b.dataWords(c.Data)+scopeSuffix(b.p, c.AppliesTo), c.Statement))
		}
	}
	for _, pu := range b.p.Purposes {
		if pu.Not {
			s := "Does not use "
			if ds := append(slices.Clone(pu.Data), b.dataOf(pu.Collections)...); len(ds) > 0 {
				s += b.dataWords(ds)
			} else {
				s += "data"
			}
			out = append(out, because(s+" for “"+purposeTitle(b.p, pu.Kind)+"”"+scopeSuffix(b.p, pu.AppliesTo), pu.Statement))
		}
	}
	for i := range b.p.Recipients {
		r := &b.p.Recipients[i]
		if !r.Not {
			continue
		}
		verb := "Does not disclose "
		switch {
		case isTrue(r.Sale) && isTrue(r.Sharing), isTrue(r.SoldOrShared):
			verb = "Does not sell or share "
		case isTrue(r.Sale):
			verb = "Does not sell "
		case isTrue(r.Sharing):
			verb = "Does not share (for cross-context advertising) "
		}
		what := "data"
		if ds := b.recipientData(r); len(ds) > 0 {
			what = b.dataWords(ds)
		}
		var to []string
		for _, t := range r.Types {
			to = append(to, lowerFirst(recipientTitle(b.p, t)))
		}
		out = append(out, because(verb+what+" to "+strings.Join(to, ", ")+scopeSuffix(b.p, r.AppliesTo), r.Statement))
	}
	for _, t := range b.p.Trackers {
		if t.Not {
			name := t.Name
			if name == "" {
				name = lowerFirst(titleOf(t.Kind))
			}
			out = append(out, because("Does not use "+name+scopeSuffix(b.p, t.AppliesTo), t.Statement))
		}
	}
	return out
}

func recipientTitle(p *policy.Policy, k category.Recipient) string {
	for _, e := range p.Extensions {
		if e.List == "recipient" && e.Code == string(k) {
			return e.Title
		}
	}
	return titleOf(k)
}

// scopeSuffix says where and for whom a statement holds (" (in California;
// for patients)"), or "".
func scopeSuffix(p *policy.Policy, s *policy.Scope) string {
	if w := scopeWords(p, s); w != "" {
		return " (" + w + ")"
	}
	return ""
}

func scopeWords(p *policy.Policy, s *policy.Scope) string {
	if s == nil {
		return ""
	}
	var parts []string
	if len(s.Jurisdictions) > 0 {
		var js []string
		for _, j := range s.Jurisdictions {
			js = append(js, placeTitle(j))
		}
		parts = append(parts, "in "+strings.Join(js, ", "))
	}
	if len(s.Subjects) > 0 {
		var ss []string
		for _, id := range s.Subjects {
			i := slices.IndexFunc(p.Subjects, func(x policy.Subject) bool { return x.ID == id })
			if i >= 0 {
				ss = append(ss, lowerFirst(titleOf(p.Subjects[i].Kind)))
			} else {
				ss = append(ss, id)
			}
		}
		parts = append(parts, "for "+strings.Join(ss, ", "))
	}
	if len(s.Services) > 0 {
		parts = append(parts, "on "+serviceNames(p, s.Services))
	}
	if len(s.ExceptServices) > 0 {
		parts = append(parts, "not on "+serviceNames(p, s.ExceptServices))
	}
	if s.WhereLawProvides {
		parts = append(parts, "where the law provides")
	}
	return strings.Join(parts, "; ")
}

func serviceNames(p *policy.Policy, ids []string) string {
	var out []string
	for _, id := range ids {
		i := slices.IndexFunc(p.Services, func(x policy.Service) bool { return x.ID == id })
		if i >= 0 {
			out = append(out, p.Services[i].Name)
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, ", ")
}

// contacts lists the controllers, officers and contact points.
func contacts(p *policy.Policy) []ContactEntry {
	var out []ContactEntry
	points := map[string]*contact.Point{}
	for i := range p.Contacts {
		points[p.Contacts[i].ID] = &p.Contacts[i]
	}
	used := map[string]bool{}
	pointDetails := func(ids []string) []string {
		var ds []string
		for _, id := range ids {
			if pt, ok := points[id]; ok {
				used[id] = true
				ds = append(ds, contactDetails(pt)...)
			}
		}
		return ds
	}
	for _, c := range p.Controllers {
		e := ContactEntry{Name: c.LegalName, Role: "Controller"}
		if c.Address != nil {
			e.Details = append(e.Details, addressLine(*c.Address))
		}
		e.Details = dedupe(append(e.Details, pointDetails(c.Contacts)...))
		out = append(out, e)
	}
	for _, o := range p.Officers {
		name := o.Name
		if name == "" {
			name = titleOf(o.Role)
		}
		out = append(out, ContactEntry{Name: name, Role: titleOf(o.Role), Details: dedupe(pointDetails(o.Contacts))})
	}
	for _, r := range p.Representatives {
		out = append(out, ContactEntry{Name: r.Name, Role: "Representative", Details: pointDetails(r.Contacts)})
	}
	for i := range p.Contacts {
		pt := &p.Contacts[i]
		if used[pt.ID] {
			continue
		}
		name := pt.Name
		if name == "" {
			name = pt.ID
		}
		role := ""
		if pt.Role != "" {
			role = roleTitle(pt.Role)
		}
		out = append(out, ContactEntry{Name: name, Role: role, Details: contactDetails(pt)})
	}
	return out
}

func contactDetails(pt *contact.Point) []string {
	var out []string
	for _, e := range pt.Emails {
		out = append(out, "e-mail "+e)
	}
	for _, ph := range pt.Phones {
		s := "phone " + ph.Number
		if ph.Label != "" {
			s += " (" + ph.Label + ")"
		}
		out = append(out, s)
	}
	out = append(out, pt.URLs...)
	for _, a := range pt.Addresses {
		out = append(out, addressLine(a))
	}
	return out
}

func addressLine(a contact.Address) string {
	var parts []string
	if a.Recipient != "" {
		parts = append(parts, a.Recipient)
	}
	parts = append(parts, a.Lines...)
	loc := strings.TrimSpace(strings.Join([]string{a.Locality, a.Region, a.PostalCode}, " "))
	if loc != "" {
		parts = append(parts, loc)
	}
	if a.Country != "" {
		parts = append(parts, a.Country)
	}
	return strings.Join(parts, ", ")
}

// contactName names a contact point by ID: its name and the detail a
// channel of the given kind uses (its address for postal mail, its number for
// the telephone, its e-mail address otherwise), else its first detail.
func contactName(p *policy.Policy, id string, kind rights.ChannelKind) string {
	i := slices.IndexFunc(p.Contacts, func(c contact.Point) bool { return c.ID == id })
	if i < 0 {
		return id
	}
	pt := &p.Contacts[i]
	var ds []string
	switch {
	case kind == rights.ChannelPostalMail && len(pt.Addresses) > 0:
		ds = []string{addressLine(pt.Addresses[0])}
	case kind == rights.ChannelPhone && len(pt.Phones) > 0:
		ds = []string{pt.Phones[0].Number}
	case kind == rights.ChannelEmail && len(pt.Emails) > 0:
		ds = []string{pt.Emails[0]}
	case kind == rights.ChannelPostalMail || kind == rights.ChannelPhone || kind == rights.ChannelEmail:
		// The point lacks the detail the channel needs: name it only.
	default:
		ds = contactDetails(pt)
	}
	switch {
	case len(ds) > 0 && pt.Name != "" && !strings.HasPrefix(ds[0], pt.Name):
		return pt.Name + ", " + ds[0]
	case len(ds) > 0:
		return ds[0]
	case pt.Name != "":
		return pt.Name
	}
	return id
}

func channelLine(p *policy.Policy, c rights.Channel) string {
	s := rightsTitle(c.Kind)
	var parts []string
	if c.Name != "" {
		parts = append(parts, c.Name)
	}
	if c.Contact != "" {
		parts = append(parts, contactName(p, c.Contact, c.Kind))
	}
	if c.URL != "" && !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, c.URL) }) {
		parts = append(parts, c.URL)
	}
	if parts = dedupe(parts); len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

func rightsEntries(p *policy.Policy) []RightsEntry {
	var out []RightsEntry
	for _, rs := range p.Rights {
		e := RightsEntry{Not: rs.Not}
		for _, r := range rs.Rights {
			e.Rights = append(e.Rights, rightsTitle(r))
		}
		var who []string
		if len(rs.Laws) > 0 {
			var ls []string
			for _, l := range rs.Laws {
				ls = append(ls, lawTitle(l))
			}
			who = append(who, "under "+strings.Join(ls, ", "))
		}
		if w := scopeWords(p, rs.AppliesTo); w != "" {
			who = append(who, w)
		}
		e.Who = strings.Join(who, "; ")
		for _, c := range rs.Channels {
			e.How = append(e.How, channelLine(p, c))
		}
		if rs.Agents != nil {
			e.How = append(e.How, "An authorised agent may make the request")
		}
		if rs.ResponseTime != "" {
			e.Terms = append(e.Terms, "Answer within "+Duration(rs.ResponseTime))
		}
		if rs.Verification != nil {
			e.Terms = append(e.Terms, "Identity verified: "+strings.TrimSuffix(rs.Verification.Description, "."))
		}
		if rs.Fee != nil {
			if *rs.Fee {
				e.Terms = append(e.Terms, "A fee may apply")
			} else {
				e.Terms = append(e.Terms, "Free of charge")
			}
		}
		if rs.Frequency != nil {
			e.Terms = append(e.Terms, fmt.Sprintf("At most %d times per %s", rs.Frequency.Times, lowerFirst(rightsTitle(rs.Frequency.Per))))
		}
		out = append(out, e)
	}
	return out
}

func lifespanText(l *policy.Lifespan) string {
	if l == nil {
		return "lifespan not stated"
	}
	switch l.Kind {
	case policy.LifespanDuration:
		s := Duration(l.Duration)
		switch l.Bound {
		case policy.BoundAtMost:
			s = "up to " + s
		case policy.BoundAtLeast:
			s = "at least " + s
		}
		return s
	}
	return lowerFirst(titleOf(l.Kind))
}

func trackerGroups(p *policy.Policy) []TrackerGroup {
	order := []category.TrackerClass{}
	for _, def := range category.TrackerClassDefinitions() {
		order = append(order, category.TrackerClass(def.Code))
	}
	by := map[category.TrackerClass][]string{}
	var extra []category.TrackerClass
	for _, t := range p.Trackers {
		if t.Not {
			continue
		}
		name := t.Name
		var about []string
		if name == "" {
			name = "Unnamed " + lowerFirst(titleOf(t.Kind))
		} else {
			about = append(about, lowerFirst(titleOf(t.Kind)))
		}
		if t.Party != "" {
			about = append(about, lowerFirst(titleOf(t.Party)))
		}
		if t.Provider != nil {
			about = append(about, t.Provider.Name)
		}
		line := name + " (" + strings.Join(append(about, lifespanText(t.Lifespan)), ", ") + ")"
		if _, ok := by[t.Class]; !ok && !slices.Contains(order, t.Class) {
			extra = append(extra, t.Class)
		}
		by[t.Class] = append(by[t.Class], line)
	}
	slices.Sort(extra)
	var out []TrackerGroup
	for _, c := range append(order, extra...) {
		lines, ok := by[c]
		if !ok {
			continue
		}
		title := "Class not stated"
		if c != "" {
			title = titleOf(c)
		}
		out = append(out, TrackerGroup{Class: title, Trackers: lines})
	}
	return out
}

func children(p *policy.Policy) []string {
	c := p.Children
	if c == nil {
		return nil
	}
	var out []string
	if c.Not {
		out = append(out, "The policy says its statement on children does not apply.")
	}
	if c.KnowinglyCollects != nil {
		if *c.KnowinglyCollects {
			out = append(out, "Knowingly collects data from children below the ages stated.")
		} else {
			out = append(out, "Does not knowingly collect data from children below the ages stated.")
		}
	}
	for _, a := range c.AgeLimits {
		s := fmt.Sprintf("Minimum age %d", a.MinimumAge)
		if a.ParentalConsent != nil {
			s += fmt.Sprintf("; ages %d–%d with a parent's or guardian's consent", a.ParentalConsent.From, a.ParentalConsent.To)
		}
		s += scopeSuffix(p, a.AppliesTo) + "."
		out = append(out, s)
	}
	if len(c.OnDiscovery) > 0 {
		var as []string
		for _, a := range c.OnDiscovery {
			as = append(as, lowerFirst(titleOf(a)))
		}
		out = append(out, "If a child's data was collected without consent: "+strings.Join(as, ", ")+".")
	}
	for _, id := range c.Contacts {
		out = append(out, "Contact: "+contactName(p, id, "")+".")
	}
	if len(out) == 0 && c.Description != "" {
		out = append(out, c.Description)
	}
	return out
}

func transfers(p *policy.Policy) []string {
	var out []string
	for _, t := range p.Transfers {
		if t.Not {
			s := "No transfer"
			if len(t.To) > 0 {
				s += " to " + places(t.To)
			}
			out = append(out, s+".")
			continue
		}
		s := "Transfer"
		if len(t.From) > 0 {
			s += " from " + places(t.From)
		}
		var to []string
		if len(t.To) > 0 {
			to = append(to, places(t.To))
		}
		if t.OtherDestinations != "" {
			to = append(to, t.OtherDestinations)
		}
		if len(to) > 0 {
			s += " to " + strings.Join(to, "; ")
		}
		var sg []string
		for _, g := range t.Safeguards {
			sg = append(sg, lowerFirst(titleOf(g)))
		}
		s += ": " + strings.Join(sg, ", ") + "."
		out = append(out, s)
	}
	return out
}

func places(cs []jurisdiction.Code) string {
	var out []string
	for _, c := range cs {
		out = append(out, placeTitle(c))
	}
	return strings.Join(out, ", ")
}

// dedupe drops repeated lines, keeping the first of each.
func dedupe(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}
