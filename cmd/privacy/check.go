package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openpolicies/privacy/compliance"
	"github.com/openpolicies/privacy/internal/jsonpos"
	"github.com/openpolicies/privacy/internal/sarif"
	"github.com/openpolicies/privacy/jurisdiction"
)

// runCheck is `privacy check`.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("check")
	laws := fs.String("law", "", "comma-separated law codes to check instead of those the policy declares")
	format := fs.String("format", "text", "output format: text, json or sarif")
	verbose := fs.Bool("v", false, "text: list satisfied and not-applicable findings too")
	if status, ok := parse(fs, args, 1, 1, stdout, stderr); !ok {
		return status
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "privacy check: unknown -format %q (want text, json or sarif)\n", *format)
		return 2
	}
	var opts compliance.Options
	if *laws != "" {
		for _, l := range strings.Split(*laws, ",") {
			opts.Laws = append(opts.Laws, jurisdiction.Law(strings.TrimSpace(l)))
		}
	}
	name := fs.Arg(0)
	p, status := loadOrReport("check", name, stdin, stderr)
	if p == nil {
		return status
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
			fmt.Fprintf(stderr, "privacy check: %v\n", err)
			return 2
		}
		stdout.Write(append(b, '\n'))
	case "sarif":
		log := sarif.New(sarif.Driver{Name: "privacy check", InformationURI: "https://github.com/openpolicies/privacy"})
		file := ""
		if data, err := os.ReadFile(name); err == nil && name != "-" {
			file = name
			log.Locate = func(_, pointer string) (int, int, bool) {
				off, ok := jsonpos.Locate(bytes.TrimPrefix(data, bom), pointer)
				line, col := jsonpos.LineColumn(bytes.TrimPrefix(data, bom), off)
				return line, col, ok
			}
		}
		if err := rep.AddSARIF(log, file); err != nil {
			fmt.Fprintf(stderr, "privacy check: %v\n", err)
			return 2
		}
		if err := log.Write(stdout); err != nil {
			fmt.Fprintf(stderr, "privacy check: %v\n", err)
			return 2
		}
	default:
		if err := rep.WriteText(stdout, *verbose); err != nil {
			fmt.Fprintf(stderr, "privacy check: %v\n", err)
			return 2
		}
	}
	if rep.Failed() {
		return 1
	}
	return 0
}
