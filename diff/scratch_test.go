package diff_test

import (
	"os"
	"testing"

	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
)

func TestScratch(t *testing.T) {
	r := diff.Compare(examples.MayoClinic2021(), examples.MayoClinic2024())
	r.WriteText(os.Stdout)
}
