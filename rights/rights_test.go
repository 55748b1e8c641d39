package rights

import (
	"regexp"
	"testing"

	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestRegistries(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		list interface {
			Check(*regexp.Regexp) error
			Terms() []vocab.Term
		}
	}{
		{"Right", rightList},
		{"ChannelKind", channelKindList},
		{"Period", periodList},
	} {
		t.Run(tc.typ, func(t *testing.T) {
			if err := tc.list.Check(kebab); err != nil {
				t.Error(err)
			}
			var codes []string
			for _, term := range tc.list.Terms() {
				codes = append(codes, term.Code)
			}
			vocabtest.Match(t, ".", tc.typ, codes)
		})
	}
}

func TestRightMappings(t *testing.T) {
	for r, art := range map[Right]string{RightAccess: "Art. 15", RightErasure: "Art. 17", RightComplaint: "Art. 77", RightWithdrawConsent: "Art. 7(3)"} {
		d, ok := r.Definition()
		if !ok || d.GDPR != art {
			t.Errorf("%s: GDPR %q, want %q", r, d.GDPR, art)
		}
	}
	if got := RightKnowSource.Ancestors(); len(got) != 1 || got[0] != RightAccess {
		t.Errorf("know-source ancestors = %v", got)
	}
	if Period("x-fortnight").Valid() {
		t.Error("periods take no extension codes")
	}
}
