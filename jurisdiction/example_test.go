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
