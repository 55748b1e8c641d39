// Package jurisdiction names places and the privacy laws in force there.
//
// A [Code] is an ISO 3166-1 alpha-2 country ("US"), an ISO 3166-2 subdivision
// ("US-CA"), a region ("EU", "EEA") or a user extension ("x-..."). The country and
// subdivision tables are generated from Debian's iso-codes package (see
// iso3166_gen.go for the version). [Code.Contains] and [Code.Overlaps] answer
// questions such as "is Bavaria in the EEA?".
//
// A [Law] ("gdpr", "uk-gdpr", "ch-fadp", "ccpa", "ca-shine-the-light", "hipaa",
// "coppa", ...) is defined with the jurisdictions where it is in force, the
// rights it grants and the notice [Element]s it requires.
package jurisdiction
