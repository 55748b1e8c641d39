package diff_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenPairs are the consecutive versions of one organisation among the
// fixtures.
var goldenPairs = [][2]string{
	{examples.MayoClinic2021ID, examples.MayoClinic2024ID},
}

func mustFixture(t testing.TB, id string) *policy.Policy {
	t.Helper()
	p, err := examples.ByID(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGolden(t *testing.T) {
	for _, pr := range goldenPairs {
		r := diff.Compare(mustFixture(t, pr[0]), mustFixture(t, pr[1]))
		var text bytes.Buffer
		if err := r.WriteText(&text); err != nil {
			t.Fatal(err)
		}
		js, err := diff.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Join("testdata", pr[0]+"_"+pr[1])
		for _, g := range []struct {
			ext  string
			data []byte
		}{{".txt", text.Bytes()}, {".json", js}} {
			path := base + g.ext
			if *update {
				if err := os.WriteFile(path, g.data, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v; run `go test ./diff -update`", err)
			}
			if d := cmp.Diff(string(want), string(g.data)); d != "" {
				t.Errorf("%s is stale; run `go test ./diff -update` (-want +got):\n%s", path, d)
			}
		}
	}
}

// TestDeterministic: the same comparison gives the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := mustFixture(t, examples.MayoClinic2021ID), mustFixture(t, examples.MayoClinic2024ID)
	first, err := diff.Marshal(diff.Compare(a, b))
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, _ := diff.Marshal(diff.Compare(mustFixture(t, examples.MayoClinic2021ID), mustFixture(t, examples.MayoClinic2024ID)))
		if !bytes.Equal(first, again) {
			t.Fatal("two comparisons of the same policies gave different JSON")
		}
	}
}

// TestJSONPointers: every pointer of the Mayo report resolves in its policy.
func TestJSONPointers(t *testing.T) {
	a, b := mustFixture(t, examples.MayoClinic2021ID), mustFixture(t, examples.MayoClinic2024ID)
	ja, jb := generic(t, a), generic(t, b)
	for _, c := range diff.Compare(a, b).Changes {
		if c.OldPath != "" && !resolves(ja, c.OldPath) {
			t.Errorf("old path %s of %q does not resolve", c.OldPath, c.Summary)
		}
		if c.NewPath != "" && !resolves(jb, c.NewPath) {
			t.Errorf("new path %s of %q does not resolve", c.NewPath, c.Summary)
		}
		if c.Kind != diff.Added && c.OldPath == "" || c.Kind != diff.Removed && c.NewPath == "" {
			if c.Section != "metadata" && c.Section != "children" && c.Section != "changes" {
				t.Errorf("%q lacks a path: old %q new %q", c.Summary, c.OldPath, c.NewPath)
			}
		}
	}
}

func generic(t *testing.T, p *policy.Policy) any {
	t.Helper()
	b, err := policy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var g any
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// resolves reports whether a JSON Pointer (RFC 6901) names a value in g.
func resolves(g any, ptr string) bool {
	if ptr == "" {
		return true
	}
	if !strings.HasPrefix(ptr, "/") {
		return false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := g.(type) {
		case map[string]any:
			v, ok := x[tok]
			if !ok {
				return false
			}
			g = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) || strconv.Itoa(i) != tok {
				return false
			}
			g = x[i]
		default:
			return false
		}
	}
	return true
}
