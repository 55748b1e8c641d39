package privacy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	privacy "github.com/openpolicies/privacy"
	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/gen/schema/schemagen"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

var update = flag.Bool("update", false, "rewrite schema/policy.schema.json and schema/vocabulary.json")

const (
	schemaFile     = "schema/policy.schema.json"
	vocabularyFile = "schema/vocabulary.json"
)

// TestVocabularyFresh regenerates the vocabulary and compares it with the
// committed file and the embedded bytes; `go test . -update` rewrites it.
func TestVocabularyFresh(t *testing.T) {
	got, err := schemagen.Vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(vocabularyFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", vocabularyFile)
		return
	}
	want, err := os.ReadFile(vocabularyFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run `go generate .` or `go test . -run TestVocabularyFresh -update`\n%s", vocabularyFile, firstDiff(want, got))
	}
	if !bytes.Equal(privacy.Vocabulary(), want) {
		t.Errorf("privacy.Vocabulary() differs from %s: rebuild", vocabularyFile)
	}
	if a := privacy.Vocabulary(); len(a) > 0 {
		a[0] = 'X'
		if privacy.Vocabulary()[0] != '{' {
			t.Error("Vocabulary returned the embedded bytes, not a copy")
		}
	}
}

// TestVocabularyMatchesSchema checks that the vocabulary describes exactly
// the codes the schema lists, for every code list and its definition, with a
// title and a description for each, and the mappings of the registries.
func TestVocabularyMatchesSchema(t *testing.T) {
	var v struct {
		ID     string `json:"$id"`
		Schema string `json:"schema"`
		Lists  []struct {
			Key        string
			Definition string
			Open       bool
			Codes      []map[string]any
		}
	}
	if err := json.Unmarshal(privacy.Vocabulary(), &v); err != nil {
		t.Fatal(err)
	}
	if v.ID != privacy.VocabularyID || v.Schema != privacy.SchemaID || schemagen.VocabularyID != privacy.VocabularyID {
		t.Errorf("vocabulary $id %q, schema %q", v.ID, v.Schema)
	}
	defs := decodedSchema(t)["$defs"].(node)
	lists := policy.CodeLists()
	if len(v.Lists) != len(lists) {
		t.Fatalf("vocabulary has %d lists, the model %d", len(v.Lists), len(lists))
	}
	mapped := 0
	for i, l := range v.Lists {
		if l.Key != lists[i].Key || l.Open != lists[i].Open {
			t.Errorf("list %d: key %q open %v, model %q %v", i, l.Key, l.Open, lists[i].Key, lists[i].Open)
		}
		name, ok := strings.CutPrefix(l.Definition, "policy.schema.json#/$defs/")
		d, found := defs[name].(node)
		if !ok || !found {
			t.Errorf("%s: definition %q is not in the schema", l.Key, l.Definition)
			continue
		}
		var codes []string
		for _, c := range l.Codes {
			code, _ := c["code"].(string)
			codes = append(codes, code)
			for _, k := range []string{"title", "description"} {
				if s, _ := c[k].(string); s == "" {
					t.Errorf("%s %q has no %s", l.Key, code, k)
				}
			}
			if c["dpv"] != nil || c["gdpr"] != nil {
				mapped++
			}
		}
		if want := schemagen.Codes(lists[i].Type); !slices.Equal(codes, want) {
			t.Errorf("%s: vocabulary codes %v, schema %v", l.Key, codes, want)
		}
		enum := d["enum"]
		if e, ok := d["else"].(node); ok {
			enum = e["enum"]
		}
		if enum != nil && len(asSlice(enum)) != len(codes) {
			t.Errorf("%s: the schema enum has %d codes, the vocabulary %d", l.Key, len(asSlice(enum)), len(codes))
		}
	}
	if mapped < 100 {
		t.Errorf("only %d codes carry a DPV or GDPR mapping", mapped)
	}
}

// TestSchemaFresh regenerates the schema and compares it with the committed
// file and the embedded bytes. Run `go test . -update` (or go generate) to
// rewrite it.
func TestSchemaFresh(t *testing.T) {
	got, err := schemagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(schemaFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", schemaFile)
		return
	}
	want, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run `go generate .` or `go test . -run TestSchemaFresh -update`\n%s", schemaFile, firstDiff(want, got))
	}
	if !bytes.Equal(privacy.Schema(), want) {
		t.Errorf("privacy.Schema() differs from %s: rebuild", schemaFile)
	}
	again, err := schemagen.Generate()
	if err != nil || !bytes.Equal(got, again) {
		t.Errorf("two generations differ (err %v): the output is not deterministic", err)
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "first difference at line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return ""
}

func TestSchemaCopy(t *testing.T) {
	a := privacy.Schema()
	a[0] = 'X'
	if privacy.Schema()[0] != '{' {
		t.Fatal("Schema returned the embedded bytes, not a copy")
	}
}

// node is a schema object decoded for inspection.
type node = map[string]any

func decodedSchema(t *testing.T) node {
	t.Helper()
	var s node
	if err := json.Unmarshal(privacy.Schema(), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSchemaHeader(t *testing.T) {
	s := decodedSchema(t)
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", s["$schema"])
	}
	if s["$id"] != privacy.SchemaID || schemagen.ID != privacy.SchemaID {
		t.Errorf("$id = %v, generator %s, SchemaID %s", s["$id"], schemagen.ID, privacy.SchemaID)
	}
}

// TestSchemaComplete checks that every definition has a title, unique across
// the definitions (code generators name types by them), and a description;
// that every property has a description and no title (a title would name a
// type of its own); that objects are closed; and that every $ref resolves.
func TestSchemaComplete(t *testing.T) {
	s := decodedSchema(t)
	defs, _ := s["$defs"].(node)
	if len(defs) < 40 {
		t.Fatalf("only %d definitions", len(defs))
	}
	titles := map[string]string{}
	check := func(where string, d node) {
		for _, k := range []string{"title", "description"} {
			if str, _ := d[k].(string); strings.TrimSpace(str) == "" {
				t.Errorf("%s has no %s", where, k)
			}
		}
		title, _ := d["title"].(string)
		if prev, dup := titles[title]; dup {
			t.Errorf("%s and %s have the same title %q", prev, where, title)
		}
		titles[title] = where
		if d["type"] == "object" {
			if d["additionalProperties"] != false {
				t.Errorf("%s is not closed (additionalProperties false)", where)
			}
			props, _ := d["properties"].(node)
			for name, p := range props {
				pn := p.(node)
				if str, _ := pn["description"].(string); strings.TrimSpace(str) == "" {
					t.Errorf("%s.%s has no description", where, name)
				}
			}
		}
	}
	// Only the root and the definitions have titles.
	var walk func(where string, v any, top bool)
	walk = func(where string, v any, top bool) {
		switch v := v.(type) {
		case node:
			if _, ok := v["title"].(string); ok && !top {
				t.Errorf("%s has a title; only definitions do", where)
			}
			for k, c := range v {
				if k == "$defs" || k == "properties" {
					for n, cc := range c.(node) {
						walk(where+"/"+k+"/"+n, cc, k == "$defs")
					}
					continue
				}
				walk(where+"/"+k, c, false)
			}
		case []any:
			for i, c := range v {
				walk(where+"/"+strconv.Itoa(i), c, false)
			}
		}
	}
	walk("#", s, true)
	check("root", s)
	for name, d := range defs {
		check(name, d.(node))
	}
	refs := regexp.MustCompile(`"\$ref":\s*"([^"]*)"`).FindAllSubmatch(privacy.Schema(), -1)
	for _, m := range refs {
		name, ok := strings.CutPrefix(string(m[1]), "#/$defs/")
		if _, found := defs[name]; !ok || !found {
			t.Errorf("$ref %s does not resolve", m[1])
		}
	}
}

// TestSchemaCodeLists checks that the generator knows every code type of the
// model with the right openness, and that each list's definition holds every
// registry code, each valid in Go, with an extension branch exactly for open
// lists.
func TestSchemaCodeLists(t *testing.T) {
	found := vocabtest.CodeTypes(reflect.TypeFor[policy.Policy]())
	known := schemagen.CodeLists()
	for ct := range found {
		if _, ok := known[ct]; !ok {
			t.Errorf("code type %s is missing from the generator's codeLists", ct)
		}
	}
	for ct, open := range known {
		if !found[ct] {
			t.Errorf("the generator lists %s, which the model does not use", ct)
		}
		v := reflect.New(ct).Elem()
		v.SetString("x-probe")
		if got := v.Interface().(check.Coded).Valid(); got != open {
			t.Errorf("%s: Valid(\"x-probe\") = %v, but the generator says open = %v", ct, got, open)
		}
	}

	defs := decodedSchema(t)["$defs"].(node)
	for ct, open := range known {
		name := ct.PkgPath()[strings.LastIndex(ct.PkgPath(), "/")+1:] + "." + ct.Name()
		d, ok := defs[name].(node)
		if !ok {
			t.Errorf("no definition %s", name)
			continue
		}
		var consts []string
		registry := d
		hasExt := false
		if then, ok := d["then"].(node); ok {
			hasExt = then["pattern"] == vocab.ExtensionPattern
			registry, _ = d["else"].(node)
		}
		if ct == reflect.TypeFor[jurisdiction.Code]() {
			if registry["pattern"] != schemagen.JurisdictionPattern() {
				t.Errorf("%s: pattern %v", name, registry["pattern"])
			}
			re := regexp.MustCompile(schemagen.JurisdictionPattern())
			for _, c := range schemagen.Codes(ct) {
				if re.MatchString(c) {
					consts = append(consts, c)
				}
			}
		}
		for _, c := range asSlice(registry["enum"]) {
			c := c.(string)
			consts = append(consts, c)
			v := reflect.New(ct).Elem()
			v.SetString(c)
			if !v.Interface().(check.Coded).Valid() {
				t.Errorf("%s: schema code %q is not valid in Go", name, c)
			}
		}
		if want := schemagen.Codes(ct); !slices.Equal(consts, want) {
			t.Errorf("%s: schema codes %v, registry %v", name, consts, want)
		}
		if hasExt != open {
			t.Errorf("%s: extension branch %v, open %v", name, hasExt, open)
		}
	}
}

// TestRequiredAgrees walks the model: a field is required in JSON (no
// omitempty) exactly when its validate tag requires it, and the schema's
// required list says the same. A non-pointer struct field is required in JSON
// without a validate rule: Go always has the value, and validates its fields.
func TestRequiredAgrees(t *testing.T) {
	defs := decodedSchema(t)["$defs"].(node)
	root := decodedSchema(t)
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(st reflect.Type) {
		for st.Kind() == reflect.Pointer || st.Kind() == reflect.Slice {
			st = st.Elem()
		}
		if st.Kind() != reflect.Struct || seen[st] {
			return
		}
		seen[st] = true
		var schemaRequired []string
		d := root
		if st != reflect.TypeFor[policy.Policy]() {
			name := st.PkgPath()[strings.LastIndex(st.PkgPath(), "/")+1:] + "." + st.Name()
			d, _ = defs[name].(node)
		}
		if d == nil {
			t.Errorf("no definition for %s", st)
			return
		}
		for _, r := range asSlice(d["required"]) {
			schemaRequired = append(schemaRequired, r.(string))
		}
		var jsonRequired []string
		for _, f := range reflect.VisibleFields(st) {
			if f.Anonymous || len(f.Index) > 2 {
				continue // the envelope's members are checked where they are promoted
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			omit := slices.Contains(strings.Split(opts, ","), "omitempty")
			rules, _, _ := strings.Cut(f.Tag.Get("validate"), "dive")
			required := slices.Contains(strings.Split(rules, ","), "required")
			switch {
			case required && omit:
				t.Errorf("%s.%s: validate requires it but json has omitempty", st, f.Name)
			case !required && !omit && f.Type.Kind() != reflect.Struct:
				t.Errorf("%s.%s: json requires it (no omitempty) but validate does not", st, f.Name)
			}
			if !omit {
				jsonRequired = append(jsonRequired, name)
			}
			walk(f.Type)
		}
		sort.Strings(schemaRequired)
		sort.Strings(jsonRequired)
		if !slices.Equal(schemaRequired, jsonRequired) {
			t.Errorf("%s: schema requires %v, Go %v", st, schemaRequired, jsonRequired)
		}
	}
	walk(reflect.TypeFor[policy.Policy]())
	if len(seen) < 30 {
		t.Errorf("walked only %d struct types", len(seen))
	}
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

var (
	compileOnce sync.Once
	compiled    *jsonschema.Schema
	compileErr  error
)

// compiledSchema is the schema compiled by santhosh-tekuri/jsonschema with
// format assertion on.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	compileOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(privacy.Schema()))
		if err != nil {
			compileErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(privacy.SchemaID, doc); err != nil {
			compileErr = err
			return
		}
		compiled, compileErr = c.Compile(privacy.SchemaID)
	})
	if compileErr != nil {
		t.Fatal(compileErr)
	}
	return compiled
}

// validateJSON validates a document; it returns the instance locations (JSON
// Pointers) of the leaf errors, nil when the document is valid.
func validateJSON(t *testing.T, data []byte) ([]string, error) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	err = compiledSchema(t).Validate(inst)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var locs []string
	var leaves func(*jsonschema.ValidationError)
	leaves = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			locs = append(locs, pointer(e.InstanceLocation))
		}
		for _, c := range e.Causes {
			leaves(c)
		}
	}
	leaves(ve)
	if len(locs) == 0 {
		locs = []string{""}
	}
	return locs, nil
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(tok))
	}
	return b.String()
}

// documents are the valid documents every check runs on: the test document
// that uses every section and the fixtures.
func documents(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("examples/json/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("found %d fixtures in examples/json", len(files))
	}
	return append([]string{"policy/testdata/full.json"}, files...)
}

// TestSchemaDocuments validates every fixture and the full test document.
func TestSchemaDocuments(t *testing.T) {
	for _, file := range documents(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			locs, err := validateJSON(t, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(locs) > 0 {
				t.Errorf("%s does not validate against the schema; errors at %q", file, locs)
			}
		})
	}
}
