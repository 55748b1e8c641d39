package privacy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const schemaCheckDir = "internal/schemacheck"

// TestSchemaAjv compiles the schema with ajv 8 in strict mode (draft 2020-12,
// ajv-formats), the way a TypeScript program would, and checks that ajv gives
// the same verdict as the Go validator on the full test document, the fixtures,
// every JSON document of the invalid corpus and the documents of
// schemaStricter. It needs node and `npm ci --prefix internal/schemacheck`; it
// skips without them, except under CI, where it fails.
func TestSchemaAjv(t *testing.T) {
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(schemaCheckDir, "node_modules", "ajv", "package.json"))
	}
	if err != nil {
		msg := "ajv check needs node and `npm ci --prefix " + schemaCheckDir + "`: " + err.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}

	files := documents(t)
	for _, c := range invalidCorpus(t) {
		dec := json.NewDecoder(bytes.NewReader(c.doc))
		var v any
		if dec.Decode(&v) == nil && atEOF(dec) {
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

	args := []string{filepath.Join(schemaCheckDir, "check.js"), "schema/policy.schema.json"}
	cmd := exec.Command(node, append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("ajv: %v\n%s", err, stderr.String())
	}

	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			File   string
			Valid  bool
			Errors []string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("ajv output %q: %v", sc.Text(), err)
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
		if goValid := len(locs) == 0; goValid != r.Valid {
			t.Errorf("%s: ajv valid = %v, santhosh-tekuri/jsonschema valid = %v\najv: %s\ngo: %q",
				r.File, r.Valid, goValid, strings.Join(r.Errors, "; "), locs)
		}
	}
	if seen != len(files) {
		t.Errorf("ajv reported %d of %d documents", seen, len(files))
	}
}
