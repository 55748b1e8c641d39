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
//
// At most [DefaultMaxFaults] faults are listed, the last of code [FaultTooMany]
// saying how many more there are; [Decoder.Validate] sets another limit.
func (p *Policy) Validate() error { return p.validate(DefaultMaxFaults) }

// Validate validates p as [Policy.Validate] does, listing at most d.MaxFaults
// faults.
func (d Decoder) Validate(p *Policy) error { return p.validate(d.limits().faults) }

func (p *Policy) validate(maxFaults int) error {
	if p == nil {
		return Faults{{Code: FaultRequired, Message: "policy is nil"}}
	}
	var fs Faults
	fs = append(fs, fieldFaults(p)...)
	fs = append(fs, referenceFaults(p)...)
	fs = append(fs, ruleFaults(p)...)
	if len(fs) == 0 {
		return nil
	}
	return fs.sorted().capped(maxFaults, 0)
}

// fieldErr is one failed field rule, as fieldFault needs it: the JSON Pointer,
// the field's JSON name ("emails[1]" for an entry of a list), the tag and its
// parameter, and the value with its kind and type.
type fieldErr struct {
	path, field, tag, param string
	kind                    reflect.Kind
	typ                     reflect.Type
	value                   any
}

// fromValidator turns a validator/v10 error into a fieldErr.
func fromValidator(fe validator.FieldError) fieldErr {
	return fieldErr{path: check.Pointer(fe.Namespace()), field: fe.Field(), tag: fe.Tag(), param: fe.Param(),
		kind: fe.Kind(), typ: fe.Type(), value: fe.Value()}
}

// validatorFieldFaults runs the field rules through validator/v10 itself. It is
// the oracle the compiled rules of fieldFaults are tested against (the invalid
// corpus, the fixtures and FuzzFieldRules); Validate does not use it.
func validatorFieldFaults(p *Policy) Faults {
	err := check.Validator().Struct(p)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return Faults{{Code: FaultInvalidFormat, Message: err.Error()}}
	}
	fs := make(Faults, 0, len(verrs))
	suggestions := maxSuggestions
	for _, fe := range verrs {
		fs = append(fs, fieldFault(fromValidator(fe), suggestions > 0))
		if fe.Tag() == "code" {
			suggestions--
		}
	}
	return fs
}

// maxSuggestions is how many unknown codes get a "did you mean" suggestion,
// which costs an edit distance to every code of the list; a document full of
// unknown codes gets them for the first ones only.
const maxSuggestions = 100

func fieldFault(fe fieldErr, suggest bool) Fault {
	path := fe.path
	name := humanField(fe.field)
	f := Fault{Path: path, Code: FaultInvalidFormat}
	switch fe.tag {
	case "required":
		f.Code, f.Message = FaultRequired, name+" is required"
	case "min":
		if fe.kind == reflect.Slice {
			f.Code, f.Message = FaultTooFew, fmt.Sprintf("%s needs at least %s entr%s", name, fe.param, plural(fe.param))
		} else {
			f.Code, f.Message = FaultOutOfRange, fmt.Sprintf("%s must be at least %s, not %v", name, fe.param, fe.value)
		}
	case "max":
		f.Code, f.Message = FaultOutOfRange, fmt.Sprintf("%s must be at most %s, not %v", name, fe.param, fe.value)
	case "code":
		f.Code, f.Message = FaultUnknownCode, codeMessage(fe, suggest)
	case "id":
		f.Message = fmt.Sprintf("%s %s is not a valid ID: use lower-case letters and digits, words joined by '-', '.' or '_'", name, quote(fmt.Sprint(fe.value)))
	case "email":
		f.Message = fmt.Sprintf("%s %s is not an e-mail address", name, quote(fmt.Sprint(fe.value)))
	case "http_url":
		f.Message = fmt.Sprintf("%s %s is not an absolute http or https URL", name, quote(fmt.Sprint(fe.value)))
	case "date":
		f.Message = fmt.Sprintf("%s %s is not a date in the form YYYY-MM-DD (or YYYY-MM, or YYYY, when the policy gives no more)", name, quote(fmt.Sprint(fe.value)))
	case "bcp47_language_tag":
		f.Message = fmt.Sprintf("%s %s is not a BCP 47 language tag such as \"en-US\"", name, quote(fmt.Sprint(fe.value)))
	case "duration":
		f.Message = fmt.Sprintf("%s %s is not an ISO 8601 duration such as \"P6M\" or \"P7Y\"", name, quote(fmt.Sprint(fe.value)))
	case "phone":
		f.Message = fmt.Sprintf("%s %s is not a telephone number", name, quote(fmt.Sprint(fe.value)))
	case "iso3166_1_alpha2":
		f.Message = fmt.Sprintf("%s %s is not an ISO 3166-1 alpha-2 country code", name, quote(fmt.Sprint(fe.value)))
	default:
		f.Message = fmt.Sprintf("%s fails the %q rule", name, fe.tag)
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

func codeMessage(fe fieldErr, suggest bool) string {
	val := fmt.Sprint(fe.value)
	l, ok := CodeListOf(fe.typ)
	if !ok {
		return fmt.Sprintf("%s is not a known code", quote(val))
	}
	if !suggest {
		l.Key = "jurisdiction" // nearest suggests nothing for it
	}
	switch {
	case l.Open && strings.HasPrefix(val, vocab.ExtensionPrefix):
		return fmt.Sprintf("%s is not a well-formed extension code: after \"x-\" use lower-case words joined by '-' (and '.' for levels)", quote(val))
	case l.Open:
		return fmt.Sprintf("%s is not a known %s%s; the list is open: custom codes start with \"x-\"", quote(val), l.Name, nearest(val, l))
	default:
		return fmt.Sprintf("%s is not a known %s%s; the list is closed (the law fixes it)", quote(val), l.Name, nearest(val, l))
	}
}

// nearest suggests the code of l closest to val ("did you mean ...?"), when one
// is close enough to be a slip: within a third of the longer string's length
// in edits (check.Nearest; a transposition is one edit). Jurisdictions, which are matched by form, get no suggestion.
func nearest(val string, l CodeList) string {
	if l.Key == "jurisdiction" || val == "" || len(val) > maxSuggested {
		return ""
	}
	codes := l.Codes()
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = c.Code
	}
	best := check.Nearest(val, names)
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// maxSuggested is the longest value nearest looks for a suggestion for: no
// code is longer, and the edit distance costs the product of the lengths.
const maxSuggested = 64
