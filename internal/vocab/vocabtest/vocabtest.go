// Package vocabtest checks code lists in tests: that every constant of a code
// type appears in its registry exactly once and the registry holds nothing else.
package vocabtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/internal/vocab"
)

// Consts returns the values of the constants of type typeName declared in the
// non-test Go files of dir, keyed by constant name.
func Consts(t *testing.T, dir, typeName string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				id, ok := vs.Type.(*ast.Ident)
				if !ok || id.Name != typeName {
					continue
				}
				for i, n := range vs.Names {
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						t.Fatalf("%s: constant %s is not a string literal", name, n.Name)
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					out[n.Name] = v
				}
			}
		}
	}
	return out
}

// Match fails the test unless the constants of typeName in dir and the registry
// codes are the same set, with no value declared by two constants and no code
// registered twice. At least one constant must exist.
func Match(t *testing.T, dir, typeName string, codes []string) {
	t.Helper()
	consts := Consts(t, dir, typeName)
	if len(consts) == 0 {
		t.Fatalf("no constants of type %s in %s", typeName, dir)
	}
	byValue := map[string]string{}
	for name, v := range consts {
		if other, dup := byValue[v]; dup {
			t.Errorf("%s: constants %s and %s both have value %q", typeName, other, name, v)
		}
		byValue[v] = name
	}
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c] {
			t.Errorf("%s: code %q is registered twice", typeName, c)
		}
		seen[c] = true
		if _, ok := byValue[c]; !ok {
			t.Errorf("%s: registered code %q has no constant", typeName, c)
		}
	}
	names := make([]string, 0, len(consts))
	for name := range consts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !seen[consts[name]] {
			t.Errorf("%s: constant %s = %q is not registered", typeName, name, consts[name])
		}
	}
}

// Registry is the part of a vocab.List that registry tests use.
type Registry interface {
	Check(form *regexp.Regexp) error
	Terms() []vocab.Term
}

// CheckRegistry runs the registry checks on list (see vocab.List.Check) and
// matches its codes with the constants of typeName in dir (see Match).
func CheckRegistry(t *testing.T, dir, typeName string, list Registry, form *regexp.Regexp) {
	t.Helper()
	if err := list.Check(form); err != nil {
		t.Error(err)
	}
	var codes []string
	for _, term := range list.Terms() {
		codes = append(codes, term.Code)
	}
	Match(t, dir, typeName, codes)
}

// Kebab is the form of the codes of most lists: lower-case words joined by hyphens.
var Kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// CodeTypes returns every code type (a type with a Valid() bool method)
// reachable from root through struct fields, pointers and slices.
func CodeTypes(root reflect.Type) map[reflect.Type]bool {
	coded := reflect.TypeFor[interface{ Valid() bool }]()
	out := map[reflect.Type]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		if t.Implements(coded) {
			out[t] = true
			return
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice:
			walk(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				walk(t.Field(i).Type)
			}
		}
	}
	walk(root)
	return out
}
