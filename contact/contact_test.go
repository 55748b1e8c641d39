package contact

import (
	"testing"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

func TestRoleRegistry(t *testing.T) {
	vocabtest.CheckRegistry(t, ".", "Role", roleList, vocabtest.Kebab)
	if !Role("x-billing").Valid() || Role("billing").Valid() {
		t.Error("Role.Valid is wrong")
	}
}
