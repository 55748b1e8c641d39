package policy

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Validate checks the policy and returns every fault it finds as [Faults], or nil.
// It checks field rules (required values, formats, known codes), that IDs are
// unique and every reference resolves to a statement of the right section, and the
// rules that tie fields together (a legitimate interest is named, special
// categories under the GDPR carry an Art. 9(2) condition, tagged unions are
// consistent, age ranges make sense). It never modifies p.
func (p *Policy) Validate() error {
	if p == nil {
		return Faults{{Code: FaultRequired, Message: "policy is nil"}}
	}
	var fs Faults
	fs = append(fs, fieldFaults(p)...)
	fs = append(fs, referenceFaults(p)...)
	fs = append(fs, ruleFaults(p)...)
	return fs.err()
}

// fieldFaults runs the validator's field rules.
func fieldFaults(p *Policy) Faults {
	err := check.Validator().Struct(p)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return Faults{{Code: FaultInvalidFormat, Message: err.Error()}}
	}
	fs := make(Faults, 0, len(verrs))
	for _, fe := range verrs {
		fs = append(fs, fieldFault(fe))
	}
	return fs
}

func fieldFault(fe validator.FieldError) Fault {
	path := check.Pointer(fe.Namespace())
	name := humanField(fe.Field())
	f := Fault{Path: path, Code: FaultInvalidFormat}
	switch fe.Tag() {
	case "required":
		f.Code, f.Message = FaultRequired, name+" is required"
	case "min":
		if fe.Kind() == reflect.Slice {
			f.Code, f.Message = FaultTooFew, fmt.Sprintf("%s needs at least %s entr%s", name, fe.Param(), plural(fe.Param()))
		} else {
			f.Code, f.Message = FaultOutOfRange, fmt.Sprintf("%s must be at least %s, not %v", name, fe.Param(), fe.Value())
		}
	case "max":
		f.Code, f.Message = FaultOutOfRange, fmt.Sprintf("%s must be at most %s, not %v", name, fe.Param(), fe.Value())
	case "code":
		f.Code, f.Message = FaultUnknownCode, codeMessage(fe)
	case "id":
		f.Message = fmt.Sprintf("%s %q is not a valid ID: use lower-case letters and digits, words joined by '-', '.' or '_'", name, fe.Value())
	case "email":
		f.Message = fmt.Sprintf("%s %q is not an e-mail address", name, fe.Value())
	case "http_url":
		f.Message = fmt.Sprintf("%s %q is not an absolute http or https URL", name, fe.Value())
	case "date":
		f.Message = fmt.Sprintf("%s %q is not a date in the form YYYY-MM-DD (or YYYY-MM, or YYYY, when the policy gives no more)", name, fe.Value())
	case "bcp47_language_tag":
		f.Message = fmt.Sprintf("%s %q is not a BCP 47 language tag such as \"en-US\"", name, fe.Value())
	case "duration":
		f.Message = fmt.Sprintf("%s %q is not an ISO 8601 duration such as \"P6M\" or \"P7Y\"", name, fe.Value())
	case "phone":
		f.Message = fmt.Sprintf("%s %q is not a telephone number", name, fe.Value())
	case "iso3166_1_alpha2":
		f.Message = fmt.Sprintf("%s %q is not an ISO 3166-1 alpha-2 country code", name, fe.Value())
	default:
		f.Message = fmt.Sprintf("%s fails the %q rule", name, fe.Tag())
	}
	return f
}

func plural(n string) string {
	if n == "1" {
		return "y"
	}
	return "ies"
}

// humanField turns a JSON field name into words: "legal_name" into "legal
// name", and an entry of a list, "emails[1]", into "entry 1 of emails".
func humanField(field string) string {
	name, idx, indexed := strings.Cut(field, "[")
	name = strings.ReplaceAll(name, "_", " ")
	if indexed {
		return "entry " + strings.TrimSuffix(idx, "]") + " of " + name
	}
	return name
}

func codeMessage(fe validator.FieldError) string {
	val := fmt.Sprint(fe.Value())
	l, ok := CodeListOf(fe.Type())
	if !ok {
		return fmt.Sprintf("%q is not a known code", val)
	}
	switch {
	case l.Open && strings.HasPrefix(val, vocab.ExtensionPrefix):
		return fmt.Sprintf("%q is not a well-formed extension code: after \"x-\" use lower-case words joined by '-' (and '.' for levels)", val)
	case l.Open:
		return fmt.Sprintf("%q is not a known %s%s; the list is open: custom codes start with \"x-\"", val, l.Name, nearest(val, l))
	default:
		return fmt.Sprintf("%q is not a known %s%s; the list is closed (the law fixes it)", val, l.Name, nearest(val, l))
	}
}

// nearest suggests the code of l closest to val ("did you mean ...?"), when one
// is close enough to be a slip: within a third of the longer string's length
// in edits. Jurisdictions, which are matched by form, get no suggestion.
func nearest(val string, l CodeList) string {
	if l.Key == "jurisdiction" || val == "" {
		return ""
	}
	best, bestD := "", -1
	for _, c := range l.Codes() {
		d := editDistance(val, c.Code)
		if bestD < 0 || d < bestD {
			best, bestD = c.Code, d
		}
	}
	if bestD < 0 || bestD*3 > max(len(val), len(best)) {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
