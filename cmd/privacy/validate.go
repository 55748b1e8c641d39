package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/policy"
)

// fileResult is what validate found in one input, as -format json prints it.
type fileResult struct {
	File   string        `json:"file"`
	Valid  bool          `json:"valid"`
	Faults []faultResult `json:"faults,omitempty"`
	// Error is an error reading the input; the document was not checked.
	Error string `json:"error,omitempty"`
}

// faultResult is a policy.Fault with, for malformed JSON, the line and column
// (1-based, in bytes) where the document stops being JSON.
type faultResult struct {
	policy.Fault
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("validate")
	format := fs.String("format", "text", "output format: text or json")
	maxBytes := fs.Int64("max-bytes", policy.DefaultMaxBytes, "largest document accepted, in bytes")
	if status, ok := parse(fs, args, 1, -1, stdout, stderr); !ok {
		return status
	}
	switch *format {
	case "text", "json":
	default:
		fmt.Fprintf(stderr, "privacy validate: unknown -format %q (want text or json)\n", *format)
		return 2
	}
	if *maxBytes <= 0 {
		fmt.Fprintf(stderr, "privacy validate: -max-bytes must be positive\n")
		return 2
	}
	status := 0
	var results []fileResult
	for _, name := range fs.Args() {
		r := validateOne(name, stdin, *maxBytes)
		switch {
		case r.Error != "":
			status = 2
		case !r.Valid:
			status = max(status, 1)
		}
		results = append(results, r)
	}
	if *format == "json" {
		if err := writeJSON(stdout, results); err != nil {
			fmt.Fprintf(stderr, "privacy validate: %v\n", err)
			return 2
		}
		return status
	}
	for _, r := range results {
		switch {
		case r.Error != "":
			fmt.Fprintf(stderr, "%s: %s\n", r.File, r.Error)
		case r.Valid:
			fmt.Fprintf(stdout, "%s: ok\n", r.File)
		default:
			for _, f := range r.Faults {
				where := r.File
				if f.Line > 0 {
					where = fmt.Sprintf("%s:%d:%d", r.File, f.Line, f.Column)
				}
				fmt.Fprintf(stdout, "%s: %s\n", where, f.Fault.Error())
			}
		}
	}
	return status
}

// validateOne reads, decodes and validates one input.
func validateOne(name string, stdin io.Reader, limit int64) fileResult {
	r := fileResult{File: name}
	if name == "-" {
		r.File = "<stdin>"
	}
	data, err := read(name, stdin, limit)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	_, faults, err := decode(data, limit)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Valid = len(faults) == 0
	body := bytes.TrimPrefix(data, bom)
	for i, f := range faults {
		fr := faultResult{Fault: f}
		switch {
		case i == 0 && len(body) < len(data): // the byte-order mark
			fr.Line, fr.Column = 1, 1
		case f.Code == policy.FaultSyntax:
			fr.Line, fr.Column = syntaxPosition(body)
		}
		r.Faults = append(r.Faults, fr)
	}
	return r
}

// syntaxPosition is the line and column of the first syntax error in data,
// as encoding/json finds it; 0, 0 when it finds none.
func syntaxPosition(data []byte) (line, col int) {
	var v any
	err := json.Unmarshal(data, &v)
	se, ok := err.(*json.SyntaxError)
	if !ok {
		return 0, 0
	}
	return position(data, se.Offset)
}

// position converts a byte offset in data into a 1-based line and column. The
// offset encoding/json reports is just past the offending byte.
func position(data []byte, off int64) (line, col int) {
	off = max(0, min(off, int64(len(data))))
	if off > 0 {
		off-- // the offending byte
	}
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// writeJSON writes v as indented JSON and a newline.
func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
