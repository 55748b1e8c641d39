package rights

import (
	"testing"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

func TestRegistries(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		list vocabtest.Registry
	}{
		{"Right", rightList},
		{"ChannelKind", channelKindList},
		{"Period", periodList},
	} {
		t.Run(tc.typ, func(t *testing.T) {
			vocabtest.CheckRegistry(t, ".", tc.typ, tc.list, vocabtest.Kebab)
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
	if !Period("x-fortnight").Valid() {
		t.Error("periods take extension codes")
	}
}
