package privacy_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/gen/schema/schemagen"
)

// TestDurationPattern checks that the schema's duration rule (the pattern
// check.DurationPattern and not DurationEmptyPattern) accepts exactly the
// strings Go validation accepts, over every string of up to five tokens,
// except those Go rejects by size alone: zero ("P0D") or longer than
// check.MaxDurationDays ("P1112Y"), bounds a pattern cannot state.
func TestDurationPattern(t *testing.T) {
	form, empty := regexp.MustCompile(check.DurationPattern), regexp.MustCompile(schemagen.DurationEmptyPattern)
	re := matcherFunc(func(s string) bool { return form.MatchString(s) && !empty.MatchString(s) })
	tokens := []string{"P", "T", "1", "12", "Y", "M", "W", "D", "H", "S", ".5", "-"}
	var walk func(s string, n int)
	count := 0
	walk = func(s string, n int) {
		count++
		got, want := re.MatchString(s), check.ValidDuration(s)
		if got && !want && outOfBounds(s) {
			want = true
		}
		if got != want {
			t.Errorf("%q: pattern %v, Go %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, tok := range tokens {
			walk(s+tok, n-1)
		}
	}
	walk("", 5)
	for _, s := range []string{"P6M", "P7Y", "P1Y2M3W4DT5H6M7.5S", "PT0S", "P2W"} {
		if !re.MatchString(s) {
			t.Errorf("%q does not match", s)
		}
	}
	t.Logf("compared %d strings", count)
}

// outOfBounds reports whether duration s is zero or has a part of more than
// a thousand years, months, weeks or days (the parts of the walk above).
func outOfBounds(s string) bool {
	zero := true
	for _, part := range regexp.MustCompile(`[0-9.]+`).FindAllString(s, -1) {
		n, _ := strconv.ParseFloat(part, 64)
		if n != 0 {
			zero = false
		}
		if n > 1000 {
			return true
		}
	}
	return zero
}

type matcherFunc func(string) bool

func (f matcherFunc) MatchString(s string) bool { return f(s) }

// TestDatePattern checks that the schema's date rule (check.DatePattern and
// not DateNonexistentPattern) accepts exactly the strings Go validation
// accepts: every month and day from 00 to 39 of years around the leap-year
// exceptions, the partial forms, and malformed strings.
func TestDatePattern(t *testing.T) {
	form, none := regexp.MustCompile(check.DatePattern), regexp.MustCompile(schemagen.DateNonexistentPattern)
	re := matcherFunc(func(s string) bool { return form.MatchString(s) && !none.MatchString(s) })
	try := func(s string) {
		if got, want := re.MatchString(s), check.ValidDate(s); got != want {
			t.Errorf("%q: pattern %v, Go %v", s, got, want)
		}
	}
	count := 0
	years := []int{0, 4, 100, 400, 1600, 1700, 1800, 1896, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999}
	for y := 1890; y < 2110; y++ {
		years = append(years, y)
	}
	for _, y := range years {
		ys := fmt.Sprintf("%04d", y)
		try(ys)
		for m := 0; m < 40; m++ {
			ms := fmt.Sprintf("%s-%02d", ys, m)
			try(ms)
			for d := 0; d < 40; d++ {
				try(fmt.Sprintf("%s-%02d", ms, d))
				count++
			}
		}
	}
	for y := range 10000 {
		try(fmt.Sprintf("%04d-02-29", y)) // every year's leap day
	}
	for _, s := range []string{"", "24", "2024-4", "2024-04-1", "April 19, 2024", "2024/04/19", "2024-04-19T00:00:00Z", " 2024", "20245"} {
		try(s)
	}
	t.Logf("compared %d dates", count)
}

// TestEmailPattern checks the pattern the schema puts beside format "email":
// it accepts what Go validation accepts and rejects what people mistype.
func TestEmailPattern(t *testing.T) {
	re := regexp.MustCompile(schemagen.EmailPattern)
	v := check.Validator()
	for _, s := range []string{"privacy@mayo.edu", "PRIVACYOFFICE@mayo.edu", "first.last+tag@sub.example.co.uk", "dpo@example.ie"} {
		if !re.MatchString(s) || v.Var(s, "email") != nil {
			t.Errorf("%q: pattern %v, Go %v", s, re.MatchString(s), v.Var(s, "email"))
		}
	}
	// Looser than Go, as privacy.Schema's doc says.
	if s := "a..b@c.de"; !re.MatchString(s) || v.Var(s, "email") == nil {
		t.Errorf("%q: pattern %v, Go accepts %v: update the doc of privacy.Schema", s, re.MatchString(s), v.Var(s, "email") == nil)
	}
	for _, s := range []string{"privacy at mayo.edu", "a@b", "a b@c.de", "a@@b.de", "@b.de", "a@", "a@b .de", "a@b."} {
		if re.MatchString(s) || v.Var(s, "email") == nil {
			t.Errorf("%q: pattern %v, Go accepts %v", s, re.MatchString(s), v.Var(s, "email") == nil)
		}
	}
}

// TestLanguagePattern checks the language-tag pattern against Go validation:
// both accept well-formed tags and reject malformed ones. (Go also accepts
// "en_US", which the schema rejects; see schemaStricter.)
func TestLanguagePattern(t *testing.T) {
	re := regexp.MustCompile(schemagen.LanguagePattern)
	v := check.Validator()
	for _, s := range []string{"en", "en-US", "EN-us", "zh-Hant-TW", "de-CH-1901", "sr-Latn-RS", "es-419",
		"x-private", "i-klingon", "en-GB-oed", "sgn-BE-FR", "en-US-u-ca-gregory", "zh-min-nan", "art-lojban", "qaa", "en-a-bbb-x-a-ccc"} {
		if !re.MatchString(s) || v.Var(s, "bcp47_language_tag") != nil {
			t.Errorf("%q: pattern %v, Go %v", s, re.MatchString(s), v.Var(s, "bcp47_language_tag"))
		}
	}
	for _, s := range []string{"", "en-", "-en", "123", "en--US", "abcdefghi", "en_US!", "en US", "e"} {
		if re.MatchString(s) || v.Var(s, "bcp47_language_tag") == nil {
			t.Errorf("%q: pattern %v, Go accepts %v", s, re.MatchString(s), v.Var(s, "bcp47_language_tag") == nil)
		}
	}
}
