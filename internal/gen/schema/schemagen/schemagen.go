// Package schemagen builds the JSON Schema (draft 2020-12) of a policy document
// from the Go types of the model, with github.com/invopop/jsonschema.
//
// The reflector gives the shape (objects, arrays, required members,
// additionalProperties false). This package adds what the reflector cannot see:
// titles (on types only, unique, as code generators name types by them) and
// descriptions from the Go doc comments (read from the source tree, so
// [Generate] runs at go generate time, from the module root, and its output is
// committed), the code lists as enums, the validate struct tags as patterns,
// formats and bounds, the ref struct tags as ID patterns, and the conditional
// rules of tagged unions that a JSON Schema can express. [Vocabulary] writes
// what each code means, from the same registries.
package schemagen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"

	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

// Module is the import path of the module whose types are reflected.
const Module = "github.com/openpolicies/privacy"

// ID is the schema's $id: an identifier, versioned by the document format's
// major version, not a download address.
const ID = "https://github.com/openpolicies/privacy/schema/v1/policy.schema.json"

// Patterns the schema uses beside those of package check.
const (
	// CountryPattern is the form of an ISO 3166-1 alpha-2 country code.
	CountryPattern = `^[A-Z]{2}$`
	// SubdivisionPattern is the form of an ISO 3166-2 subdivision code.
	SubdivisionPattern = `^[A-Z]{2}-[A-Z0-9]{1,3}$`
	// LanguagePattern is a well-formed BCP 47 language tag (RFC 5646 syntax,
	// hyphens only, any case), with the irregular grandfathered tags.
	LanguagePattern = `^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+|[Ee][Nn]-[Gg][Bb]-[Oo][Ee][Dd]|[Ii]-(?:[Aa][Mm][Ii]|[Bb][Nn][Nn]|[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ee][Nn][Oo][Cc][Hh][Ii][Aa][Nn]|[Hh][Aa][Kk]|[Kk][Ll][Ii][Nn][Gg][Oo][Nn]|[Ll][Uu][Xx]|[Mm][Ii][Nn][Gg][Oo]|[Nn][Aa][Vv][Aa][Jj][Oo]|[Pp][Ww][Nn]|[Tt][Aa][Oo]|[Tt][Aa][Yy]|[Tt][Ss][Uu])|[Ss][Gg][Nn]-(?:[Bb][Ee]-[Ff][Rr]|[Bb][Ee]-[Nn][Ll]|[Cc][Hh]-[Dd][Ee]))$`
	// DurationEmptyPattern matches the strings of check.DurationPattern's form
	// that are no duration: "P", "PT" and a T with no time part after it. The
	// schema says a duration matches check.DurationPattern and not this, the
	// strings check.ValidDuration accepts.
	DurationEmptyPattern = `^PT?$|T$`
	// DateNonexistentPattern matches the strings of check.DatePattern's form
	// that are no real day: 30 and 31 February, the 31st of a 30-day month,
	// and 29 February of a year that is not a leap year. The schema says a
	// date matches check.DatePattern and not this: the strings
	// check.ValidDate accepts, each fault with a short pattern in its message.
	DateNonexistentPattern = `^[0-9]{4}-(?:02-3[01]|(?:0[469]|11)-31)$|^(?:[0-9]{2}(?:[0-9][13579]|[02468][26]|[13579][048])|(?:[0-9][13579]|[02468][26]|[13579][048])00)-02-29$`
	// EmailPattern is the form of an e-mail address the schema asks for beside
	// format "email": a local part, "@", and a domain with a dot, no spaces.
	EmailPattern = `^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$`
)

const (
	dateNote            = "A date is YYYY-MM-DD (\"2024-04-19\"), or YYYY-MM or YYYY when the text gives no more."
	dateNonexistentNote = "A day that does not exist: 30 or 31 February, the 31st of April, June, September or November, or 29 February outside a leap year."
	durationNote        = "A duration is ISO 8601: \"P6M\" (6 months), \"P7Y\", \"P30D\", \"PT24H\"."
)

// commentDirs are the packages whose doc comments describe the schema.
var commentDirs = []string{"policy", "contact", "category", "rights", "jurisdiction"}

// Generate returns the schema of policy.Policy, indented, ending in a newline.
// It reads the Go doc comments of the model from the source tree and must run
// in the module root (go generate in the root package does).
func Generate() ([]byte, error) {
	if err := checkRoot(); err != nil {
		return nil, err
	}
	g := &generator{named: map[string]reflect.Type{}, used: map[reflect.Type]bool{}}
	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		Namer:          g.name,
		Mapper:         g.mapCode,
	}
	for _, dir := range commentDirs {
		// The base joined with the walked directory must give the import path:
		// a relative dir from the module root does.
		if err := r.AddGoComments(Module, dir, jsonschema.WithFullComment()); err != nil {
			return nil, fmt.Errorf("reading doc comments of %s: %w", dir, err)
		}
	}
	g.comments = r.CommentMap
	root := r.ReflectFromType(reflect.TypeFor[policy.Policy]())
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	root.ID = ID

	structs := map[string]*jsonschema.Schema{g.name(reflect.TypeFor[policy.Policy]()): root}
	for name, s := range root.Definitions {
		structs[name] = s
	}
	for _, name := range sortedKeys(structs) {
		t, ok := g.named[name]
		if !ok || t.Kind() != reflect.Struct {
			return nil, fmt.Errorf("definition %s is not a struct type of the model", name)
		}
		g.describeStruct(t, structs[name])
	}
	for t := range g.used {
		root.Definitions[g.name(t)] = g.codeSchema(t)
	}
	addRules(root.Definitions, g)
	uniqueTitles(root.Definitions, g)
	root.Title = "Privacy policy"
	root.Description = root.Description + "\n\n" + documentNote
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	raw, err := json.Marshal(root)
	if err != nil {
		return nil, err
	}
	return reorder(raw)
}

// documentNote ends the root description: what the schema does not check.
const documentNote = `This schema checks the shape of a document, its code lists, formats, bounds and the rules of tagged unions. ` +
	`Go validation (policy.Validate in github.com/openpolicies/privacy) also checks that IDs are unique and every reference resolves to a statement of the right section, ` +
	`that jurisdiction and country codes exist in ISO 3166, that language subtags are registered, that special categories of data under the GDPR carry an Art. 9(2) condition, ` +
	`and that parental-consent age ranges are ascending and below the minimum age. ` +
	`Where the Go decoder reads an empty string, an empty list or null as "not given", this schema expects the member to be left out.`

func checkRoot() error {
	b, err := os.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("the schema generator runs in the module root: %w", err)
	}
	if !bytes.HasPrefix(b, []byte("module "+Module+"\n")) {
		return fmt.Errorf("the schema generator runs in the root of module %s", Module)
	}
	return nil
}

type generator struct {
	named    map[string]reflect.Type // definition name -> type
	used     map[reflect.Type]bool   // code types the model uses
	comments map[string]string
	errs     []error
}

func (g *generator) fail(format string, args ...any) {
	g.errs = append(g.errs, fmt.Errorf(format, args...))
}

// name names a definition by package and type ("policy.Policy",
// "category.Data", "rights.Period"), so that equal type names in different
// packages cannot collide.
func (g *generator) name(t reflect.Type) string {
	if t.Name() == "" || !strings.HasPrefix(t.PkgPath(), Module) {
		return ""
	}
	pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	n := pkg + "." + t.Name()
	if prev, ok := g.named[n]; ok && prev != t {
		g.fail("definition name %s is used by both %s and %s", n, prev, t)
	}
	g.named[n] = t
	return n
}

var codedType = reflect.TypeFor[check.Coded]()

// mapCode refers code types to their definition (built later from the
// registry); it returns a fresh schema on each call, as the reflector needs.
func (g *generator) mapCode(t reflect.Type) *jsonschema.Schema {
	if t.Kind() != reflect.String || !t.Implements(codedType) {
		return nil
	}
	if _, ok := policy.CodeListOf(t); !ok {
		g.fail("code type %s is missing from the generator's codeLists", t)
		return nil
	}
	g.used[t] = true
	return &jsonschema.Schema{Ref: "#/$defs/" + g.name(t)}
}

func (g *generator) comment(t reflect.Type, field string) string {
	key := t.PkgPath() + "." + t.Name()
	if field != "" {
		key += "." + field
	}
	return cleanComment(g.comments[key])
}

// describeStruct gives a struct definition and each of its properties a title
// and a description, and translates the validate and ref tags of its fields.
func (g *generator) describeStruct(t reflect.Type, s *jsonschema.Schema) {
	s.Title = typeTitle(t.Name())
	if title, ok := titles[g.name(t)]; ok {
		s.Title = title
	}
	s.Description = g.comment(t, "")
	if s.Description == "" {
		g.fail("type %s has no doc comment", t)
	}
	g.describeFields(t, s)
}

// titles replace the title a type's name gives where the name says too
// little out of its package: code generators name types by titles.
var titles = map[string]string{
	"contact.Point": "Contact point",
}

// describeFields describes the properties of the fields of t, with those of an
// embedded struct (the statement envelope) described from that struct.
func (g *generator) describeFields(t reflect.Type, s *jsonschema.Schema) {
	for i := range t.NumField() {
		f := t.Field(i)
		if check.IsEmbedded(f) {
			g.describeFields(f.Type, s)
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || key == "-" {
			continue
		}
		if key == "" {
			g.fail("field %s.%s has no json name", t, f.Name)
			continue
		}
		p, ok := s.Properties.Get(key)
		if !ok {
			g.fail("field %s.%s is missing from the schema", t, f.Name)
			continue
		}
		p.Description = g.comment(t, f.Name)
		if p.Description == "" {
			g.fail("field %s.%s has no doc comment", t, f.Name)
		}
		where := t.String() + "." + f.Name
		g.applyValidate(where, f, p)
		if sec := f.Tag.Get("ref"); sec != "" {
			g.applyRef(where, sec, f, p)
		}
		for _, s := range []*jsonschema.Schema{p, p.Items} {
			if s != nil && s.Pattern != "" && s.MinLength != nil && *s.MinLength == 1 {
				s.MinLength = nil // every pattern needs a character
			}
		}
		// A member that refers to a definition does so through allOf, so that
		// its description is no sibling of the $ref: json-schema-to-typescript
		// makes a numbered copy of a type for a $ref with siblings
		// (bcherny/json-schema-to-typescript#193).
		if p.Ref != "" {
			p.AllOf = append([]*jsonschema.Schema{{Ref: p.Ref}}, p.AllOf...)
			p.Ref = ""
		}
	}
}

// codeSchema is the definition of one code list. A closed list is an enum of
// its registry codes. An open list says "if the code starts with x-, it is a
// well-formed extension code, else it is one of the registry codes": one
// mistyped code gives one enum error (and ajv adds that the else branch
// failed), where an anyOf of one branch per code gave one error per code. The
// codes' titles, descriptions and mappings are in the vocabulary file
// (schema/vocabulary.json, see [Vocabulary]), generated from the same
// registries. Jurisdictions are matched by one pattern: the regions by name,
// countries and subdivisions by form.
func (g *generator) codeSchema(t reflect.Type) *jsonschema.Schema {
	l, _ := policy.CodeListOf(t)
	s := &jsonschema.Schema{
		Type:        "string",
		Title:       codeTitle(l),
		Description: g.comment(t, ""),
	}
	if s.Description == "" {
		g.fail("code type %s has no doc comment", t)
	}
	var codes []any
	for _, term := range schemaCodes(l) {
		if term.Title == "" || term.Description == "" {
			g.fail("code %q of %s has no title or description", term.Code, t)
		}
		codes = append(codes, term.Code)
	}
	if len(codes) == 0 {
		g.fail("code list %s has no codes", t)
	}
	s.Description += " The title, description and mappings of each code are in vocabulary.json beside this schema."
	registry := &jsonschema.Schema{Enum: codes}
	if t == reflect.TypeFor[jurisdiction.Code]() {
		s.Description += " Countries and subdivisions are matched here by their form only; Go validation checks them against ISO 3166."
		registry = &jsonschema.Schema{Pattern: JurisdictionPattern(), Description: jurisdictionNote}
	}
	if !l.Open {
		s.Enum = registry.Enum
		return s
	}
	if !strings.Contains(s.Description, `"x-"`) {
		s.Description += " Users may add their own codes starting with \"x-\"."
	}
	s.If = &jsonschema.Schema{Pattern: "^x-"}
	s.Then = &jsonschema.Schema{Pattern: vocab.ExtensionPattern, Description: extensionNote}
	s.Else = registry
	return s
}

const (
	extensionNote    = "A user's own code: \"x-\", then lower-case words of letters and digits joined by '-', with '.' between levels (\"x-loyalty-points\")."
	jurisdictionNote = "A region the registry lists (\"EU\", \"EEA\"), an ISO 3166-1 alpha-2 country code (\"US\") or an ISO 3166-2 subdivision code (\"US-CA\")."
)

// JurisdictionPattern matches the jurisdiction codes of the registry's form:
// its regions, and countries and subdivisions by form (CountryPattern,
// SubdivisionPattern).
func JurisdictionPattern() string {
	l, _ := policy.CodeListOf(reflect.TypeFor[jurisdiction.Code]())
	var alts []string
	for _, c := range schemaCodes(l) {
		alts = append(alts, regexp.QuoteMeta(c.Code))
	}
	alts = append(alts, `[A-Z]{2}(?:-[A-Z0-9]{1,3})?`)
	return "^(?:" + strings.Join(alts, "|") + ")$"
}

// codeTitle is the title of a code list's definition: the list's name without
// a parenthesis ("Jurisdiction"); [uniqueTitles] adds " code" where a struct
// type has the same title.
func codeTitle(l policy.CodeList) string {
	name, _, _ := strings.Cut(l.Name, " (")
	return capitalize(name)
}

// uniqueTitles makes the titles of definitions unique, as code generators
// name types by them: a code list whose title a struct type also has gets
// " code" ("Purpose code" beside the statement "Purpose"). A clash that
// remains is an error.
func uniqueTitles(defs jsonschema.Definitions, g *generator) {
	structTitles := map[string]bool{}
	for _, name := range sortedKeys(defs) {
		if t, ok := g.named[name]; ok && t.Kind() == reflect.Struct {
			structTitles[defs[name].Title] = true
		}
	}
	for _, name := range sortedKeys(defs) {
		if t, ok := g.named[name]; ok && t.Kind() == reflect.String && structTitles[defs[name].Title] {
			defs[name].Title += " code"
		}
	}
	seen := map[string]string{}
	for _, name := range sortedKeys(defs) {
		if prev, dup := seen[defs[name].Title]; dup {
			g.fail("definitions %s and %s have the same title %q", prev, name, defs[name].Title)
		}
		seen[defs[name].Title] = name
	}
}

// applyValidate translates a field's validate tag. Rules before "dive" apply
// to the field, rules after it to each element. An unknown rule is an error,
// so that a new rule in the model cannot be silently left out of the schema.
func (g *generator) applyValidate(where string, f reflect.StructField, p *jsonschema.Schema) {
	tag := f.Tag.Get("validate")
	if tag == "" {
		return
	}
	target, typ := p, f.Type
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	for _, rule := range strings.Split(tag, ",") {
		name, param, _ := strings.Cut(rule, "=")
		switch name {
		case "omitempty":
		case "dive":
			if typ.Kind() != reflect.Slice || target.Items == nil {
				g.fail("%s: dive on a non-list", where)
				return
			}
			target, typ = target.Items, typ.Elem()
		case "required":
			switch typ.Kind() {
			case reflect.String:
				if target.Ref == "" {
					target.MinLength = uint64p(1)
				} // a code list never contains ""
			case reflect.Slice, reflect.Struct:
				// present; min= gives the length
			case reflect.Int:
				if !strings.Contains(tag, "min=") {
					g.fail("%s: required int needs min=", where)
				}
			default:
				g.fail("%s: required on %s is not translated", where, typ.Kind())
			}
		case "min", "max":
			n := json.Number(param)
			u, err := n.Int64()
			if err != nil || u < 0 {
				g.fail("%s: bad %s", where, rule)
				continue
			}
			v := uint64(u)
			switch k := typ.Kind(); {
			case k == reflect.Slice && name == "min":
				target.MinItems = &v
			case k == reflect.Slice:
				target.MaxItems = &v
			case k == reflect.String && name == "min":
				target.MinLength = &v
			case k == reflect.String:
				target.MaxLength = &v
			case k == reflect.Int && name == "min":
				target.Minimum = n
			case k == reflect.Int:
				target.Maximum = n
			default:
				g.fail("%s: %s on %s is not translated", where, rule, k)
			}
		case "code":
			if _, ok := policy.CodeListOf(typ); !ok {
				g.fail("%s: code rule on %s, which is not a known code list", where, typ)
			}
		case "id":
			g.str(where, typ, target, "", check.IDPattern)
		case "email":
			// The pattern beside the format: validators that treat formats
			// as annotations still reject "a at b".
			g.str(where, typ, target, "email", EmailPattern)
		case "http_url":
			g.str(where, typ, target, "uri", HTTPURLPattern)
		case "date":
			// The form (check.DatePattern, short enough to read in a
			// message) and not a day that does not exist: what
			// check.ValidDate accepts. No format "date": a partial date fails
			// that format, and code generators would turn a full one into a
			// timestamp.
			g.str(where, typ, target, "", check.DatePattern)
			target.Not = &jsonschema.Schema{Pattern: DateNonexistentPattern, Description: dateNonexistentNote}
			if !strings.Contains(target.Description, "YYYY") {
				target.Description = strings.TrimSpace(target.Description + " " + dateNote)
			}
		case "duration":
			// Not format "duration": ajv-formats rejects weeks combined with
			// other parts and fractional seconds, which the model accepts. The
			// form is check.DurationPattern, short enough to read in a message;
			// the not rules out "P", "PT" and a T without a time part.
			g.str(where, typ, target, "", check.DurationPattern)
			target.Not = &jsonschema.Schema{Pattern: DurationEmptyPattern, Description: "A duration has at least one part, and a T only before hours, minutes or seconds."}
			if !strings.Contains(target.Description, "ISO 8601") {
				target.Description = strings.TrimSpace(target.Description + " " + durationNote)
			}
		case "phone":
			g.str(where, typ, target, "", check.PhonePattern)
		case "bcp47_language_tag":
			g.str(where, typ, target, "", LanguagePattern)
		case "iso3166_1_alpha2":
			g.str(where, typ, target, "", CountryPattern)
			target.Description = strings.TrimSpace(target.Description + " Go validation also checks that the country exists in ISO 3166-1.")
		default:
			g.fail("%s: validate rule %q is not translated to the schema", where, rule)
		}
	}
}

func (g *generator) str(where string, typ reflect.Type, s *jsonschema.Schema, format, pattern string) {
	if typ.Kind() != reflect.String || s.Type != "string" {
		g.fail("%s: string rule on %s", where, typ)
		return
	}
	s.Format, s.Pattern = format, pattern
}

// sectionTypes maps the section names of ref tags to the statement types they
// name, as policy/references.go does.
var sectionTypes = map[string]reflect.Type{
	"service":        reflect.TypeFor[policy.Service](),
	"document":       reflect.TypeFor[policy.Document](),
	"controller":     reflect.TypeFor[policy.Controller](),
	"representative": reflect.TypeFor[policy.Representative](),
	"officer":        reflect.TypeFor[policy.Officer](),
	"contact":        reflect.TypeFor[contact.Point](),
	"subject":        reflect.TypeFor[policy.Subject](),
	"collection":     reflect.TypeFor[policy.Collection](),
	"combination":    reflect.TypeFor[policy.Combination](),
	"purpose":        reflect.TypeFor[policy.Purpose](),
	"recipient":      reflect.TypeFor[policy.Recipient](),
	"retention":      reflect.TypeFor[policy.Retention](),
	"tracker":        reflect.TypeFor[policy.Tracker](),
	"choice":         reflect.TypeFor[policy.Choice](),
	"rights":         reflect.TypeFor[policy.RightsStatement](),
	"transfer":       reflect.TypeFor[policy.Transfer](),
}

// applyRef makes a reference field an ID (so never empty) and says in its
// description which top-level list it points into.
func (g *generator) applyRef(where, section string, f reflect.StructField, p *jsonschema.Schema) {
	if section == "*" {
		if f.Type.Kind() != reflect.Slice || p.Items == nil || p.Items.Type != "string" {
			g.fail("%s: ref on a field that is not a list of strings", where)
			return
		}
		p.Items.Pattern = check.IDPattern
		p.Description += " Each entry is the ID of a statement of any section."
		return
	}
	st, ok := sectionTypes[section]
	if !ok {
		g.fail("%s: ref section %q is unknown to the generator", where, section)
		return
	}
	key := policyMember(st)
	if key == "" {
		g.fail("%s: no member of policy.Policy lists %s", where, st)
		return
	}
	target := p
	many := f.Type.Kind() == reflect.Slice
	if many {
		target = p.Items
	}
	if target == nil || target.Type != "string" {
		g.fail("%s: ref on a field that is not a string or list of strings", where)
		return
	}
	target.Pattern = check.IDPattern
	if many {
		p.Description += fmt.Sprintf(" Each entry is the ID of an entry of the top-level %q list.", key)
	} else {
		p.Description += fmt.Sprintf(" It is the ID of an entry of the top-level %q list.", key)
	}
}

// policyMember is the JSON name of the member of policy.Policy that lists t.
func policyMember(t reflect.Type) string {
	pt := reflect.TypeFor[policy.Policy]()
	for i := range pt.NumField() {
		f := pt.Field(i)
		if f.Type.Kind() == reflect.Slice && f.Type.Elem() == t {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			return name
		}
	}
	return ""
}

var docLink = regexp.MustCompile(`\[([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// cleanComment turns a Go doc comment into a description: wrapped lines are
// joined, paragraphs kept, doc links ("[Period]") become plain names.
func cleanComment(c string) string {
	c = strings.TrimSpace(c)
	if c == "" {
		return ""
	}
	paras := strings.Split(c, "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return docLink.ReplaceAllString(strings.Join(paras, "\n\n"), "$1")
}

// HTTPURLPattern restricts URL members to the web schemes the Go validator's
// http_url rule accepts.
const HTTPURLPattern = `^[Hh][Tt][Tt][Pp][Ss]?://`

// typeTitle turns a Go type name into a title: "RightsStatement" -> "Rights statement".
func typeTitle(name string) string {
	var words []string
	start := 0
	rs := []rune(name)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			words = append(words, string(rs[start:i]))
			start = i
		}
	}
	words = append(words, string(rs[start:]))
	for i := 1; i < len(words); i++ {
		if strings.ToUpper(words[i]) != words[i] {
			words[i] = strings.ToLower(words[i])
		}
	}
	return strings.Join(words, " ")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func uint64p(v uint64) *uint64 { return &v }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
