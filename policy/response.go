package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Response is how a site treats a privacy signal.
type Response string

// The signal response codes.
const (
	// ResponseHonored is "honored": The site acts on the signal.
	ResponseHonored Response = "honored"
	// ResponseNotHonored is "not-honored": The site does not respond to the signal.
	ResponseNotHonored Response = "not-honored"
	// ResponseUnclear is "unclear": The policy mentions the signal without saying how the site responds.
	ResponseUnclear Response = "unclear"
)

var responseList = vocab.New[Response]("signal response", true, term, []category.Definition{
	{Code: string(ResponseHonored), Title: "Honoured", Description: "The site acts on the signal."},
	{Code: string(ResponseNotHonored), Title: "Not honoured", Description: "The site does not respond to the signal."},
	{Code: string(ResponseUnclear), Title: "Mentioned but unclear", Description: "The policy mentions the signal without saying how the site responds."},
})

// ResponseDefinitions returns the definitions of every signal response code in a fixed order.
func ResponseDefinitions() []category.Definition { return responseList.All() }

// Definition returns the registry definition of r; ok is false for extension and
// unknown codes.
func (r Response) Definition() (def category.Definition, ok bool) { return responseList.Lookup(r) }

// Known reports whether r is defined in the registry.
func (r Response) Known() bool { return responseList.Known(r) }

// Valid reports whether r is defined or is a well-formed "x-" extension code.
func (r Response) Valid() bool { return responseList.Valid(r) }
