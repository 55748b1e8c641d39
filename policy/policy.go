package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Policy is a privacy policy as typed statements. Sections refer to each other by
// ID; every ID is unique within the document. A section that is empty says nothing:
// the model keeps "the policy does not say" apart from "the policy says none".
type Policy struct {
	// Schema is the address of the JSON Schema the document follows, such as
	// the policy schema's $id, for editors that pick a schema from a
	// document's "$schema" member. It is read and written as given and takes
	// no part in validation.
	Schema string `json:"$schema,omitempty"`
	// ID identifies the policy document, such as "mayo-clinic-2024".
	ID string `json:"id" validate:"required,id"`
	// Title is the policy's title as published.
	Title string `json:"title" validate:"required"`
	// URL is the canonical address of the policy.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
	// Language is the BCP 47 tag of the policy's language ("en-US").
	Language string `json:"language" validate:"required,bcp47_language_tag"`
	// Version is the publisher's version label, if any.
	Version string `json:"version,omitempty"`
	// Updated is the date the policy says it was last updated: YYYY-MM-DD, or
	// YYYY-MM or YYYY when the policy gives no more ("February 2024").
	Updated string `json:"updated,omitempty" validate:"omitempty,date"`
	// Effective is the date the policy says it takes effect (YYYY-MM-DD, YYYY-MM or YYYY).
	Effective string `json:"effective,omitempty" validate:"omitempty,date"`
	// Retrieved is the date the text was captured or archived (YYYY-MM-DD, YYYY-MM or YYYY).
	Retrieved string `json:"retrieved,omitempty" validate:"omitempty,date"`
	// Source is where the modelled text was captured from, such as an archive copy.
	Source string `json:"source,omitempty" validate:"omitempty,http_url"`

	// Services are the sites, apps and programmes the policy covers.
	Services []Service `json:"services,omitempty" validate:"dive"`
	// Documents are other documents the policy refers to.
	Documents []Document `json:"documents,omitempty" validate:"dive"`
	// Controllers are the organisations responsible for the processing.
	Controllers []Controller `json:"controllers" validate:"required,min=1,dive"`
	// Representatives are representatives in the EU or UK (GDPR Art. 27).
	Representatives []Representative `json:"representatives,omitempty" validate:"dive"`
	// Officers are the data protection officer and privacy officers.
	Officers []Officer `json:"officers,omitempty" validate:"dive"`
	// Contacts are the contact points other sections refer to.
	Contacts []contact.Point `json:"contacts,omitempty" validate:"dive"`
	// Subjects are the groups of people the policy distinguishes.
	Subjects []Subject `json:"subjects,omitempty" validate:"dive"`

	// Collection says what data is collected, from whom and how.
	Collection []Collection `json:"collection,omitempty" validate:"dive"`
	// Combinations say which data is combined with which other data.
	Combinations []Combination `json:"combinations,omitempty" validate:"dive"`
	// Purposes say what data is used for.
	Purposes []Purpose `json:"purposes,omitempty" validate:"dive"`
	// LegalBases are legal bases the policy states without tying each to a purpose.
	LegalBases []LegalBasis `json:"legal_bases,omitempty" validate:"dive"`
	// Recipients say who receives data, what, why and on which condition.
	Recipients []Recipient `json:"recipients,omitempty" validate:"dive"`
	// Retention says how long data is kept.
	Retention []Retention `json:"retention,omitempty" validate:"dive"`
	// Trackers are the cookies, pixels and similar technologies used.
	Trackers []Tracker `json:"trackers,omitempty" validate:"dive"`
	// Choices are the opt-outs and controls a person has.
	Choices []Choice `json:"choices,omitempty" validate:"dive"`
	// Rights are the rights a person has and how to exercise them.
	Rights []RightsStatement `json:"rights,omitempty" validate:"dive"`
	// Transfers are international transfers and their safeguards.
	Transfers []Transfer `json:"transfers,omitempty" validate:"dive"`
	// Children says how the policy treats children's data; nil when it says nothing.
	Children *Children `json:"children,omitempty"`
	// Security lists the security measures the policy states.
	Security []Measure `json:"security,omitempty" validate:"dive"`
	// Disclaimers are the limits the organisation puts on its responsibility.
	Disclaimers []Disclaimer `json:"disclaimers,omitempty" validate:"dive"`
	// Signals say how the sites respond to Do Not Track and Global Privacy Control.
	Signals []Signal `json:"signals,omitempty" validate:"dive"`
	// Changes says how changes to the policy are announced; nil when it says nothing.
	Changes *Changes `json:"changes,omitempty"`
	// Laws are the laws the policy says apply, are complied with, or do not apply.
	Laws []LawStatement `json:"laws,omitempty" validate:"dive"`
	// Decisions are statements about automated decision-making, profiling and
	// the use of artificial intelligence.
	Decisions []Decision `json:"decisions,omitempty" validate:"dive"`
	// Glossary is the terms the policy defines.
	Glossary []DefinedTerm `json:"glossary,omitempty" validate:"dive"`
	// History is the version history the policy publishes, as it lists it.
	History []Version `json:"history,omitempty" validate:"dive"`
	// Extensions define the "x-" codes the document uses.
	Extensions []Extension `json:"extensions,omitempty" validate:"dive"`
}

// Service is a site, app or programme the policy covers.
type Service struct {
	Statement
	// Kind is what sort of service it is.
	Kind category.Service `json:"kind" validate:"required,code"`
	// Name is the service's name as the policy writes it ("Patient Portal").
	Name string `json:"name" validate:"required"`
	// URLs are the addresses of the service.
	URLs []string `json:"urls,omitempty" validate:"dive,http_url"`
}

// Document is a document the policy refers to.
type Document struct {
	Statement
	// Kind is what sort of document it is.
	Kind DocumentKind `json:"kind" validate:"required,code"`
	// Title is the document's title as the policy writes it.
	Title string `json:"title" validate:"required"`
	// URL is where the document is published, when the policy gives it.
	URL string `json:"url,omitempty" validate:"omitempty,http_url"`
}

// Controller is an organisation responsible for the processing.
type Controller struct {
	Statement
	// LegalName is the controller's legal name.
	LegalName string `json:"legal_name" validate:"required"`
	// TradingNames are other names the policy uses for it ("Mayo Clinic", "Blausen").
	TradingNames []string `json:"trading_names,omitempty" validate:"dive,required"`
	// IncludesAffiliates is true when the policy speaks for the controller and all
	// its affiliates.
	IncludesAffiliates bool `json:"includes_affiliates,omitempty"`
	// Nonprofit is true when the policy says the controller is a not-for-profit.
	Nonprofit bool `json:"nonprofit,omitempty"`
	// Address is the controller's registered or main address.
	Address *contact.Address `json:"address,omitempty"`
	// Contacts are the IDs of contact points for the controller.
	Contacts []string `json:"contacts,omitempty" ref:"contact"`
	// Identifiers are the controller's numbers in public registers (company
	// register, VAT).
	Identifiers []Identifier `json:"identifiers,omitempty" validate:"dive"`
	// Services are IDs of the services the controller is responsible for, where
	// the policy names several controllers; empty for all.
	Services []string `json:"services,omitempty" ref:"service"`
}

// Representative is a controller's representative under GDPR Art. 27 or UK GDPR.
type Representative struct {
	Statement
	// Name is the representative's name.
	Name string `json:"name" validate:"required"`
	// Jurisdictions are where it represents the controller.
	Jurisdictions []jurisdiction.Code `json:"jurisdictions,omitempty" validate:"dive,code"`
	// Contacts are the IDs of contact points for the representative.
	Contacts []string `json:"contacts,omitempty" ref:"contact"`
}

// Officer is a data protection officer or privacy officer.
type Officer struct {
	Statement
	// Role is the officer's role.
	Role OfficerRole `json:"role" validate:"required,code"`
	// Name is the officer's title or name as the policy writes it.
	Name string `json:"name,omitempty"`
	// Contacts are the IDs of contact points for the officer.
	Contacts []string `json:"contacts" validate:"required,min=1" ref:"contact"`
}

// Subject is a group of people the policy distinguishes ("patients", "visitors").
type Subject struct {
	Statement
	// Kind is the type of data subject.
	Kind category.Subject `json:"kind" validate:"required,code"`
}

// Scope limits a statement to some jurisdictions, groups of people or services.
// Each non-empty list narrows the statement to any of its entries (a statement for
// subjects "patients" and "customers" concerns people who are either); an empty
// list does not narrow it, and a statement without a scope has no limit stated. Jurisdictions are where the person lives or the law
// applies.
type Scope struct {
	// Jurisdictions are where the statement applies.
	Jurisdictions []jurisdiction.Code `json:"jurisdictions,omitempty" validate:"dive,code"`
	// Subjects are IDs of the groups of people the statement applies to.
	Subjects []string `json:"subjects,omitempty" ref:"subject"`
	// Services are IDs of the services the statement applies to.
	Services []string `json:"services,omitempty" ref:"service"`
	// ExceptServices are IDs of services the statement explicitly leaves out
	// ("other than our Patient Portal").
	ExceptServices []string `json:"except_services,omitempty" ref:"service"`
	// WhereLawProvides is true when the statement holds only where applicable
	// law provides for it ("depending on where you reside", "where applicable").
	WhereLawProvides bool `json:"where_law_provides,omitempty"`
	// Lookback is the period before the policy's date that the statement
	// describes, as an ISO 8601 duration ("P12M" for the CCPA's "in the
	// preceding 12 months").
	Lookback string `json:"lookback,omitempty" validate:"omitempty,duration"`
}
