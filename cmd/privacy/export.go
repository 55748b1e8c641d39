package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/export"
	"github.com/openpolicies/privacy/policy"
)

// runExport converts a policy into a store declaration or DPV JSON-LD.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("export")
	to := fs.String("to", "", "target: apple, apple-label, play or dpv")
	asJSON := fs.Bool("json", false, "print the structured answers as JSON (apple, apple-label, play)")
	if status, ok := parse(fs, args, 1, 1, stdout, stderr); !ok {
		return status
	}
	if *to == "" {
		fmt.Fprintln(stderr, "privacy export: -to is required")
		fs.Usage()
		return 2
	}
	p, status := loadOrReport("export", fs.Arg(0), stdin, stderr)
	if p == nil {
		return status
	}
	var out []byte
	var warnings []export.Warning
	switch *to {
	case "apple", "apple-label":
		m, err := export.Apple(p)
		if err != nil {
			fmt.Fprintf(stderr, "privacy export: %v\n", err)
			return 2
		}
		warnings = m.Warnings
		switch {
		case *to == "apple" && *asJSON:
			out, err = json.MarshalIndent(m, "", "  ")
			out = append(out, '\n')
		case *to == "apple":
			out = m.Plist()
		case *asJSON:
			out = m.Label().JSON()
		default:
			out = []byte(m.Label().Text())
		}
		if err != nil {
			fmt.Fprintf(stderr, "privacy export: %v\n", err)
			return 2
		}
	case "play":
		r, err := export.Play(p)
		if err != nil {
			fmt.Fprintf(stderr, "privacy export: %v\n", err)
			return 2
		}
		warnings = r.Warnings
		if *asJSON {
			out, _ = json.MarshalIndent(r, "", "  ")
			out = append(out, '\n')
		} else {
			out = r.CSV()
		}
	case "dpv":
		d, err := export.DPV(p)
		if err != nil {
			fmt.Fprintf(stderr, "privacy export: %v\n", err)
			return 2
		}
		warnings, out = d.Warnings, d.JSONLD
	default:
		fmt.Fprintf(stderr, "privacy export: unknown target %q (want apple, apple-label, play or dpv)\n", *to)
		return 2
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	for _, w := range warnings {
		fmt.Fprintf(stderr, "warning: %s %s: %s\n", w.Code, w.Pointer, w.Message)
	}
	return 0
}

// readDeclaration reads a declaration file or, for "-", stdin, within the
// default size limit.
func readDeclaration(name string, stdin io.Reader) ([]byte, error) {
	b, err := read(name, stdin, policy.DefaultMaxBytes)
	if err == nil && int64(len(b)) > policy.DefaultMaxBytes {
		err = ioErrorf("%s is larger than %d bytes", displayName(name), policy.DefaultMaxBytes)
	}
	return b, err
}
