package jurisdiction_test

import (
	"fmt"

	"github.com/openpolicies/privacy/jurisdiction"
)

func ExampleCode_Contains() {
	fmt.Println(jurisdiction.EEA.Contains("DE-BY"))
	fmt.Println(jurisdiction.EEA.Contains(jurisdiction.UnitedKingdom))
	fmt.Println(jurisdiction.UnitedStates.Contains(jurisdiction.California))
	// Output:
	// true
	// false
	// true
}

func ExampleLaw_Definition() {
	d, _ := jurisdiction.LawShineTheLight.Definition()
	fmt.Println(d.Title)
	fmt.Println(d.Jurisdictions, d.Rights)
	// Output:
	// California "Shine the Light" law
	// [US-CA] [direct-marketing-disclosure]
}

// The notice requirements of a law, with their citations.
func ExampleLaw_Requirements() {
	for _, r := range jurisdiction.LawCOPPA.Requirements() {
		fmt.Println(r.ID, "|", r.Citation())
	}
	// Output:
	// coppa-312-4-d-1 | COPPA Rule, 16 CFR 312.4(d)(1)
	// coppa-312-4-d-2 | COPPA Rule, 16 CFR 312.4(d)(2)
	// coppa-312-4-d-3 | COPPA Rule, 16 CFR 312.4(d)(3)
}
