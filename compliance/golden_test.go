package compliance

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpolicies/privacy/examples"
)

var update = flag.Bool("update", false, "rewrite the golden findings in testdata/ from the fixtures")

// TestGolden checks the findings for every fixture against
// testdata/<id>.json (rewritten with -update). Each file was read against the
// fixture's source text; a change in a finding is a change to review.
func TestGolden(t *testing.T) {
	for _, f := range examples.All() {
		t.Run(f.ID, func(t *testing.T) {
			rep, err := Check(f.New(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", f.ID+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v; run `go test ./compliance -update`", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s is stale; run `go test ./compliance -update` and review the diff (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
			// Same policy, same report.
			again, _ := Check(f.New(), Options{})
			if !cmp.Equal(rep, again) {
				t.Error("two checks of the same policy differ")
			}
		})
	}
}
