package rights_test

import (
	"fmt"

	"github.com/openpolicies/privacy/rights"
)

func ExampleRight_Definition() {
	for _, r := range []rights.Right{rights.RightErasure, rights.RightOptOutSale} {
		d, _ := r.Definition()
		fmt.Printf("%s: GDPR %q, CCPA %q\n", d.Title, d.GDPR, d.CCPA)
	}
	// Output:
	// Erasure: GDPR "Art. 17", CCPA "§1798.105"
	// Opt out of sale: GDPR "", CCPA "§1798.120"
}
