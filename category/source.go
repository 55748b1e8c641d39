package category

import "github.com/openpolicies/privacy/internal/vocab"

// Source says where collected data comes from.
type Source string

// The data source codes.
const (
	// SourceDataSubject is "data-subject": The person gives the data, e.g. in a form or a message.
	SourceDataSubject Source = "data-subject"
	// SourceAutomatic is "automatic": Collected as the person uses the service, e.g. by cookies, logs or the device.
	SourceAutomatic Source = "automatic"
	// SourceThirdParty is "third-party": Received from partners or other third parties.
	SourceThirdParty Source = "third-party"
	// SourceAffiliate is "affiliate": Received from affiliated entities.
	SourceAffiliate Source = "affiliate"
	// SourceInferred is "inferred": Derived or inferred from other data.
	SourceInferred Source = "inferred"
	// SourcePublic is "public": Taken from public sources.
	SourcePublic Source = "public"
)

var sourceList = vocab.New[Source]("data source", false, term, []Definition{
	{Code: string(SourceDataSubject), Title: "Provided by the person", Description: "The person gives the data, e.g. in a form or a message.", DPV: dpv + "DataSubjectDataSource"},
	{Code: string(SourceAutomatic), Title: "Collected automatically", Description: "Collected as the person uses the service, e.g. by cookies, logs or the device."},
	{Code: string(SourceThirdParty), Title: "Received from third parties", Description: "Received from partners or other third parties.", DPV: dpv + "ThirdPartyDataSource"},
	{Code: string(SourceAffiliate), Title: "Received from affiliates", Description: "Received from affiliated entities."},
	{Code: string(SourceInferred), Title: "Inferred", Description: "Derived or inferred from other data."},
	{Code: string(SourcePublic), Title: "Publicly available", Description: "Taken from public sources.", DPV: dpv + "PubliclyAvailableSource"},
})

// SourceDefinitions returns the definitions of every data source code in a fixed order.
func SourceDefinitions() []Definition { return sourceList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s Source) Definition() (def Definition, ok bool) { return sourceList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s Source) Known() bool { return sourceList.Known(s) }

// Valid reports whether s is defined in the registry (this list takes no
// extension codes).
func (s Source) Valid() bool { return sourceList.Valid(s) }
