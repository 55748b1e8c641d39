package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunGVL(t *testing.T) {
	dir := t.TempDir()
	policy := filepath.Join(dir, "p.json")
	if err := os.WriteFile(policy, []byte(`{"id":"t","title":"T","language":"en","controllers":[{"id":"c","legal_name":"T Inc."}],
	"purposes":[{"id":"ads","kind":"targeted-advertising","legal_bases":[{"basis":"consent"}]}],
	"recipients":[{"id":"r1","types":["ad-network"],"entities":[{"name":"AdCo"}],"purposes":["ads"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	gvl := filepath.Join(dir, "gvl.json")
	if err := os.WriteFile(gvl, []byte(`{"gvlSpecificationVersion":3,"vendors":{
	"1":{"id":1,"name":"AdCo","purposes":[3,4]},
	"2":{"id":2,"name":"AdCo","purposes":[3,4,10]}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		out    string
	}{
		{"help", []string{"-h"}, 0, "usage: privacy gvl"},
		{"usage", []string{policy, gvl}, 2, ""},
		{"bad vendor", []string{policy, gvl, "x"}, 2, ""},
		{"missing vendor", []string{policy, gvl, "3"}, 2, ""},
		{"agrees", []string{policy, gvl, "1"}, 0, "vendor 1 (AdCo) agrees"},
		{"disagrees", []string{policy, gvl, "2"}, 1, "undisclosed-in-policy\tpurpose"},
		{"json", []string{"-json", policy, gvl, "2"}, 1, `"vendor_id": 2`},
		{"bad gvl", []string{policy, policy, "1"}, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := runGVL(tc.args, strings.NewReader(""), &stdout, &stderr); got != tc.status {
				t.Errorf("status %d, want %d; stderr %s", got, tc.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.out) {
				t.Errorf("stdout lacks %q:\n%s", tc.out, stdout.String())
			}
		})
	}
}
