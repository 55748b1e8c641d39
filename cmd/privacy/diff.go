package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/policy"
)

const diffUsage = `usage: privacy diff [-format text|json] OLD NEW

Compare two versions of a policy by meaning and print what changed: one line
per change, grouped by section, with whether it widens or narrows what the
organisation may do and whether it is material (a new data category, a new
purpose for sensitive data, a new sale or sharing). OLD and NEW are policy
files; one of them may be "-" for stdin.

Exit status: 0 when the policies say the same, 1 when they differ (as diff(1)
does), 2 on a usage or I/O error.

Flags:
`

// runDiff is "privacy diff": the semantic diff of two policies.
func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text or json")
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), diffUsage)
		fs.PrintDefaults()
	}
	// Flags may come before, between or after the two files.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fs.SetOutput(stdout)
				fs.Usage()
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 2 {
		fmt.Fprintf(stderr, "privacy diff: want two policies, OLD and NEW, got %d\n", len(files))
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "privacy diff: unknown -format %q (want text or json)\n", *format)
		return 2
	}
	if files[0] == "-" && files[1] == "-" {
		fmt.Fprintln(stderr, "privacy diff: only one of OLD and NEW can be read from stdin")
		return 2
	}
	var ps [2]*policy.Policy
	for i, name := range files {
		p, err := load(name, stdin)
		if p == nil {
			fmt.Fprintf(stderr, "privacy diff: %s: %v\n", name, err)
			return 2
		}
		if err != nil {
			// A policy with faults still says what it says; compare it.
			fmt.Fprintf(stderr, "privacy diff: warning: %s: %v\n", name, err)
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
