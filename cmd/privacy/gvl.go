package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/openpolicies/privacy/export"
)

// runGVL compares a policy with one vendor of a Global Vendor List.
func runGVL(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("gvl")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if status, ok := parse(fs, args, 3, 3, stdout, stderr); !ok {
		return status
	}
	if fs.Arg(0) == "-" && fs.Arg(1) == "-" {
		fmt.Fprintf(stderr, "privacy gvl: only one input can be standard input\n")
		return 2
	}
	id, err := strconv.Atoi(fs.Arg(2))
	if err != nil {
		fmt.Fprintf(stderr, "privacy gvl: vendor %q is not a number\n", fs.Arg(2))
		return 2
	}
	p, status := loadOrReport("gvl", fs.Arg(0), stdin, stderr)
	if p == nil {
		return status
	}
	b, err := readDeclaration(fs.Arg(1), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "privacy gvl: %v\n", err)
		return 2
	}
	g, err := export.ParseGVL(b)
	if err != nil {
		fmt.Fprintf(stderr, "privacy gvl: %v\n", err)
		return 2
	}
	r, err := export.CompareGVL(p, g, id)
	if err != nil {
		fmt.Fprintf(stderr, "privacy gvl: %v\n", err)
		return 2
	}
	if *asJSON {
		out, _ := json.MarshalIndent(r, "", "  ")
		stdout.Write(append(out, '\n'))
	} else {
		for _, f := range r.Findings {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", f.Code, f.Aspect, f.Pointer, f.Message)
		}
		if len(r.Findings) == 0 {
			fmt.Fprintf(stdout, "vendor %d (%s) agrees with the policy\n", r.VendorID, r.VendorName)
		}
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "warning: %s %s: %s\n", w.Code, w.Pointer, w.Message)
		}
	}
	if len(r.Findings) > 0 {
		return 1
	}
	return 0
}
