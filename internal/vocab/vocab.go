// Package vocab holds the one mechanism behind every code list of the module: an
// ordered, immutable registry of definitions indexed by code, with the checks a
// registry must pass (each code once, titles and descriptions present, parents that
// exist, no cycles) and the rule for user extension codes.
package vocab

import (
	"fmt"
	"regexp"
	"strings"
)

// ExtensionPrefix starts every code a user adds to an open list.
const ExtensionPrefix = "x-"

// extension is the form of a user code: "x-" then lower-case words joined by
// hyphens, optionally dotted (for hierarchical lists such as data categories).
var extension = regexp.MustCompile(`^x-[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`)

// ExtensionPattern is the regular expression an extension code matches; the JSON
// Schema uses it for the extension branch of open lists.
const ExtensionPattern = `^x-[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`

// IsExtension reports whether code is a well-formed user extension code.
func IsExtension(code string) bool { return extension.MatchString(code) }

// Term is the part of a definition every list shares.
type Term struct {
	Code        string // the code as written in documents
	Title       string // a short human label
	Description string // what the code covers
	Parent      string // the more general code, or empty
}

// List is a registry of definitions of type D for codes of type C.
type List[C ~string, D any] struct {
	name  string
	open  bool
	defs  []D
	terms []Term
	index map[string]int
	clone func(D) D // deep copy for definitions that hold slices, or nil
}

// WithClone makes Lookup and All return definitions copied by clone, for
// definition types that hold slices a caller could otherwise change in the
// registry. It returns l and is meant for package initialisation.
func (l *List[C, D]) WithClone(clone func(D) D) *List[C, D] {
	l.clone = clone
	return l
}

// New builds a registry. term extracts the shared part of a definition. open lists
// accept extension codes. Duplicate codes are kept in the slice (so that Check can
// report them) but the index points at the first.
func New[C ~string, D any](name string, open bool, term func(D) Term, defs []D) *List[C, D] {
	l := &List[C, D]{name: name, open: open, defs: defs, index: make(map[string]int, len(defs))}
	for i, d := range defs {
		t := term(d)
		l.terms = append(l.terms, t)
		if _, dup := l.index[t.Code]; !dup {
			l.index[t.Code] = i
		}
	}
	return l
}

// Name is the list's name, as used in error messages ("data category").
func (l *List[C, D]) Name() string { return l.name }

// Open reports whether users may add extension codes to the list.
func (l *List[C, D]) Open() bool { return l.open }

// Lookup returns the definition of code.
func (l *List[C, D]) Lookup(code C) (D, bool) {
	i, ok := l.index[string(code)]
	if !ok {
		var zero D
		return zero, false
	}
	if l.clone != nil {
		return l.clone(l.defs[i]), true
	}
	return l.defs[i], true
}

// Shared returns the registry's own definition of code, without the copy Lookup
// makes: for read-only use inside the defining package.
func (l *List[C, D]) Shared(code C) (D, bool) {
	i, ok := l.index[string(code)]
	if !ok {
		var zero D
		return zero, false
	}
	return l.defs[i], true
}

// Known reports whether code is defined in the list.
func (l *List[C, D]) Known(code C) bool {
	_, ok := l.index[string(code)]
	return ok
}

// Valid reports whether code is defined or, for an open list, a well-formed
// extension code.
func (l *List[C, D]) Valid(code C) bool {
	return l.Known(code) || (l.open && IsExtension(string(code)))
}

// All returns a copy of the definitions in registry order.
func (l *List[C, D]) All() []D {
	out := append([]D(nil), l.defs...)
	if l.clone != nil {
		for i := range out {
			out[i] = l.clone(out[i])
		}
	}
	return out
}

// Terms returns a copy of the shared parts of the definitions in registry order.
func (l *List[C, D]) Terms() []Term { return append([]Term(nil), l.terms...) }

// Ancestors returns the parents of code, nearest first. It stops at a cycle or an
// unknown parent rather than looping.
func (l *List[C, D]) Ancestors(code C) []C {
	var out []C
	seen := map[string]bool{string(code): true}
	cur := string(code)
	for {
		i, ok := l.index[cur]
		if !ok {
			return out
		}
		p := l.terms[i].Parent
		if p == "" || seen[p] {
			return out
		}
		seen[p] = true
		out = append(out, C(p))
		cur = p
	}
}

// Check reports every defect of the registry: empty, duplicate or malformed codes,
// missing titles or descriptions, parents that do not exist, cycles. Registry tests
// call it; it is not needed at run time.
func (l *List[C, D]) Check(codeForm *regexp.Regexp) error {
	var errs []string
	seen := map[string]bool{}
	for _, t := range l.terms {
		switch {
		case t.Code == "":
			errs = append(errs, "a definition has no code")
			continue
		case seen[t.Code]:
			errs = append(errs, fmt.Sprintf("%q is defined twice", t.Code))
		case codeForm != nil && !codeForm.MatchString(t.Code):
			errs = append(errs, fmt.Sprintf("%q does not match %s", t.Code, codeForm))
		case strings.HasPrefix(t.Code, ExtensionPrefix):
			errs = append(errs, fmt.Sprintf("%q uses the extension prefix", t.Code))
		}
		seen[t.Code] = true
		if strings.TrimSpace(t.Title) == "" {
			errs = append(errs, fmt.Sprintf("%q has no title", t.Code))
		}
		if strings.TrimSpace(t.Description) == "" {
			errs = append(errs, fmt.Sprintf("%q has no description", t.Code))
		}
		if t.Parent != "" {
			if _, ok := l.index[t.Parent]; !ok {
				errs = append(errs, fmt.Sprintf("%q has unknown parent %q", t.Code, t.Parent))
			}
		}
	}
	for _, t := range l.terms {
		visited := map[string]bool{t.Code: true}
		for p := t.Parent; p != ""; {
			if visited[p] {
				errs = append(errs, fmt.Sprintf("%q is in a parent cycle", t.Code))
				break
			}
			visited[p] = true
			i, ok := l.index[p]
			if !ok {
				break
			}
			p = l.terms[i].Parent
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s registry: %s", l.name, strings.Join(errs, "; "))
	}
	return nil
}
