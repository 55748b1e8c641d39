package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/openpolicies/privacy/export"
)

const exportUsage = `usage: privacy export -to apple|apple-label|play|dpv [-json] POLICY
  apple        PrivacyInfo.xcprivacy property list
  apple-label  App Store Connect App Privacy answers (text; -json for JSON)
  play         Google Play Data safety CSV (-json for the answers as JSON)
  dpv          W3C DPV JSON-LD
POLICY is a file, "-" for stdin, or an example ID. Warnings (codes with no
counterpart, questions the policy does not answer) go to stderr.
`

// runExport converts a policy into a store declaration or DPV JSON-LD.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, exportUsage) }
	to := fs.String("to", "", "target: apple, apple-label, play or dpv")
	asJSON := fs.Bool("json", false, "print the structured answers as JSON (apple, apple-label, play)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, exportUsage)
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 || *to == "" {
		fmt.Fprint(stderr, exportUsage)
		return 2
	}
	p, err := load(fs.Arg(0), stdin)
	if p == nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "warning: %v\n", err)
	}
	var out []byte
	var warnings []export.Warning
	switch *to {
	case "apple", "apple-label":
		m, err := export.Apple(p)
		if err != nil {
			fmt.Fprintln(stderr, err)
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
			fmt.Fprintln(stderr, err)
			return 2
		}
	case "play":
		r, err := export.Play(p)
		if err != nil {
			fmt.Fprintln(stderr, err)
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
			fmt.Fprintln(stderr, err)
			return 2
		}
		warnings, out = d.Warnings, d.JSONLD
	default:
		fmt.Fprintf(stderr, "privacy export: unknown target %q\n", *to)
		fmt.Fprint(stderr, exportUsage)
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

// readDeclaration reads a file or, for "-", stdin.
func readDeclaration(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}
