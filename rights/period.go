package rights

import "github.com/openpolicies/privacy/internal/vocab"

// Period is a unit of time over which a frequency limit counts.
type Period string

// The period codes.
const (
	// PerCalendarYear is "calendar-year": January to December.
	PerCalendarYear Period = "calendar-year"
	// PerYear is "year": Any twelve months.
	PerYear Period = "year"
	// PerMonth is "month": A month.
	PerMonth Period = "month"
)

var periodList = vocab.New[Period]("period", true, term, []Definition{
	{Code: string(PerCalendarYear), Title: "Calendar year", Description: "January to December."},
	{Code: string(PerYear), Title: "Year", Description: "Any twelve months."},
	{Code: string(PerMonth), Title: "Month", Description: "A month."},
})

// PeriodDefinitions returns the definitions of every period code in a fixed order.
func PeriodDefinitions() []Definition { return periodList.All() }

// Definition returns the registry definition of p; ok is false for extension and
// unknown codes.
func (p Period) Definition() (def Definition, ok bool) { return periodList.Lookup(p) }

// Known reports whether p is defined in the registry.
func (p Period) Known() bool { return periodList.Known(p) }

// Valid reports whether p is defined or is a well-formed "x-" extension code.
func (p Period) Valid() bool { return periodList.Valid(p) }
