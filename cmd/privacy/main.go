// Command privacy is a thin command line over the privacy library.
//
// Usage:
//
//	privacy list                 list the embedded example policies
//	privacy show ID              print an example policy's JSON
//	privacy data ID|FILE         list the data a policy collects, with its flags
//	privacy validate FILE...     decode and validate policy files ("-" for stdin)
//	privacy schema               print the JSON Schema of a policy document
//
// It exits with status 1 when a file does not validate and 2 on a usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openpolicies/privacy"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage:
  privacy list                 list the embedded example policies
  privacy show ID              print an example policy's JSON
  privacy data ID|FILE         list the data a policy collects, with its flags
  privacy validate FILE...     decode and validate policy files ("-" for stdin)
  privacy schema               print the JSON Schema of a policy document
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch cmd, rest := args[0], args[1:]; {
	case cmd == "list" && len(rest) == 0:
		for _, f := range examples.All() {
			p := f.New()
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", f.ID, p.Title, p.Updated)
		}
		return 0
	case cmd == "show" && len(rest) == 1:
		b, err := examples.JSON(rest[0])
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		stdout.Write(b)
		return 0
	case cmd == "data" && len(rest) == 1:
		p, err := load(rest[0], stdin)
		if p == nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if err != nil {
			fmt.Fprintf(stderr, "warning: %v\n", err)
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
		return 0
	case cmd == "schema" && len(rest) == 0:
		stdout.Write(privacy.Schema())
		return 0
	case cmd == "validate" && len(rest) > 0:
		status := 0
		for _, name := range rest {
			_, err := load(name, stdin)
			if err != nil {
				fmt.Fprintf(stdout, "%s: %v\n", name, err)
				status = 1
				continue
			}
			fmt.Fprintf(stdout, "%s: ok\n", name)
		}
		return status
	}
	fmt.Fprint(stderr, usage)
	return 2
}

// load reads a policy from a file ("-" for stdin) or, when no such file exists,
// from the example with that ID.
func load(name string, stdin io.Reader) (*policy.Policy, error) {
	if name == "-" {
		return policy.Decode(stdin)
	}
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		if p, xerr := examples.ByID(name); xerr == nil {
			return p, p.Validate()
		}
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return policy.Decode(f)
}
