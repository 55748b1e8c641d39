package diff

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"unicode"
)

// spec says how the statements of one section are matched and what adding one
// does.
type spec struct {
	// coarse are the members statements with the same ID must also agree on
	// to be taken for one statement: sections whose IDs are positions
	// ("law-3", "security-2") would otherwise pair unrelated statements.
	coarse []string
	// meaning are the members, dotted for nested ones, that say what a
	// statement is about when IDs differ: a collection's data, a recipient's
	// types and entities.
	meaning []string
	// loose, for sections without IDs, are the members that pair what is left
	// after the other steps ("legal basis consent" in EEA and CH with the
	// same basis in EEA, GB and CH).
	loose []string
	// add is the effect of a new statement (a removed one has the inverse).
	add Effect
}

// specs has one entry per section of policy.Policy; a test checks that none is
// missing.
var specs = map[string]spec{
	"metadata":        {add: Neutral},
	"services":        {coarse: []string{"kind"}, meaning: []string{"kind", "name"}, add: Neutral},
	"documents":       {coarse: []string{"kind"}, meaning: []string{"kind", "title"}, add: Neutral},
	"controllers":     {meaning: []string{"legal_name"}, add: Neutral},
	"representatives": {meaning: []string{"name"}, add: Neutral},
	"officers":        {coarse: []string{"role"}, meaning: []string{"role", "name"}, add: Neutral},
	"contacts":        {meaning: []string{"role", "name", "emails", "urls"}, add: Neutral},
	"subjects":        {coarse: []string{"kind"}, meaning: []string{"kind"}, add: Neutral},
	"collection":      {meaning: []string{"not", "data"}, add: Widens},
	"combinations":    {meaning: []string{"with"}, add: Widens},
	"purposes":        {coarse: []string{"kind"}, meaning: []string{"not", "kind", "data"}, add: Widens},
	"legal_bases":     {meaning: []string{"basis", "purposes", "jurisdictions", "laws"}, loose: []string{"basis"}, add: Neutral},
	"recipients":      {meaning: []string{"not", "types", "entities.name"}, add: Widens},
	"retention":       {meaning: []string{"data", "periods.kind", "periods.duration"}, add: Unknown},
	"trackers":        {coarse: []string{"kind"}, meaning: []string{"kind", "name", "provider.name"}, add: Widens},
	"choices":         {coarse: []string{"kind"}, meaning: []string{"kind", "mechanisms.kind", "data"}, add: Narrows},
	"rights":          {meaning: []string{"rights", "laws"}, add: Narrows},
	"transfers":       {meaning: []string{"to", "safeguards"}, add: Widens},
	"children":        {add: Unknown},
	"security":        {coarse: []string{"kind"}, meaning: []string{"kind", "technology"}, add: Neutral},
	"disclaimers":     {coarse: []string{"kind"}, meaning: []string{"kind"}, add: Neutral},
	"signals":         {coarse: []string{"signal"}, meaning: []string{"signal", "response"}, add: Unknown},
	"changes":         {add: Neutral},
	"laws":            {coarse: []string{"law", "jurisdictions"}, meaning: []string{"law", "jurisdictions", "status"}, add: Neutral},
	"decisions":       {meaning: []string{"automated", "profiling", "artificial_intelligence"}, add: Widens},
	"glossary":        {meaning: []string{"term"}, add: Neutral},
	"history":         {meaning: []string{"version", "date"}, add: Neutral},
	"extensions":      {meaning: []string{"list", "code"}, add: Neutral},
}

// match pairs the statements of a section: first those with the same ID that
// agree on the coarse members, then those equal in all they say, then those
// with the same meaning key. Within a step the k-th candidate of the old
// policy pairs with the k-th of the new, so comparing the other way round
// gives the mirrored pairs. It returns the pairs (old index, new index) and
// the indices left unmatched on each side, in order.
func match(section string, ov, nv reflect.Value, ids map[string]map[string]string, related func(member, oldID, newID string) bool) (pairs [][2]int, oldLeft, newLeft []int) {
	sp := specs[section]
	on, nn := ov.Len(), nv.Len()
	og, ng := make([]map[string]any, on), make([]map[string]any, nn)
	for i := range on {
		og[i] = generic(ov.Index(i))
		if og[i] != nil {
			renamed(og[i], ids, section)
		}
	}
	for j := range nn {
		ng[j] = generic(nv.Index(j))
	}
	om, nm := make([]bool, on), make([]bool, nn)
	keys := func(key func(map[string]any) string) (ok, nk []string) {
		ok, nk = make([]string, on), make([]string, nn)
		for i := range on {
			if !om[i] {
				ok[i] = key(og[i])
			}
		}
		for j := range nn {
			if !nm[j] {
				nk[j] = key(ng[j])
			}
		}
		return ok, nk
	}
	// step pairs the k-th unmatched old statement of a key with the k-th
	// unmatched new one.
	step := func(key func(map[string]any) string) {
		ok, nk := keys(key)
		for i := range on {
			if om[i] || ok[i] == "" {
				continue
			}
			for j := range nn {
				if !nm[j] && nk[j] == ok[i] {
					om[i], nm[j] = true, true
					pairs = append(pairs, [2]int{i, j})
					break
				}
			}
		}
	}
	// similar pairs statements of the same key that share at least half of
	// what they say, the most alike first; ties are broken by content, not
	// by position, so that the pairing does not depend on which policy is
	// old.
	similar := func(key func(map[string]any) string, least float64) {
		ok, nk := keys(key)
		type cand struct {
			i, j int
			sim  float64
			tie  string
		}
		var cands []cand
		ot, nt := make([]map[string]bool, on), make([]map[string]bool, nn)
		oc, nc := make([]string, on), make([]string, nn)
		for i := range on {
			if !om[i] && ok[i] != "" {
				ot[i], oc[i] = tokens(og[i]), content(og[i])
			}
		}
		for j := range nn {
			if !nm[j] && nk[j] != "" {
				nt[j], nc[j] = tokens(ng[j]), content(ng[j])
			}
		}
		for i := range on {
			if om[i] || ok[i] == "" {
				continue
			}
			for j := range nn {
				if nm[j] || nk[j] != ok[i] {
					continue
				}
				if sim := jaccard(ot[i], nt[j]); sim >= least {
					a, b := oc[i], nc[j]
					if b < a {
						a, b = b, a
					}
					cands = append(cands, cand{i, j, sim, a + "\x00" + b})
				}
			}
		}
		slices.SortStableFunc(cands, func(a, b cand) int {
			switch {
			case a.sim > b.sim:
				return -1
			case a.sim < b.sim:
				return 1
			}
			return strings.Compare(a.tie, b.tie)
		})
		for _, c := range cands {
			if !om[c.i] && !nm[c.j] {
				om[c.i], nm[c.j] = true, true
				pairs = append(pairs, [2]int{c.i, c.j})
			}
		}
	}
	step(func(g map[string]any) string {
		id, _ := g["id"].(string)
		if id == "" {
			return ""
		}
		return id + "\x00" + keyOf(g, sp.coarse)
	})
	// Statements equal in all they say pair by their wording: of two
	// disclaimers of one kind, the one quoting the same sentence.
	oq, nq := make([]map[string]bool, on), make([]map[string]bool, nn)
	for i := range on {
		oq[i] = words(quoteOf(ov.Index(i)))
	}
	for j := range nn {
		nq[j] = words(quoteOf(nv.Index(j)))
	}
	{
		ok, nk := keys(content)
		type cand struct {
			i, j int
			sim  float64
			tie  string
		}
		var cands []cand
		for i := range on {
			if om[i] || ok[i] == "" {
				continue
			}
			for j := range nn {
				if nm[j] || nk[j] != ok[i] {
					continue
				}
				a, b := quoteOf(ov.Index(i)), quoteOf(nv.Index(j))
				if b < a {
					a, b = b, a
				}
				cands = append(cands, cand{i, j, jaccard(oq[i], nq[j]), a + "\x00" + b})
			}
		}
		// Most alike first; equal wording keeps the order of the sections,
		// the k-th old statement with the k-th new one.
		slices.SortStableFunc(cands, func(a, b cand) int {
			switch {
			case a.sim > b.sim:
				return -1
			case a.sim < b.sim:
				return 1
			}
			return strings.Compare(a.tie, b.tie)
		})
		for _, c := range cands {
			if !om[c.i] && !nm[c.j] {
				om[c.i], nm[c.j] = true, true
				pairs = append(pairs, [2]int{c.i, c.j})
			}
		}
	}
	if len(sp.meaning) > 0 {
		meaning := func(g map[string]any) string { return keyOf(g, sp.meaning) }
		if hasIDs(og) || hasIDs(ng) {
			// Codes such as a recipient's types are shared by statements
			// that say different things: they must also be alike.
			similar(meaning, 0.5)
			// Then, among what is left, the most alike of a third: one
			// affiliate sharing for marketing re-expressed with new
			// conditions is that sharing changed, not one removed and
			// another added.
			similar(meaning, 1.0/3)
		} else {
			// Without IDs the meaning key is what a statement is (a
			// glossary term, an extension code).
			step(meaning)
		}
	}
	if len(sp.loose) > 0 {
		step(func(g map[string]any) string { return keyOf(g, sp.loose) })
	}
	if len(sp.coarse) > 0 && (hasIDs(og) || hasIDs(ng)) {
		// Last, statements of one kind about the same statement: an
		// opt-out of one disclosure, now by email rather than a form.
		shared(og, ng, om, nm, sp.coarse, related, &pairs)
	}
	for i := range on {
		if !om[i] {
			oldLeft = append(oldLeft, i)
		}
	}
	for j := range nn {
		if !nm[j] {
			newLeft = append(newLeft, j)
		}
	}
	return pairs, oldLeft, newLeft
}

// shared pairs unmatched statements that agree on the coarse members and
// refer to at least one statement in common (old references renamed to the
// new IDs) or to related ones (related, when not nil: two recipients of
// compatible types), the most alike first, ties broken by content.
func shared(og, ng []map[string]any, om, nm []bool, coarse []string, related func(member, oldID, newID string) bool, pairs *[][2]int) {
	type ref struct{ member, id string }
	refs := func(g map[string]any) []ref {
		var out []ref
		for k, v := range g {
			if _, ok := refSections[k]; !ok {
				continue
			}
			for _, id := range reach(v, nil) {
				var s string
				if json.Unmarshal([]byte(id), &s) == nil {
					out = append(out, ref{k, s})
				}
			}
		}
		return out
	}
	type cand struct {
		i, j int
		sim  float64
		tie  string
	}
	var cands []cand
	for i, o := range og {
		if om[i] || o == nil {
			continue
		}
		ck := keyOf(o, coarse)
		or := refs(o)
		if ck == "" || len(or) == 0 {
			continue
		}
		for j, n := range ng {
			if nm[j] || n == nil || keyOf(n, coarse) != ck {
				continue
			}
			common := false
			for _, r := range refs(n) {
				for _, q := range or {
					if q.member == r.member && (q.id == r.id || related != nil && related(r.member, q.id, r.id)) {
						common = true
					}
				}
			}
			if !common {
				continue
			}
			a, b := content(o), content(n)
			if b < a {
				a, b = b, a
			}
			cands = append(cands, cand{i, j, jaccard(tokens(o), tokens(n)), a + "\x00" + b})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		switch {
		case a.sim > b.sim:
			return -1
		case a.sim < b.sim:
			return 1
		}
		return strings.Compare(a.tie, b.tie)
	})
	for _, c := range cands {
		if !om[c.i] && !nm[c.j] {
			om[c.i], nm[c.j] = true, true
			*pairs = append(*pairs, [2]int{c.i, c.j})
		}
	}
}

// hasIDs reports whether statements have IDs.
func hasIDs(gs []map[string]any) bool {
	for _, g := range gs {
		if id, _ := g["id"].(string); id != "" {
			return true
		}
	}
	return false
}

// content is all a statement says, its ID and description left out.
func content(g map[string]any) string {
	h := make(map[string]any, len(g))
	for k, v := range g {
		if k != "id" && k != "description" {
			h[k] = v
		}
	}
	b, _ := json.Marshal(h)
	return string(b)
}

// tokens are the leaves of what a statement says, each as "path=value"
// (list indices left out), its ID and description left out.
func tokens(g map[string]any) map[string]bool {
	out := map[string]bool{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if prefix == "" && (k == "id" || k == "description") {
					continue
				}
				walk(prefix+"/"+k, e)
			}
		case []any:
			for _, e := range x {
				walk(prefix, e)
			}
		default:
			b, _ := json.Marshal(x)
			out[prefix+"="+string(b)] = true
		}
	}
	walk("", g)
	return out
}

// jaccard is the share of tokens two statements have in common.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// generic is v as decoded JSON with quotes left out.
func generic(v reflect.Value) map[string]any {
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return nil
	}
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	strip(m)
	return m
}

// keyOf joins the canonical values of the named members; a list's members are
// sorted, so order does not change the key. A dotted name reaches into
// objects and into each member of a list of objects. It is "" when every
// member is absent, so that statements that lack them do not all match.
func keyOf(g map[string]any, members []string) string {
	var parts []string
	found := false
	for _, m := range members {
		vals := reach(g, strings.Split(m, "."))
		if len(vals) > 0 {
			found = true
		}
		slices.Sort(vals)
		parts = append(parts, strings.Join(vals, "\x01"))
	}
	if !found {
		return ""
	}
	return strings.Join(parts, "\x00")
}

// reach returns the canonical JSON of every value at path below v.
func reach(v any, path []string) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, reach(e, path)...)
		}
		return out
	case map[string]any:
		if len(path) == 0 {
			b, _ := json.Marshal(x)
			return []string{string(b)}
		}
		return reach(x[path[0]], path[1:])
	}
	if len(path) > 0 {
		return nil
	}
	b, _ := json.Marshal(v)
	return []string{string(b)}
}

// quoteOf is the quote of a statement, or "".
func quoteOf(v reflect.Value) string {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if f := v.FieldByName("Quote"); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// words are the lower-cased words of a text.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}
