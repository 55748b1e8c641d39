package policy

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/openpolicies/privacy/internal/check"
	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

// TestCodeListsComplete checks that fault messages can name every code list the
// model uses.
func TestCodeListsComplete(t *testing.T) {
	found := vocabtest.CodeTypes(reflect.TypeFor[Policy]())
	if len(found) < 20 {
		t.Fatalf("found only %d code types", len(found))
	}
	for ct := range found {
		if _, ok := CodeListOf(ct); !ok {
			t.Errorf("code type %s is missing from codeLists", ct)
		}
	}
	keys := map[string]bool{}
	for _, l := range CodeLists() {
		ct := l.Type
		if keys[l.Key] {
			t.Errorf("code list key %q is used twice", l.Key)
		}
		keys[l.Key] = true
		if !found[ct] {
			t.Errorf("codeLists names %s, which the model does not use", ct)
		}
		// An open list accepts a well-formed extension code; a closed one does not.
		v := reflect.New(ct).Elem()
		v.SetString("x-probe")
		if got := v.Interface().(check.Coded).Valid(); got != l.Open {
			t.Errorf("%s: Valid(x-probe) = %v, but codeLists says open = %v", ct, got, l.Open)
		}
	}
}

// TestSectionsComplete checks that every statement type with an ID can be
// referred to, so that duplicate IDs and references are checked everywhere.
func TestSectionsComplete(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			walk(typ.Elem())
		case reflect.Struct:
			if f, ok := typ.FieldByName("ID"); ok && f.Tag.Get("json") == "id" && typ != reflect.TypeFor[Policy]() && typ != reflect.TypeFor[Statement]() {
				if _, ok := sections[typ]; !ok {
					t.Errorf("statement type %s has an ID but no section name", typ)
				}
			}
			for i := range typ.NumField() {
				walk(typ.Field(i).Type)
			}
		}
	}
	walk(reflect.TypeFor[Policy]())
	if len(sections) < 16 {
		t.Errorf("only %d sections", len(sections))
	}
}

// TestFullUsesEveryField checks that testdata/full.json, the hand-made document
// the tests start from, sets every field of every type in the model at least once.
func TestFullUsesEveryField(t *testing.T) {
	data, err := os.ReadFile("testdata/full.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if !v.Field(i).IsZero() {
					used[v.Type().String()+"."+v.Type().Field(i).Name] = true
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(p))
	seen := map[reflect.Type]bool{}
	var fields func(reflect.Type)
	fields = func(typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			fields(typ.Elem())
		case reflect.Struct:
			for i := range typ.NumField() {
				if name := typ.String() + "." + typ.Field(i).Name; !used[name] {
					t.Errorf("testdata/full.json never sets %s", name)
				}
				fields(typ.Field(i).Type)
			}
		}
	}
	fields(reflect.TypeFor[Policy]())
}

// TestZeroCodeList checks that the zero CodeList answers without a panic.
func TestZeroCodeList(t *testing.T) {
	var l CodeList
	if l.Codes() != nil {
		t.Error("the zero CodeList has codes")
	}
	if _, ok := l.Lookup("x"); ok {
		t.Error("the zero CodeList finds a code")
	}
	if _, ok := CodeListByKey("no-such-list"); ok {
		t.Error("CodeListByKey finds an unknown key")
	}
	d, ok := CodeListByKey("data")
	if !ok || !d.Open || len(d.Codes()) < 100 {
		t.Errorf("data list: ok=%v open=%v codes=%d", ok, d.Open, len(d.Codes()))
	}
	if _, ok := d.Lookup("contact.email"); !ok {
		t.Error("data list lacks contact.email")
	}
}
