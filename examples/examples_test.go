package examples

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpolicies/privacy/policy"
)

var update = flag.Bool("update", false, "rewrite the golden JSON files from the constructors")

// TestGolden checks that each constructor encodes to its committed JSON file.
func TestGolden(t *testing.T) {
	for _, f := range All() {
		t.Run(f.ID, func(t *testing.T) {
			got, err := policy.Marshal(f.New())
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("json", f.ID+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s is stale; run `go test ./examples -update` (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// TestRoundTrip checks that each committed file decodes strictly to a value equal
// to its constructor's.
func TestRoundTrip(t *testing.T) {
	for _, f := range All() {
		t.Run(f.ID, func(t *testing.T) {
			data, err := JSON(f.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := policy.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("decoding %s.json: %v", f.ID, err)
			}
			if diff := cmp.Diff(f.New(), got); diff != "" {
				t.Errorf("decoded %s.json differs from the constructor (-want +got):\n%s", f.ID, diff)
			}
		})
	}
}

// TestValid checks that every fixture validates with no fault.
func TestValid(t *testing.T) {
	for _, f := range All() {
		if err := f.New().Validate(); err != nil {
			t.Errorf("%s: %v", f.ID, err)
		}
	}
}

// TestFresh checks that constructors return independent values.
func TestFresh(t *testing.T) {
	for _, f := range All() {
		a, b := f.New(), f.New()
		if a == b {
			t.Errorf("%s: constructor returned the same pointer twice", f.ID)
		}
		a.Title = "changed"
		if b.Title == "changed" {
			t.Errorf("%s: constructor values share memory", f.ID)
		}
	}
}

func TestByIDUnknown(t *testing.T) {
	if _, err := ByID("nope"); err == nil {
		t.Fatal("ByID accepted an unknown ID")
	}
	if _, err := JSON("nope"); err == nil {
		t.Fatal("JSON accepted an unknown ID")
	}
}
