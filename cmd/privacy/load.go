package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/policy"
)

// examplePrefix marks a POLICY argument that names an embedded example.
const examplePrefix = "example:"

// ioError is an error reading input, as opposed to faults in what was read:
// it makes a command exit with status 2.
type ioError struct{ msg string }

func (e *ioError) Error() string { return e.msg }

func ioErrorf(format string, args ...any) error { return &ioError{fmt.Sprintf(format, args...)} }

func isIOError(err error) bool {
	var e *ioError
	return errors.As(err, &e)
}

// read returns the bytes of a named input: "-" is stdin, "example:ID" an
// embedded example's JSON, anything else a file path. At most limit+1 bytes
// are read, so that the decoder can tell a document over the limit. Errors
// are ioErrors.
func read(name string, stdin io.Reader, limit int64) ([]byte, error) {
	var r io.Reader
	switch {
	case name == "-":
		r = stdin
	case strings.HasPrefix(name, examplePrefix):
		b, err := examples.JSON(strings.TrimPrefix(name, examplePrefix))
		if err != nil {
			return nil, ioErrorf("%v", err)
		}
		return b, nil
	default:
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				if _, xerr := examples.ByID(name); xerr == nil {
					return nil, ioErrorf("%v (for the embedded example, write %s%s)", err, examplePrefix, name)
				}
			}
			return nil, ioErrorf("%v", err)
		}
		defer f.Close()
		r = f
	}
	if limit <= 0 {
		limit = policy.DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, ioErrorf("reading %s: %v", displayName(name), err)
	}
	return b, nil
}

func isExample(name string) bool { return strings.HasPrefix(name, examplePrefix) }

// bom is the UTF-8 encoding of U+FEFF, which some editors write at the start
// of a file and JSON does not allow (RFC 8259 §8.1).
var bom = []byte{0xEF, 0xBB, 0xBF}

// decode decodes a document strictly. A leading byte-order mark is reported as
// a fault of its own and the rest of the document decoded as if it were not
// there, so that every other fault is reported too.
func decode(data []byte, dec policy.Decoder) (*policy.Policy, policy.Faults, error) {
	var pre policy.Faults
	if bytes.HasPrefix(data, bom) {
		data = data[len(bom):]
		pre = policy.Faults{{Code: policy.FaultSyntax, Message: "the document starts with a UTF-8 byte-order mark (bytes EF BB BF), which JSON does not allow; save the file as UTF-8 without a BOM"}}
	}
	p, err := dec.DecodeBytes(data)
	var fs policy.Faults
	if err != nil && !errors.As(err, &fs) {
		return nil, nil, ioErrorf("%v", err)
	}
	return p, append(pre, fs...), nil
}

// load reads and decodes a POLICY argument. A document with structural faults
// gives a nil policy and a Faults error; one with validation faults gives the
// policy and its Faults, for the caller to warn about; errors reading the input
// are ioErrors.
func load(name string, stdin io.Reader) (*policy.Policy, error) {
	data, err := read(name, stdin, 0)
	if err != nil {
		return nil, err
	}
	p, fs, err := decode(data, policy.Decoder{})
	if err != nil {
		return nil, err
	}
	if len(fs) > 0 {
		return p, fs
	}
	return p, nil
}

// loadOrReport loads a POLICY argument for a command that reads one. It
// reports faults on stderr: when no policy could be built (I/O error or
// structural faults) it returns nil and exit status 2, an input error, so that
// status 1 keeps its meaning of a negative result (findings, differences); when
// the policy has only validation faults it warns and returns the policy.
func loadOrReport(cmd, name string, stdin io.Reader, stderr io.Writer) (*policy.Policy, int) {
	p, err := load(name, stdin)
	if err == nil {
		return p, 0
	}
	if isIOError(err) {
		fmt.Fprintf(stderr, "privacy %s: %v\n", cmd, err)
		return nil, 2
	}
	var fs policy.Faults
	errors.As(err, &fs)
	if p == nil {
		fmt.Fprintf(stderr, "privacy %s: %s is not a policy document:\n", cmd, displayName(name))
		for _, f := range fs {
			fmt.Fprintf(stderr, "  %s\n", f.Error())
		}
		return nil, 2
	}
	fmt.Fprintf(stderr, "privacy %s: warning: %s has %d fault(s); run 'privacy validate %s' to see them\n", cmd, displayName(name), len(fs), name)
	return p, 0
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}
