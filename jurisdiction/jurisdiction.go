package jurisdiction

//go:generate go run ../internal/gen/iso3166 -o iso3166_gen.go

import (
	"regexp"
	"slices"

	"github.com/openpolicies/privacy/internal/vocab"
)

// Code names a jurisdiction: an ISO 3166-1 alpha-2 country ("US", "CH"), an
// ISO 3166-2 subdivision ("US-CA"), a region this package defines ("EU", "EEA"), or
// a user extension code starting with "x-".
type Code string

// Kind says what sort of jurisdiction a code names.
type Kind string

// The kinds of jurisdiction.
const (
	// KindCountry is an ISO 3166-1 country or territory.
	KindCountry Kind = "country"
	// KindSubdivision is an ISO 3166-2 subdivision: a state, province or region of a country.
	KindSubdivision Kind = "subdivision"
	// KindRegion is a group of countries, such as the European Union.
	KindRegion Kind = "region"
)

// Regions and the jurisdictions the seed policies name. Every ISO 3166-1 and
// ISO 3166-2 code is valid; constants exist only for those the library itself
// refers to.
const (
	// EU is the European Union.
	EU Code = "EU"
	// EEA is the European Economic Area: the EU with Iceland, Liechtenstein and Norway.
	EEA Code = "EEA"
	// UnitedStates is the United States of America.
	UnitedStates Code = "US"
	// California is the US state of California.
	California Code = "US-CA"
	// UnitedKingdom is the United Kingdom.
	UnitedKingdom Code = "GB"
	// Switzerland is Switzerland.
	Switzerland Code = "CH"
	// Italy is Italy.
	Italy Code = "IT"
)

// Definition describes a jurisdiction, or a notice [Element] (whose Kind,
// Parent and Members are then empty).
type Definition struct {
	// Code is the value written in documents.
	Code string
	// Kind says whether the code is a country, a subdivision or a region.
	Kind Kind
	// Title is the jurisdiction's English name.
	Title string
	// Description says what the code covers.
	Description string
	// Parent is the country of a subdivision, or empty.
	Parent string
	// Members are the countries of a region.
	Members []Code
}

var euMembers = []Code{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}

var regions = []Definition{
	{Code: string(EU), Kind: KindRegion, Title: "European Union", Description: "The 27 member states of the European Union.", Members: euMembers},
	{Code: string(EEA), Kind: KindRegion, Title: "European Economic Area", Description: "The EU member states with Iceland, Liechtenstein and Norway.", Members: append(slices.Clone(euMembers), "IS", "LI", "NO")},
}

func jurisdictionTerm(d Definition) vocab.Term {
	return vocab.Term{Code: d.Code, Title: d.Title, Description: d.Description, Parent: d.Parent}
}

var list = vocab.New[Code]("jurisdiction", true, jurisdictionTerm, slices.Concat(regions, countries, subdivisions)).
	WithClone(func(d Definition) Definition { d.Members = slices.Clone(d.Members); return d })

// form is the shape of a code: a region name, an alpha-2 country or an ISO
// 3166-2 subdivision. Registry tests check every definition against it.
var form = regexp.MustCompile(`^([A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|EU|EEA)$`)

// Definitions returns every jurisdiction: regions, then countries, then
// subdivisions, each in code order.
func Definitions() []Definition { return list.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c Code) Definition() (def Definition, ok bool) { return list.Lookup(c) }

// Known reports whether c is a defined jurisdiction.
func (c Code) Known() bool { return list.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c Code) Valid() bool { return list.Valid(c) }

// Contains reports whether every place in o is also in c: a region contains its
// members and their subdivisions, a country its subdivisions, and every code
// contains itself. Unknown codes contain only themselves.
func (c Code) Contains(o Code) bool {
	if c == o {
		return true
	}
	def, ok := list.Shared(c)
	if !ok {
		return false
	}
	od, ok := list.Shared(o)
	if !ok {
		return false
	}
	if od.Parent != "" && c.Contains(Code(od.Parent)) {
		return true
	}
	if od.Kind == KindRegion {
		// A region is inside c when all its members are.
		for _, m := range od.Members {
			if !c.Contains(m) {
				return false
			}
		}
		return len(od.Members) > 0
	}
	return slices.Contains(def.Members, o)
}

// Overlaps reports whether c and o share any place.
func (c Code) Overlaps(o Code) bool {
	if c.Contains(o) || o.Contains(c) {
		return true
	}
	cd, _ := list.Shared(c)
	od, _ := list.Shared(o)
	for _, m := range cd.Members {
		if slices.Contains(od.Members, m) {
			return true
		}
	}
	return false
}
