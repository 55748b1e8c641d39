package policy

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/jurisdiction"
)

// The hostile inputs of issue 11: each must be refused or reported quickly,
// with bounded memory and a capped fault list. Where a test compares sizes, it
// counts work (bytes allocated), never time.

// decodeFaults decodes doc with dec and returns its faults (nil if none).
func decodeFaults(t *testing.T, dec Decoder, doc []byte) (*Policy, Faults) {
	t.Helper()
	p, err := dec.Decode(bytes.NewReader(doc))
	var fs Faults
	if err != nil && !errors.As(err, &fs) {
		t.Fatalf("Decode returned %T: %v", err, err)
	}
	return p, fs
}

// allocated is the number of bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// assertCapped checks a fault list cut at max with a last too-many-faults
// fault counting the rest.
func assertCapped(t *testing.T, fs Faults, max, total int) {
	t.Helper()
	if len(fs) != max+1 {
		t.Fatalf("%d faults listed, want %d and one too-many-faults", len(fs), max)
	}
	last := fs[len(fs)-1]
	if last.Code != FaultTooMany || !strings.Contains(last.Message, strconv.Itoa(total-max)+" more") {
		t.Errorf("last fault %v, want too-many-faults saying %d more", last, total-max)
	}
}

// manyMembersDoc is an object of n members named m0, m1, ..., each holding 0.
func manyMembersDoc(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id": "t", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme", "address": {`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"m` + strconv.Itoa(i) + `":0`)
	}
	b.WriteString(`}}]}`)
	return b.Bytes()
}

// TestManyMembers: an object of 700k members (8.3 MB, under the default
// limit) once took half an hour, each name searched in a growing slice. Now
// it is reported, capped, and the work grows linearly with the members.
func TestManyMembers(t *testing.T) {
	doc := manyMembersDoc(700_000)
	if len(doc) > DefaultMaxBytes {
		t.Fatalf("the document is %d bytes, over the default limit", len(doc))
	}
	_, fs := decodeFaults(t, Decoder{}, doc)
	assertCapped(t, fs, DefaultMaxFaults, 700_000)
	for _, f := range fs[:len(fs)-1] {
		if f.Code != FaultUnknownField {
			t.Fatalf("fault %v, want unknown-field", f)
		}
	}
	// Duplicates of one name: the map that replaces the slice still finds them.
	dup := bytes.Repeat([]byte(`"locality":"x",`), 50_000)
	doc = []byte(`{"id": "t", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme", "address": {` + string(dup) + `"locality":"x", "lines": ["1 Main St"]}}]}`)
	_, fs = decodeFaults(t, Decoder{MaxFaults: -1}, doc)
	if len(fs) != 50_000 || fs[0].Code != FaultDuplicateKey {
		t.Errorf("%d faults (first %v), want 50000 duplicate-key", len(fs), fs[0])
	}
	small := allocated(func() { decodeFaults(t, Decoder{}, manyMembersDoc(10_000)) })
	large := allocated(func() { decodeFaults(t, Decoder{}, manyMembersDoc(100_000)) })
	if large > 15*small {
		t.Errorf("10x the members allocates %.1fx the bytes (%d, %d); want linear", float64(large)/float64(small), small, large)
	}
}

// TestArrayOfZeros: an 8 MiB array of zeros where objects belong once gave
// 4.19 million faults and 2.4 GB of memory; now 1000 faults and a count.
func TestArrayOfZeros(t *testing.T) {
	n := (DefaultMaxBytes - 100) / 2
	doc := []byte(`{"id": "t", "title": "T", "language": "en", "controllers": [` + strings.Repeat("0,", n-1) + `0]}`)
	var fs Faults
	used := allocated(func() { _, fs = decodeFaults(t, Decoder{}, doc) })
	assertCapped(t, fs, DefaultMaxFaults, n)
	if used > 8*uint64(len(doc)) { // under 4x without -race
		t.Errorf("decoding an array of %d zeros allocated %d bytes, more than 8x the %d of the document", n, used, len(doc))
	}
	// A custom limit, and no limit.
	_, fs = decodeFaults(t, Decoder{MaxFaults: 10}, doc[:1000])
	assertCapped(t, fs, 10, strings.Count(string(doc[:1000]), "0,")+1)
}

// TestManyReferences: one purpose naming 40k collections took 3.9 s to
// validate, every name compared with every collection. The rules now index
// IDs: ten times the references cost about ten times the work.
func TestManyReferences(t *testing.T) {
	policyOf := func(n int) *Policy {
		p := &Policy{ID: "t", Title: "T", Language: "en", Controllers: []Controller{{Statement: Statement{ID: "acme"}, LegalName: "Acme"}}}
		pu := Purpose{Statement: Statement{ID: "p"}, Kind: "analytics", LegalBases: []LegalBasis{{Basis: BasisConsent, Jurisdictions: []jurisdiction.Code{jurisdiction.EEA}}}}
		for i := range n {
			id := "c" + strconv.Itoa(i)
			p.Collection = append(p.Collection, Collection{Statement: Statement{ID: id}, Data: []category.Data{category.DataEmail}})
			pu.Collections = append(pu.Collections, id)
		}
		p.Purposes = []Purpose{pu}
		p.LegalBases = []LegalBasis{{Basis: BasisContract, Purposes: []string{"p", "p"}}}
		return p
	}
	large := policyOf(40_000)
	if err := large.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	small := policyOf(4_000)
	a := allocated(func() { _ = small.Validate() })
	b := allocated(func() { _ = large.Validate() })
	if b > 15*a {
		t.Errorf("10x the references allocates %.1fx the bytes; want linear", float64(b)/float64(a))
	}
}

// TestLongValuesCut: a 7 MB bad ID was repeated whole in its message.
func TestLongValuesCut(t *testing.T) {
	long := strings.Repeat("A", 7<<20)
	p := &Policy{ID: long, Title: "T", Language: "en", Controllers: []Controller{{Statement: Statement{ID: "acme"}, LegalName: "Acme"}},
		Recipients: []Recipient{{Statement: Statement{ID: "r"}, Types: []category.Recipient{category.RecipientServiceProvider}, Via: long}}}
	var fs Faults
	if err := p.Validate(); !errors.As(err, &fs) {
		t.Fatalf("Validate: %v", err)
	}
	if len(fs) < 2 {
		t.Fatalf("want an invalid-format and a dangling-reference fault, got %v", fs)
	}
	for _, f := range fs {
		if len(f.Message) > 300 {
			t.Errorf("%s %s: message of %d bytes", f.Code, f.Path, len(f.Message))
		}
		if !strings.Contains(f.Message, strconv.Itoa(len(long))+" bytes") {
			t.Errorf("%s %s: message does not give the value's length: %.200s", f.Code, f.Path, f.Message)
		}
	}
	// Through Decode, with a raised limit, the same.
	doc := []byte(`{"id": "` + long + `", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme"}]}`)
	_, fs = decodeFaults(t, Decoder{MaxBytes: 16 << 20, MaxStringBytes: 8 << 20}, doc)
	if len(fs) != 1 || len(fs[0].Message) > 300 {
		t.Errorf("faults %.400v", fs)
	}
}

// TestLimits: documents, strings and nesting over the limits are refused early
// with a too-large fault, for the default and custom limits.
func TestLimits(t *testing.T) {
	// An endless reader: Decode reads one byte past the limit, no more.
	r := &countingReader{}
	_, err := Decoder{MaxBytes: 1 << 20}.Decode(r)
	var fs Faults
	if !errors.As(err, &fs) || len(fs) != 1 || fs[0].Code != FaultTooLarge {
		t.Errorf("endless document: %v", err)
	}
	if r.n > 1<<20+4096 {
		t.Errorf("read %d bytes of an endless document with a 1 MiB limit", r.n)
	}
	// 100 MB refused by the default limit.
	_, err = Decode(io.LimitReader(&countingReader{}, 100<<20))
	if !errors.As(err, &fs) || fs[0].Code != FaultTooLarge {
		t.Errorf("100 MB document: %v", err)
	}
	// A string over MaxStringBytes, as a value and as a member name.
	big := strings.Repeat("x", DefaultMaxStringBytes+1)
	for _, doc := range []string{
		`{"id": "t", "title": "` + big + `", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme"}]}`,
		`{"id": "t", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme"}], "` + big + `": 1}`,
	} {
		_, fs := decodeFaults(t, Decoder{}, []byte(doc))
		if !hasCode(fs, FaultTooLarge) || hasCode(fs, FaultSyntax) {
			t.Errorf("long string: %.300v", fs)
		}
	}
	// A custom string limit; strings under it pass.
	_, fs = decodeFaults(t, Decoder{MaxStringBytes: 12}, []byte(`{"id": "t", "title": "A longer title", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme"}]}`))
	if len(fs) != 1 || fs[0].Path != "/title" || fs[0].Code != FaultTooLarge {
		t.Errorf("MaxStringBytes 12: %v", fs)
	}
	// A million-element array of valid entries decodes, its length bounded
	// only by MaxBytes.
	names := strings.TrimSuffix(strings.Repeat(`"a",`, 1_000_000), ",")
	doc := []byte(`{"id": "t", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme", "trading_names": [` + names + `]}]}`)
	p, fs := decodeFaults(t, Decoder{}, doc)
	if fs != nil || p == nil || len(p.Controllers[0].TradingNames) != 1_000_000 {
		t.Errorf("million-element array: %d faults %.300v", len(fs), fs)
	}
}

// TestManyFaults: a document of 100,000 validation faults lists 1000 and says
// how many more; unknown codes past the first get no costly suggestion.
func TestManyFaults(t *testing.T) {
	var b strings.Builder
	for i := range 100_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"health.x` + strconv.Itoa(i) + `"`)
	}
	doc := []byte(`{"id": "t", "title": "T", "language": "en", "controllers": [{"id": "acme", "legal_name": "Acme"}], "collection": [{"id": "c", "data": [` + b.String() + `]}]}`)
	p, fs := decodeFaults(t, Decoder{}, doc)
	if p == nil {
		t.Fatal("no policy for a well-formed document")
	}
	assertCapped(t, fs, DefaultMaxFaults, 100_000)
	if fs[0].Path != "/collection/0/data/0" || fs[999].Path != "/collection/0/data/999" {
		t.Errorf("the listed faults are not the first in path order: %v ... %v", fs[0], fs[999])
	}
	_, all := decodeFaults(t, Decoder{MaxFaults: -1}, doc)
	if len(all) != 100_000 {
		t.Errorf("MaxFaults -1 lists %d faults, want 100000", len(all))
	}
}

type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	r.n += len(p)
	return len(p), nil
}

func hasCode(fs Faults, c FaultCode) bool {
	for _, f := range fs {
		if f.Code == c {
			return true
		}
	}
	return false
}
