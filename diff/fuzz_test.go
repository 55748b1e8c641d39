package diff_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

// FuzzCompare feeds Compare two decoded documents, starting from pairs of
// fixtures. Compare must not panic, whatever the documents hold; its text and
// JSON forms must be written; and a document compared with itself has no
// changes.
//
//	go test ./diff -run '^$' -fuzz FuzzCompare -fuzztime 60s
func FuzzCompare(f *testing.F) {
	all := examples.All()
	for i, a := range all {
		ja, err := examples.JSON(a.ID)
		if err != nil {
			f.Fatal(err)
		}
		b := all[(i+1)%len(all)]
		jb, err := examples.JSON(b.ID)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(ja, jb)
	}
	m21, _ := examples.JSON(examples.MayoClinic2021ID)
	m24, _ := examples.JSON(examples.MayoClinic2024ID)
	f.Add(m21, m24)
	f.Add([]byte(`{}`), []byte(`{"collection":[{"id":"c","data":["health"]}]}`))

	f.Fuzz(func(t *testing.T, a, b []byte) {
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
	})
}

// BenchmarkCompare compares Mayo Clinic's 2021 and 2024 policies.
func BenchmarkCompare(b *testing.B) {
	old, new := examples.MayoClinic2021(), examples.MayoClinic2024()
	b.ReportAllocs()
	for b.Loop() {
		diff.Compare(old, new)
	}
}
