package policy

import "github.com/openpolicies/privacy/category"

// Decision is a statement about automated decision-making or profiling (GDPR
// Art. 22, Art. 13(2)(f)) and the use of artificial intelligence: that decisions
// are made by automated means, on which data, with which effect and safeguards,
// or, with Not, that none are ("our tools make no decisions that affect your
// rights").
type Decision struct {
	Statement
	// Automated is true when decisions are made solely by automated means.
	Automated bool `json:"automated,omitempty"`
	// Profiling is true when the processing evaluates personal aspects of the
	// person (GDPR Art. 4(4)).
	Profiling bool `json:"profiling,omitempty"`
	// ArtificialIntelligence is true when the policy says AI or machine-learning
	// systems are used.
	ArtificialIntelligence bool `json:"artificial_intelligence,omitempty"`
	// Effects are what the decisions do to the person.
	Effects []DecisionEffect `json:"effects,omitempty" validate:"dive,code"`
	// Purposes are IDs of the purposes the decisions serve.
	Purposes []string `json:"purposes,omitempty" ref:"purpose"`
	// Collections are IDs of the collection statements whose data is used.
	Collections []string `json:"collections,omitempty" ref:"collection"`
	// Data are categories of data the decisions use.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// HumanReview is true when the person may obtain human intervention or
	// contest the decision.
	HumanReview bool `json:"human_review,omitempty"`
	// Logic says what the policy says of the logic involved, in its words.
	Logic string `json:"logic,omitempty"`
}
