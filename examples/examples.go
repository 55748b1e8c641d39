// Package examples holds real privacy policies modelled completely: the Mayo
// Clinic policy as updated on 2021-03-04 and on 2024-04-19, the Blausen Medical
// policy archived on 2019-04-05, and three policies from other sectors and legal
// regimes: Vodafone Ireland (a telecom operator under Irish law, 2026), Instacart
// (a US grocery marketplace under the CCPA/CPRA, 2026) and Donkey Republic (a
// Danish bike-rental app, 2024). Each is available as a constructor that returns a
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
	"strings"

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
	// VodafoneIreland2026ID is the ID of the Vodafone Ireland policy, version 2.3, last updated 2026-01-13.
	VodafoneIreland2026ID = "vodafone-ie-2026"
	// Instacart2026ID is the ID of the Instacart policy last updated 2026-01-15.
	Instacart2026ID = "instacart-2026"
	// DonkeyRepublic2024ID is the ID of the Donkey Republic policy of February 2024, version 1.2.
	DonkeyRepublic2024ID = "donkey-republic-2024"
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
	{VodafoneIreland2026ID, VodafoneIreland2026},
	{Instacart2026ID, Instacart2026},
	{DonkeyRepublic2024ID, DonkeyRepublic2024},
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
	known := make([]string, len(fixtures))
	for i, f := range fixtures {
		known[i] = f.ID
	}
	return nil, fmt.Errorf("examples: no fixture has ID %q (known: %s)", id, strings.Join(known, ", "))
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
