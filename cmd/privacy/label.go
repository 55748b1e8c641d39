package main

import (
	"fmt"
	"io"

	"github.com/openpolicies/privacy/label"
)

// runLabel is the "label" command.
func runLabel(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("label")
	format := fs.String("format", "md", "output format: md (Markdown) or html")
	if status, ok := parse(fs, args, 1, 1, stdout, stderr); !ok {
		return status
	}
	if *format != "md" && *format != "html" {
		fmt.Fprintf(stderr, "privacy label: unknown -format %q (want md or html)\n", *format)
		return 2
	}
	// A policy with validation faults is labelled as it is, with a warning.
	p, status := loadOrReport("label", fs.Arg(0), stdin, stderr)
	if p == nil {
		return status
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
