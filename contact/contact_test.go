package contact

import (
	"regexp"
	"testing"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

func TestRoleRegistry(t *testing.T) {
	if err := roleList.Check(regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)); err != nil {
		t.Error(err)
	}
	var codes []string
	for _, d := range RoleDefinitions() {
		codes = append(codes, d.Code)
	}
	vocabtest.Match(t, ".", "Role", codes)
	if !Role("x-billing").Valid() || Role("billing").Valid() {
		t.Error("Role.Valid is wrong")
	}
}
