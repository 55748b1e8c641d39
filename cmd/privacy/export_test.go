package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunExport(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		out    string
		errOut string
	}{
		{"help", []string{"-h"}, 0, "usage: privacy export", ""},
		{"no target", []string{"example:mayo-clinic-2024"}, 2, "", "usage"},
		{"unknown target", []string{"-to", "nope", "example:mayo-clinic-2024"}, 2, "", "unknown target"},
		{"missing policy", []string{"-to", "apple", "no/such.json"}, 2, "", "no such file"},
		{"apple", []string{"-to", "apple", "example:instacart-2026"}, 0, "<key>NSPrivacyCollectedDataTypes</key>", "warning: "},
		{"apple json", []string{"-to", "apple", "-json", "example:instacart-2026"}, 0, `"data_types": [`, ""},
		{"apple-label", []string{"-to", "apple-label", "example:mayo-clinic-2024"}, 0, "Data Linked to You", ""},
		{"apple-label json", []string{"-to", "apple-label", "-json", "example:mayo-clinic-2024"}, 0, `"data_linked_to_you"`, ""},
		{"play", []string{"-to", "play", "example:instacart-2026"}, 0, "PSL_DATA_TYPES_PERSONAL,PSL_EMAIL,true", ""},
		{"play json", []string{"-to", "play", "-json", "example:instacart-2026"}, 0, `"type": "PSL_EMAIL"`, ""},
		{"dpv", []string{"-to", "dpv", "example:vodafone-ie-2026"}, 0, `"@type": "dpv:Process"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := runExport(tc.args, strings.NewReader(""), &stdout, &stderr); got != tc.status {
				t.Errorf("status %d, want %d; stderr %s", got, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout lacks %q", tc.out)
			}
			if !strings.Contains(stderr.String(), tc.errOut) {
				t.Errorf("stderr lacks %q: %s", tc.errOut, stderr.String())
			}
		})
	}
	// The command is wired into run.
	var stdout, stderr bytes.Buffer
	if run([]string{"export", "-to", "play", "example:blausen-medical-2019"}, strings.NewReader(""), &stdout, &stderr) != 0 {
		t.Errorf("run export: %s", stderr.String())
	}
}
