package sarif

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestShape writes a log and checks, member by member, what the SARIF 2.1.0
// schema requires of it: version "2.1.0", runs, tool.driver.name, a message
// text on each result, a ruleIndex that points at the rule with the result's
// ruleId, a level from the schema's enum, and artifact and logical locations
// of the right shape.
func TestShape(t *testing.T) {
	l := New(Driver{Name: "privacy check", InformationURI: "https://example.org"})
	i := l.AddRule(Rule{ID: "gdpr-13-2-a", ShortDescription: &Message{Text: "retention"}})
	if j := l.AddRule(Rule{ID: "gdpr-13-2-a"}); j != i {
		t.Errorf("AddRule added a rule twice: %d, %d", i, j)
	}
	l.AddRule(Rule{ID: "never-sell"})
	if err := l.AddResult("never-sell", LevelError, "contradiction", "p.json", "/recipients/2"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddResult("gdpr-13-2-a", LevelWarning, "partial", "", "/retention"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddResult("nope", LevelError, "x", "", ""); err == nil {
		t.Error("a result for an undefined rule was accepted")
	}
	if err := l.AddResult("never-sell", "fatal", "x", "", ""); err == nil {
		t.Error("a level outside the enum was accepted")
	}
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["version"] != "2.1.0" || doc["$schema"] == nil {
		t.Fatalf("version/$schema: %v %v", doc["version"], doc["$schema"])
	}
	runs, ok := doc["runs"].([]any)
	if !ok || len(runs) != 1 {
		t.Fatalf("runs: %v", doc["runs"])
	}
	run := runs[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "privacy check" {
		t.Errorf("driver name %v", driver["name"])
	}
	rules := driver["rules"].([]any)
	results := run["results"].([]any)
	if len(results) != 2 {
		t.Fatalf("%d results, want 2", len(results))
	}
	levels := map[any]bool{"none": true, "note": true, "warning": true, "error": true}
	for _, r := range results {
		res := r.(map[string]any)
		msg, _ := res["message"].(map[string]any)
		if msg == nil || msg["text"] == "" {
			t.Errorf("result without message text: %v", res)
		}
		idx := int(res["ruleIndex"].(float64))
		if rules[idx].(map[string]any)["id"] != res["ruleId"] {
			t.Errorf("ruleIndex %d does not point at rule %v", idx, res["ruleId"])
		}
		if !levels[res["level"]] {
			t.Errorf("level %v", res["level"])
		}
		for _, lo := range res["locations"].([]any) {
			loc := lo.(map[string]any)
			if pl, ok := loc["physicalLocation"].(map[string]any); ok {
				if pl["artifactLocation"].(map[string]any)["uri"] == "" {
					t.Error("artifactLocation without uri")
				}
			}
			for _, ll := range loc["logicalLocations"].([]any) {
				if ll.(map[string]any)["fullyQualifiedName"] == "" {
					t.Error("logical location without a name")
				}
			}
		}
	}
	arts := run["artifacts"].([]any)
	if len(arts) != 1 || arts[0].(map[string]any)["location"].(map[string]any)["uri"] != "p.json" {
		t.Errorf("artifacts: %v", arts)
	}
	// An empty log still has a results array: "no results" is not "not run".
	var empty bytes.Buffer
	if err := New(Driver{Name: "x"}).Write(&empty); err != nil || !bytes.Contains(empty.Bytes(), []byte(`"results": []`)) {
		t.Errorf("empty log: %s %v", empty.Bytes(), err)
	}
}
