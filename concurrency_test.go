package privacy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/openpolicies/privacy/compliance"
	"github.com/openpolicies/privacy/diff"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/export"
	"github.com/openpolicies/privacy/label"
	"github.com/openpolicies/privacy/policy"
)

// operations runs every operation of the library on one fixture's JSON and
// returns what each produced, by name. Every operation reads shared state (the
// registries, caches of reflected types, the embedded schema), so running it
// from many goroutines under -race shows whether that state is safe.
func operations(t *testing.T, id string, data []byte, previous *policy.Policy) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	p, err := policy.Decode(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: decode: %v", id, err)
		return out
	}
	if err := p.Validate(); err != nil {
		t.Errorf("%s: validate: %v", id, err)
	}
	b, err := policy.Marshal(p)
	if err != nil {
		t.Errorf("%s: marshal: %v", id, err)
	}
	out["marshal"] = b
	out["query"] = []byte(fmt.Sprint(p.CollectedData()))

	var buf bytes.Buffer
	if err := diff.Compare(previous, p).WriteText(&buf); err != nil {
		t.Errorf("%s: diff: %v", id, err)
	}
	out["diff"] = bytes.Clone(buf.Bytes())

	buf.Reset()
	if err := label.Build(p).HTML(&buf); err != nil {
		t.Errorf("%s: label: %v", id, err)
	}
	out["label"] = bytes.Clone(buf.Bytes())

	rep, err := compliance.Check(p, compliance.Options{})
	if err != nil {
		t.Errorf("%s: check: %v", id, err)
	}
	out["check"], _ = json.Marshal(rep)

	if m, err := export.Apple(p); err != nil {
		t.Errorf("%s: apple: %v", id, err)
	} else {
		out["apple"] = m.Plist()
	}
	if r, err := export.Play(p); err != nil {
		t.Errorf("%s: play: %v", id, err)
	} else {
		out["play"] = r.CSV()
	}
	if d, err := export.DPV(p); err != nil {
		t.Errorf("%s: dpv: %v", id, err)
	} else {
		out["dpv"] = d.JSONLD
	}
	return out
}

// TestConcurrentUse runs decode, validate, marshal, query, diff, label,
// compliance check and exports on every fixture from several goroutines at
// once and checks each gives the same bytes as a run on its own: the library
// keeps no mutable state between calls (run it with -race, as CI does).
func TestConcurrentUse(t *testing.T) {
	previous := examples.All()[0].New()
	type job struct {
		id   string
		data []byte
		want map[string][]byte
	}
	var jobs []job
	for _, f := range examples.All() {
		data, err := examples.JSON(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, job{f.ID, data, operations(t, f.ID, data, previous)})
	}
	const workers = 4
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				j := jobs[(i+w)%len(jobs)] // each worker starts elsewhere
				got := operations(t, j.id, j.data, previous)
				for name, want := range j.want {
					if !bytes.Equal(got[name], want) {
						t.Errorf("%s: %s differs when run concurrently", j.id, name)
					}
				}
			}
		}()
	}
	wg.Wait()
}
