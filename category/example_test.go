package category_test

import (
	"fmt"

	"github.com/openpolicies/privacy/category"
)

func ExampleData_Definition() {
	d, _ := category.DataFamilialGenetic.Definition()
	fmt.Println(d.Title)
	fmt.Println("parent:", d.Parent)
	fmt.Println("CCPA category:", d.CCPA)
	fmt.Println("special:", category.DataFamilialGenetic.Special(), "sensitive:", category.DataFamilialGenetic.Sensitive())
	// Output:
	// Familial genetic data
	// parent: health.genetic
	// CCPA category: E
	// special: true sensitive: true
}

func ExampleData_Valid() {
	for _, d := range []category.Data{"contact.email", "x-loyalty-card.number", "contact.emial"} {
		fmt.Printf("%s known=%v valid=%v\n", d, d.Known(), d.Valid())
	}
	// Output:
	// contact.email known=true valid=true
	// x-loyalty-card.number known=false valid=true
	// contact.emial known=false valid=false
}

func ExampleData_Within() {
	fmt.Println(category.DataFingerprint.Within(category.DataBiometric))
	fmt.Println(category.DataBiometric.Within(category.DataFingerprint))
	// Output:
	// true
	// false
}

func ExampleData_SensitiveUnder() {
	fmt.Println(category.DataNationalOrigin.SensitiveUnder())
	fmt.Println(category.DataPaymentCard.SensitiveIn("ccpa"), category.DataPaymentCardWithCode.SensitiveIn("ccpa"))
	// Output:
	// [de-dpdpa or-ocpa]
	// false true
}
