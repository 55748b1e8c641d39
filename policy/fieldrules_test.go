package policy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openpolicies/privacy/category"
)

// sameFieldFaults fails when the compiled field rules and validator/v10, the
// oracle, disagree on p: same paths, codes and messages.
func sameFieldFaults(t *testing.T, name string, p *Policy) {
	t.Helper()
	var got Faults
	for _, f := range fieldFaults(p) {
		// Blank text and repeated codes are the compiled rules' own checks.
		if f.Code != FaultDuplicateCode && !strings.HasSuffix(f.Message, "only white space or invisible characters") {
			got = append(got, f)
		}
	}
	want := validatorFieldFaults(p)
	byAll := cmpopts.SortSlices(func(a, b Fault) bool { return a.Error() < b.Error() })
	if diff := cmp.Diff(want, got, byAll, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s: compiled field rules and validator/v10 disagree (-validator +compiled):\n%s", name, diff)
	}
}

// oracleDocs are the documents the field rules are compared on: the whole
// invalid corpus, full.json and every fixture.
func oracleDocs(t testing.TB) map[string][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	fixtures, _ := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
	files = append(append(files, filepath.Join("testdata", "full.json")), fixtures...)
	docs := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = data
	}
	return docs
}

// TestFieldRulesMatchValidator runs both on every document that encoding/json
// can read into the model (a document with structural faults may still give a
// partial value), and on values Decode could never produce.
func TestFieldRulesMatchValidator(t *testing.T) {
	n := 0
	for name, data := range oracleDocs(t) {
		var p Policy
		if json.Unmarshal(data, &p) != nil {
			continue
		}
		n++
		sameFieldFaults(t, name, &p)
	}
	if n < 50 {
		t.Errorf("compared %d documents, want the whole corpus", n)
	}
	sameFieldFaults(t, "zero policy", &Policy{})
	sameFieldFaults(t, "empty lists", &Policy{Controllers: []Controller{}, Services: []Service{{}}, Children: &Children{AgeLimits: []AgeLimit{{}}},
		Retention: []Retention{{Periods: []Period{}, Exceptions: []Exception{{}}}}, Collection: []Collection{{Data: nil}, {Data: []category.Data{""}}}})
}

// FuzzFieldRules compares the compiled field rules with validator/v10 on
// whatever encoding/json reads from arbitrary bytes, seeded with the corpus.
//
//	go test ./policy -run '^$' -fuzz FuzzFieldRules -fuzztime 60s
func FuzzFieldRules(f *testing.F) {
	for _, data := range oracleDocs(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Policy
		if json.Unmarshal(data, &p) != nil {
			return
		}
		sameFieldFaults(t, "fuzzed document", &p)
	})
}
