package examples

import "github.com/openpolicies/privacy/policy"

// VodafoneIreland2026 returns the Vodafone Ireland privacy policy, version 2.3, last updated 2026-01-13.
func VodafoneIreland2026() *policy.Policy {
	return &policy.Policy{
		ID:          VodafoneIreland2026ID,
		Title:       "TODO",
		Language:    "en",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "controller"}, LegalName: "TODO"}},
	}
}
