package examples

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestSectionMap checks the section maps of README.md: every JSON Pointer in a
// fixture's table resolves in its JSON file, and every member of the document
// (each entry of the top-level lists, each top-level object) is mapped to some
// heading, so that the map stays complete as the fixtures change.
func TestSectionMap(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := regexp.MustCompile("(?m)^### .*\\(`([a-z0-9-]+)`\\)$").FindAllSubmatchIndex(readme, -1)
	if len(sections) != len(All()) {
		t.Fatalf("README.md has %d section maps, want %d", len(sections), len(All()))
	}
	ptr := regexp.MustCompile("`(/[^`]*)`(?:–`(/[^`]*)`)?")
	for i, s := range sections {
		id := string(readme[s[2]:s[3]])
		end := len(readme)
		if i+1 < len(sections) {
			end = sections[i+1][0]
		}
		table := string(readme[s[1]:end])
		t.Run(id, func(t *testing.T) {
			data, err := JSON(id)
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			mapped := map[string]bool{}
			rows := 0
			for _, line := range strings.Split(table, "\n") {
				if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Heading") {
					continue
				}
				rows++
				for _, m := range ptr.FindAllStringSubmatch(line, -1) {
					from, to := m[1], m[2]
					if !resolves(doc, from) {
						t.Errorf("%s does not resolve", from)
					}
					mapped[top(from)] = true
					if to == "" {
						continue
					}
					if !resolves(doc, to) {
						t.Errorf("%s does not resolve", to)
					}
					list, a, ok1 := strings.Cut(from[1:], "/")
					list2, b, ok2 := strings.Cut(to[1:], "/")
					ai, err1 := strconv.Atoi(a)
					bi, err2 := strconv.Atoi(b)
					if !ok1 || !ok2 || list != list2 || err1 != nil || err2 != nil || ai > bi {
						t.Errorf("range %s–%s is not a range of one list", from, to)
						continue
					}
					for k := ai; k <= bi; k++ {
						mapped["/"+list+"/"+strconv.Itoa(k)] = true
					}
				}
			}
			if rows < 10 {
				t.Fatalf("the table has only %d rows", rows)
			}
			for key, v := range doc {
				switch v := v.(type) {
				case []any:
					for k := range v {
						if p := "/" + key + "/" + strconv.Itoa(k); !mapped[p] {
							t.Errorf("%s is not mapped to any heading", p)
						}
					}
				case map[string]any:
					if !mapped["/"+key] {
						t.Errorf("/%s is not mapped to any heading", key)
					}
				}
			}
		})
	}
}

// top shortens a pointer to its top-level member and, for a list, its entry.
func top(p string) string {
	parts := strings.SplitN(p, "/", 4)
	if len(parts) >= 3 {
		if _, err := strconv.Atoi(parts[2]); err == nil {
			return "/" + parts[1] + "/" + parts[2]
		}
	}
	return "/" + parts[1]
}

// resolves reports whether JSON Pointer p names a value in doc.
func resolves(doc any, p string) bool {
	_, ok := lookup(doc, p)
	return ok
}

// lookup returns the value JSON Pointer p names in doc.
func lookup(doc any, p string) (any, bool) {
	if p == "" {
		return doc, true
	}
	if !strings.HasPrefix(p, "/") {
		return nil, false
	}
	cur := doc
	for _, tok := range strings.Split(p, "/")[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}
