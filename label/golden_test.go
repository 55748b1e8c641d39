package label_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/label"
)

var update = flag.Bool("update", false, "rewrite the golden label files under testdata")

// render returns the Markdown and HTML labels of a fixture.
func render(t *testing.T, f examples.Fixture) (md, html []byte) {
	t.Helper()
	l := label.Build(f.New())
	var m, h bytes.Buffer
	if err := l.Markdown(&m); err != nil {
		t.Fatal(err)
	}
	if err := l.HTML(&h); err != nil {
		t.Fatal(err)
	}
	return m.Bytes(), h.Bytes()
}

// TestGolden checks each fixture's label against testdata/ID.md and ID.html.
func TestGolden(t *testing.T) {
	for _, f := range examples.All() {
		t.Run(f.ID, func(t *testing.T) {
			md, html := render(t, f)
			for _, g := range []struct {
				ext string
				got []byte
			}{{".md", md}, {".html", html}} {
				path := filepath.Join("testdata", f.ID+g.ext)
				if *update {
					if err := os.WriteFile(path, g.got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, g.got) {
					t.Errorf("%s is stale; run `go test ./label -update` (-want +got):\n%s", path, cmp.Diff(string(want), string(g.got)))
				}
			}
		})
	}
}
