package policy_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/internal/synth"
	"github.com/openpolicies/privacy/policy"
)

// TestFixturesByteStable decodes every fixture file and encodes it again: the
// bytes are the file's, so nothing the caller gave is lost or changed.
func TestFixturesByteStable(t *testing.T) {
	for _, f := range examples.All() {
		data, err := examples.JSON(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		p, err := policy.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f.ID, err)
		}
		out, err := policy.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, data) {
			t.Errorf("%s: decode then encode changed the bytes:\n%s", f.ID, cmp.Diff(string(data), string(out)))
		}
	}
}

// TestConcurrent decodes, validates, marshals and queries the fixtures, and
// reads the registries, from many goroutines at once; run under -race (as CI
// does) it proves the shared caches and tables safe.
func TestConcurrent(t *testing.T) {
	var docs [][]byte
	for _, f := range examples.All() {
		data, err := examples.JSON(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, data)
	}
	docs = append(docs, synth.JSON(200))
	shared, err := policy.Decode(bytes.NewReader(docs[0]))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3 {
				data := docs[(g+i)%len(docs)]
				p, err := policy.Decode(bytes.NewReader(data))
				if err != nil {
					errs <- err
					return
				}
				if err := shared.Validate(); err != nil {
					errs <- err
				}
				out, err := policy.Marshal(p)
				if err != nil || !bytes.Equal(out, data) {
					errs <- errors.New("marshal differs from the document")
				}
				_ = p.CollectedData()
				_ = shared.PurposesFor(category.DataEmail)
				_ = shared.RecipientsOf(category.DataHealth)
				for _, l := range policy.CodeLists() {
					_ = l.Codes()
				}
				_ = policy.Unions()
				_ = category.DataDefinitions()
				// A faulty document, for the fault paths.
				_, _ = policy.Decode(bytes.NewReader([]byte(`{"id": "", "x": 1, "controllers": [0]}`)))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzRoundTrip is the property target: any document Decode accepts with no
// fault re-encodes byte-stably, decodes back equal, and validates clean.
//
//	go test ./policy -run '^$' -fuzz FuzzRoundTrip -fuzztime 60s
func FuzzRoundTrip(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	seeds = append(seeds, filepath.Join("testdata", "full.json"))
	fixtures, _ := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
	for _, s := range append(seeds, fixtures...) {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(synth.JSON(30))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := policy.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		out, err := policy.Marshal(p)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		q, err := policy.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("the re-encoded document has faults: %v\n%s", err, out)
		}
		// An empty list and a missing one mean the same; Marshal omits both.
		if diff := cmp.Diff(p, q, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("decode of the re-encoded document differs (-first +second):\n%s", diff)
		}
		again, err := policy.Marshal(q)
		if err != nil || !bytes.Equal(out, again) {
			t.Fatalf("Marshal is not byte-stable:\n%s", cmp.Diff(string(out), string(again)))
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("Validate of the re-decoded policy: %v", err)
		}
	})
}

// TestLinearWork checks that Decode and Validate do work linear in the size of
// a policy: ten times the statements, about ten times the allocations (counted,
// not timed; BENCHMARKS.md has the times).
func TestLinearWork(t *testing.T) {
	small, large := synth.JSON(1000), synth.JSON(10000)
	dec := policy.Decoder{MaxBytes: 1 << 30}
	decodeAllocs := func(doc []byte) float64 {
		return testing.AllocsPerRun(2, func() {
			if _, err := dec.Decode(bytes.NewReader(doc)); err != nil {
				t.Fatal(err)
			}
		})
	}
	if a, b := decodeAllocs(small), decodeAllocs(large); b > 11*a {
		t.Errorf("Decode: 10x the statements, %.1fx the allocations (%.0f, %.0f)", b/a, a, b)
	}
	ps, _ := dec.Decode(bytes.NewReader(small))
	pl, _ := dec.Decode(bytes.NewReader(large))
	validateAllocs := func(p *policy.Policy) float64 {
		return testing.AllocsPerRun(2, func() {
			if err := p.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
	if a, b := validateAllocs(ps), validateAllocs(pl); b > 11*a {
		t.Errorf("Validate: 10x the statements, %.1fx the allocations (%.0f, %.0f)", b/a, a, b)
	}
}
