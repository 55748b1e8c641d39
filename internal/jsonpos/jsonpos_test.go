package jsonpos

import "testing"

func TestLocate(t *testing.T) {
	doc := []byte(`{
  "id": "x",
  "a/b": 1,
  "list": [
    {"k": true},
    [1, 2, {"deep": null}]
  ],
  "obj": {"inner": "v"}
}`)
	for _, tc := range []struct {
		pointer   string
		line, col int
	}{
		{"", 1, 1},
		{"/id", 2, 3},
		{"/a~1b", 3, 3},
		{"/list", 4, 3},
		{"/list/0", 5, 5},
		{"/list/0/k", 5, 6},
		{"/list/1/2/deep", 6, 13},
		{"/list/1/1", 6, 9},
		{"/obj/inner", 8, 11},
		{"/obj/missing", 8, 3}, // the deepest existing value: /obj
		{"/list/9", 4, 3},
		{"/nope/deeper", 1, 1},
	} {
		off, ok := Locate(doc, tc.pointer)
		if !ok {
			t.Errorf("Locate(%q) not ok", tc.pointer)
			continue
		}
		if l, c := LineColumn(doc, off); l != tc.line || c != tc.col {
			t.Errorf("Locate(%q) = %d:%d, want %d:%d", tc.pointer, l, c, tc.line, tc.col)
		}
	}
	if _, ok := Locate([]byte(`{"a": [1,`), "/a/3"); ok {
		t.Error("Locate on truncated JSON is ok")
	}
}

func FuzzLocate(f *testing.F) {
	f.Add([]byte(`{"a": [1, {"b": 2}]}`), "/a/1/b")
	f.Add([]byte(`[`), "/0")
	f.Fuzz(func(t *testing.T, data []byte, pointer string) {
		off, _ := Locate(data, pointer)
		if off < 0 || off > len(data) {
			t.Fatalf("offset %d outside the document of %d bytes", off, len(data))
		}
		LineColumn(data, off)
	})
}

func TestCompare(t *testing.T) {
	ordered := []string{"", "/collection", "/collection/2", "/collection/2/data", "/collection/10", "/purposes", "/purposes/0"}
	for i, a := range ordered {
		for j, b := range ordered {
			got := Compare(a, b)
			if (got < 0) != (i < j) || (got == 0) != (i == j) {
				t.Errorf("Compare(%q, %q) = %d", a, b, got)
			}
		}
	}
}
