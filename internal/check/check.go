// Package check holds the module's one validator instance (go-playground
// validator/v10), built once with every custom tag registered before first use,
// and naming fields by their JSON names.
package check

import (
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/go-playground/validator/v10"
)

// Coded is implemented by every code type of the module.
type Coded interface{ Valid() bool }

var (
	once sync.Once
	v    *validator.Validate
)

// idForm is the form of a statement ID: lower-case letters and digits, words
// joined by hyphens, dots or underscores.
var idForm = regexp.MustCompile(`^[a-z0-9]+([._-][a-z0-9]+)*$`)

// ValidID reports whether s has idForm, without a regular expression: words of
// lower-case letters and digits joined by single '.', '_' or '-'.
func ValidID(s string) bool {
	if s == "" {
		return false
	}
	sep := true // at the start, as after a separator, a letter or digit must come
	for i := range len(s) {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			sep = false
		case c == '.' || c == '_' || c == '-':
			if sep {
				return false
			}
			sep = true
		default:
			return false
		}
	}
	return !sep
}

// IDPattern is idForm's source, for the JSON Schema.
const IDPattern = `^[a-z0-9]+([._-][a-z0-9]+)*$`

// durationForm is an ISO 8601 duration: P, then years, months, weeks, days, and
// after T hours, minutes, seconds; at least one part; T only with a time part.
var durationForm = regexp.MustCompile(`^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$`)

// DurationPattern is the ISO 8601 duration form, for the JSON Schema.
const DurationPattern = `^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$`

// MaxDurationDays bounds a duration: about a thousand years. A longer one
// ("P99999999999Y") is a slip, and "indefinite" has its own kind.
const MaxDurationDays = 1000 * 366

// Days per unit of a duration's parts (long months and years: the bound is
// generous), before and after its T.
var (
	per     = map[byte]float64{'Y': 366, 'M': 31, 'W': 7, 'D': 1}
	perTime = map[byte]float64{'H': 1.0 / 24, 'M': 1.0 / 1440, 'S': 1.0 / 86400}
)

// ValidDuration reports whether s is an ISO 8601 duration with at least one part,
// longer than zero ("P0D" says nothing) and at most MaxDurationDays long.
func ValidDuration(s string) bool {
	if !durationForm.MatchString(s) || s == "P" || strings.HasSuffix(s, "T") {
		return false
	}
	// Each part is digits and a designator; M is months before T, minutes after.
	days, time := 0.0, false
	num := ""
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 'T':
			time = true
		case c >= '0' && c <= '9' || c == '.':
			num += string(c)
		default:
			n, err := strconv.ParseFloat(num, 64)
			if err != nil || n > MaxDurationDays*86400 {
				return false
			}
			if time {
				days += n * perTime[c]
			} else {
				days += n * per[c]
			}
			num = ""
		}
	}
	return days > 0 && days <= MaxDurationDays
}

// phoneForm is a telephone number as people write it: digits with spaces, dots,
// hyphens and parentheses, an optional leading plus, ending with a digit.
var phoneForm = regexp.MustCompile(`^\+?[0-9(][0-9 ().-]*[0-9]$`)

// PhonePattern is phoneForm's source, for the JSON Schema.
const PhonePattern = `^\+?[0-9(][0-9 ().-]*[0-9]$`

// MinPhoneDigits is the fewest digits of a telephone number: the shortest
// service numbers have three ("112").
const MinPhoneDigits = 3

// MaxPhoneDigits is the most digits of a telephone number: E.164 allows
// fifteen, with room for a written trunk prefix or extension.
const MaxPhoneDigits = 20

// ValidPhone reports whether s is a telephone number in phoneForm with
// MinPhoneDigits to MaxPhoneDigits digits.
func ValidPhone(s string) bool {
	if !phoneForm.MatchString(s) {
		return false
	}
	n := 0
	for i := range len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n >= MinPhoneDigits && n <= MaxPhoneDigits
}

// ValidHTTPURL reports whether s is an absolute http or https URL with a host,
// as validator/v10's http_url tag has it, and, when it gives a port, a port
// from 1 to 65535.
func ValidHTTPURL(s string) bool {
	if s == "" {
		return false
	}
	u, err := url.Parse(strings.ToLower(s))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	if port := u.Port(); port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 {
			return false
		}
	}
	return u.Hostname() != ""
}

// Blank reports whether s has nothing a reader can see: it is empty or only
// white space (including the no-break space), control characters (such as
// NUL) and invisible format characters (zero-width spaces and joiners, the
// byte-order mark).
func Blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// dateForm is a calendar date, or a month or year when a text gives no more:
// YYYY-MM-DD, YYYY-MM or YYYY, from year MinYear.
var dateForm = regexp.MustCompile(DatePattern)

// DatePattern is dateForm's source, for the JSON Schema: the year is 1900
// (MinYear) or later, so that the schema and Go agree.
const DatePattern = `^(19|[2-9][0-9])[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`

// MinYear is the earliest year a date may have: no privacy policy, law or
// version of one is older, and "0000-01-01" is a placeholder, not a date.
const MinYear = 1900

// ValidDate reports whether s is a real date (YYYY-MM-DD), month (YYYY-MM) or
// year (YYYY), in MinYear or later.
func ValidDate(s string) bool {
	if !dateForm.MatchString(s) {
		return false
	}
	if y, _ := strconv.Atoi(s[:4]); y < MinYear {
		return false
	}
	if len(s) < len("2006-01-02") {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// Embedded is the name the validator gives an embedded struct (the statement
// envelope), whose members sit beside the embedding type's own in JSON;
// [Pointer] leaves it out.
const Embedded = "~embedded"

// IsEmbedded reports whether f is an embedded struct without a json tag, whose
// members encoding/json puts beside those of the embedding type.
func IsEmbedded(f reflect.StructField) bool {
	return f.Anonymous && f.Tag.Get("json") == "" && f.Type.Kind() == reflect.Struct
}

// Validator returns the shared validator.
func Validator() *validator.Validate {
	once.Do(func() {
		v = validator.New(validator.WithRequiredStructEnabled())
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			if IsEmbedded(f) {
				return Embedded
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				return ""
			}
			if name == "" {
				return f.Name
			}
			return name
		})
		must(v.RegisterValidation("id", func(fl validator.FieldLevel) bool {
			return ValidID(fl.Field().String())
		}))
		must(v.RegisterValidation("code", func(fl validator.FieldLevel) bool {
			c, ok := fl.Field().Interface().(Coded)
			return ok && c.Valid()
		}))
		must(v.RegisterValidation("duration", func(fl validator.FieldLevel) bool {
			return ValidDuration(fl.Field().String())
		}))
		must(v.RegisterValidation("date", func(fl validator.FieldLevel) bool {
			return ValidDate(fl.Field().String())
		}))
		must(v.RegisterValidation("phone", func(fl validator.FieldLevel) bool {
			return ValidPhone(fl.Field().String())
		}))
		// http_url replaces the validator's own, which takes any port.
		must(v.RegisterValidation("http_url", func(fl validator.FieldLevel) bool {
			return ValidHTTPURL(fl.Field().String())
		}))
	})
	return v
}

func must(err error) {
	if err != nil {
		panic(err) // a programming error in this file, caught by any test
	}
}

// Pointer turns a validator namespace ("Policy.purposes[1].legal_bases[0]") into
// a JSON Pointer ("/purposes/1/legal_bases/0"). The first segment, the Go type
// name, is dropped.
func Pointer(namespace string) string {
	_, rest, found := strings.Cut(namespace, ".")
	if !found {
		return ""
	}
	var b strings.Builder
	for _, seg := range strings.Split(rest, ".") {
		if seg == Embedded {
			continue
		}
		name, idx, _ := strings.Cut(seg, "[")
		b.WriteByte('/')
		b.WriteString(Escape(name))
		for idx != "" {
			var n string
			n, idx, _ = strings.Cut(idx, "]")
			b.WriteByte('/')
			b.WriteString(n)
			idx = strings.TrimPrefix(idx, "[")
		}
	}
	return b.String()
}

// pointerEscaper is built once: building a Replacer costs far more than using it.
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// Escape escapes one JSON Pointer reference token (RFC 6901).
func Escape(token string) string {
	if !strings.ContainsAny(token, "~/") {
		return token // every member name of the model
	}
	return pointerEscaper.Replace(token)
}
