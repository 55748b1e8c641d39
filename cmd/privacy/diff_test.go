package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/examples"
)

// fixtureFile writes an example's JSON to a temporary file.
func fixtureFile(t *testing.T, id string) string {
	t.Helper()
	b, err := examples.JSON(id)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), id+".json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunDiff(t *testing.T) {
	m21, m24 := fixtureFile(t, examples.MayoClinic2021ID), fixtureFile(t, examples.MayoClinic2024ID)
	m24JSON, _ := examples.JSON(examples.MayoClinic2024ID)
	for _, tc := range []struct {
		name      string
		args      []string
		stdin     string
		status    int
		out, errs string // text stdout and stderr must contain
	}{
		{"help", []string{"-h"}, "", 0, "usage: privacy diff", ""},
		{"no files", nil, "", 2, "", "too few arguments"},
		{"one file", []string{m21}, "", 2, "", "too few arguments"},
		{"three files", []string{m21, m24, m21}, "", 2, "", "too many arguments"},
		{"bad format", []string{"-format", "xml", m21, m24}, "", 2, "", `unknown -format "xml"`},
		{"missing file", []string{m21, "no/such/file.json"}, "", 2, "", "no/such/file.json"},
		{"two stdins", []string{"-", "-"}, "", 2, "", "only one"},
		{"same", []string{m24, m24}, "", 0, "No changes.", ""},
		{"text", []string{m21, m24}, "", 1, "~ updated: 2021-03-04 → 2024-04-19  [neutral]", ""},
		{"flags after files", []string{m21, m24, "-format", "json"}, "", 1, `"old": "mayo-clinic-2021"`, ""},
		{"stdin", []string{"-format=json", m21, "-"}, string(m24JSON), 1, `"new": "mayo-clinic-2024"`, ""},
		{"bad stdin", []string{m21, "-"}, "{", 2, "", "standard input is not a policy document"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := runDiff(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout lacks %q:\n%.2000s", tc.out, stdout.String())
			}
			if !strings.Contains(stderr.String(), tc.errs) {
				t.Errorf("stderr lacks %q:\n%s", tc.errs, stderr.String())
			}
		})
	}
}

func TestRunDiffJSONIsValid(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m21, m24 := fixtureFile(t, examples.MayoClinic2021ID), fixtureFile(t, examples.MayoClinic2024ID)
	if status := runDiff([]string{"-format", "json", m21, m24}, nil, &stdout, &stderr); status != 1 {
		t.Fatalf("status %d; stderr: %s", status, stderr.String())
	}
	var r struct {
		Summary struct{ Total int } `json:"summary"`
		Changes []json.RawMessage   `json:"changes"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Summary.Total == 0 || r.Summary.Total != len(r.Changes) {
		t.Errorf("summary total %d, %d changes", r.Summary.Total, len(r.Changes))
	}
}
