package privacy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	privacy "github.com/openpolicies/privacy"
	"github.com/openpolicies/privacy/policy"
)

// needTool returns the path of a program the test needs; it skips without it,
// except under CI, where it fails.
func needTool(t *testing.T, why string, find func() (string, error)) string {
	t.Helper()
	p, err := find()
	if err != nil {
		msg := why + ": " + err.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// nodeWith finds node and the npm packages of internal/schemacheck.
func nodeWith(pkg string) func() (string, error) {
	return func() (string, error) {
		node, err := exec.LookPath("node")
		if err == nil {
			_, err = os.Stat(filepath.Join(schemaCheckDir, "node_modules", pkg, "package.json"))
		}
		return node, err
	}
}

// pythonWithJSONSchema finds a python3 that imports jsonschema: the system's
// (/usr/bin/python3, where the Debian package python3-jsonschema installs it)
// first, then python3 on PATH.
func pythonWithJSONSchema() (string, error) {
	var errs []error
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(p)
		if err == nil {
			err = exec.Command(path, "-c", "import jsonschema").Run()
		}
		if err == nil {
			return path, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

// TestSchemaTypes generates code from the schema as users do (see
// internal/schemacheck/types.js): quicktype's TypeScript must compile under
// tsc --strict and read every fixture back unchanged through its converters;
// its Python must compile and its Go must build; quicktype and
// json-schema-to-typescript must name every type after a definition's title,
// with no numeric suffixes.
func TestSchemaTypes(t *testing.T) {
	nodeBin := needTool(t, "type generation needs node and `npm ci --prefix "+schemaCheckDir+"`", nodeWith("quicktype"))
	dir := t.TempDir()
	args := append([]string{filepath.Join(schemaCheckDir, "types.js"), schemaFile, dir}, documents(t)...)
	var stderr bytes.Buffer
	cmd := exec.Command(nodeBin, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("types.js: %v\n%s", err, stderr.String())
	}
	var r struct {
		Quicktype struct{ Typescript []string }
		Roundtrip []struct {
			File  string
			Equal bool
			Error string
		}
		JSON2TS []string `json:"json2ts"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("types.js output: %v\n%s", err, out)
	}
	if len(r.Roundtrip) != len(documents(t)) {
		t.Errorf("round trip of %d documents, want %d", len(r.Roundtrip), len(documents(t)))
	}
	for _, rt := range r.Roundtrip {
		if !rt.Equal {
			t.Errorf("%s does not survive the generated TypeScript converters unchanged %s", rt.File, rt.Error)
		}
	}

	// Every type is named by a definition's title (or, where
	// json-schema-to-typescript splits a definition with rules into an alias
	// and an interface, by its name: Period = PolicyPeriod).
	root := decodedSchema(t)
	defs := root["$defs"].(node)
	titled := map[string]bool{"Policy": true, "Convert": true, pascal(root["title"].(string)): true}
	for name, d := range defs {
		titled[pascal(d.(node)["title"].(string))] = true
		titled[pascal(name)] = true
	}
	suffix := regexp.MustCompile(`[0-9]$`)
	for tool, names := range map[string][]string{"quicktype": r.Quicktype.Typescript, "json-schema-to-typescript": r.JSON2TS} {
		if len(names) < 40 {
			t.Errorf("%s generated only %d types", tool, len(names))
		}
		seen := map[string]bool{}
		for _, n := range names {
			switch {
			case suffix.MatchString(n):
				t.Errorf("%s: type %s has a numeric suffix", tool, n)
			case !titled[n]:
				t.Errorf("%s: type %s is not named after a definition's title", tool, n)
			case seen[n]:
				t.Errorf("%s: type %s twice", tool, n)
			}
			seen[n] = true
		}
		for _, want := range []string{"LegalBasis", "ContactPoint", "Period", "Purpose"} {
			if !seen[want] {
				t.Errorf("%s: no type %s among %v", tool, want, names)
			}
		}
	}

	if py, err := exec.LookPath("python3"); err == nil {
		if out, err := exec.Command(py, "-m", "py_compile", filepath.Join(dir, "policy.py")).CombinedOutput(); err != nil {
			t.Errorf("quicktype's Python does not compile: %v\n%s", err, out)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/generated\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("quicktype's Go does not build: %v\n%s", err, out)
	}
}

// pascal is how code generators turn a title into a type name.
func pascal(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// TestSchemaPython validates the full test document, the fixtures, the JSON
// documents of the invalid corpus and those of schemaStricter with Python's
// jsonschema (draft 2020-12, its format checker), and checks that it gives
// the same verdict as santhosh-tekuri/jsonschema on each. It needs python3
// with jsonschema (Debian: python3-jsonschema, which .ci/run installs); it
// skips without, except under CI.
func TestSchemaPython(t *testing.T) {
	py := needTool(t, "the Python check needs python3 with jsonschema (apt-get install python3-jsonschema)", pythonWithJSONSchema)
	files := documents(t)
	for _, c := range invalidCorpus(t) {
		dec := json.NewDecoder(bytes.NewReader(c.doc))
		var v any
		// Only well-formed JSON texts: Python refuses invalid UTF-8 before
		// validating, where Go reports it as an invalid-text fault.
		if dec.Decode(&v) == nil && atEOF(dec) && utf8.Valid(c.doc) {
			files = append(files, filepath.Join("policy/testdata/invalid", c.name+".json"))
		}
	}
	dir := t.TempDir()
	for name, member := range schemaStricter {
		f := filepath.Join(dir, "stricter-"+name+".json")
		if err := os.WriteFile(f, stricterDoc(member), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	cmd := exec.Command(py, append([]string{filepath.Join(schemaCheckDir, "pycheck.py"), schemaFile}, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("pycheck.py: %v\n%s", err, stderr.String())
	}
	seen, rejected := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			File   string
			Valid  bool
			Errors []string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("pycheck output %q: %v", sc.Text(), err)
		}
		seen++
		data, err := os.ReadFile(r.File)
		if err != nil {
			t.Fatal(err)
		}
		locs, err := validateJSON(t, data)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Valid {
			rejected++
		}
		if goValid := len(locs) == 0; goValid != r.Valid {
			t.Errorf("%s: Python jsonschema valid = %v, santhosh-tekuri/jsonschema valid = %v\npython: %s\ngo: %q",
				r.File, r.Valid, goValid, strings.Join(r.Errors, "; "), locs)
		}
	}
	if seen != len(files) {
		t.Errorf("Python reported %d of %d documents", seen, len(files))
	}
	if rejected < len(schemaStricter) {
		t.Errorf("Python rejected only %d documents", rejected)
	}
}

// maxErrors is the most errors an author mistake may give in any validator.
const maxErrors = 3

// mistakeTable is internal/schemacheck/mistakes.json: author mistakes, each a
// change to a fixture.
type mistakeTable struct {
	Base     string
	Mistakes []struct {
		Name   string
		What   string
		Path   string
		Value  json.RawMessage
		Delete bool
	}
}

// TestSchemaMistakes applies each author mistake of
// internal/schemacheck/mistakes.json to its fixture and checks that Go
// validation rejects the result and that each validator reports it with at
// least one and at most maxErrors errors: santhosh-tekuri/jsonschema (leaf
// errors; with format assertion, and without, as validators that treat
// formats as annotations do), ajv 8 (allErrors) and Python's jsonschema (errors at the leaves of
// iter_errors' trees). ajv and Python run when they are installed (under CI
// they must be). `go test . -run TestSchemaMistakes -v` prints the table.
func TestSchemaMistakes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(schemaCheckDir, "mistakes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var table mistakeTable
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	base, err := os.ReadFile(table.Base)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]map[string]int{} // mistake -> validator -> errors
	annotating := annotatingSchema(t)
	for _, m := range table.Mistakes {
		var doc any
		if err := json.Unmarshal(base, &doc); err != nil {
			t.Fatal(err)
		}
		var value any
		if !m.Delete {
			if err := json.Unmarshal(m.Value, &value); err != nil {
				t.Fatalf("%s: value: %v", m.Name, err)
			}
		}
		if !setAt(doc, m.Path, value, m.Delete) {
			t.Fatalf("%s: %s is not in %s", m.Name, m.Path, table.Base)
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if p, err := policy.Decode(bytes.NewReader(b)); err == nil && p.Validate() == nil {
			t.Errorf("%s: Go accepts the document, so it is no mistake", m.Name)
		}
		locs, err := validateJSON(t, b)
		if err != nil {
			t.Fatal(err)
		}
		counts[m.Name] = map[string]int{"santhosh-tekuri": len(locs), "formats-as-annotations": annotationErrors(t, annotating, b)}
	}

	if nodeBin, err := nodeWith("ajv")(); err == nil || os.Getenv("CI") != "" {
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(nodeBin, filepath.Join(schemaCheckDir, "measure.js"), schemaFile, "--no-timing").Output()
		if err != nil {
			t.Fatalf("measure.js: %v", err)
		}
		var r struct {
			Mistakes []struct {
				Name   string
				Errors int
			}
		}
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Mistakes {
			counts[m.Name]["ajv"] = m.Errors
		}
	}
	if py, err := pythonWithJSONSchema(); err == nil || os.Getenv("CI") != "" {
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, filepath.Join(schemaCheckDir, "pycheck.py"), schemaFile, "--mistakes", filepath.Join(schemaCheckDir, "mistakes.json")).Output()
		if err != nil {
			t.Fatalf("pycheck.py: %v", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r struct {
				Name   string
				Leaves int
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			counts[r.Name]["python-jsonschema"] = r.Leaves
		}
	}
	for _, m := range table.Mistakes {
		c := counts[m.Name]
		t.Logf("%-20s %v", m.Name, c)
		for v, n := range c {
			if n < 1 || n > maxErrors {
				t.Errorf("%s (%s): %s reports %d errors, want 1 to %d", m.Name, m.What, v, n, maxErrors)
			}
		}
	}
}

// annotatingSchema compiles the schema with santhosh-tekuri/jsonschema
// without format assertion, as validators that treat formats as annotations
// (Hyperjump by default) read it: the patterns must still catch every
// mistake.
func annotatingSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(privacy.Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(privacy.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(privacy.SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// annotationErrors counts the leaf errors of s on a document.
func annotationErrors(t *testing.T, s *jsonschema.Schema, data []byte) int {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var ve *jsonschema.ValidationError
	if !errors.As(s.Validate(inst), &ve) {
		return 0
	}
	n := 0
	var leaves func(*jsonschema.ValidationError)
	leaves = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			n++
		}
		for _, c := range e.Causes {
			leaves(c)
		}
	}
	leaves(ve)
	return n
}

// setAt sets (or deletes) the member at a JSON Pointer of a decoded document.
func setAt(doc any, ptr string, value any, del bool) bool {
	i := strings.LastIndex(ptr, "/")
	parent, last := at(doc, ptr[:i]), ptr[i+1:]
	switch p := parent.(type) {
	case map[string]any:
		if del {
			delete(p, last)
		} else {
			p[last] = value
		}
		return true
	case []any:
		j, err := strconv.Atoi(last)
		if err != nil || j < 0 || j >= len(p) || del {
			return false
		}
		p[j] = value
		return true
	}
	return false
}

// TestSchemaMember checks that a document may carry a root "$schema" member:
// the schema accepts it, the Go decoder keeps it and Marshal writes it back.
func TestSchemaMember(t *testing.T) {
	doc := stricterDoc(`"$schema": "` + privacy.SchemaID + `"`)
	locs, err := validateJSON(t, doc)
	if err != nil || len(locs) > 0 {
		t.Errorf("the schema rejects $schema: %q %v", locs, err)
	}
	p, err := policy.Decode(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if p.Schema != privacy.SchemaID {
		t.Errorf("Schema = %q", p.Schema)
	}
	out, err := policy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`"$schema": "`+privacy.SchemaID+`"`)) {
		t.Errorf("Marshal drops $schema:\n%s", out)
	}
}
