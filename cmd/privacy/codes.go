package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/openpolicies/privacy/policy"
)

// runCodes prints the code lists: with no LIST, one line per list (its key,
// open or closed, the number of codes, its name); with a LIST key, its codes.
// -json prints the same as JSON.
func runCodes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("codes")
	asJSON := fs.Bool("json", false, "print JSON")
	if status, ok := parse(fs, args, 0, 1, stdout, stderr); !ok {
		return status
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
	out := func(v any) int {
		if err := writeJSON(stdout, v); err != nil {
			fmt.Fprintf(stderr, "privacy codes: %v\n", err)
			return 2
		}
		return 0
	}
	if fs.NArg() == 0 {
		var lists []listOut
		for _, l := range policy.CodeLists() {
			lists = append(lists, listOut{Key: l.Key, Name: l.Name, Open: l.Open, Codes: l.Codes()})
		}
		if *asJSON {
			return out(lists)
		}
		for _, l := range lists {
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
		return out(listOut{Key: l.Key, Name: l.Name, Open: l.Open, Codes: l.Codes()})
	}
	fmt.Fprintf(stdout, "# %s (%s): %s\n", l.Key, openWord(l.Open), l.Name)
	for _, c := range l.Codes() {
		fmt.Fprintf(stdout, "%-40s %s\n", c.Code, c.Title)
	}
	return 0
}
