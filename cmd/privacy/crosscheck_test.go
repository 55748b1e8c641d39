package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunCrosscheck(t *testing.T) {
	dir := t.TempDir()
	// The fixture's own export agrees with it.
	var plist, stderr bytes.Buffer
	if runExport([]string{"-to", "apple", "example:instacart-2026"}, nil, &plist, &stderr) != 0 {
		t.Fatal(stderr.String())
	}
	own := filepath.Join(dir, "own.xcprivacy")
	if err := os.WriteFile(own, plist.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Another fixture's declaration disagrees.
	other := filepath.Join(dir, "other.csv")
	var csv bytes.Buffer
	if runExport([]string{"-to", "play", "example:blausen-medical-2019"}, nil, &csv, &stderr) != 0 {
		t.Fatal(stderr.String())
	}
	if err := os.WriteFile(other, csv.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.xcprivacy")
	if err := os.WriteFile(bad, []byte("<plist>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		status int
		out    string
	}{
		{"help", []string{"-h"}, "", 0, "usage: privacy crosscheck"},
		{"usage", []string{"example:instacart-2026"}, "", 2, ""},
		{"agrees", []string{"example:instacart-2026", own}, "", 0, "apple declaration agrees"},
		{"agrees stdin", []string{"example:instacart-2026", "-"}, plist.String(), 0, "agrees"},
		{"disagrees", []string{"example:instacart-2026", other}, "", 1, "undeclared\tdata-type\t/collection/"},
		{"disagrees json", []string{"-json", "example:instacart-2026", other}, "", 1, `"format": "play"`},
		{"malformed", []string{"example:instacart-2026", bad}, "", 2, ""},
		{"missing", []string{"example:instacart-2026", filepath.Join(dir, "nope")}, "", 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := runCrosscheck(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr); got != tc.status {
				t.Errorf("status %d, want %d; stderr %s", got, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout lacks %q:\n%s", tc.out, stdout.String())
			}
		})
	}
}
