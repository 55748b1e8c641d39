package examples

import "github.com/openpolicies/privacy/policy"

// MayoClinic2021 returns the Mayo Clinic privacy policy as last updated on March 4, 2021.
func MayoClinic2021() *policy.Policy {
	return &policy.Policy{} // TODO: being modelled
}
