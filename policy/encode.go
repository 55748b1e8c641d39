package policy

import (
	"bytes"
	"encoding/json"
	"io"
)

// Marshal encodes p as indented JSON with a final newline. The same value always
// gives the same bytes: fields come in declaration order, the model has no maps,
// and HTML characters are not escaped.
func Marshal(p *Policy) ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Encode writes p to w as [Marshal] does.
func Encode(w io.Writer, p *Policy) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}
