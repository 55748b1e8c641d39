package compliance

import "github.com/openpolicies/privacy/jurisdiction"

// Status is how a policy fares against one requirement or consistency rule.
type Status string

// The statuses of a finding.
const (
	// StatusSatisfied: the policy states what the requirement asks for.
	StatusSatisfied Status = "satisfied"
	// StatusPartial: the policy states some of it (some purposes have no
	// legal basis, some rights are not named).
	StatusPartial Status = "partial"
	// StatusMissing: the policy does not state it.
	StatusMissing Status = "missing"
	// StatusNotApplicable: the requirement's condition does not hold as far
	// as the policy says (no consent basis, so no withdrawal notice is due).
	StatusNotApplicable Status = "not-applicable"
	// StatusContradiction: a consistency rule found statements that
	// contradict each other.
	StatusContradiction Status = "contradiction"
)

// Finding is one requirement or consistency rule applied to a policy.
type Finding struct {
	// ID is the requirement's ID ([jurisdiction.Requirement]) or the rule's
	// ([Rule]).
	ID string `json:"id"`
	// Law is the law the requirement or rule comes from; empty for rules of
	// plain consistency.
	Law jurisdiction.Law `json:"law,omitempty"`
	// Citation is the provision ("GDPR Art. 13(2)(a)").
	Citation string `json:"citation"`
	// Status is the outcome.
	Status Status `json:"status"`
	// Pointer is the JSON Pointer (RFC 6901) of the evidence, or of where the
	// missing statement belongs ("/retention").
	Pointer string `json:"pointer"`
	// Message says what was found and, when something is lacking, what to add.
	Message string `json:"message"`
}

// Basis says why a law was checked.
type Basis string

// The bases on which a law is checked.
const (
	// BasisDeclared: a law statement of the policy names the law (or a law
	// that implements it).
	BasisDeclared Basis = "declared"
	// BasisJurisdiction: a law statement names a jurisdiction where the law is
	// in force.
	BasisJurisdiction Basis = "jurisdiction"
	// BasisRequested: the caller named the law.
	BasisRequested Basis = "requested"
)

// LawResult is a law the checker considered, and whether it checked it.
type LawResult struct {
	// Law is the law.
	Law jurisdiction.Law `json:"law"`
	// Title is its name.
	Title string `json:"title"`
	// Basis is why it was considered.
	Basis Basis `json:"basis"`
	// Pointer is the law statement that made it apply, or the exemption; empty
	// for a requested law without either.
	Pointer string `json:"pointer,omitempty"`
	// Exempt is true when the policy declares, or its controllers show, an
	// exemption: the law gets no findings.
	Exempt bool `json:"exempt,omitempty"`
	// Reason is the exemption's reason.
	Reason string `json:"reason,omitempty"`
}

// Report is the result of checking one policy.
type Report struct {
	// Policy is the policy's ID.
	Policy string `json:"policy"`
	// Laws are the laws considered, in the registry's order.
	Laws []LawResult `json:"laws"`
	// Findings are the requirement findings, law by law in the order of
	// Laws and each law's provisions, then the consistency findings in the
	// order of [Rules] and by pointer.
	Findings []Finding `json:"findings"`
}

// Failed reports whether a requirement is missing or a rule found a
// contradiction: what makes `privacy check` exit 1. Partial findings do not.
func (r Report) Failed() bool {
	for _, f := range r.Findings {
		if f.Status == StatusMissing || f.Status == StatusContradiction {
			return true
		}
	}
	return false
}

// Count returns how many findings have status s.
func (r Report) Count(s Status) int {
	n := 0
	for _, f := range r.Findings {
		if f.Status == s {
			n++
		}
	}
	return n
}
