package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/label"
	"github.com/openpolicies/privacy/policy"
)

const labelUsage = `usage: privacy label [-format md|html] POLICY

Print the privacy label of POLICY (a file, or "-" for stdin): a grid of the
data it collects against uses, sharing, sale and retention, with contacts,
rights, trackers, children and transfers beneath. -format html writes a
standalone page (inline CSS, no scripts).

Exit status: 0 when the label was written; 1 when the document has faults
(the label of what could be read is still written, the faults go to stderr);
2 on a usage or I/O error.

Flags:
`

// runLabel is the "label" command.
func runLabel(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("label", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "md", "output format: md (Markdown) or html")
	printUsage := func(w io.Writer) {
		fmt.Fprint(w, labelUsage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		fmt.Fprintf(stderr, "privacy label: %v\n", err)
		printUsage(stderr)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "privacy label: name one POLICY")
		printUsage(stderr)
		return 2
	}
	if *format != "md" && *format != "html" {
		fmt.Fprintf(stderr, "privacy label: unknown -format %q (want md or html)\n", *format)
		return 2
	}
	name := fs.Arg(0)
	p, err := load(name, stdin)
	var faults policy.Faults
	if p == nil {
		fmt.Fprintf(stderr, "privacy label: %s: %v\n", name, err)
		if errors.As(err, &faults) {
			return 1
		}
		return 2
	}
	status := 0
	if err != nil {
		fmt.Fprintf(stderr, "privacy label: %s: %v\n", name, err)
		status = 1
	}
	l := label.Build(p)
	write := l.Markdown
	if *format == "html" {
		write = l.HTML
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "privacy label: %v\n", err)
		return 2
	}
	return status
}
