package policy

import "github.com/openpolicies/privacy/category"

// Collection is a statement of what data is collected, from whom and how.
type Collection struct {
	Statement
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
	// From are the parties the data comes from, when the policy names them
	// (retailers, credit agencies, a single sign-on provider).
	From []Party `json:"from,omitempty" validate:"dive"`
	// OnlyFor are IDs of the only purposes the data is used for ("for payment
	// purposes only"); validation reports a purpose, recipient or decision that
	// links the data to any other. Empty when the policy sets no such limit.
	OnlyFor []string `json:"only_for,omitempty" ref:"purpose"`
}

// Combination says that collected data may be combined with other data, and what
// follows from that.
type Combination struct {
	Statement
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
}
