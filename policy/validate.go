package policy

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/contact"
	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/rights"
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
	case "datetime":
		f.Message = fmt.Sprintf("%s %q is not a date in the form YYYY-MM-DD", name, fe.Value())
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

// codeLists names the code type of each list for messages, and says whether the
// list takes "x-" extension codes.
var codeLists = map[reflect.Type]struct {
	name string
	open bool
}{
	reflect.TypeFor[category.Data]():         {"data category", true},
	reflect.TypeFor[category.Purpose]():      {"purpose", true},
	reflect.TypeFor[category.Recipient]():    {"recipient type", true},
	reflect.TypeFor[category.Source]():       {"data source", false},
	reflect.TypeFor[category.Method]():       {"collection method", true},
	reflect.TypeFor[category.TrackerKind]():  {"tracker kind", true},
	reflect.TypeFor[category.TrackerClass](): {"tracker class", true},
	reflect.TypeFor[category.Subject]():      {"data subject type", true},
	reflect.TypeFor[category.Service]():      {"service kind", true},
	reflect.TypeFor[contact.Role]():          {"contact role", true},
	reflect.TypeFor[rights.Right]():          {"right", true},
	reflect.TypeFor[rights.ChannelKind]():    {"channel kind", true},
	reflect.TypeFor[rights.Period]():         {"period", false},
	reflect.TypeFor[jurisdiction.Code]():     {"jurisdiction (ISO 3166-1 country, ISO 3166-2 subdivision, EU or EEA)", true},
	reflect.TypeFor[jurisdiction.Law]():      {"law", true},
	reflect.TypeFor[Basis]():                 {"legal basis", false},
	reflect.TypeFor[SpecialCondition]():      {"special-category condition", false},
	reflect.TypeFor[ChoiceMode]():            {"choice mode", false},
	reflect.TypeFor[Requirement]():           {"requirement", false},
	reflect.TypeFor[Condition]():             {"disclosure condition", false},
	reflect.TypeFor[PeriodKind]():            {"retention period kind", false},
	reflect.TypeFor[Event]():                 {"retention event", true},
	reflect.TypeFor[Disposal]():              {"disposal", false},
	reflect.TypeFor[Safeguard]():             {"transfer safeguard", false},
	reflect.TypeFor[ChoiceKind]():            {"choice kind", true},
	reflect.TypeFor[MechanismKind]():         {"mechanism kind", true},
	reflect.TypeFor[MeasureKind]():           {"security measure kind", true},
	reflect.TypeFor[DisclaimerKind]():        {"disclaimer kind", true},
	reflect.TypeFor[SignalKind]():            {"privacy signal", false},
	reflect.TypeFor[Response]():              {"signal response", false},
	reflect.TypeFor[NoticeMethod]():          {"notice method", false},
	reflect.TypeFor[Trigger]():               {"notice trigger", false},
	reflect.TypeFor[Effect]():                {"change effect", false},
	reflect.TypeFor[LawStatus]():             {"law status", false},
	reflect.TypeFor[DocumentKind]():          {"document kind", true},
	reflect.TypeFor[TrackerParty]():          {"tracker party", false},
	reflect.TypeFor[LifespanKind]():          {"lifespan kind", false},
	reflect.TypeFor[OfficerRole]():           {"officer role", false},
	reflect.TypeFor[ChildAction]():           {"child data action", false},
}

func codeMessage(fe validator.FieldError) string {
	val := fmt.Sprint(fe.Value())
	l, ok := codeLists[fe.Type()]
	if !ok {
		return fmt.Sprintf("%q is not a known code", val)
	}
	switch {
	case l.open && strings.HasPrefix(val, vocab.ExtensionPrefix):
		return fmt.Sprintf("%q is not a well-formed extension code: after \"x-\" use lower-case words joined by '-' (and '.' for levels)", val)
	case l.open:
		return fmt.Sprintf("%q is not a known %s; custom codes start with \"x-\"", val, l.name)
	default:
		return fmt.Sprintf("%q is not a known %s", val, l.name)
	}
}
