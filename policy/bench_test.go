package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	privacy "github.com/openpolicies/privacy"
	"github.com/openpolicies/privacy/internal/synth"
	"github.com/openpolicies/privacy/policy"
)

// benchDoc is one document the benchmarks run on: a fixture or a generated
// policy.
type benchDoc struct {
	name string
	data []byte
}

// benchSizes are the statement counts of the generated policies. The largest
// runs only when PRIVACY_BENCH_LARGE is set, as BENCHMARKS.md does.
func benchSizes() []int {
	sizes := []int{10, 100, 1000, 10000}
	if os.Getenv("PRIVACY_BENCH_LARGE") != "" {
		sizes = append(sizes, 100000)
	}
	return sizes
}

var (
	docsOnce sync.Once
	docs     []benchDoc
)

// benchDocs are every fixture of examples/json, testdata/full.json (a
// document that sets every field) and the generated policies.
func benchDocs(b *testing.B) []benchDoc {
	b.Helper()
	docsOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
		files = append(files, filepath.Join("testdata", "full.json"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				panic(err)
			}
			docs = append(docs, benchDoc{strings.TrimSuffix(filepath.Base(f), ".json"), data})
		}
		for _, n := range benchSizes() {
			docs = append(docs, benchDoc{fmt.Sprintf("synth-%d", n), synth.JSON(n)})
		}
	})
	if len(docs) == 0 {
		b.Fatal("no benchmark documents")
	}
	return docs
}

// BenchmarkUnmarshal is the baseline: encoding/json into the model, no checks.
func BenchmarkUnmarshal(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.data)))
			b.ReportAllocs()
			for b.Loop() {
				var p policy.Policy
				if err := json.Unmarshal(d.data, &p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecode is strict decoding and validation.
func BenchmarkDecode(b *testing.B) {
	for _, d := range benchDocs(b) {
		dec := policy.Decoder{MaxBytes: 1 << 30}
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dec.Decode(bytes.NewReader(d.data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidate is Validate alone on a decoded policy.
func BenchmarkValidate(b *testing.B) {
	for _, d := range benchDocs(b) {
		var p policy.Policy
		if err := json.Unmarshal(d.data, &p); err != nil {
			b.Fatal(err)
		}
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := p.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMarshal is encoding a decoded policy.
func BenchmarkMarshal(b *testing.B) {
	for _, d := range benchDocs(b) {
		var p policy.Policy
		if err := json.Unmarshal(d.data, &p); err != nil {
			b.Fatal(err)
		}
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.Marshal(&p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPeer is the peer: santhosh-tekuri/jsonschema v6 parsing the
// document and validating it against the project's schema, formats asserted.
func BenchmarkPeer(b *testing.B) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(privacy.Schema()))
	if err != nil {
		b.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(privacy.SchemaID, doc); err != nil {
		b.Fatal(err)
	}
	sch, err := c.Compile(privacy.SchemaID)
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range benchDocs(b) {
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.data)))
			b.ReportAllocs()
			for b.Loop() {
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(d.data))
				if err != nil {
					b.Fatal(err)
				}
				if err := sch.Validate(inst); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
