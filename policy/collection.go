package policy

import "github.com/openpolicies/privacy/category"

// Collection is a statement of what data is collected, from whom and how.
type Collection struct {
	// ID identifies the statement within the policy.
	ID string `json:"id" validate:"required,id"`
	// Data are the categories of data collected.
	Data []category.Data `json:"data" validate:"required,min=1,dive,code"`
	// Sources say where the data comes from; empty when the policy does not say.
	Sources []category.Source `json:"sources,omitempty" validate:"dive,code"`
	// Methods say how the data is collected.
	Methods []category.Method `json:"methods,omitempty" validate:"dive,code"`
	// Requirement says whether the person must provide the data.
	Requirement Requirement `json:"requirement,omitempty" validate:"omitempty,code"`
	// Trackers are IDs of the trackers that collect the data.
	Trackers []string `json:"trackers,omitempty" ref:"tracker"`
	// AppliesTo limits the statement to some people, places or services.
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Description says what the policy says of the collection, in its words.
	Description string `json:"description,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}

// Combination says that collected data may be combined with other data, and what
// follows from that.
type Combination struct {
	// ID identifies the statement within the policy.
	ID string `json:"id" validate:"required,id"`
	// Collections are IDs of the collection statements whose data is combined.
	Collections []string `json:"collections" validate:"required,min=1" ref:"collection"`
	// With are the categories of other data it is combined with.
	With []category.Data `json:"with" validate:"required,min=1,dive,code"`
	// Sources are where the other data comes from.
	Sources []category.Source `json:"sources,omitempty" validate:"dive,code"`
	// Treatment says how the combined data is then treated ("as PHI").
	Treatment string `json:"treatment,omitempty"`
	// Documents are IDs of documents that then govern the combined data.
	Documents []string `json:"documents,omitempty" ref:"document"`
	// AppliesTo limits the statement to some people, places or services.
	AppliesTo *Scope `json:"applies_to,omitempty"`
	// Quote is the sentence of the policy this statement comes from.
	Quote string `json:"quote,omitempty"`
}
