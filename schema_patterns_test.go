package privacy_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/gen/schema/schemagen"
)

// TestDurationPattern checks that the schema's duration pattern accepts exactly
// the strings Go validation accepts, over every string of up to five tokens,
// except those Go rejects by size alone: zero ("P0D") or longer than
// check.MaxDurationDays ("P1112Y"), bounds a pattern cannot state.
func TestDurationPattern(t *testing.T) {
	re := regexp.MustCompile(schemagen.DurationPattern)
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
