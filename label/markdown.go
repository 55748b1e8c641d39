package label

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Markdown writes the label as a GitHub-flavoured Markdown document: a
// header, the legend, the grid as one table (a bold row opens each group of
// data categories) and the lists beneath it. Output is deterministic.
func (l *Label) Markdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# Privacy label: %s\n\n", mdText(l.heading()))
	if meta := l.meta(); meta != "" {
		p("%s\n\n", mdText(meta))
	}
	p("## At a glance\n\n")
	p("%s\n\n", mdText(legendLine()))
	if len(l.Groups) == 0 {
		p("The policy states no data it collects.\n\n")
	} else {
		p("| Data |")
		for _, c := range l.Columns {
			p(" %s |", mdText(c.columnLabel()))
		}
		p("\n|---|")
		for range l.Columns {
			p("---|")
		}
		p("\n")
		for _, g := range l.Groups {
			p("| **%s** |%s\n", mdText(g.Title), strings.Repeat(" |", len(l.Columns)))
			for _, r := range g.Rows {
				p("| %s |", mdText(r.label()))
				for _, c := range r.Cells {
					p(" %s |", mdText(c.text()))
				}
				p("\n")
			}
		}
		p("\n%s\n\n", mdText(l.linkingSentence()))
	}
	list := func(heading string, items []string) {
		if len(items) == 0 {
			return
		}
		p("## %s\n\n", heading)
		for _, it := range items {
			p("- %s\n", mdText(it))
		}
		p("\n")
	}
	list("The policy says it does not", l.NotDone)
	if len(l.Retention) > 0 {
		p("## Retention\n\n")
		for _, r := range l.Retention {
			p("- **%s** %s: %s.\n", r.Ref, mdText(r.Covers), mdText(r.Long))
		}
		p("\n")
	}
	if len(l.Contacts) > 0 {
		p("## Contacts\n\n")
		for _, c := range l.Contacts {
			p("- **%s**", mdText(c.Name))
			if c.Role != "" && c.Role != c.Name {
				p(" (%s)", mdText(c.Role))
			}
			if len(c.Details) > 0 {
				p(": %s", mdText(strings.Join(c.Details, "; ")))
			}
			p("\n")
		}
		p("\n")
	}
	if len(l.Rights) > 0 {
		p("## Your rights\n\n")
		for _, r := range l.Rights {
			p("- %s\n", mdText(r.sentence()))
		}
		p("\n")
	}
	if len(l.Trackers) > 0 {
		p("## Trackers\n\n")
		for _, t := range l.Trackers {
			p("- **%s** (%d): %s.\n", mdText(t.Class), len(t.Trackers), mdText(strings.Join(t.Trackers, "; ")))
		}
		p("\n")
	}
	list("Children", l.Children)
	list("International transfers", l.Transfers)
	return bw.Flush()
}

// ScopedSymbol follows the word of a [Cell] that is Scoped.
const ScopedSymbol = "*"

const scopedMeaning = "only for some people, places or services"

// mdText escapes what would break a Markdown table or start markup.
func mdText(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "|", "\\|", "*", "\\*", "_", "\\_", "`", "\\`", "<", "&lt;", ">", "&gt;", "[", "\\[", "]", "\\]", "\r\n", " ", "\n", " ", "\r", " ")
	return r.Replace(s)
}

// heading names the label: the controllers and the policy's title.
func (l *Label) heading() string {
	var parts []string
	if len(l.Controllers) > 0 {
		parts = append(parts, strings.Join(l.Controllers, ", "))
	}
	switch {
	case l.Title != "":
		parts = append(parts, l.Title)
	case l.ID != "":
		parts = append(parts, l.ID)
	}
	if len(parts) == 0 {
		return "untitled policy"
	}
	return strings.Join(parts, " — ")
}

// who names the organisation in the caption.
func (l *Label) who() string {
	if len(l.Controllers) > 0 {
		return strings.Join(l.Controllers, ", ")
	}
	return "the organisation"
}

func (l *Label) meta() string {
	var parts []string
	if l.Updated != "" {
		parts = append(parts, "updated "+l.Updated)
	}
	if l.Effective != "" {
		parts = append(parts, "effective "+l.Effective)
	}
	if l.URL != "" {
		parts = append(parts, l.URL)
	}
	if l.ID != "" {
		parts = append(parts, "policy "+l.ID)
	}
	return strings.Join(parts, " · ")
}

func legendLine() string {
	var parts []string
	for _, m := range Marks() {
		parts = append(parts, m.Symbol()+" "+m.Word())
	}
	parts = append(parts, ScopedSymbol+" "+scopedMeaning)
	return "Legend: " + strings.Join(parts, " · ") + ". Each cell says how the policy links the data of its row to the column; see “How to read it” below."
}

func (c Column) columnLabel() string {
	switch c.Kind {
	case KindUse:
		return "Use: " + c.Title
	case KindSharing:
		return "Shared with: " + c.Title
	}
	return c.Title
}

func (r Row) label() string {
	s := r.Title
	if tags := r.Sensitivity.Tags(); len(tags) > 0 {
		s += " (" + strings.Join(tags, ", ") + ")"
	}
	if w := r.sourceWords(); w != "" {
		s += " — " + w
	}
	return s
}

// sourceWords says where the row's data comes from ("from you,
// automatically"), or "".
func (r Row) sourceWords() string {
	var ws []string
	for _, src := range r.Sources {
		ws = append(ws, SourceWord(src))
	}
	return strings.Join(ws, ", ")
}

// text is the cell as words: symbol, word, and the note or retention text.
func (c Cell) text() string {
	if c.Text != "" {
		return c.Text
	}
	if c.Mark == NotStated {
		return NotStated.Symbol()
	}
	s := c.Mark.Symbol() + " " + c.Mark.Word()
	if c.Scoped {
		s += ScopedSymbol
	}
	if c.Note != "" {
		s += " (" + c.Note + ")"
	}
	return s
}

func (l *Label) linkingSentence() string {
	s := fmt.Sprintf("How to read it: %d of %d purposes and %d of %d recipients are linked in the policy to the data they concern.",
		l.Linking.LinkedPurposes, l.Linking.Purposes, l.Linking.LinkedRecipients, l.Linking.Recipients)
	if l.Linking.LinkedPurposes < l.Linking.Purposes || l.Linking.LinkedRecipients < l.Linking.Recipients {
		s += " The others are stated without saying which data they concern; their columns read “may” for every category rather than an invented link."
	}
	return s + " Where several statements fall into one cell, the one that leaves you least choice decides it."
}

func (r RightsEntry) sentence() string {
	s := strings.Join(r.Rights, ", ")
	if r.Not {
		s = "Not granted: " + s
	}
	if r.Who != "" {
		s += " (" + r.Who + ")"
	}
	if len(r.How) > 0 {
		s += ". How: " + strings.Join(r.How, "; ")
	} else {
		s += ". How: not stated"
	}
	if len(r.Terms) > 0 {
		s += ". " + upperFirst(strings.Join(r.Terms, "; "))
	}
	return s + "."
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
