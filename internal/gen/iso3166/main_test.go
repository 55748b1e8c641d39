package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestFresh regenerates the tables and compares them with the committed file,
// when this machine has the same iso-codes version the file was made from.
func TestFresh(t *testing.T) {
	const dir = "/usr/share/iso-codes/json"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("Debian's iso-codes is not installed")
	}
	committed, err := os.ReadFile("../../../jurisdiction/iso3166_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	v, err := exec.Command("dpkg-query", "-W", "-f=${Version}", "iso-codes").Output()
	if err != nil || !strings.Contains(string(committed[:200]), "iso-codes "+string(v)+";") {
		t.Skipf("iso-codes here (%s) is not the version the tables were made from", v)
	}
	got, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Error("jurisdiction/iso3166_gen.go is stale: run go generate ./jurisdiction")
	}
}
