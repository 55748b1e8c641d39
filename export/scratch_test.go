package export

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/openpolicies/privacy/examples"
)

func TestScratch(t *testing.T) {
	p, _ := examples.ByID("instacart-2026")
	m, _ := Play(p)
	b, _ := json.MarshalIndent(m, "", " ")
	fmt.Println(string(b))
}
