package schemagen

import "testing"

func TestTitles(t *testing.T) {
	for in, want := range map[string]string{
		"Policy": "Policy", "RightsStatement": "Rights statement", "LegalBasis": "Legal basis",
		"AgeLimit": "Age limit", "URLList": "URL list",
	} {
		if got := typeTitle(in); got != want {
			t.Errorf("typeTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSnakeName(t *testing.T) {
	for in, want := range map[string]string{"SensitiveUnder": "sensitive_under", "DPV": "dpv", "P3P": "p3p", "URL": "url", "Members": "members"} {
		if got := snakeName(in); got != want {
			t.Errorf("snakeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanComment(t *testing.T) {
	in := "Period is one retention period, see\n[Period] and [policy.Marshal].\n\nSecond\nparagraph.\n"
	want := "Period is one retention period, see Period and policy.Marshal.\n\nSecond paragraph."
	if got := cleanComment(in); got != want {
		t.Errorf("cleanComment = %q, want %q", got, want)
	}
}

func TestReorder(t *testing.T) {
	in := `{"properties":{"type":{"type":"string","title":"T"},"id":false},"title":"X","type":"object","additionalProperties":false}`
	want := `{
  "title": "X",
  "type": "object",
  "properties": {
    "type": {
      "title": "T",
      "type": "string"
    },
    "id": {"not": {}}
  },
  "additionalProperties": false
}
`
	got, err := reorder([]byte(in))
	if err != nil || string(got) != want {
		t.Errorf("reorder = %s (err %v), want %s", got, err, want)
	}
}
