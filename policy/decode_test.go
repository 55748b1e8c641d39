package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// readFull returns testdata/full.json, the valid document that uses every field.
func readFull(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/full.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// decodeFull decodes testdata/full.json and fails the test on any fault.
func decodeFull(t testing.TB) *Policy {
	t.Helper()
	p, err := Decode(bytes.NewReader(readFull(t)))
	if err != nil {
		t.Fatalf("testdata/full.json: %v", err)
	}
	return p
}

// faultsOf returns the Faults in err, failing the test when err holds none.
func faultsOf(t testing.TB, err error) Faults {
	t.Helper()
	var fs Faults
	if !errors.As(err, &fs) {
		t.Fatalf("error %T is not Faults: %v", err, err)
	}
	return fs
}

func codePaths(fs Faults) []codePath {
	out := make([]codePath, len(fs))
	for i, f := range fs {
		out[i] = codePath{f.Code, f.Path}
	}
	return out
}

func TestDecodeFull(t *testing.T) {
	p := decodeFull(t)
	if p == nil {
		t.Fatal("Decode returned no policy and no error")
	}
	if p.ID != "acme-2025" || len(p.Purposes) != 2 || p.Children == nil {
		t.Errorf("decoded policy lacks content: id %q, %d purposes, children %v", p.ID, len(p.Purposes), p.Children)
	}
}

// TestMarshalDeterministic checks that the same value gives the same bytes, and
// that an equal value decoded afresh does too.
func TestMarshalDeterministic(t *testing.T) {
	p := decodeFull(t)
	a, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("Marshal gave different bytes for the same value (-first +second):\n%s", cmp.Diff(string(a), string(b)))
	}
	c, err := Marshal(decodeFull(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) {
		t.Errorf("Marshal gave different bytes for equal values (-first +second):\n%s", cmp.Diff(string(a), string(c)))
	}
	if !bytes.HasSuffix(a, []byte("}\n")) {
		t.Error("Marshal output does not end with a newline")
	}
	// HTML characters are written as they are.
	p.Title = "Terms & <Conditions>"
	d, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(d, []byte(`"Terms & <Conditions>"`)) {
		t.Error("Marshal escapes HTML characters")
	}
}

// TestRoundTrip checks that Marshal then Decode gives back an equal value, for
// full.json and for every valid document of the corpus, and that a second
// Marshal gives the same bytes.
func TestRoundTrip(t *testing.T) {
	docs := map[string][]byte{"full": readFull(t)}
	for _, c := range loadCorpus(t) {
		if len(c.want) == 0 {
			docs[c.name] = c.doc
		}
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			p, err := Decode(bytes.NewReader(doc))
			if err != nil {
				t.Fatal(err)
			}
			b, err := Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			q, err := Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("decoding the marshalled policy: %v", err)
			}
			if diff := cmp.Diff(p, q); diff != "" {
				t.Errorf("round trip changed the policy (-decoded +round-tripped):\n%s", diff)
			}
			b2, err := Marshal(q)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, b2) {
				t.Errorf("second Marshal differs (-first +second):\n%s", cmp.Diff(string(b), string(b2)))
			}
		})
	}
}

// TestDecodeResult checks what Decode returns beside its faults: the policy when
// the document is well-formed, nil when it is not.
func TestDecodeResult(t *testing.T) {
	for _, tc := range []struct {
		name       string
		doc        string
		wantPolicy bool
		want       []codePath
	}{
		{"valid", `{"id":"t","title":"T","language":"en","controllers":[{"id":"a","legal_name":"A"}]}`, true, nil},
		{"invalid", `{"id":"T","title":"T","language":"en","controllers":[{"id":"a","legal_name":"A"}]}`, true,
			[]codePath{{FaultInvalidFormat, "/id"}}},
		{"unknown field", `{"id":"t","title":"T","language":"en","controllers":[{"id":"a","legal_name":"A"}],"x":1}`, false,
			[]codePath{{FaultUnknownField, "/x"}}},
		{"empty input", ``, false, []codePath{{FaultSyntax, ""}}},
		{"whitespace only", " \n\t", false, []codePath{{FaultSyntax, ""}}},
		{"null document", `null`, false, []codePath{{FaultWrongType, ""}}},
		{"string document", `"policy"`, false, []codePath{{FaultWrongType, ""}}},
		{"empty object", `{}`, true, []codePath{
			{FaultRequired, "/controllers"}, {FaultRequired, "/id"}, {FaultRequired, "/language"}, {FaultRequired, "/title"}}},
		{"trailing whitespace", "{\"id\":\"t\",\"title\":\"T\",\"language\":\"en\",\"controllers\":[{\"id\":\"a\",\"legal_name\":\"A\"}]}\n\n ", true, nil},
		{"escaped member name", `{"\u0069d":"t","title":"T","language":"en","controllers":[{"id":"a","legal_name":"A"}]}`, true, nil},
		{"member name in other case", `{"ID":"t","title":"T","language":"en","controllers":[{"id":"a","legal_name":"A"}]}`, false,
			[]codePath{{FaultUnknownField, "/ID"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Decode(strings.NewReader(tc.doc))
			if tc.wantPolicy != (p != nil) {
				t.Errorf("Decode returned policy %v, want one: %v", p != nil, tc.wantPolicy)
			}
			var got []codePath
			if err != nil {
				got = codePaths(faultsOf(t, err))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("faults (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeMaxBytes checks the size limit at its edge, and that Decode does not
// read an endless input to the end.
func TestDecodeMaxBytes(t *testing.T) {
	doc := readFull(t)
	n := int64(len(doc))
	if _, err := (Decoder{MaxBytes: n}).Decode(bytes.NewReader(doc)); err != nil {
		t.Errorf("a document of exactly MaxBytes: %v", err)
	}
	_, err := Decoder{MaxBytes: n - 1}.Decode(bytes.NewReader(doc))
	if diff := cmp.Diff([]codePath{{FaultTooLarge, ""}}, codePaths(faultsOf(t, err))); diff != "" {
		t.Errorf("a document one byte over MaxBytes (-want +got):\n%s", diff)
	}
	// An endless stream of spaces: Decode stops after the limit.
	endless := io.MultiReader(strings.NewReader("{"), spaces{})
	_, err = Decoder{MaxBytes: 1 << 16}.Decode(endless)
	if diff := cmp.Diff([]codePath{{FaultTooLarge, ""}}, codePaths(faultsOf(t, err))); diff != "" {
		t.Errorf("an endless document (-want +got):\n%s", diff)
	}
	// The zero Decoder and Decode use DefaultMaxBytes.
	big := append([]byte(`{"id":"t","title":"`), bytes.Repeat([]byte("a"), DefaultMaxBytes)...)
	big = append(big, `"}`...)
	for name, decode := range map[string]func(io.Reader) (*Policy, error){"Decode": Decode, "Decoder{}": Decoder{}.Decode} {
		_, err := decode(bytes.NewReader(big))
		if diff := cmp.Diff([]codePath{{FaultTooLarge, ""}}, codePaths(faultsOf(t, err))); diff != "" {
			t.Errorf("%s of a document over DefaultMaxBytes (-want +got):\n%s", name, diff)
		}
	}
}

type spaces struct{}

func (spaces) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = ' '
	}
	return len(b), nil
}

// TestDecodeReadError checks that a failing reader gives its error, wrapped, and
// not a fault of the document.
func TestDecodeReadError(t *testing.T) {
	boom := errors.New("boom")
	p, err := Decode(iotest.ErrReader(boom))
	if p != nil {
		t.Error("Decode returned a policy after a read error")
	}
	if !errors.Is(err, boom) {
		t.Errorf("Decode error %v does not wrap the reader's error", err)
	}
	var fs Faults
	if errors.As(err, &fs) {
		t.Errorf("a read error is reported as faults: %v", fs)
	}
}

// TestDecodeStrictAgainstUnmarshal checks that whatever Decode accepts,
// encoding/json reads to the same value: the strict walk and the unmarshalling
// agree.
func TestDecodeStrictAgainstUnmarshal(t *testing.T) {
	for _, c := range loadCorpus(t) {
		p, _ := Decode(bytes.NewReader(c.doc))
		if p == nil {
			continue
		}
		var q Policy
		if err := json.Unmarshal(c.doc, &q); err != nil {
			t.Errorf("%s: Decode accepted what json.Unmarshal rejects: %v", c.name, err)
			continue
		}
		if diff := cmp.Diff(p, &q); diff != "" {
			t.Errorf("%s: Decode and json.Unmarshal disagree (-Decode +Unmarshal):\n%s", c.name, diff)
		}
	}
}

// TestDecodeEscapes checks the one-pass decoder's strings, lists and pointers
// against encoding/json on a document of every escape and empty or null value.
func TestDecodeEscapes(t *testing.T) {
	doc := `{"id": "t", "title": "\"\\\/\b\f\n\r\t\u00e9\u00E9\ud83d\ude00 \u2028 plain", "language": "en",
		"controllers": [{"id": "acme", "legal_name": "Acme", "trading_names": [], "address": null}],
		"services": null, "children": {"age_limits": [{"minimum_age": 13, "parental_consent": {"from": 0, "to": 12}}]},
		"recipients": [{"id": "r", "types": ["advertiser"], "sale": false, "sharing": true}]}`
	p, err := Decode(strings.NewReader(doc))
	if p == nil {
		t.Fatalf("Decode: %v", err)
	}
	var q Policy
	if err := json.Unmarshal([]byte(doc), &q); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&q, p); diff != "" {
		t.Errorf("Decode and json.Unmarshal differ (-Unmarshal +Decode):\n%s", diff)
	}
	if p.Controllers[0].TradingNames == nil || p.Services != nil || *p.Recipients[0].Sharing != true {
		t.Errorf("empty list, null list or pointer decoded wrongly: %#v %#v", p.Controllers[0].TradingNames, p.Services)
	}
}
