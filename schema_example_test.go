package privacy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"

	privacy "github.com/openpolicies/privacy"
)

// Read the schema's code lists: every code with its title and description.
func ExampleSchema() {
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   map[string]struct {
			AnyOf []struct {
				Const string `json:"const"`
				Title string `json:"title"`
			} `json:"anyOf"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(privacy.Schema(), &s); err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID == privacy.SchemaID)
	for _, b := range s.Defs["policy.Basis"].AnyOf {
		fmt.Printf("%s: %s\n", b.Const, b.Title)
	}
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// true
	// consent: Consent
	// contract: Contract or service
	// legal-obligation: Legal obligation
	// vital-interests: Vital interests
	// public-task: Public task
	// legitimate-interests: Legitimate interests
}

// Validate a document with a JSON Schema validator other than package policy,
// here github.com/santhosh-tekuri/jsonschema/v6 with formats asserted.
func ExampleSchema_validate() {
	schema, err := jsonschema.UnmarshalJSON(bytes.NewReader(privacy.Schema()))
	if err != nil {
		log.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(privacy.SchemaID, schema); err != nil {
		log.Fatal(err)
	}
	sch, err := c.Compile(privacy.SchemaID)
	if err != nil {
		log.Fatal(err)
	}

	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(`{
		"id": "acme-2025", "title": "Acme privacy policy", "language": "en-US",
		"controllers": [{"id": "acme", "legal_name": "Acme Ltd"}],
		"collection": [{"id": "contact", "data": ["contact.email", "x-loyalty-points", "shoe-size"]}]
	}`))
	if err != nil {
		log.Fatal(err)
	}
	// "x-loyalty-points" is a user's own code; "shoe-size" is no code at all.
	var ve *jsonschema.ValidationError
	if errors.As(sch.Validate(doc), &ve) {
		for len(ve.Causes) == 1 {
			ve = ve.Causes[0] // down to the failing anyOf of the code list
		}
		fmt.Println("invalid:", "/"+strings.Join(ve.InstanceLocation, "/"))
	}
	// Output:
	// invalid: /collection/0/data/2
}
