package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzDecode feeds Decode arbitrary bytes, starting from full.json and every
// document of testdata/invalid. Decode must not panic; its faults are well
// formed; and whatever policy it returns, valid or not, survives Marshal and
// Decode unchanged with the same faults.
//
//	go test ./policy -run '^$' -fuzz FuzzDecode -fuzztime 60s
func FuzzDecode(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, filepath.Join("testdata", "full.json"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	// Small documents of each JSON type, for the mutator to grow.
	for _, s := range []string{``, `{}`, `[]`, `null`, `0`, `""`, `{"controllers":[{}]}`,
		`{"title": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 \u2028", "controllers": [], "services": null, "children": {"age_limits": [{"minimum_age": -0}]}}`} {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(bytes.NewReader(data))
		var fs Faults
		if err != nil && !errors.As(err, &fs) {
			t.Fatalf("Decode returned %T, not Faults: %v", err, err)
		}
		if err != nil && len(fs) == 0 {
			t.Fatal("Decode returned an empty Faults")
		}
		for _, f := range fs {
			if !knownCodes[f.Code] {
				t.Errorf("fault with unknown code %q: %v", f.Code, f)
			}
			if f.Path != "" && f.Path[0] != '/' {
				t.Errorf("fault path %q is not a JSON Pointer", f.Path)
			}
			if structural[f.Code] && p != nil {
				t.Errorf("Decode returned a policy with structural fault %v", f)
			}
		}
		checkMessages(t, fs)
		if p == nil {
			if err == nil {
				t.Fatal("Decode returned neither a policy nor an error")
			}
			return
		}

		// The one-pass decoder builds what encoding/json builds.
		var u Policy
		if err := json.Unmarshal(data, &u); err != nil {
			t.Fatalf("Decode accepted what json.Unmarshal rejects: %v", err)
		}
		if diff := cmp.Diff(&u, p); diff != "" {
			t.Fatalf("Decode and json.Unmarshal build different values (-Unmarshal +Decode):\n%s", diff)
		}
		out, err := Marshal(p)
		if err != nil {
			t.Fatalf("Marshal of a decoded policy: %v", err)
		}
		q, err2 := Decode(bytes.NewReader(out))
		if q == nil {
			t.Fatalf("the marshalled policy does not decode: %v\n%s", err2, out)
		}
		// An empty list and a missing one mean the same; Marshal omits both.
		if diff := cmp.Diff(p, q, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Marshal then Decode changed the policy (-first +second):\n%s", diff)
		}
		var fs2 Faults
		if err2 != nil {
			errors.As(err2, &fs2)
		}
		if diff := cmp.Diff(codePaths(fs), codePaths(fs2)); diff != "" {
			t.Fatalf("Marshal then Decode changed the faults (-first +second):\n%s", diff)
		}
		again, err := Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, again) {
			t.Fatalf("Marshal is not stable (-first +second):\n%s", cmp.Diff(string(out), string(again)))
		}
	})
}
