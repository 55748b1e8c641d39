package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/export"
)

// runCrosscheck compares a store declaration with a policy.
func runCrosscheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("crosscheck")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if status, ok := parse(fs, args, 2, 2, stdout, stderr); !ok {
		return status
	}
	if fs.Arg(0) == "-" && fs.Arg(1) == "-" {
		fmt.Fprintf(stderr, "privacy crosscheck: only one input can be standard input\n")
		return 2
	}
	p, status := loadOrReport("crosscheck", fs.Arg(0), stdin, stderr)
	if p == nil {
		return status
	}
	decl, err := readDeclaration(fs.Arg(1), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "privacy crosscheck: %v\n", err)
		return 2
	}
	r, err := export.CrossCheck(p, decl)
	if err != nil {
		fmt.Fprintf(stderr, "privacy crosscheck: %v\n", err)
		return 2
	}
	if *asJSON {
		b, _ := json.MarshalIndent(r, "", "  ")
		stdout.Write(append(b, '\n'))
	} else {
		for _, f := range r.Findings {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", f.Code, f.Aspect, f.Pointer, f.Message)
		}
		if len(r.Findings) == 0 {
			fmt.Fprintf(stdout, "%s declaration agrees with the policy\n", r.Format)
		}
	}
	if len(r.Findings) > 0 {
		return 1
	}
	return 0
}
