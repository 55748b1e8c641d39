package compliance

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

// TestNoPanic checks every document of the policy package's corpora (the full
// test document and the invalid ones, which decode to odd but typed values)
// against every law with requirements, and a nil policy: Check must return,
// never panic.
func TestNoPanic(t *testing.T) {
	var all []jurisdiction.Law
	for _, def := range jurisdiction.LawDefinitions() {
		if l := jurisdiction.Law(def.Code); len(l.Requirements()) > 0 {
			all = append(all, l)
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "policy", "testdata", "invalid", "*.json"))
	files = append(files, filepath.Join("..", "policy", "testdata", "full.json"))
	if len(files) < 10 {
		t.Fatalf("found %d corpus files", len(files))
	}
	checked := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := policy.Decode(f)
		f.Close()
		if p == nil {
			continue
		}
		for _, opts := range []Options{{}, {Laws: all}} {
			rep, err := Check(p, opts)
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			if len(opts.Laws) > 0 && len(rep.Findings) < len(jurisdiction.Requirements())-len(exemptRequirements(rep)) {
				t.Errorf("%s: %d findings for %d requirements", name, len(rep.Findings), len(jurisdiction.Requirements()))
			}
		}
		checked++
	}
	if checked < len(files)/2 {
		t.Errorf("only %d of %d corpus documents decoded", checked, len(files))
	}
	if _, err := Check(nil, Options{}); err == nil {
		t.Error("a nil policy gave no error")
	}
}

// exemptRequirements returns the requirements of the laws a report
// lists as exempt, which get no findings.
func exemptRequirements(rep Report) []jurisdiction.Requirement {
	var rs []jurisdiction.Requirement
	for _, l := range rep.Laws {
		if l.Exempt {
			rs = append(rs, l.Law.Requirements()...)
		}
	}
	return rs
}
