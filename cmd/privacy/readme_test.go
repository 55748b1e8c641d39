package main

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmeCommands runs every "go run ./cmd/privacy ..." line of README.md
// and checks it runs and prints something: status 0, or 1 for a command that
// reports faults, findings or differences, never a usage or I/O error.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const prefix = "go run ./cmd/privacy "
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(readme))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		n++
		cmd := strings.TrimPrefix(line, prefix)
		cmd, _, _ = strings.Cut(cmd, "#") // a comment
		cmd, _, _ = strings.Cut(cmd, ">") // a redirection
		args := strings.Fields(cmd)
		var stdout, stderr bytes.Buffer
		if status := run(args, strings.NewReader(""), &stdout, &stderr); status > 1 {
			t.Errorf("%s: exit status %d\n%s", line, status, stderr.String())
		} else if stdout.Len() == 0 {
			t.Errorf("%s: printed nothing", line)
		}
	}
	if n == 0 {
		t.Fatal("README.md shows no privacy command")
	}
}

// TestDocListsCommands checks that the package documentation lists every
// command of the table, in its order.
func TestDocListsCommands(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, line := range strings.Split(string(src), "\n") {
		if f := strings.Fields(strings.TrimPrefix(line, "//\t")); strings.HasPrefix(line, "//\t") && len(f) > 1 {
			if _, ok := lookup(f[0]); ok {
				listed = append(listed, f[0])
			}
		}
	}
	var want []string
	for _, c := range commands {
		want = append(want, c.name)
	}
	if strings.Join(listed, " ") != strings.Join(want, " ") {
		t.Errorf("the package doc lists %v, the table has %v", listed, want)
	}
}
