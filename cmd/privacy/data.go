package main

import (
	"fmt"
	"io"
	"strings"
)

func runData(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("data")
	if status, ok := parse(fs, args, 1, 1, stdout, stderr); !ok {
		return status
	}
	p, status := loadOrReport("data", fs.Arg(0), stdin, stderr)
	if p == nil {
		return status
	}
	for _, d := range p.CollectedData() {
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{d.Special(), "gdpr-special"}, {d.Criminal(), "gdpr-criminal"}, {d.Sensitive(), "ccpa-sensitive"}, {d.Health(), "health"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		title := string(d)
		if def, ok := d.Definition(); ok {
			title = def.Title
		}
		fmt.Fprintf(stdout, "%-40s %-40s %s\n", d, title, strings.Join(flags, ","))
	}
	return status
}
