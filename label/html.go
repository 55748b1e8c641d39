package label

import (
	"bufio"
	"html/template"
	"io"
	"strings"
)

// HTML writes the label as a standalone HTML page: inline CSS, no scripts,
// no external resources. The grid is one table with a caption, column-group
// and column headers (th scope="colgroup"/"col") and row-group and row
// headers (th scope="rowgroup"/"row"). Every cell shows a symbol and a word,
// so colour only repeats what the text says; the legend explains both. The
// page prints on landscape A4 with the column headers repeated on each page.
func (l *Label) HTML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if err := pageTemplate.Execute(bw, l.view()); err != nil {
		return err
	}
	return bw.Flush()
}

type htmlView struct {
	*Label
	PageTitle string
	Who       string
	Meta      string
	Heads     []htmlHead
	// ColumnTitles are the column headings as the page shows them.
	ColumnTitles []htmlColumn
	Legend       []htmlLegend
	Linking      string
}

type htmlColumn struct {
	Title, Description string
	Retention          bool
}

type htmlHead struct {
	Title string
	Span  int
}

type htmlLegend struct {
	Class, Symbol, Word, Meaning string
}

func (l *Label) view() htmlView {
	v := htmlView{Label: l, PageTitle: l.heading(), Who: l.who(), Meta: l.meta(), Linking: l.linkingSentence()}
	for _, c := range l.Columns {
		// A soft hyphen lets the one word too long for its column break.
		v.ColumnTitles = append(v.ColumnTitles, htmlColumn{strings.ReplaceAll(c.Title, "improvement", "improve\u00adment"), c.Description, c.Kind == KindRetention})
		t := map[Kind]string{KindUse: "Uses", KindSharing: "Shared with", KindSale: "Sale", KindRetention: "Kept"}[c.Kind]
		if n := len(v.Heads); n > 0 && v.Heads[n-1].Title == t {
			v.Heads[n-1].Span++
		} else {
			v.Heads = append(v.Heads, htmlHead{t, 1})
		}
	}
	for _, m := range Marks() {
		v.Legend = append(v.Legend, htmlLegend{m.class(), m.Symbol(), m.Word(), m.Meaning()})
	}
	v.Legend = append(v.Legend, htmlLegend{"m-scoped", "", "yes" + ScopedSymbol, upperFirst(scopedMeaning) + "."})
	return v
}

func (m Mark) class() string { return "m-" + strings.ReplaceAll(m.Word(), " ", "") }

var pageTemplate = template.Must(template.New("label").Funcs(template.FuncMap{
	"join": strings.Join,
	"add":  func(a, b int) int { return a + b },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy label: {{.PageTitle}}</title>
<style>
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 24px; color: #111; background: #fff; font: 14px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 22px 0 6px; border-bottom: 2px solid #111; padding-bottom: 2px; }
p.meta { margin: 0 0 12px; color: #333; overflow-wrap: anywhere; }
ul { margin: 4px 0; padding-left: 20px; }
li { margin: 2px 0; overflow-wrap: anywhere; }
.legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(19em, 1fr)); gap: 4px 16px; margin: 0 0 12px; padding: 0; list-style: none; font-size: 12px; }
.legend li { display: flex; align-items: baseline; gap: 6px; margin: 0; }
.legend .key { flex: none; display: inline-block; min-width: 5.5em; padding: 1px 5px; border: 1px solid #777; }
table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 11.5px; line-height: 1.3; }
table.grid caption { caption-side: top; text-align: left; font-weight: bold; font-size: 14px; padding: 0 0 6px; }
table.grid col.data { width: 13em; }
table.grid col.ret { width: 10.5em; }
table.grid th, table.grid td { border: 1px solid #777; padding: 3px 4px; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
table.grid thead th { background: #1f2933; color: #fff; font-weight: bold; text-align: left; font-size: 0.95em; overflow-wrap: normal; hyphens: manual; vertical-align: bottom; }
table.grid thead tr.groups th { text-align: center; background: #111; }
table.grid tbody th[scope=rowgroup] { background: #e4e7eb; text-align: left; font-size: 1.08em; }
table.grid tbody th[scope=row] { text-align: left; font-weight: normal; background: #fafafa; }
.tag { display: inline-block; margin: 1px 2px 0 0; padding: 0 3px; border: 1px solid #444; border-radius: 3px; font-size: 0.85em; white-space: nowrap; background: #fff; }
.sym { font-weight: bold; margin-right: 2px; }
.src { display: block; font-size: 0.85em; color: #444; }
.note { display: block; font-size: 0.9em; }
.m-always { background: #f5c6c0; }
.m-yes { background: #fbe0c5; }
.m-optout { background: #fdf0b2; }
.m-optin { background: #d4ecd0; }
.m-may { background: #e3e3f3; }
.m-no { background: #fff; }
.m-notstated { background: #fff; color: #555; }
.m-scoped { background: #fff; }
td.ret { background: #f2f5f8; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
section { break-inside: auto; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 10px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.grid { font-size: 8px; }
  .legend { font-size: 9px; }
  table.grid col.data { width: 12em; }
  table.grid col.ret { width: 10em; }
  table.grid thead { display: table-header-group; }
  table.grid tr { break-inside: avoid; }
  table.grid tr.group { break-after: avoid; }
  h2 { break-after: avoid; }
}
</style>
</head>
<body>
<header>
<h1>Privacy label: {{.PageTitle}}</h1>
{{with .Meta}}<p class="meta">{{.}}</p>{{end}}
</header>
<main>
<h2 id="glance">At a glance</h2>
<ul class="legend" aria-label="Legend">
{{- range .Legend}}
<li><span class="key {{.Class}}">{{with .Symbol}}<span class="sym" aria-hidden="true">{{.}}</span> {{end}}{{.Word}}</span> <span>{{.Meaning}}</span></li>
{{- end}}
</ul>
{{- if .Groups}}
<table class="grid">
<caption>What {{.Who}} does with each kind of data it collects</caption>
<colgroup><col class="data">{{range .ColumnTitles}}{{if .Retention}}<col class="ret">{{else}}<col>{{end}}{{end}}</colgroup>
<thead>
<tr class="groups"><td></td>{{range .Heads}}<th scope="colgroup" colspan="{{.Span}}">{{.Title}}</th>{{end}}</tr>
<tr><th scope="col">Data collected</th>{{range .ColumnTitles}}<th scope="col" title="{{.Description}}">{{.Title}}</th>{{end}}</tr>
</thead>
{{- $n := add (len .Columns) 1}}
{{- range .Groups}}
<tbody>
<tr class="group"><th scope="rowgroup" colspan="{{$n}}">{{.Title}}</th></tr>
{{- range .Rows}}
<tr><th scope="row">{{.Title}}{{range .Sensitivity.Tags}} <span class="tag">{{.}}</span>{{end}}{{with .SourceWords}}<span class="src">{{.}}</span>{{end}}</th>
{{- range .Cells}}
{{if .Text}}<td class="ret"{{with .Refs}} title="{{join . ", "}}"{{end}}>{{.Text}}</td>
{{- else if eq .Mark 0}}<td class="m-notstated"><span aria-hidden="true">–</span><span class="sr-only">not stated</span></td>
{{- else}}<td class="{{.Mark.Class}}"{{with .Refs}} title="{{join . ", "}}"{{end}}><span class="sym" aria-hidden="true">{{.Mark.Symbol}}</span> {{.Mark.Word}}{{if .Scoped}}<span aria-hidden="true">*</span><span class="sr-only"> (only for some people, places or services)</span>{{end}}{{with .Note}}<span class="note">({{.}})</span>{{end}}</td>
{{- end}}
{{- end}}
</tr>
{{- end}}
</tbody>
{{- end}}
</table>
<p>{{.Linking}}</p>
{{- else}}
<p>The policy states no data it collects.</p>
{{- end}}
{{- with .NotDone}}
<section aria-labelledby="not"><h2 id="not">The policy says it does not</h2>
<ul>{{range .}}
<li>{{.}}</li>{{end}}
</ul></section>
{{- end}}
{{- with .Retention}}
<section aria-labelledby="retention"><h2 id="retention">Retention</h2>
<ul>{{range .}}
<li><strong>{{.Ref}}</strong> {{.Covers}}: {{.Long}}.</li>{{end}}
</ul></section>
{{- end}}
{{- with .Contacts}}
<section aria-labelledby="contacts"><h2 id="contacts">Contacts</h2>
<ul>{{range .}}
<li><strong>{{.Name}}</strong>{{if and .Role (ne .Role .Name)}} ({{.Role}}){{end}}{{with .Details}}: {{join . "; "}}{{end}}</li>{{end}}
</ul></section>
{{- end}}
{{- with .Rights}}
<section aria-labelledby="rights"><h2 id="rights">Your rights</h2>
<ul>{{range .}}
<li>{{if .Not}}Not granted: {{end}}<strong>{{join .Rights ", "}}</strong>{{with .Who}} ({{.}}){{end}}.
How: {{if .How}}{{join .How "; "}}{{else}}not stated{{end}}.{{with .Terms}} {{join . "; "}}.{{end}}</li>{{end}}
</ul></section>
{{- end}}
{{- with .Trackers}}
<section aria-labelledby="trackers"><h2 id="trackers">Trackers</h2>
<ul>{{range .}}
<li><strong>{{.Class}}</strong> ({{len .Trackers}}): {{join .Trackers "; "}}.</li>{{end}}
</ul></section>
{{- end}}
{{- with .Children}}
<section aria-labelledby="children"><h2 id="children">Children</h2>
<ul>{{range .}}
<li>{{.}}</li>{{end}}
</ul></section>
{{- end}}
{{- with .Transfers}}
<section aria-labelledby="transfers"><h2 id="transfers">International transfers</h2>
<ul>{{range .}}
<li>{{.}}</li>{{end}}
</ul></section>
{{- end}}
</main>
</body>
</html>
`))

// Class is the CSS class of a mark's cells ("m-optout").
func (m Mark) Class() string { return m.class() }

// SourceWords says where the row's data comes from ("from you,
// automatically"), or "".
func (r Row) SourceWords() string { return r.sourceWords() }
