package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/openpolicies/privacy/internal/jsonpos"
	"github.com/openpolicies/privacy/internal/sarif"
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

// faultResult is a policy.Fault with its line and column in the input
// (1-based, in bytes): for malformed JSON where the document stops being JSON,
// for other faults where the value its path names is (or, for a missing
// member, the object it belongs in).
type faultResult struct {
	policy.Fault
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("validate")
	format := fs.String("format", "text", "output format: text, json or sarif (SARIF 2.1.0, for code scanning)")
	var dec policy.Decoder
	fs.Int64Var(&dec.MaxBytes, "max-bytes", policy.DefaultMaxBytes, "largest document accepted, in bytes")
	fs.IntVar(&dec.MaxDepth, "max-depth", policy.DefaultMaxDepth, "deepest nesting of objects and arrays accepted")
	fs.IntVar(&dec.MaxStringBytes, "max-string-bytes", policy.DefaultMaxStringBytes, "longest string accepted, in bytes")
	fs.IntVar(&dec.MaxFaults, "max-faults", policy.DefaultMaxFaults, "most faults listed per document; the rest are counted (-1: all)")
	if status, ok := parse(fs, args, 1, -1, stdout, stderr); !ok {
		return status
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "privacy validate: unknown -format %q (want text, json or sarif)\n", *format)
		return 2
	}
	if dec.MaxBytes <= 0 || dec.MaxDepth <= 0 || dec.MaxStringBytes <= 0 || dec.MaxFaults == 0 {
		fmt.Fprintf(stderr, "privacy validate: -max-bytes, -max-depth and -max-string-bytes must be positive, -max-faults not zero\n")
		return 2
	}
	status := 0
	var results []fileResult
	for _, name := range fs.Args() {
		r := validateOne(name, stdin, dec)
		switch {
		case r.Error != "":
			status = 2
		case !r.Valid:
			status = max(status, 1)
		}
		results = append(results, r)
	}
	var err error
	switch *format {
	case "json":
		err = writeJSON(stdout, results)
	case "sarif":
		err = writeSARIF(stdout, results)
	}
	if err != nil {
		fmt.Fprintf(stderr, "privacy validate: %v\n", err)
		return 2
	}
	if *format != "text" {
		for _, r := range results {
			if r.Error != "" {
				fmt.Fprintf(stderr, "%s: %s\n", r.File, r.Error)
			}
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
func validateOne(name string, stdin io.Reader, dec policy.Decoder) fileResult {
	r := fileResult{File: name}
	if name == "-" {
		r.File = "<stdin>"
	}
	data, err := read(name, stdin, dec.MaxBytes)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	_, faults, err := decode(data, dec)
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
		case f.Code != policy.FaultTooLarge && f.Code != policy.FaultTrailingData:
			if off, ok := jsonpos.Locate(body, f.Path); ok {
				fr.Line, fr.Column = jsonpos.LineColumn(body, off)
			}
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

// position converts the offset encoding/json reports for a syntax error,
// just past the offending byte, into the line and column of that byte.
func position(data []byte, off int64) (line, col int) {
	off = max(0, min(off, int64(len(data))))
	if off > 0 {
		off--
	}
	return jsonpos.LineColumn(data, int(off))
}

// writeSARIF writes the faults as a SARIF 2.1.0 log: one rule per fault code,
// one error result per fault, located in its file by line and column and by
// its JSON Pointer.
func writeSARIF(w io.Writer, results []fileResult) error {
	log := sarif.New(sarif.Driver{Name: "privacy validate", InformationURI: "https://github.com/openpolicies/privacy"})
	at := map[[2]string][2]int{}
	log.Locate = func(file, pointer string) (int, int, bool) {
		p, ok := at[[2]string{file, pointer}]
		return p[0], p[1], ok
	}
	for _, r := range results {
		for _, f := range r.Faults {
			log.AddRule(sarif.Rule{ID: string(f.Code), Name: string(f.Code)})
			file := r.File
			if file == "<stdin>" || isExample(file) {
				file = ""
			}
			at[[2]string{file, f.Path}] = [2]int{f.Line, f.Column}
			if err := log.AddResult(string(f.Code), sarif.LevelError, f.Fault.Error(), file, f.Path); err != nil {
				return err
			}
		}
	}
	return log.Write(w)
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
