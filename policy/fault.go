package policy

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FaultCode names a kind of fault. Codes are stable: programs and tests match on
// them, never on messages.
type FaultCode string

// The fault codes.
const (
	// FaultSyntax is malformed JSON.
	FaultSyntax FaultCode = "syntax"
	// FaultTooLarge is a document over the decoder's size limit.
	FaultTooLarge FaultCode = "too-large"
	// FaultTrailingData is content after the JSON document.
	FaultTrailingData FaultCode = "trailing-data"
	// FaultUnknownField is a member the model does not define.
	FaultUnknownField FaultCode = "unknown-field"
	// FaultDuplicateKey is a member given twice in one object.
	FaultDuplicateKey FaultCode = "duplicate-key"
	// FaultWrongType is a value of the wrong JSON type, or a number out of range.
	FaultWrongType FaultCode = "wrong-type"
	// FaultRequired is a required value that is missing or empty.
	FaultRequired FaultCode = "required"
	// FaultTooFew is a list with fewer entries than it needs.
	FaultTooFew FaultCode = "too-few"
	// FaultOutOfRange is a number outside its allowed range.
	FaultOutOfRange FaultCode = "out-of-range"
	// FaultInvalidFormat is a value of the wrong form: ID, e-mail address, URL,
	// date, duration, language tag, country or telephone number.
	FaultInvalidFormat FaultCode = "invalid-format"
	// FaultUnknownCode is a code no registry defines and that is not an "x-"
	// extension (or an extension in a list that takes none).
	FaultUnknownCode FaultCode = "unknown-code"
	// FaultDuplicateID is an ID used by two statements.
	FaultDuplicateID FaultCode = "duplicate-id"
	// FaultDanglingReference is a reference to an ID no statement has.
	FaultDanglingReference FaultCode = "dangling-reference"
	// FaultWrongReference is a reference to a statement of the wrong section (a
	// purpose where a contact is expected).
	FaultWrongReference FaultCode = "wrong-reference"
	// FaultMissingInterest is a legitimate-interests basis that does not state the
	// interest (GDPR Art. 13(1)(d)).
	FaultMissingInterest FaultCode = "missing-interest"
	// FaultMissingSpecialCondition is a legal basis relied on under the GDPR for
	// special categories of data without an Art. 9(2) condition (or "not-stated").
	FaultMissingSpecialCondition FaultCode = "missing-special-condition"
	// FaultMisplaced is a field that is not allowed where it is, such as purposes
	// listed in a legal basis that sits inside a purpose.
	FaultMisplaced FaultCode = "misplaced"
	// FaultUnionRequired is a field a tagged union's kind needs but that is empty.
	FaultUnionRequired FaultCode = "union-required"
	// FaultUnionForbidden is a field set that the tagged union's kind does not use.
	FaultUnionForbidden FaultCode = "union-forbidden"
	// FaultContradiction is a list that says "not-stated" beside stated values.
	FaultContradiction FaultCode = "contradiction"
	// FaultAgeRange is a parental-consent age range that is empty or reaches the
	// minimum age.
	FaultAgeRange FaultCode = "age-range"
	// FaultTooMany is the last fault of a list cut at the decoder's MaxFaults:
	// its message says how many more faults the document has.
	FaultTooMany FaultCode = "too-many-faults"
	// FaultInvalidText is a string that is not valid UTF-8 or holds a lone
	// UTF-16 surrogate escape ("\ud800"), which a decoder would silently
	// replace with U+FFFD.
	FaultInvalidText FaultCode = "invalid-text"
	// FaultDuplicateCode is a code given twice in one list.
	FaultDuplicateCode FaultCode = "duplicate-code"
	// FaultSelfReference is a statement that refers to itself where it must
	// name another, such as a recipient reached "via" itself.
	FaultSelfReference FaultCode = "self-reference"
	// FaultExclusiveUse is data declared "only for" some purposes that a
	// statement links to another purpose.
	FaultExclusiveUse FaultCode = "exclusive-use"
)

// Fault is one problem in a policy document.
type Fault struct {
	// Path is the JSON Pointer (RFC 6901) of the offending value; empty for the
	// whole document.
	Path string `json:"path"`
	// Code is the stable kind of the fault.
	Code FaultCode `json:"code"`
	// Message explains the fault to a policy author.
	Message string `json:"message"`
}

// Error formats the fault as "path: message (code)", with "(document)" for the
// path of a fault on the whole document.
func (f Fault) Error() string {
	p := f.Path
	if p == "" {
		p = "(document)"
	}
	return fmt.Sprintf("%s: %s (%s)", p, f.Message, f.Code)
}

// Faults is every problem found in a document. Validate and Decode return it as
// their error; use errors.As to get at it.
type Faults []Fault

// Error lists the faults, one per line.
func (fs Faults) Error() string {
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = f.Error()
	}
	return fmt.Sprintf("%d fault(s) in policy:\n%s", len(fs), strings.Join(lines, "\n"))
}

// sorted orders faults by path, then code, then message, so that output does not
// depend on the order checks run in. Each path is split once, not at every
// comparison.
func (fs Faults) sorted() Faults {
	keys := make([][]string, len(fs))
	for i := range fs {
		keys[i] = strings.Split(fs[i].Path, "/")
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &fs[idx[i]], &fs[idx[j]]
		if a.Path != b.Path {
			return segmentsLess(keys[idx[i]], keys[idx[j]])
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
	out := make(Faults, len(fs))
	for i, k := range idx {
		out[i] = fs[k]
	}
	copy(fs, out)
	return fs
}

// capped cuts sorted faults to max (max < 0: no limit), adding one FaultTooMany
// fault that counts those left out and the uncounted more already left out.
func (fs Faults) capped(max, more int) Faults {
	fs = fs.sorted()
	if max >= 0 && len(fs) > max {
		more += len(fs) - max
		fs = fs[:max]
	}
	if more > 0 {
		fs = append(fs, Fault{Code: FaultTooMany,
			Message: fmt.Sprintf("and %d more faults: the list stops at %d (Decoder.MaxFaults)", more, len(fs))})
	}
	return fs
}

// pathLess orders JSON Pointers segment by segment, numbers by value, so that
// /purposes/2 comes before /purposes/10.
func pathLess(a, b string) bool {
	return segmentsLess(strings.Split(a, "/"), strings.Split(b, "/"))
}

func segmentsLess(as, bs []string) bool {
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr == nil && berr == nil {
			return an < bn
		}
		return as[i] < bs[i]
	}
	return len(as) < len(bs)
}

// maxQuoted is the most bytes of a value a message quotes; a longer value is
// cut, with its length said, so that a hostile 7 MB ID does not fill the output.
const maxQuoted = 80

// quote quotes a value of the document for a message, cut to maxQuoted bytes
// (at a character boundary).
func quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(s[:cut]), len(s))
}

// maxListed is the most entries of a list a message names.
const maxListed = 5

// quoteList names the entries of a list for a message, each quoted, at most
// maxListed of them and how many more.
func quoteList(list []string) string {
	var b strings.Builder
	for i, s := range list {
		if i == maxListed {
			fmt.Fprintf(&b, " and %d more", len(list)-maxListed)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(s))
	}
	return b.String()
}
