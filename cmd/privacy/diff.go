package main

import (
	"fmt"
	"io"

	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/policy"
)

// runDiff is "privacy diff": the semantic diff of two policies.
func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("diff")
	format := fs.String("format", "text", "output format: text or json")
	if status, ok := parse(fs, args, 2, 2, stdout, stderr); !ok {
		return status
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "privacy diff: unknown -format %q (want text or json)\n", *format)
		return 2
	}
	files := fs.Args()
	if files[0] == "-" && files[1] == "-" {
		fmt.Fprintln(stderr, "privacy diff: only one of OLD and NEW can be read from stdin")
		return 2
	}
	var ps [2]*policy.Policy
	for i, name := range files {
		// A policy with validation faults still says what it says; compare it.
		p, status := loadOrReport("diff", name, stdin, stderr)
		if p == nil {
			return status
		}
		ps[i] = p
	}
	r := diff.Compare(ps[0], ps[1])
	var err error
	if *format == "json" {
		err = r.WriteJSON(stdout)
	} else {
		err = r.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "privacy diff: %v\n", err)
		return 2
	}
	if r.Empty() {
		return 0
	}
	return 1
}
