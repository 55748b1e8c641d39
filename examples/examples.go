// Package examples holds real privacy policies modelled completely: the Mayo
// Clinic policy as updated on 2021-03-04 and on 2024-04-19, and the Blausen Medical
// policy archived on 2019-04-05. Each is available as a constructor that returns a
// fresh [policy.Policy] on every call, and as the JSON file committed under
// examples/json, embedded in the package.
//
// Use them as test data, as a reference for how the model expresses a real text,
// or to compare two versions of one policy. README.md beside this file maps every
// section of each source text to the parts of its fixture.
package examples

import (
	"embed"
	"fmt"

	"github.com/openpolicies/privacy/policy"
)

// The fixture IDs.
const (
	// MayoClinic2021ID is the ID of the Mayo Clinic policy last updated 2021-03-04.
	MayoClinic2021ID = "mayo-clinic-2021"
	// MayoClinic2024ID is the ID of the Mayo Clinic policy updated 2024-04-19.
	MayoClinic2024ID = "mayo-clinic-2024"
	// BlausenMedical2019ID is the ID of the Blausen Medical policy archived 2019-04-05.
	BlausenMedical2019ID = "blausen-medical-2019"
)

//go:embed json/*.json
var files embed.FS

// Fixture names one example policy.
type Fixture struct {
	// ID is the policy's ID and the base name of its JSON file.
	ID string
	// New returns a fresh copy of the policy.
	New func() *policy.Policy
}

var fixtures = []Fixture{
	{MayoClinic2021ID, MayoClinic2021},
	{MayoClinic2024ID, MayoClinic2024},
	{BlausenMedical2019ID, BlausenMedical2019},
}

// All lists the fixtures in a fixed order.
func All() []Fixture { return append([]Fixture(nil), fixtures...) }

// ByID returns a fresh copy of the fixture with the given ID.
func ByID(id string) (*policy.Policy, error) {
	for _, f := range fixtures {
		if f.ID == id {
			return f.New(), nil
		}
	}
	return nil, fmt.Errorf("examples: no fixture has ID %q (known: %s, %s, %s)", id, MayoClinic2021ID, MayoClinic2024ID, BlausenMedical2019ID)
}

// JSON returns the committed JSON file of the fixture with the given ID. The
// bytes are a copy; changing them changes nothing else.
func JSON(id string) ([]byte, error) {
	if _, err := ByID(id); err != nil {
		return nil, err
	}
	return files.ReadFile("json/" + id + ".json")
}

func ptr[T any](v T) *T { return &v }
