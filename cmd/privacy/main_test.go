package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		status int
		out    string // a line the output must contain
	}{
		{"no args", nil, "", 2, ""},
		{"unknown command", []string{"frobnicate"}, "", 2, ""},
		{"list", []string{"list"}, "", 0, "mayo-clinic-2024"},
		{"schema", []string{"schema"}, "", 0, `"$schema": "https://json-schema.org/draft/2020-12/schema"`},
		{"show", []string{"show", "blausen-medical-2019"}, "", 0, `"id": "blausen-medical-2019"`},
		{"data example", []string{"data", "mayo-clinic-2024"}, "", 0, "identifier.government.ssn"},
		{"show unknown", []string{"show", "nope"}, "", 2, ""},
		{"data file", []string{"data", "../../policy/testdata/full.json"}, "", 0, "health.condition"},
		{"validate ok", []string{"validate", "../../policy/testdata/full.json"}, "", 0, "full.json: ok"},
		{"validate stdin bad", []string{"validate", "-"}, `{"id": "Bad ID"}`, 1, "invalid-format"},
		{"codes", []string{"codes"}, "", 0, "basis              closed"},
		{"codes list", []string{"codes", "basis"}, "", 0, "legitimate-interests"},
		{"codes json", []string{"codes", "-json", "law"}, "", 0, `"key": "law"`},
		{"codes unknown list", []string{"codes", "nope"}, "", 2, ""},
		{"validate missing file", []string{"validate", "no/such/file.json"}, "", 1, "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("output lacks %q:\n%s", tc.out, stdout.String())
			}
			if tc.status == 2 && stderr.Len() == 0 {
				t.Error("a usage error prints nothing on stderr")
			}
		})
	}
}
