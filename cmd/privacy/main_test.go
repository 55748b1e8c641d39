package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// statusFile names the file where the test's privacy command records its exit
// status, for the scripts' "status" command.
const statusFile = ".status"

// TestMain lets the scripts under testdata/script run this program as the
// "privacy" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"privacy": func() {
			status := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			if err := os.WriteFile(statusFile, []byte(strconv.Itoa(status)), 0o644); err != nil {
				os.Exit(99)
			}
			os.Exit(status)
		},
	})
}

// cmdStatus is the scripts' "status N": the last privacy command exited with
// status N.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: status N")
	}
	got := strings.TrimSpace(ts.ReadFile(statusFile))
	if got != args[0] {
		ts.Fatalf("exit status %s, want %s", got, args[0])
	}
}

// TestScripts runs the command-line scripts: each runs privacy commands and
// checks their exit status, stdout and stderr. Files under the module's
// policy/testdata are reachable as $testdata.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"status": cmdStatus},
		Setup: func(env *testscript.Env) error {
			wd, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("testdata", filepath.Join(wd, "..", "..", "policy", "testdata"))
			return nil
		},
	})
}

func TestPosition(t *testing.T) {
	data := []byte("{\n  \"a\": 1,\n  x\n}")
	for _, tc := range []struct {
		off       int64
		line, col int
	}{
		{1, 1, 1},
		{2, 1, 2},
		{3, 2, 1},
		{15, 3, 3},
		{0, 1, 1},
		{999, 4, 1},
	} {
		if l, c := position(data, tc.off); l != tc.line || c != tc.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tc.off, l, c, tc.line, tc.col)
		}
	}
}
