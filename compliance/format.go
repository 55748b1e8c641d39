package compliance

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/openpolicies/privacy/internal/sarif"
	"github.com/openpolicies/privacy/jurisdiction"
)

// WriteText writes the report for a reader: the laws checked, then one line
// per finding that is not satisfied or not applicable (all findings with
// verbose), then a summary line.
func (r Report) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", r.Policy)
	for _, l := range r.Laws {
		fmt.Fprintf(&b, "  law %s (%s)", l.Law, l.Basis)
		if l.Exempt {
			fmt.Fprintf(&b, ": exempt, %s", l.Reason)
		}
		b.WriteString("\n")
	}
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, f := range r.Findings {
		if !verbose && (f.Status == StatusSatisfied || f.Status == StatusNotApplicable) {
			continue
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", f.Status, f.ID, f.Citation, f.Pointer, f.Message)
	}
	tw.Flush()
	fmt.Fprintf(&b, "%d satisfied, %d partial, %d missing, %d not applicable, %d contradictions\n",
		r.Count(StatusSatisfied), r.Count(StatusPartial), r.Count(StatusMissing), r.Count(StatusNotApplicable), r.Count(StatusContradiction))
	_, err := io.WriteString(w, b.String())
	return err
}

// levels maps statuses to SARIF levels; satisfied and not-applicable findings
// are not results.
var levels = map[Status]string{StatusMissing: sarif.LevelError, StatusContradiction: sarif.LevelError, StatusPartial: sarif.LevelWarning}

// AddSARIF adds the report's missing, partial and contradiction findings to
// log as results, with their requirement or rule as the result's rule; file
// is the policy's path (empty when not read from a file).
func (r Report) AddSARIF(log *sarif.Log, file string) error {
	for _, f := range r.Findings {
		level, ok := levels[f.Status]
		if !ok {
			continue
		}
		rule := sarif.Rule{ID: f.ID, Properties: map[string]string{"citation": f.Citation}}
		if req, ok := jurisdiction.RequirementByID(f.ID); ok {
			rule.ShortDescription = &sarif.Message{Text: req.Statement}
			if def, ok := req.Law.Definition(); ok {
				rule.HelpURI = def.URL
			}
		} else {
			rule.ShortDescription = &sarif.Message{Text: ruleByID(f.ID).Statement}
		}
		log.AddRule(rule)
		if err := log.AddResult(f.ID, level, r.Policy+": "+string(f.Status)+": "+f.Message, file, f.Pointer); err != nil {
			return err
		}
	}
	return nil
}
