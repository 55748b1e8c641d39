// Command privacy is a thin command line over the privacy library: it
// validates policy documents, compares two versions of a policy, renders a
// privacy label, checks a policy against the laws that apply, exports it to
// app-store formats and DPV, and shows the code lists, the JSON Schema and the
// embedded example policies.
//
// Usage:
//
//	privacy <command> [flags] [arguments]
//
// The commands are:
//
//	validate   decode and validate policy documents ("-" for stdin)
//	diff       compare two versions of a policy by meaning
//	label      print a one-page privacy label
//	check      check a policy against the notice requirements of the laws that apply
//	export     convert a policy to an app-store label, a Data safety CSV or DPV JSON-LD
//	crosscheck compare a PrivacyInfo.xcprivacy or Data safety CSV with a policy
//	gvl        compare a policy with a vendor's IAB TCF Global Vendor List entry
//	data       list the data a policy collects, with its sensitivity flags
//	codes      print the code lists, or one list's codes
//	schema     print the JSON Schema of a policy document
//	examples   list the embedded example policies
//	show       print an example policy's JSON
//	version    print the version of privacy
//	help       print the usage of privacy or of one command
//
// A POLICY argument is a file path, "-" for standard input, or
// "example:ID" for an embedded example (see "privacy examples").
//
// Exit status: 0 on success; 1 when the answer is negative (a document has
// faults, a check finds a missing requirement or a contradiction, two
// policies differ, a declaration disagrees with the policy); 2 on a usage or
// I/O error, or when an input is not a policy document at all.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/openpolicies/privacy/internal/check"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// A command is one subcommand: its name, its argument synopsis, one line of
// what it does, and the function that runs it with the arguments after its
// name. run returns the exit status.
type command struct {
	name    string
	args    string
	summary string
	doc     string // more about the command, after its summary in its usage
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands lists the subcommands in the order "privacy -h" shows them. It is
// filled in init because help refers back to it.
var commands []command

func init() {
	commands = []command{
		{"validate", "[-format text|json|sarif] [-max-bytes N] [-max-depth N] [-max-string-bytes N] [-max-faults N] FILE...", "decode and validate policy documents (\"-\" for stdin)", "", runValidate},
		{"diff", "[-format text|json] OLD NEW", "compare two versions of a policy by meaning", diffDoc, runDiff},
		{"label", "[-format md|html] POLICY", "print a one-page privacy label: what data is used, shared, sold and kept", labelDoc, runLabel},
		{"check", "[-law gdpr,ccpa,...] [-format text|json|sarif] [-v] POLICY", "check a policy against the notice requirements of the laws that apply, and for contradictions", checkDoc, runCheck},
		{"export", "-to apple|apple-label|play|dpv [-json] POLICY", "convert a policy to an app-store label, a Play Data safety CSV or DPV JSON-LD", exportDoc, runExport},
		{"crosscheck", "[-json] POLICY DECLARATION", "compare a PrivacyInfo.xcprivacy or Data safety CSV with a policy", crosscheckDoc, runCrosscheck},
		{"gvl", "[-json] POLICY GVL.json VENDOR", "compare a policy with a vendor's IAB TCF Global Vendor List entry", gvlDoc, runGVL},
		{"data", "POLICY", "list the data a policy collects, with its sensitivity flags", "", runData},
		{"codes", "[-json] [LIST]", "print the code lists (which take x- codes), or one list's codes", "", runCodes},
		{"schema", "", "print the JSON Schema of a policy document", "", runSchema},
		{"examples", "", "list the embedded example policies", "", runExamples},
		{"show", "ID", "print an example policy's JSON", "", runShow},
		{"version", "", "print the version of privacy", "", runVersion},
		{"help", "[COMMAND]", "print the usage of privacy or of one command", "", runHelp},
	}
}

const diffDoc = `Prints what changed from OLD to NEW, section by section: statements added,
removed or changed, matched by ID and then by their codes, so that reordering
is not a change; each change says whether it widens or narrows what the
organisation may do, and material changes (new data, new uses of sensitive
data, new sale or sharing) are marked. Exit status 1 when the policies differ,
as diff(1).
`

const labelDoc = `Prints a privacy label in the spirit of the CMU privacy nutrition label: a
grid of the data collected against uses, sharing, sale and retention, each
cell saying always, yes, opt out, opt in, may (not linked), no or not stated,
then contacts, rights, trackers, children and transfers. -format html writes a
standalone page (inline CSS, no scripts) that prints well.
`

const checkDoc = `Checks the policy against what the laws it declares (or the laws named with
-law) require a privacy notice to say, and against the consistency rules. Exit
status 1 when a requirement is missing or a contradiction is found.
`

const exportDoc = `Targets:
  apple        PrivacyInfo.xcprivacy property list (-json for its content as JSON)
  apple-label  App Store Connect App Privacy answers (text; -json for JSON)
  play         Google Play Data safety CSV (-json for the answers as JSON)
  dpv          W3C DPV JSON-LD
Warnings (codes with no counterpart, questions the policy does not answer) go
to stderr.
`

const crosscheckDoc = `DECLARATION is a PrivacyInfo.xcprivacy or a Play Console Data safety CSV.
Prints what the declaration states that the policy does not
(undisclosed-in-policy) and what the policy states that the declaration omits
(undeclared), each with a JSON Pointer into the policy. Exits 1 on findings.
`

const gvlDoc = `Compares what POLICY says about the vendor (recipients and tracker providers
matched by name) with the vendor's IAB TCF Global Vendor List v3 declaration:
purposes, legal bases, retention days, cookie maximum age. VENDOR is the
vendor's numeric ID. Exits 1 on findings.
`

func usage(w io.Writer) {
	fmt.Fprint(w, "privacy works with privacy policies as typed, validated data.\n\nUsage:\n\n\tprivacy <command> [flags] [arguments]\n\nThe commands are:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
A POLICY is a file path, "-" for standard input, or "example:ID" for an
embedded example (see "privacy examples").

Exit status: 0 on success; 1 when the answer is negative (faults, findings,
differences); 2 on a usage or I/O error. Use "privacy help <command>" for more
about a command.
`)
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return 0
	}
	if c, ok := lookup(args[0]); ok {
		return c.run(args[1:], stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "privacy: unknown command %q%s\nRun 'privacy -h' for the list of commands.\n", args[0], didYouMean(args[0]))
	return 2
}

func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// didYouMean suggests the command nearest to name, or nothing when none is
// near.
func didYouMean(name string) string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	if n := check.Nearest(name, names); n != "" {
		return fmt.Sprintf(" (did you mean %q?)", n)
	}
	return ""
}

// newFlags makes the flag set of a command, whose usage message names the
// command's synopsis and summary and then its flags.
func newFlags(name string) *flag.FlagSet {
	c, _ := lookup(name)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: privacy %s %s\n\n%s.\n", name, c.args, upperFirst(c.summary))
		if c.doc != "" {
			fmt.Fprintf(w, "\n%s", c.doc)
		}
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parse parses a command's flags and checks the number of arguments left is
// within [min, max] (max < 0 for no limit). "-h" prints the usage on stdout;
// any mistake prints it on stderr. ok is false when the command must stop with
// the returned status.
func parse(fs *flag.FlagSet, args []string, min, max int, stdout, stderr io.Writer) (status int, ok bool) {
	fs.SetOutput(io.Discard)
	// Flags may come before or after the arguments, as in "check POLICY -v";
	// "--" ends the flags.
	var rest []string
	err := fs.Parse(args)
	for err == nil && fs.NArg() > 0 {
		if i := len(args) - fs.NArg(); i > 0 && args[i-1] == "--" {
			rest = append(rest, fs.Args()...)
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
		err = fs.Parse(args)
	}
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, false
	}
	fs.SetOutput(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "privacy %s: %v\n", fs.Name(), err)
		fs.Usage()
		return 2, false
	}
	// Parse again with only the arguments, so that fs.Args gives them; after
	// "--" nothing is a flag, so this cannot fail.
	if err := fs.Parse(append([]string{"--"}, rest...)); err != nil {
		fmt.Fprintf(stderr, "privacy %s: %v\n", fs.Name(), err)
		return 2, false
	}
	if n := fs.NArg(); n < min || (max >= 0 && n > max) {
		switch {
		case max == 0:
			fmt.Fprintf(stderr, "privacy %s: takes no arguments\n", fs.Name())
		case n < min:
			fmt.Fprintf(stderr, "privacy %s: too few arguments\n", fs.Name())
		default:
			fmt.Fprintf(stderr, "privacy %s: too many arguments\n", fs.Name())
		}
		fs.Usage()
		return 2, false
	}
	return 0, true
}

func runHelp(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("help")
	if status, ok := parse(fs, args, 0, 1, stdout, stderr); !ok {
		return status
	}
	if fs.NArg() == 0 {
		usage(stdout)
		return 0
	}
	name := fs.Arg(0)
	if _, ok := lookup(name); !ok {
		fmt.Fprintf(stderr, "privacy help: unknown command %q%s\n", name, didYouMean(name))
		return 2
	}
	if name == "help" {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	// Run the command with -h: it declares its flags and prints its usage.
	c, _ := lookup(name)
	return c.run([]string{"-h"}, stdin, stdout, stderr)
}

func runVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("version")
	if status, ok := parse(fs, args, 0, 0, stdout, stderr); !ok {
		return status
	}
	fmt.Fprintln(stdout, version())
	return 0
}

// version is the module version of privacy from the build information, as
// "privacy v1.2.3 (go1.26.0)"; a build from a checkout says "(devel)".
func version() string {
	v, gov := "(unknown)", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		gov = " (" + bi.GoVersion + ")"
		v = bi.Main.Version
		if v == "" {
			v = "(devel)"
		}
	}
	return "privacy " + v + gov
}
