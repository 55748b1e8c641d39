package check

import "testing"

func TestNearest(t *testing.T) {
	names := []string{"validate", "data", "diff", "label"}
	for _, tc := range []struct{ in, want string }{
		{"valdate", "validate"},
		{"dif", "diff"},
		{"lable", "label"},
		{"frobnicate", ""},
		{"", ""},
		{"zz", ""},
	} {
		if got := Nearest(tc.in, names); got != tc.want {
			t.Errorf("Nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Nearest("x", nil); got != "" {
		t.Errorf("Nearest with no candidates = %q", got)
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{{"kitten", "sitting", 3}, {"lable", "label", 1}, {"", "abc", 3}, {"abc", "abc", 0}, {"ca", "abc", 3}} {
		if d := EditDistance(tc.a, tc.b); d != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, d, tc.want)
		}
	}
}
