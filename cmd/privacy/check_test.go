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

func TestRunCheck(t *testing.T) {
	dir := t.TempDir()
	blausen := filepath.Join(dir, "blausen.json")
	b, err := examples.JSON("blausen-medical-2019")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blausen, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		status int
		out    []string // substrings of stdout
		notOut []string
	}{
		// Blausen does not state the right to complain: missing, so exit 1.
		{"file text", []string{blausen}, "", 1, []string{"missing gdpr-13-2-d", "law gdpr (declared)"}, []string{"satisfied gdpr"}},
		{"verbose", []string{"-v", blausen}, "", 1, []string{"satisfied gdpr-13-1-e"}, nil},
		{"stdin", []string{"-"}, string(b), 1, []string{"gdpr-13-2-d"}, nil},
		// Instacart has partial findings only: exit 0.
		{"example ok", []string{"example:instacart-2026"}, "", 0, []string{"partial ccpa-7011-e-1-g"}, nil},
		{"flags after policy", []string{"example:instacart-2026", "-law", "vcdpa", "-format", "json"}, "", 0, []string{`"law": "vcdpa",`, `"basis": "requested"`}, []string{"ccpa-7011"}},
		{"exemption", []string{"example:mayo-clinic-2024", "-law", "ccpa"}, "", 0, []string{"exempt, Mayo Clinic is a not for profit"}, []string{"ccpa-7011"}},
		{"sarif", []string{"-format", "sarif", blausen}, "", 1, []string{`"version": "2.1.0",`, `"ruleId": "gdpr-13-2-d",`, `"uri": "` + blausen, `"fullyQualifiedName": "/rights",`}, nil},
		{"help", []string{"-h"}, "", 0, []string{"usage: privacy check"}, nil},
		{"no policy", nil, "", 2, nil, nil},
		{"two policies", []string{blausen, blausen}, "", 2, nil, nil},
		{"bad format", []string{"-format", "xml", blausen}, "", 2, nil, nil},
		{"unknown law", []string{"-law", "nope", blausen}, "", 2, nil, nil},
		{"missing file", []string{filepath.Join(dir, "none.json")}, "", 2, nil, nil},
		{"bad json", []string{"-"}, "{", 2, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := runCheck(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tc.status, stderr.String())
			}
			// Compare with runs of spaces (the text format's columns) as one.
			var lines []string
			for _, l := range strings.Split(stdout.String(), "\n") {
				lines = append(lines, strings.Join(strings.Fields(l), " "))
			}
			got := strings.Join(lines, "\n")
			for _, s := range tc.out {
				if !strings.Contains(got, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout.String())
				}
			}
			for _, s := range tc.notOut {
				if strings.Contains(got, s) {
					t.Errorf("stdout has %q", s)
				}
			}
			if strings.Contains(strings.Join(tc.args, " "), "-format") && tc.status != 2 && !json.Valid(stdout.Bytes()) {
				t.Errorf("output is not JSON:\n%s", stdout.String())
			}
		})
	}
	// The command is wired into run.
	var stdout, stderr bytes.Buffer
	if status := run([]string{"check", blausen}, strings.NewReader(""), &stdout, &stderr); status != 1 {
		t.Errorf("privacy check through run: status %d", status)
	}
}
