package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/openpolicies/privacy"
	"github.com/openpolicies/privacy/examples"
)

func runExamples(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("examples")
	if status, ok := parse(fs, args, 0, 0, stdout, stderr); !ok {
		return status
	}
	for _, f := range examples.All() {
		p := f.New()
		fmt.Fprintf(stdout, "%s%-24s %-10s %s\n", examplePrefix, f.ID, p.Updated, p.Title)
	}
	return 0
}

func runShow(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("show")
	if status, ok := parse(fs, args, 1, 1, stdout, stderr); !ok {
		return status
	}
	b, err := examples.JSON(strings.TrimPrefix(fs.Arg(0), examplePrefix))
	if err != nil {
		fmt.Fprintf(stderr, "privacy show: %v\n", err)
		return 2
	}
	stdout.Write(b)
	return 0
}

func runSchema(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("schema")
	if status, ok := parse(fs, args, 0, 0, stdout, stderr); !ok {
		return status
	}
	stdout.Write(privacy.Schema())
	return 0
}
