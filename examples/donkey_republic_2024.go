package examples

import "github.com/openpolicies/privacy/policy"

// DonkeyRepublic2024 returns the Donkey Republic privacy policy, February 2024, version 1.2.
func DonkeyRepublic2024() *policy.Policy {
	return &policy.Policy{
		ID:          DonkeyRepublic2024ID,
		Title:       "TODO",
		Language:    "en",
		Controllers: []policy.Controller{{Statement: policy.Statement{ID: "controller"}, LegalName: "TODO"}},
	}
}
