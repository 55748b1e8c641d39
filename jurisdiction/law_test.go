package jurisdiction

import (
	"testing"

	"github.com/openpolicies/privacy/category"
)

// TestSensitiveUnderLaws checks that every law a data category names as making
// it sensitive is a law of this package (package category cannot import this
// one to check it itself).
func TestSensitiveUnderLaws(t *testing.T) {
	for _, d := range category.DataDefinitions() {
		for _, l := range d.SensitiveUnder {
			if !Law(l).Known() {
				t.Errorf("data category %s: sensitive under unknown law %q", d.Code, l)
			}
		}
	}
}
