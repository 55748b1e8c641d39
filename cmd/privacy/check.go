package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openpolicies/privacy/compliance"
	"github.com/openpolicies/privacy/internal/sarif"
	"github.com/openpolicies/privacy/jurisdiction"
	"github.com/openpolicies/privacy/policy"
)

const checkUsage = `usage: privacy check POLICY [-law gdpr,ccpa,...] [-format text|json|sarif] [-v]

Checks a policy (a file, "-" for stdin, or an example's ID) against what the
laws it declares, or the laws named with -law, require a privacy notice to
say, and against the consistency rules. Exit status 1 when a requirement is
missing or a contradiction is found, 2 on a usage or input error.

`

// runCheck is `privacy check`.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// Parse reports errors itself; usage is printed here, to stdout for -h and
	// to stderr for a usage error.
	fs.Usage = func() {}
	printUsage := func(w io.Writer) {
		fmt.Fprint(w, checkUsage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	laws := fs.String("law", "", "comma-separated law codes to check instead of those the policy declares")
	format := fs.String("format", "text", "output format: text, json or sarif")
	verbose := fs.Bool("v", false, "text: list satisfied and not-applicable findings too")
	// Flags may come before or after POLICY.
	var names []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(stdout)
				return 0
			}
			printUsage(stderr)
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		names = append(names, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(names) != 1 || (*format != "text" && *format != "json" && *format != "sarif") {
		printUsage(stderr)
		return 2
	}
	var opts compliance.Options
	if *laws != "" {
		for _, l := range strings.Split(*laws, ",") {
			opts.Laws = append(opts.Laws, jurisdiction.Law(strings.TrimSpace(l)))
		}
	}
	name := names[0]
	p, err := load(name, stdin)
	if p == nil {
		fmt.Fprintf(stderr, "privacy check: %s: %v\n", name, err)
		return 2
	}
	var faults policy.Faults
	if errors.As(err, &faults) {
		fmt.Fprintf(stderr, "privacy check: %s: warning: the policy does not validate (%d faults); checking it as it is\n", name, len(faults))
	}
	rep, err := compliance.Check(p, opts)
	if err != nil {
		fmt.Fprintf(stderr, "privacy check: %v\n", err)
		return 2
	}
	switch *format {
	case "json":
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		stdout.Write(append(b, '\n'))
	case "sarif":
		log := sarif.New(sarif.Driver{Name: "privacy check", InformationURI: "https://github.com/openpolicies/privacy"})
		file := ""
		if _, err := os.Stat(name); err == nil && name != "-" {
			file = name
		}
		if err := rep.AddSARIF(log, file); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		if err := log.Write(stdout); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	default:
		if err := rep.WriteText(stdout, *verbose); err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	if rep.Failed() {
		return 1
	}
	return 0
}
