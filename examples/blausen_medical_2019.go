package examples

import "github.com/openpolicies/privacy/policy"

// BlausenMedical2019 returns the Blausen Medical privacy policy (with its cookie policy) as archived on 2019-04-05.
func BlausenMedical2019() *policy.Policy {
	return &policy.Policy{} // TODO: being modelled
}
