package examples

import "github.com/openpolicies/privacy/policy"

// MayoClinic2024 returns the Mayo Clinic privacy policy as updated on April 19, 2024.
func MayoClinic2024() *policy.Policy {
	return &policy.Policy{} // TODO: being modelled
}
