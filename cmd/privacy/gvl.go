package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/openpolicies/privacy/export"
)

const gvlUsage = `usage: privacy gvl [-json] POLICY GVL.json VENDOR
Compares what POLICY says about the vendor (recipients and tracker providers
matched by name) with the vendor's IAB TCF Global Vendor List v3 declaration:
purposes, legal bases, retention days, cookie maximum age. Exits 1 on findings.
`

// runGVL compares a policy with one vendor of a Global Vendor List.
func runGVL(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gvl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, gvlUsage) }
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, gvlUsage)
			return 0
		}
		return 2
	}
	if fs.NArg() != 3 || (fs.Arg(0) == "-" && fs.Arg(1) == "-") {
		fmt.Fprint(stderr, gvlUsage)
		return 2
	}
	id, err := strconv.Atoi(fs.Arg(2))
	if err != nil {
		fmt.Fprintf(stderr, "privacy gvl: vendor %q is not a number\n", fs.Arg(2))
		return 2
	}
	p, err := load(fs.Arg(0), stdin)
	if p == nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "warning: %v\n", err)
	}
	b, err := readDeclaration(fs.Arg(1), stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	g, err := export.ParseGVL(b)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	r, err := export.CompareGVL(p, g, id)
	if err != nil {
		fmt.Fprintln(stderr, err)
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
