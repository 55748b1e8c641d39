package privacy

import (
	_ "embed"
	"slices"
)

//go:generate go run ./internal/gen/schema -o schema/policy.schema.json -vocabulary schema/vocabulary.json

// VocabularyID is the $id of the vocabulary [Vocabulary] returns.
const VocabularyID = "https://github.com/openpolicies/privacy/schema/v1/vocabulary.json"

//go:embed schema/vocabulary.json
var vocabulary []byte

// Vocabulary returns the vocabulary of the schema's code lists, the content
// of schema/vocabulary.json: for each list (in the order of
// policy.CodeLists) its key, name, the schema definition that checks it and
// whether it takes "x-" codes, and for each code its title, description,
// parent and mappings (W3C DPV concept, GDPR and CCPA provisions, P3P
// category and the like) where the registry gives them. The schema lists the
// codes as plain enums, which validate fast and give one clear error for a
// mistyped code; this file says what each code means. It is generated from
// the same registries as the schema, and tests keep it fresh.
//
// Each call returns a fresh copy that the caller may modify.
func Vocabulary() []byte { return slices.Clone(vocabulary) }

// SchemaID is the $id of the schema [Schema] returns.
const SchemaID = "https://github.com/openpolicies/privacy/schema/v1/policy.schema.json"

//go:embed schema/policy.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a policy document, the
// content of schema/policy.schema.json: every type with its title, every
// member with its description, every code list with its codes (what each code
// means is in [Vocabulary]), formats, patterns, required members and the
// rules of tagged unions. It is generated from the Go types of
// package policy and its doc comments, and tests keep it fresh.
//
// A document the schema accepts can still fail [policy.Policy.Validate]: the
// schema cannot check that IDs are unique and references resolve, that
// country, subdivision and language codes are registered, that special
// categories under the GDPR carry an Art. 9(2) condition, or that age ranges are
// ordered; and JSON Schema's own rules are looser in places: an integer member
// accepts 13.0, and the uri format and the e-mail pattern accept some strings
// ("http://", "a..b@c.de") that Go validation rejects. It is also stricter in one way: where the Go decoder reads an empty
// string, an empty list or null as "not given", the schema expects the member to
// be left out, as [policy.Marshal] does.
//
// Each call returns a fresh copy that the caller may modify.
//
// [policy.Policy.Validate]: https://pkg.go.dev/github.com/openpolicies/privacy/policy#Policy.Validate
// [policy.Marshal]: https://pkg.go.dev/github.com/openpolicies/privacy/policy#Marshal
func Schema() []byte { return slices.Clone(schema) }
