package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

// rule says what a change of one field does. add is the effect of adding a
// member or value (removing it has the inverse effect); rank, when set,
// orders values from narrow to wide, and a change to a higher rank widens.
// rank's ok is false for a value it cannot place (then add decides additions,
// and Unknown other changes).
type rule struct {
	add  Effect
	rank func(v any) (r float64, ok bool)
}

// rules are keyed by "section.field"; "*.field" applies in every section. A
// field with no rule takes its section's default: Neutral in sections that
// do not bear on processing (specs[section].add is Neutral), else Unknown.
var rules = map[string]rule{
	"*.citations":      {add: Neutral},
	"*.applies_to":     {add: Unknown},
	"*.documents":      {add: Neutral},
	"*.contacts":       {add: Neutral},
	"*.non_exhaustive": {add: Neutral},

	"collection.data":          {add: Widens},
	"collection.sources":       {add: Widens},
	"collection.methods":       {add: Widens},
	"collection.trackers":      {add: Widens},
	"collection.from":          {add: Widens},
	"collection.only_for":      {add: Narrows},
	"combinations.collections": {add: Widens},
	"combinations.with":        {add: Widens},
	"combinations.sources":     {add: Widens},

	"purposes.collections": {add: Widens},
	"purposes.data":        {add: Widens},
	"purposes.legal_bases": {add: Neutral},
	"purposes.choice":      {add: Unknown, rank: rankChoice},

	"recipients.types":              {add: Widens},
	"recipients.entities":           {add: Widens},
	"recipients.collections":        {add: Widens},
	"recipients.data":               {add: Widens},
	"recipients.withheld_data":      {add: Narrows},
	"recipients.purposes":           {add: Widens},
	"recipients.recipient_purposes": {add: Widens},
	"recipients.conditions":         {add: Narrows}, // refined by conditionEffect
	"recipients.choice":             {add: Unknown, rank: rankChoice},
	"recipients.collects_directly":  {add: Widens, rank: rankBool},
	"recipients.sale":               {add: Unknown, rank: rankFlag},
	"recipients.sharing":            {add: Unknown, rank: rankFlag},
	"recipients.sold_or_shared":     {add: Unknown, rank: rankFlag},
	"recipients.business_purpose":   {add: Neutral},
	"recipients.locations":          {add: Widens},
	"recipients.safeguards":         {add: Narrows},

	"retention.periods.duration": {add: Unknown, rank: rankDuration},
	"retention.exceptions":       {add: Widens},
	"retention.disposal":         {add: Neutral},

	"trackers.data":              {add: Widens},
	"trackers.purposes":          {add: Widens},
	"trackers.choices":           {add: Narrows},
	"trackers.lifespan.duration": {add: Unknown, rank: rankDuration},
	"trackers.lifespan.kind":     {add: Unknown, rank: rankLifespan},
	"trackers.party":             {add: Unknown, rank: rankParty},
	"trackers.name":              {add: Neutral},
	"trackers.provider":          {add: Neutral},

	"choices.purposes":     {add: Narrows},
	"choices.recipients":   {add: Narrows},
	"choices.trackers":     {add: Narrows},
	"choices.data":         {add: Narrows},
	"choices.mechanisms":   {add: Narrows},
	"choices.limits":       {add: Widens},
	"choices.consequences": {add: Neutral},

	"rights.rights":        {add: Narrows},
	"rights.laws":          {add: Narrows},
	"rights.data":          {add: Narrows},
	"rights.channels":      {add: Narrows},
	"rights.limits":        {add: Widens},
	"rights.response_time": {add: Unknown, rank: rankDuration},
	"rights.agents":        {add: Narrows},
	"rights.fee":           {add: Unknown, rank: rankFlag},

	"transfers.from":       {add: Widens},
	"transfers.to":         {add: Widens},
	"transfers.recipients": {add: Widens},
	"transfers.data":       {add: Widens},
	"transfers.safeguards": {add: Narrows},

	"children.knowingly_collects":     {add: Unknown, rank: rankFlag},
	"children.age_limits":             {add: Narrows},
	"children.age_limits.minimum_age": {add: Unknown, rank: rankAge},
	"children.on_discovery":           {add: Narrows},

	"decisions.automated":               {add: Widens, rank: rankBool},
	"decisions.profiling":               {add: Widens, rank: rankBool},
	"decisions.artificial_intelligence": {add: Widens, rank: rankBool},
	"decisions.effects":                 {add: Widens},
	"decisions.purposes":                {add: Widens},
	"decisions.collections":             {add: Widens},
	"decisions.data":                    {add: Widens},
	"decisions.human_review":            {add: Narrows, rank: func(v any) (float64, bool) { r, ok := rankBool(v); return -r, ok }},
}

// lookupRule finds the rule of a field: the exact "section.field", else the
// longest "section.prefix" or "*.prefix" of it.
func lookupRule(section, field string) (rule, bool) {
	for f := field; f != ""; {
		if r, ok := rules[section+"."+f]; ok {
			return r, true
		}
		if r, ok := rules["*."+f]; ok {
			return r, true
		}
		i := strings.LastIndexByte(f, '.')
		if i < 0 {
			break
		}
		f = f[:i]
	}
	return rule{}, false
}

// effect is the effect of one change. A data category or collection added to
// or removed from a statement that reaches the same data anyway (through its
// collections, or its own data) changes how the link is written, not what is
// done: it is Neutral.
func (c *comparer) effect(st *stmt, field string, kind Kind, old, new any) Effect {
	v := new
	if kind == Removed {
		v = old
	}
	if field == "" && kind != Changed {
		switch x := v.(type) {
		case policy.Choice:
			if advice(x) {
				c.note = "advice only: binds the organisation to nothing"
				return Neutral
			}
		case policy.Purpose:
			if e, why, ok := c.coveredPurpose(x, kind); ok {
				c.note = why
				if kind == Removed {
					e = e.invert()
				}
				return e
			}
		}
	}
	if st.section == "collection" && (field == "sources" || field == "methods") && kind != Changed && c.viaElsewhere(st, kind, old, new) {
		return Neutral
	}
	if st.section == "recipients" && (field == "purposes" || field == "conditions" || field == "collects_directly") && kind != Changed && c.disclosedElsewhere(st, field, kind, old, new) {
		return Neutral
	}
	if st.section == "collection" && (field == "" || field == "data") {
		if e, ok := c.collectionEffect(st, field, kind, old, new); ok {
			return e
		}
	}
	if field == "withheld_data" && kind != Changed && st.oldVal.IsValid() && st.newVal.IsValid() {
		if e, ok := c.withheld(st, kind, old, new); ok {
			return e
		}
	}
	if (field == "data" || field == "collections") && kind != Changed && c.rewritten(st, field, kind, old, new) {
		return Neutral
	}
	if field == "data" && kind != Changed && st.oldVal.IsValid() && st.newVal.IsValid() {
		// "personal-data" (of an unstated kind) given up for named data, or
		// the other way round, says more or less precisely what is used.
		v := new
		if kind == Removed {
			v = old
		}
		if d, ok := v.(category.Data); ok && d == category.DataPersonal {
			return Unknown
		}
	}
	return effect(st.section, field, kind, old, new, st)
}

// collectionEffect judges a collection statement, or a category of one,
// against everything the policy on the other side collects: a category added
// that the old policy collected under another statement, or removed while the
// new policy still collects it, moves a category between statements and is
// Neutral. It leaves negated statements to the rules (ok is false).
func (c *comparer) collectionEffect(st *stmt, field string, kind Kind, old, new any) (Effect, bool) {
	v, from, other := new, c.new, c.old
	if kind == Removed {
		v, from, other = old, c.old, c.new
	}
	var ds []category.Data
	switch x := v.(type) {
	case policy.Collection:
		if x.Not {
			return "", false
		}
		ds = x.Data
	case category.Data:
		if negatedStmt(st, kind) {
			return "", false
		}
		ds = []category.Data{x}
	default:
		return "", false
	}
	collected := c.facts.collectedIn(other)
	for _, d := range ds {
		rd := from.Resolve(d)
		if !slices.ContainsFunc(collected, func(x category.Data) bool {
			rx := other.Resolve(x)
			return d == x || d.Within(x) || rd == rx || rd.Within(rx)
		}) {
			return "", false
		}
	}
	if len(ds) == 0 {
		return "", false
	}
	if x, ok := v.(policy.Collection); ok {
		e, why := c.coveredCollection(x, kind)
		c.note = why
		if kind == Removed {
			e = e.invert()
		}
		return e, true
	}
	return Neutral, true
}

// withheld judges a category added to or removed from what a recipient does
// not receive against what the other side withholds: one the other side
// withholds already (or a category within one) is Neutral; one it withholds
// only as "personal-data" (of an unstated kind, "personally identifiable
// information") is Unknown.
func (c *comparer) withheld(st *stmt, kind Kind, old, new any) (Effect, bool) {
	v, from, other, otherP := new, c.new, st.oldVal, c.old
	if kind == Removed {
		v, from, other, otherP = old, c.old, st.newVal, c.new
	}
	d, ok := v.(category.Data)
	r, ok2 := other.Interface().(policy.Recipient)
	if !ok || !ok2 {
		return "", false
	}
	rd := from.Resolve(d)
	for _, w := range r.WithheldData {
		rw := otherP.Resolve(w)
		if d == w || d.Within(w) || rd == rw || rd.Within(rw) {
			return Neutral, true
		}
	}
	if d != category.DataNonPersonal && slices.Contains(r.WithheldData, category.DataPersonal) {
		return Unknown, true
	}
	return "", false
}

// coverNote says why a collection change is neutral: the data is collected
// on the other side too, and names the broader categories it is collected
// only as ("as online"), so that a reader sees when a precise category gave
// way to a general one.
func (c *comparer) coverNote(kind Kind, old, new any) string {
	v, from, other := new, c.new, c.old
	note := "collected in the old policy already"
	if kind == Removed {
		v, from, other = old, c.old, c.new
		note = "still collected in the new policy"
	}
	var ds []category.Data
	switch x := v.(type) {
	case policy.Collection:
		ds = x.Data
	case []category.Data:
		ds = x
	}
	collected := c.facts.collectedIn(other)
	var broader []category.Data
	for _, d := range ds {
		rd := from.Resolve(d)
		exact := false
		var cover category.Data
		for _, x := range collected {
			rx := other.Resolve(x)
			if d == x || rd == rx {
				exact = true
				break
			}
			if cover == "" && (d.Within(x) || rd.Within(rx)) {
				cover = x
			}
		}
		if !exact && cover != "" && !slices.Contains(broader, cover) {
			broader = append(broader, cover)
		}
	}
	if len(broader) > 0 {
		slices.Sort(broader)
		note += ", some only as " + list(broader)
	}
	return note
}

// rewritten reports whether every data category a change adds to a
// statement (or removes from it) is reached by the statement on the other
// side already, directly or through its collections.
func (c *comparer) rewritten(st *stmt, field string, kind Kind, old, new any) bool {
	if !st.oldVal.IsValid() || !st.newVal.IsValid() {
		return false
	}
	// The policy the members come from, and the statement on the other side.
	from, other, otherP := c.new, st.oldVal, c.old
	v := new
	if kind == Removed {
		from, other, otherP, v = c.old, st.newVal, c.new, old
	}
	var ds []category.Data
	switch x := v.(type) {
	case category.Data:
		ds = []category.Data{x}
	case string:
		for _, col := range from.Collection {
			if col.ID == x && !col.Not {
				ds = append(ds, col.Data...)
			}
		}
	default:
		return false
	}
	reach := reached(otherP, other)
	if len(ds) == 0 || len(reach) == 0 {
		return false
	}
	for _, d := range ds {
		rd := from.Resolve(d)
		if !slices.ContainsFunc(reach, func(r category.Data) bool {
			rr := otherP.Resolve(r)
			return d == r || d.Within(r) || rd == rr || rd.Within(rr)
		}) {
			return false
		}
	}
	return true
}

// reached is the data a statement names: its own data and that of the
// collection statements it links.
func reached(p *policy.Policy, v reflect.Value) []category.Data {
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	var out []category.Data
	if f := v.FieldByName("Data"); f.IsValid() {
		if ds, ok := f.Interface().([]category.Data); ok {
			out = append(out, ds...)
		}
	}
	if f := v.FieldByName("Collections"); f.IsValid() {
		if ids, ok := f.Interface().([]string); ok {
			for _, col := range p.Collection {
				if slices.Contains(ids, col.ID) && !col.Not {
					out = append(out, col.Data...)
				}
			}
		}
	}
	return out
}

// effect is the effect of one change by the rules alone.
func effect(section, field string, kind Kind, old, new any, st *stmt) Effect {
	sp := specs[section]
	if field == "" { // a whole statement
		e := sp.add
		v := new
		if kind == Removed {
			v = old
		}
		if negated(v) {
			e = e.invert()
		}
		if kind == Removed {
			e = e.invert()
		}
		return e
	}
	if field == "not" { // "does not happen" set or cleared
		if kind == Added || new == true {
			return sp.add.invert()
		}
		return sp.add
	}
	if section == "recipients" && field == "conditions" {
		e := conditionEffect(old, new)
		if kind == Removed {
			return e.invert()
		}
		return e
	}
	r, ok := lookupRule(section, field)
	if !ok {
		if sp.add == Neutral {
			return Neutral
		}
		return Unknown
	}
	if r.rank != nil {
		ro, okO := r.rank(old)
		rn, okN := r.rank(new)
		if okO && okN {
			switch {
			case rn > ro:
				return Widens
			case rn < ro:
				return Narrows
			}
			return Neutral
		}
	}
	e := r.add
	if st != nil && negatedStmt(st, kind) {
		// A member added to "we do not ..." widens what is ruled out.
		e = e.invert()
	}
	switch kind {
	case Added:
		return e
	case Removed:
		return e.invert()
	}
	if e == Neutral {
		return Neutral
	}
	return Unknown
}

// negatedStmt reports whether the statement a member change is in says the
// practice does not happen (on the side the change is read from).
func negatedStmt(st *stmt, kind Kind) bool {
	v := st.newVal
	if kind == Removed || !v.IsValid() {
		v = st.oldVal
	}
	if !v.IsValid() {
		return false
	}
	return negated(v.Interface())
}

// negated reports whether a statement value has Not set.
func negated(v any) bool {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return false
	}
	f := rv.FieldByName("Not")
	return f.IsValid() && f.Kind() == reflect.Bool && f.Bool()
}

// widening conditions are occasions on which a disclosure happens; every
// other condition limits it.
var widening = map[policy.Condition]bool{
	policy.ConditionRequiredByLaw:        true,
	policy.ConditionLegallyPermitted:     true,
	policy.ConditionGoodFaithBelief:      true,
	policy.ConditionProtectRights:        true,
	policy.ConditionFraudPrevention:      true,
	policy.ConditionEmergency:            true,
	policy.ConditionCorporateTransaction: true,
	policy.ConditionWithOrWithoutNotice:  true,
	policy.ConditionProvidedPurpose:      true,
	policy.ConditionDisclosedPurpose:     true,
}

// conditionEffect is the effect of adding a disclosure condition: an occasion
// ("required-by-law") widens, a limit ("with-consent") narrows, an "x-" code
// is unknown.
func conditionEffect(old, new any) Effect {
	v := new
	if v == nil {
		v = old
	}
	c, _ := v.(policy.Condition)
	switch {
	case widening[c]:
		return Widens
	case c.Known():
		return Narrows
	}
	return Unknown
}

func rankChoice(v any) (float64, bool) {
	switch v {
	case policy.ModeOptIn:
		return 0, true
	case policy.ModeOptOut:
		return 1, true
	case policy.ModeAlways:
		return 2, true
	}
	return 0, false
}

// rankBool orders false (or absent) below true.
func rankBool(v any) (float64, bool) {
	if v == true {
		return 1, true
	}
	return 0, true
}

// rankFlag orders a stated false below "not stated" below true.
func rankFlag(v any) (float64, bool) {
	switch v {
	case true:
		return 1, true
	case false:
		return -1, true
	}
	return 0, true
}

func rankDuration(v any) (float64, bool) {
	s, _ := v.(string)
	return days(s)
}

func rankLifespan(v any) (float64, bool) {
	switch v {
	case policy.LifespanBrief:
		return 0, true
	case policy.LifespanSession:
		return 1, true
	case policy.LifespanPersistent:
		return 3, true
	}
	return 0, false
}

func rankParty(v any) (float64, bool) {
	switch v {
	case policy.PartyFirstParty:
		return 0, true
	case policy.PartyThirdParty:
		return 1, true
	}
	return 0, false
}

// rankAge orders a higher minimum age as narrower.
func rankAge(v any) (float64, bool) {
	n, ok := v.(int)
	return -float64(n), ok
}

// days is the approximate length of an ISO 8601 duration in days (a year 365
// days, a month 30); ok is false when s is not one.
func days(s string) (float64, bool) {
	if len(s) < 3 || s[0] != 'P' {
		return 0, false
	}
	total, num, time, digits := 0.0, 0.0, false, false
	for _, r := range s[1:] {
		switch {
		case r >= '0' && r <= '9':
			num = num*10 + float64(r-'0')
			digits = true
			continue
		case r == 'T':
			time = true
			continue
		}
		if !digits {
			return 0, false
		}
		var unit float64
		switch {
		case r == 'Y' && !time:
			unit = 365
		case r == 'M' && !time:
			unit = 30
		case r == 'W' && !time:
			unit = 7
		case r == 'D' && !time:
			unit = 1
		case r == 'H' && time:
			unit = 1.0 / 24
		case r == 'M' && time:
			unit = 1.0 / 1440
		case r == 'S' && time:
			unit = 1.0 / 86400
		default:
			return 0, false
		}
		total += num * unit
		num, digits = 0, false
	}
	if digits {
		return 0, false
	}
	return total, true
}

// facts are what material changes are judged against: the data categories
// the old policy collects, and the (purpose kind, sensitive category) pairs
// its purposes cover.
type facts struct {
	old, new  *policy.Policy
	collected []category.Data // by the old policy
	collNew   []category.Data // by the new policy
	pairs     map[purposeData]bool
	shares    []share
}

// share is a sensitive category a recipient of some type receives.
type share struct {
	kind category.Recipient
	data category.Data
}

type purposeData struct {
	kind category.Purpose
	data category.Data
}

func newFacts(old, new *policy.Policy) *facts {
	f := &facts{old: old, new: new, collected: old.CollectedData(), collNew: new.CollectedData(), pairs: map[purposeData]bool{}}
	for i := range old.Purposes {
		for _, d := range sensitiveOf(old, &old.Purposes[i]) {
			f.pairs[purposeData{old.Purposes[i].Kind, d}] = true
		}
	}
	for i := range old.Recipients {
		r := &old.Recipients[i]
		for _, d := range sensitiveTo(old, r) {
			for _, t := range r.Types {
				f.shares = append(f.shares, share{t, d})
			}
		}
	}
	return f
}

// collectedIn returns what p, one of the two policies, collects.
func (f *facts) collectedIn(p *policy.Policy) []category.Data {
	if p == f.new {
		return f.collNew
	}
	return f.collected
}

// processor reports whether a recipient acts on the organisation's behalf
// (its staff, a processor or service provider): disclosing to it is not
// sharing in the sense of the laws that ask consent for sharing.
func processor(r *policy.Recipient) bool {
	if r.Role == policy.RoleProcessor || r.Role == policy.RoleServiceProvider {
		return true
	}
	for _, t := range r.Types {
		if t != category.RecipientInternal && t != category.RecipientServiceProvider && !slices.Contains(t.Ancestors(), category.RecipientServiceProvider) {
			return false
		}
	}
	return len(r.Types) > 0
}

// sensitiveTo returns the sensitive categories a recipient that is not
// negated and not a processor receives, directly or through collections.
func sensitiveTo(p *policy.Policy, r *policy.Recipient) []category.Data {
	if r.Not || processor(r) {
		return nil
	}
	var out []category.Data
	add := func(ds []category.Data) {
		for _, d := range ds {
			if sensitive(p, d) && !slices.Contains(r.WithheldData, d) {
				out = append(out, d)
			}
		}
	}
	add(r.Data)
	for _, c := range p.Collection {
		if slices.Contains(r.Collections, c.ID) && !c.Not {
			add(c.Data)
		}
	}
	return unique(out)
}

// newSensitiveShare returns the sensitive categories a new-side recipient
// receives that the old policy disclosed to no recipient of its types.
func (f *facts) newSensitiveShare(r *policy.Recipient) []category.Data {
	var out []category.Data
	for _, d := range sensitiveTo(f.new, r) {
		covered := slices.ContainsFunc(f.shares, func(s share) bool {
			if s.data != d && !d.Within(s.data) {
				return false
			}
			return slices.ContainsFunc(r.Types, func(t category.Recipient) bool {
				return t == s.kind || slices.Contains(t.Ancestors(), s.kind) || slices.Contains(s.kind.Ancestors(), t)
			})
		})
		if !covered {
			out = append(out, d)
		}
	}
	return out
}

// sensitive reports whether p reads d as sensitive data.
func sensitive(p *policy.Policy, d category.Data) bool {
	r := p.Resolve(d)
	return r.Sensitive() || len(r.SensitiveUnder()) > 0
}

// sensitiveOf returns the sensitive categories a purpose that is not negated
// uses, directly or through its collections.
func sensitiveOf(p *policy.Policy, pu *policy.Purpose) []category.Data {
	if pu.Not {
		return nil
	}
	var out []category.Data
	add := func(ds []category.Data) {
		for _, d := range ds {
			if sensitive(p, d) {
				out = append(out, d)
			}
		}
	}
	add(pu.Data)
	for _, c := range p.Collection {
		for _, id := range pu.Collections {
			if c.ID == id && !c.Not {
				add(c.Data)
			}
		}
	}
	return unique(out)
}

// unique drops repeated categories, keeping the first of each.
func unique(ds []category.Data) []category.Data {
	var out []category.Data
	for _, d := range ds {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// some lists up to five categories, and how many more there are.
func some(ds []category.Data) string {
	const most = 5
	if len(ds) <= most {
		return list(ds)
	}
	return fmt.Sprintf("%s and %d more", list(ds[:most]), len(ds)-most)
}

// newData reports whether the old policy collects nothing of category d:
// neither d, nor a category d is within, nor one within d (a policy that
// collected IP addresses and now says "online data" has not begun to collect
// a new kind of data; one that now collects location has).
func (f *facts) newData(d category.Data) bool {
	rd := f.new.Resolve(d)
	for _, c := range f.collected {
		rc := f.old.Resolve(c)
		if c == d || d.Within(c) || c.Within(d) || rd == rc || rd.Within(rc) || rc.Within(rd) {
			return false
		}
	}
	return true
}

// newSensitiveUse returns the sensitive categories a new-side purpose uses
// that the old policy uses for no purpose of the same kind.
func (f *facts) newSensitiveUse(pu *policy.Purpose) []category.Data {
	var out []category.Data
	for _, d := range sensitiveOf(f.new, pu) {
		covered := false
		for k := range f.pairs {
			if k.kind == pu.Kind && (k.data == d || d.Within(k.data)) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, d)
		}
	}
	return out
}

// material reports whether a change is one that needs fresh consent under
// laws such as Washington's My Health My Data Act, and says why: it must
// widen, and bring a data category the old policy did not collect, a
// sensitive category to a purpose the old policy did not use it for, or a
// sale or sharing. new is the new value, or the members added.
//
// cause are the data categories that made the change material (nil for a
// sale or sharing); root groups changes by them.
func (c *comparer) material(st *stmt, field string, e Effect, new any) (ok bool, why string, cause []category.Data) {
	if e != Widens || !st.newVal.IsValid() {
		return false, "", nil
	}
	switch x := st.newVal.Interface().(type) {
	case policy.Collection:
		var ds []category.Data
		switch field {
		case "", "not":
			ds = x.Data
		case "data":
			ds, _ = new.([]category.Data)
		}
		var fresh []category.Data
		for _, d := range ds {
			if c.facts.newData(d) {
				fresh = append(fresh, d)
			}
		}
		if len(fresh) > 0 {
			return true, "new data: " + some(fresh), fresh
		}
	case policy.Purpose:
		switch field {
		case "", "not", "kind", "data", "collections":
			if ds := c.facts.newSensitiveUse(&x); len(ds) > 0 {
				return true, "sensitive data newly used for " + string(x.Kind) + ": " + some(ds), ds
			}
		}
	case policy.Recipient:
		var flags []string
		for _, f := range []struct {
			name string
			v    *bool
		}{{"sale", x.Sale}, {"sharing", x.Sharing}, {"sold_or_shared", x.SoldOrShared}} {
			if isTrue(f.v) && (field == "" || field == "not" || field == f.name) {
				flags = append(flags, f.name)
			}
		}
		if len(flags) > 0 {
			return true, "new " + strings.Join(flags, ", "), nil
		}
		switch field {
		case "", "not", "types", "data", "collections", "role":
			if ds := c.facts.newSensitiveShare(&x); len(ds) > 0 {
				return true, "sensitive data newly disclosed to " + list(x.Types) + ": " + some(ds), ds
			}
		}
	}
	return false, "", nil
}

// root names the material change a change follows from, as
// "section/statement". A collection that brings data the old policy did not
// collect is the root of that data; a later collection of the same new data
// follows it, and so does a purpose or recipient made material only by data
// newly collected (a new sensitive category used for twenty purposes is one
// material change, not twenty). Otherwise the first change of a section made
// material for the same reason (why: the same sensitive data newly disclosed
// to the same types) is the root of the others; a sale or sharing is its own.
func (c *comparer) root(st *stmt, why string, cause []category.Data) string {
	self := st.section + "/" + st.id
	if st.id == "" {
		self = st.section + st.newPath
	}
	if len(cause) == 0 {
		return self
	}
	if c.roots == nil {
		c.roots = map[category.Data]string{}
	}
	if st.section == "collection" {
		fresh := false
		for _, d := range cause {
			if _, ok := c.roots[d]; !ok {
				c.roots[d] = self
				fresh = true
			}
		}
		if fresh {
			return self
		}
		return c.roots[cause[0]]
	}
	first := ""
	for _, d := range cause {
		r := c.rootOf(d)
		if r == "" || !c.facts.newData(d) {
			// Data collected before, newly used or disclosed: the same
			// data newly reaching the same kind of recipient (or
			// purpose) through several statements is one change.
			key := st.section + "\x00" + why
			if r, ok := c.whyRoots[key]; ok {
				return r
			}
			if c.whyRoots == nil {
				c.whyRoots = map[string]string{}
			}
			c.whyRoots[key] = self
			return self
		}
		if first == "" {
			first = r
		}
	}
	return first
}

// rootOf is the root of the new collection of d, or of a category d is
// within; "" when d was not newly collected. Candidates are tried in sorted
// order, so that the answer does not depend on map order.
func (c *comparer) rootOf(d category.Data) string {
	if r, ok := c.roots[d]; ok {
		return r
	}
	keys := make([]category.Data, 0, len(c.roots))
	for k := range c.roots {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if d.Within(k) || c.new.Resolve(d).Within(c.new.Resolve(k)) {
			return c.roots[k]
		}
	}
	return ""
}

func isTrue(b *bool) bool { return b != nil && *b }
