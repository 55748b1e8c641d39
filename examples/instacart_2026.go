package examples

import "github.com/openpolicies/privacy/policy"

// Instacart2026 returns the Instacart (Maplebear Inc.) privacy policy, last updated 2026-01-15.
func Instacart2026() *policy.Policy {
	return &policy.Policy{
		ID:          Instacart2026ID,
		Title:       "TODO",
		Language:    "en",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "controller"}, LegalName: "TODO"}},
	}
}
