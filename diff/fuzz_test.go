package diff_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

// FuzzCompare feeds Compare two decoded documents, starting from pairs of
// fixtures. Compare must not panic, whatever the documents hold; its text and
// JSON forms must be written; a document compared with itself has no
// changes; and comparing the other way round mirrors every change.
//
//	go test ./diff -run '^$' -fuzz FuzzCompare -fuzztime 60s -fuzzminimizetime 2s
//
// Minimising each new input for the default 60 s stalls a short run.
func FuzzCompare(f *testing.F) {
	// Whole fixtures are up to 250 kB, too large to mutate well, so the seeds
	// are each fixture cut to two statements per section, paired with the
	// next fixture, and Mayo Clinic 2021 with 2024; whole fixtures are
	// compared in TestFixtureProperties and TestGolden.
	all := examples.All()
	for i, a := range all {
		b := all[(i+1)%len(all)]
		f.Add(trimmed(f, a.New(), 2), trimmed(f, b.New(), 2))
	}
	f.Add(trimmed(f, examples.MayoClinic2021(), 3), trimmed(f, examples.MayoClinic2024(), 3))
	f.Add([]byte(`{}`), []byte(`{"collection":[{"id":"c","data":["health"]}]}`))

	f.Fuzz(func(t *testing.T, a, b []byte) {
		if len(a)+len(b) > 64<<10 {
			return // see above
		}
		pa, _ := policy.Decode(bytes.NewReader(a))
		pb, _ := policy.Decode(bytes.NewReader(b))
		r := diff.Compare(pa, pb)
		var buf bytes.Buffer
		if err := r.WriteText(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
		if pa != nil {
			if self := diff.Compare(pa, pa); !self.Empty() {
				t.Fatalf("a document differs from itself: %s", self.Changes[0].Summary)
			}
		}
		checkMirror(t, r, diff.Compare(pb, pa))
	})
}

// trimmed is p's JSON with every section cut to at most n statements.
func trimmed(f *testing.F, p *policy.Policy, n int) []byte {
	v := reflect.ValueOf(p).Elem()
	for i := range v.NumField() {
		if fv := v.Field(i); fv.Kind() == reflect.Slice && fv.Len() > n {
			fv.Set(fv.Slice(0, n))
		}
	}
	b, err := policy.Marshal(p)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// BenchmarkCompare compares Mayo Clinic's 2021 and 2024 policies.
func BenchmarkCompare(b *testing.B) {
	old, new := examples.MayoClinic2021(), examples.MayoClinic2024()
	b.ReportAllocs()
	for b.Loop() {
		diff.Compare(old, new)
	}
}
