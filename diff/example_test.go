package diff_test

import (
	"fmt"
	"os"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

// What would change if Mayo Clinic's 2024 policy began to sell data to
// data brokers and to ask for passport numbers?
func ExampleCompare() {
	old, new := examples.MayoClinic2024(), examples.MayoClinic2024()
	sale := true
	new.Recipients = append(new.Recipients, policy.Recipient{
		Statement: policy.Statement{ID: "to-data-brokers"},
		Types:     []category.Recipient{"data-broker"},
		Data:      []category.Data{category.DataEmail},
		Sale:      &sale,
	})
	new.Collection[1].Data = append(new.Collection[1].Data, category.DataPassport)

	r := diff.Compare(old, new)
	_ = r.WriteText(os.Stdout)
	// Output:
	// Changes from mayo-clinic-2024 to mayo-clinic-2024
	//
	// 2 changes: 2 added, 0 removed, 0 changed; 2 widen, 0 narrow, 0 neutral, 0 unknown; 2 material (2 distinct)
	//
	// section            total   added removed changed   widen  narrow neutral unknown material
	// collection             1       1       0       0       1       0       0       0        1
	// recipients             1       1       0       0       1       0       0       0        1
	//
	// ## collection
	//
	// + collect-entered: data + identifier.government.passport (new data: identifier.government.passport)  [widens, material]
	//
	// ## recipients
	//
	// + to-data-brokers: discloses to data-broker (contact.email), sale true (new sale)  [widens, material]
}

// How the collection and rights sections changed from Mayo Clinic's 2021 policy to its 2024 one.
func ExampleReport_summary() {
	r := diff.Compare(examples.MayoClinic2021(), examples.MayoClinic2024())
	for _, s := range r.Summary.Sections {
		if s.Section == "collection" || s.Section == "rights" {
			fmt.Printf("%s: %d added, %d removed; %d widen, %d narrow, %d material\n", s.Section, s.Added, s.Removed, s.Widens, s.Narrows, s.Material)
		}
	}
	// Output:
	// collection: 25 added, 8 removed; 13 widen, 3 narrow, 8 material
	// rights: 14 added, 1 removed; 1 widen, 13 narrow, 0 material
}
