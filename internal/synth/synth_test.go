package synth

import (
	"bytes"
	"testing"

	"github.com/openpolicies/privacy/policy"
)

// TestValid checks that generated policies validate, decode and are
// deterministic.
func TestValid(t *testing.T) {
	for _, n := range []int{0, 1, 10, 137, 1000} {
		a, b := JSON(n), JSON(n)
		if !bytes.Equal(a, b) {
			t.Fatalf("JSON(%d) is not deterministic", n)
		}
		p, err := policy.Decode(bytes.NewReader(a))
		if err != nil {
			t.Fatalf("JSON(%d) does not decode cleanly: %v", n, err)
		}
		got := len(p.Collection) + len(p.Purposes) + len(p.Recipients) + len(p.Retention)
		if got != n {
			t.Errorf("Policy(%d) has %d statements", n, got)
		}
	}
}
