package label_test

import (
	"testing"

	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/label"
)

// BenchmarkBuild times Build on each fixture.
func BenchmarkBuild(b *testing.B) {
	for _, f := range examples.All() {
		p := f.New()
		b.Run(f.ID, func(b *testing.B) {
			for b.Loop() {
				label.Build(p)
			}
		})
	}
}
