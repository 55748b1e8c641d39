package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestRunLabel(t *testing.T) {
	full, err := os.ReadFile("../../policy/testdata/full.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name           string
		args           []string
		stdin          string
		status         int
		stdout, stderr string // text each must contain
	}{
		{"help", []string{"-h"}, "", 0, "usage: privacy label", ""},
		{"markdown of a file", []string{"../../policy/testdata/full.json"}, "", 0, "# Privacy label:", ""},
		{"html of stdin", []string{"-format", "html", "-"}, string(full), 0, "<!DOCTYPE html>", ""},
		{"example by ID", []string{"example:mayo-clinic-2024"}, "", 0, "| **Health data** |", ""},
		{"bad format", []string{"-format", "pdf", "x.json"}, "", 2, "", `unknown -format "pdf"`},
		{"unknown flag", []string{"-nope", "x.json"}, "", 2, "", "flag provided but not defined"},
		{"no policy", nil, "", 2, "", "too few arguments"},
		{"two policies", []string{"a.json", "b.json"}, "", 2, "", "too many arguments"},
		{"missing file", []string{"no/such/file.json"}, "", 2, "", "no such file"},
		{"syntax error", []string{"-"}, "{", 2, "", "standard input is not a policy document"},
		{"document with faults still labelled", []string{"-"}, strings.Replace(string(full), `"language": "en-US"`, `"language": "en_US"`, 1), 0, "# Privacy label:", "warning: standard input has 1 fault(s)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(append([]string{"label"}, tc.args...), strings.NewReader(tc.stdin), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.stdout) {
				t.Errorf("stdout lacks %q:\n%.500s", tc.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr.String())
			}
			if tc.status == 0 && tc.stderr == "" && stderr.Len() > 0 {
				t.Errorf("unexpected stderr: %s", stderr.String())
			}
		})
	}
}
