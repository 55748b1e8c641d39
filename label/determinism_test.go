package label_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/label"
	"github.com/openpolicies/privacy/policy"
)

// TestDeterministic renders each fixture from its constructor and from its
// decoded JSON file, in parallel goroutines, and requires the same bytes.
func TestDeterministic(t *testing.T) {
	for _, f := range examples.All() {
		wantMD, wantHTML := render(t, f)
		data, err := examples.JSON(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		p, err := policy.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan string, 8)
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l := label.Build(p)
				var md, html bytes.Buffer
				if l.Markdown(&md) != nil || l.HTML(&html) != nil {
					errs <- "render error"
					return
				}
				if !bytes.Equal(md.Bytes(), wantMD) || !bytes.Equal(html.Bytes(), wantHTML) {
					errs <- f.ID + ": output differs between runs"
				}
			}()
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	}
}

// TestHTMLIsStandalone checks the page loads nothing and runs nothing, and
// has the accessible structure the package promises.
func TestHTMLIsStandalone(t *testing.T) {
	for _, f := range examples.All() {
		_, html := render(t, f)
		s := string(html)
		for _, bad := range []string{"<script", "<link", "<img", "<iframe", "src=", "@import", "url("} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: page contains %q", f.ID, bad)
			}
		}
		for _, need := range []string{"<caption>", `<th scope="col">`, `<th scope="colgroup"`, `<th scope="row">`, `<th scope="rowgroup"`, "@media print", `lang="en"`} {
			if !strings.Contains(s, need) {
				t.Errorf("%s: page lacks %q", f.ID, need)
			}
		}
	}
}

// FuzzBuild builds and renders labels of arbitrary documents: JSON decoded
// leniently into a Policy, so that invalid references, missing fields and
// unknown codes all reach Build. It must not panic.
//
//	go test ./label -run '^$' -fuzz FuzzBuild -fuzztime 30s
func FuzzBuild(f *testing.F) {
	for _, fx := range examples.All() {
		data, err := examples.JSON(fx.ID)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "policy", "testdata", "invalid", "*.json"))
	for _, s := range append(seeds, filepath.Join("..", "policy", "testdata", "full.json")) {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"collection":[{"id":"c","data":["x-a"],"only_for":["p"]}],"purposes":[{"id":"p","kind":"x-b","not":true}],"retention":[{"id":"r","periods":[]}],"extensions":[{"code":"x-a","list":"data","parent":"x-a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p policy.Policy
		if json.Unmarshal(data, &p) != nil {
			return
		}
		l := label.Build(&p)
		var md, html bytes.Buffer
		if err := l.Markdown(&md); err != nil {
			t.Fatal(err)
		}
		if err := l.HTML(&html); err != nil {
			t.Fatal(err)
		}
		for _, g := range l.Groups {
			for _, r := range g.Rows {
				if len(r.Cells) != len(l.Columns) {
					t.Fatalf("row %q has %d cells for %d columns", r.Data, len(r.Cells), len(l.Columns))
				}
			}
		}
	})
}
