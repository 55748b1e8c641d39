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

// Read a code list: the schema lists the codes, the vocabulary says what
// each one means.
func ExampleVocabulary() {
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(privacy.Schema(), &s); err != nil {
		log.Fatal(err)
	}
	var v struct {
		Lists []struct {
			Key   string `json:"key"`
			Codes []struct {
				Code  string `json:"code"`
				Title string `json:"title"`
				GDPR  string `json:"gdpr"`
			} `json:"codes"`
		} `json:"lists"`
	}
	if err := json.Unmarshal(privacy.Vocabulary(), &v); err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID == privacy.SchemaID)
	fmt.Println(s.Defs["policy.Basis"].Enum)
	for _, l := range v.Lists {
		if l.Key == "basis" {
			for _, c := range l.Codes {
				fmt.Printf("%s: %s (%s)\n", c.Code, c.Title, c.GDPR)
			}
		}
	}
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// true
	// [consent contract legal-obligation vital-interests public-task legitimate-interests]
	// consent: Consent (Art. 6(1)(a))
	// contract: Contract or service (Art. 6(1)(b))
	// legal-obligation: Legal obligation (Art. 6(1)(c))
	// vital-interests: Vital interests (Art. 6(1)(d))
	// public-task: Public task (Art. 6(1)(e))
	// legitimate-interests: Legitimate interests (Art. 6(1)(f))
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
			ve = ve.Causes[0] // down to the code list's failing enum
		}
		fmt.Println("invalid:", "/"+strings.Join(ve.InstanceLocation, "/"))
	}
	// Output:
	// invalid: /collection/0/data/2
}
