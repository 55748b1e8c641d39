package diff

import (
	"bufio"
	"fmt"
	"io"
)

// marks are the line prefixes of the text form: "+" added, "-" removed, "~"
// changed.
var marks = map[Kind]string{Added: "+", Removed: "-", Changed: "~"}

// WriteText writes the report for a person: a summary line, a table of counts
// per section, then each section's changes one per line ("+" added, "-"
// removed, "~" changed) with their effect and a "material" mark, which names
// the root a material change follows from when it is not its own.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Changes from %s to %s\n", name(r.Old), name(r.New))
	if r.Empty() {
		fmt.Fprintln(bw, "\nNo changes.")
		return bw.Flush()
	}
	s := r.Summary
	fmt.Fprintf(bw, "\n%d changes: %d added, %d removed, %d changed; %d widen, %d narrow, %d neutral, %d unknown; %d material (%d distinct)\n",
		s.Total, s.Added, s.Removed, s.Changed, s.Widens, s.Narrows, s.Neutral, s.Unknown, s.Material, s.Roots)
	fmt.Fprintf(bw, "\n%-16s %7s %7s %7s %7s %7s %7s %7s %7s %8s\n",
		"section", "total", "added", "removed", "changed", "widen", "narrow", "neutral", "unknown", "material")
	for _, sc := range s.Sections {
		fmt.Fprintf(bw, "%-16s %7d %7d %7d %7d %7d %7d %7d %7d %8d\n",
			sc.Section, sc.Total, sc.Added, sc.Removed, sc.Changed, sc.Widens, sc.Narrows, sc.Neutral, sc.Unknown, sc.Material)
	}
	section := ""
	for _, ch := range r.Changes {
		if ch.Section != section {
			section = ch.Section
			fmt.Fprintf(bw, "\n## %s\n\n", section)
		}
		tag := string(ch.Effect)
		if ch.Material {
			tag += ", material"
			if self := ch.Section + "/" + ch.Statement; ch.Root != self && ch.Root != "" {
				tag += ": follows " + ch.Root
			}
		}
		fmt.Fprintf(bw, "%s %s  [%s]\n", marks[ch.Kind], ch.Summary, tag)
	}
	return bw.Flush()
}

func name(id string) string {
	if id == "" {
		return "(no ID)"
	}
	return id
}
