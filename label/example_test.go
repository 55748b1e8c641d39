package label_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/label"
)

// What does Mayo Clinic's 2024 policy say it does with precise location?
func ExampleBuild() {
	l := label.Build(examples.MayoClinic2024())
	for _, g := range l.Groups {
		for _, r := range g.Rows {
			if r.Data != category.DataPreciseLocation {
				continue
			}
			fmt.Println(r.Title, r.Sensitivity.Tags())
			for i, c := range l.Columns {
				if c.Kind == label.KindUse {
					fmt.Printf("  %s: %s %s\n", c.Title, r.Cells[i].Mark.Symbol(), r.Cells[i].Mark)
				}
			}
		}
	}
	// Output:
	// Precise location [CCPA sensitive]
	//   Provide the service: ◐ opt out
	//   Analytics & improvement: ✕ no
	//   Research: ✕ no
	//   Marketing & ads: ✕ no
	//   Security & legal: ✕ no
	//   Other uses: ✕ no
}

// A label as Markdown, ready for a README or an issue; here its first lines.
func ExampleLabel_Markdown() {
	l := label.Build(examples.BlausenMedical2019())
	var b strings.Builder
	if err := l.Markdown(&b); err != nil {
		fmt.Println(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:3], "\n"))
	// Output:
	// # Privacy label: Blausen Medical Communications, Inc. — Privacy Policy \| Blausen Medical
	//
	// https://blausen.com/en/privacy-policy · policy blausen-medical-2019
}

// A label as a standalone HTML page.
func ExampleLabel_HTML() {
	if err := label.Build(examples.DonkeyRepublic2024()).HTML(os.Stdout); err != nil {
		fmt.Println(err)
	}
}
