// Command privacy is a thin command line over the privacy library.
//
// Usage:
//
//	privacy list                 list the embedded example policies
//	privacy show ID              print an example policy's JSON
//	privacy data ID|FILE         list the data a policy collects, with its flags
//	privacy validate FILE...     decode and validate policy files ("-" for stdin)
//	privacy schema               print the JSON Schema of a policy document
//	privacy codes [-json] [LIST]  print the code lists (which are open), or one list's codes
//
// It exits with status 1 when a file does not validate and 2 on a usage error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
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
  privacy codes [-json] [LIST]  print the code lists (which are open), or one list's codes
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
	case cmd == "codes":
		return codes(rest, stdout, stderr)
	case cmd == "label":
		return runLabel(rest, stdin, stdout, stderr)
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

// codes prints the code lists: with no LIST, one line per list (its key, open
// or closed, the number of codes, its name); with a LIST key, its codes. -json
// prints the same as JSON.
func codes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("codes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil || fs.NArg() > 1 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	type listOut struct {
		Key   string        `json:"key"`
		Name  string        `json:"name"`
		Open  bool          `json:"open"`
		Codes []policy.Code `json:"codes,omitempty"`
	}
	openWord := func(open bool) string {
		if open {
			return "open"
		}
		return "closed"
	}
	if fs.NArg() == 0 {
		var out []listOut
		for _, l := range policy.CodeLists() {
			out = append(out, listOut{Key: l.Key, Name: l.Name, Open: l.Open, Codes: l.Codes()})
		}
		if *asJSON {
			return writeJSON(stdout, stderr, out)
		}
		for _, l := range out {
			fmt.Fprintf(stdout, "%-18s %-6s %5d  %s\n", l.Key, openWord(l.Open), len(l.Codes), l.Name)
		}
		return 0
	}
	l, ok := policy.CodeListByKey(fs.Arg(0))
	if !ok {
		var keys []string
		for _, l := range policy.CodeLists() {
			keys = append(keys, l.Key)
		}
		fmt.Fprintf(stderr, "privacy codes: no code list %q; lists: %s\n", fs.Arg(0), strings.Join(keys, ", "))
		return 2
	}
	if *asJSON {
		return writeJSON(stdout, stderr, listOut{Key: l.Key, Name: l.Name, Open: l.Open, Codes: l.Codes()})
	}
	fmt.Fprintf(stdout, "# %s (%s): %s\n", l.Key, openWord(l.Open), l.Name)
	for _, c := range l.Codes() {
		fmt.Fprintf(stdout, "%-40s %s\n", c.Code, c.Title)
	}
	return 0
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	stdout.Write(append(b, '\n'))
	return 0
}
