package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Calendar says that a period runs on to the end of a calendar unit after its duration ("24 months plus the current month", "6 years plus the current year").
type Calendar string

// The calendar alignment codes.
const (
	// CalendarMonth is "current-month": The period runs to the end of the calendar month in which the duration ends, or adds the current month.
	CalendarMonth Calendar = "current-month"
	// CalendarYear is "current-year": The period runs to the end of the calendar year in which the duration ends, or adds the current year.
	CalendarYear Calendar = "current-year"
)

var calendarList = vocab.New[Calendar]("calendar alignment", true, term, []category.Definition{
	{Code: string(CalendarMonth), Title: "Plus the current month", Description: "The period runs to the end of the calendar month in which the duration ends, or adds the current month."},
	{Code: string(CalendarYear), Title: "Plus the current year", Description: "The period runs to the end of the calendar year in which the duration ends, or adds the current year."},
})

// CalendarDefinitions returns the definitions of every calendar alignment code in a fixed order.
func CalendarDefinitions() []category.Definition { return calendarList.All() }

// Definition returns the registry definition of c; ok is false for extension and
// unknown codes.
func (c Calendar) Definition() (def category.Definition, ok bool) { return calendarList.Lookup(c) }

// Known reports whether c is defined in the registry.
func (c Calendar) Known() bool { return calendarList.Known(c) }

// Valid reports whether c is defined or is a well-formed "x-" extension code.
func (c Calendar) Valid() bool { return calendarList.Valid(c) }
