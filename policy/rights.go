package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/rights"
)

// RightsStatement says which rights a person has, under which laws, for whom and
// where, and how to exercise them.
type RightsStatement struct {
	Statement
	// Rights are the rights granted.
	Rights []rights.Right `json:"rights" validate:"required,min=1,dive,code"`
	// NonExhaustive is true when the policy presents the rights as examples of
	// a wider set ("your rights, which include"): the statement grants at least
	// these, and all rights of the laws named in Laws.
	NonExhaustive bool `json:"non_exhaustive,omitempty"`
	// Laws are the laws the policy says grant them.
	Laws []jurisdiction.Law `json:"laws,omitempty" validate:"dive,code"`
	// Data are the categories of data the rights concern, when the policy limits
	// them ("patient-related information"); empty for all data.
	Data []category.Data `json:"data,omitempty" validate:"dive,code"`
	// Channels are the ways to exercise the rights.
	Channels []rights.Channel `json:"channels,omitempty" validate:"dive"`
	// Verification says how identity is verified; nil when not stated.
	Verification *rights.Verification `json:"verification,omitempty"`
	// Limits are cases where a request may be refused or only partly met.
	Limits []Limit `json:"limits,omitempty" validate:"dive"`
	// Frequency limits how often the rights may be exercised.
	Frequency *rights.Frequency `json:"frequency,omitempty"`
	// ResponseTime is the promised response time as an ISO 8601 duration.
	ResponseTime string `json:"response_time,omitempty" validate:"omitempty,duration"`
	// Reply says what the response contains, in what form and when it may be
	// extended; nil when not stated.
	Reply *Reply `json:"reply,omitempty"`
	// Agents says who else may make the request for the person and how; nil
	// when the policy does not say that anyone may.
	Agents *Agents `json:"agents,omitempty"`
	// Fee says whether exercising the rights costs money; nil when not stated.
	Fee *bool `json:"fee,omitempty"`
}

// Reply is what the policy promises about the response to a rights request.
type Reply struct {
	// Extension is how much longer the response may take, as an ISO 8601
	// duration ("P2M"), for complex or numerous requests.
	Extension string `json:"extension,omitempty" validate:"omitempty,duration"`
	// Forms are the forms the response takes ("electronic", "portable,
	// machine-readable format"), in the policy's words.
	Forms []string `json:"forms,omitempty" validate:"dive,required"`
	// Contents are what the response contains ("the categories of sources",
	// "the reasons for a refusal"), in the policy's words.
	Contents []string `json:"contents,omitempty" validate:"dive,required"`
	// ReasonsForRefusal is true when the policy promises to explain a refusal.
	ReasonsForRefusal bool `json:"reasons_for_refusal,omitempty"`
}

// Agents says that someone else may exercise the rights for the person (an
// authorized agent), who, what they must show, and how they submit the request.
type Agents struct {
	// Who are the people or bodies who may act, in the policy's words ("a
	// person or business entity registered with the Secretary of State").
	Who []string `json:"who,omitempty" validate:"dive,required"`
	// Proof is what the agent or the person must show.
	Proof []AgentProof `json:"proof,omitempty" validate:"dive,code"`
	// Channels are the ways an agent submits a request, when they differ from
	// the statement's own.
	Channels []rights.Channel `json:"channels,omitempty" validate:"dive"`
}
