// Command schema writes the JSON Schema of a policy document,
// schema/policy.schema.json, from the Go types and their doc comments, and the
// vocabulary of its code lists, schema/vocabulary.json, from the registries.
// It runs from the module root, through `go generate` in the root package:
//
//	go run ./internal/gen/schema -o schema/policy.schema.json -vocabulary schema/vocabulary.json
//	go run ./internal/gen/schema -print    # print the schema instead
package main

import (
	"flag"
	"log"
	"os"

	"github.com/openpolicies/privacy/internal/gen/schema/schemagen"
)

func main() {
	out := flag.String("o", "schema/policy.schema.json", "output file, relative to the module root")
	vocabulary := flag.String("vocabulary", "schema/vocabulary.json", "vocabulary output file, relative to the module root")
	toStdout := flag.Bool("print", false, "print the schema to standard output instead of writing it")
	flag.Parse()
	log.SetFlags(0)
	b, err := schemagen.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if *toStdout {
		if _, err := os.Stdout.Write(b); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	v, err := schemagen.Vocabulary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*vocabulary, v, 0o644); err != nil {
		log.Fatal(err)
	}
}
