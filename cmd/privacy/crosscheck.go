package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/export"
)

const crosscheckUsage = `usage: privacy crosscheck [-json] POLICY DECLARATION
DECLARATION is a PrivacyInfo.xcprivacy or a Play Console Data safety CSV.
Prints what the declaration states that the policy does not
(undisclosed-in-policy) and what the policy states that the declaration omits
(undeclared), each with a JSON Pointer into the policy. Exits 1 on findings.
`

// runCrosscheck compares a store declaration with a policy.
func runCrosscheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, crosscheckUsage) }
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, crosscheckUsage)
			return 0
		}
		return 2
	}
	if fs.NArg() != 2 || (fs.Arg(0) == "-" && fs.Arg(1) == "-") {
		fmt.Fprint(stderr, crosscheckUsage)
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
	decl, err := readDeclaration(fs.Arg(1), stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	r, err := export.CrossCheck(p, decl)
	if err != nil {
		fmt.Fprintln(stderr, err)
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
