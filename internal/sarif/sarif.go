// Package sarif writes the small subset of SARIF 2.1.0 (the OASIS Static
// Analysis Results Interchange Format) that the privacy command line reports
// in: one run, a tool driver with its rules, and results with a rule ID, a
// level, a message and locations. A location is a logical location (the JSON
// Pointer of a policy member) and, when the policy came from a file, that
// file as an artifact. Code scanning services and SARIF viewers read it.
//
// The types hold only what the package writes; empty optional members are
// omitted. Build a [Log] with [New], add rules and results to its run, and
// write it with [Log.Write]: the same log gives the same bytes.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
)

// Version is the SARIF version written.
const Version = "2.1.0"

// SchemaURI is the JSON Schema of SARIF 2.1.0, named by every log's $schema.
const SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// The result levels of SARIF 2.1.0 §3.27.10.
const (
	// LevelError is a serious problem: here a missing requirement or a
	// contradiction.
	LevelError = "error"
	// LevelWarning is a problem that may matter: here a partial finding.
	LevelWarning = "warning"
	// LevelNote is a remark.
	LevelNote = "note"
	// LevelNone is a result that is not a problem.
	LevelNone = "none"
)

// Log is a SARIF log file (§3.13).
type Log struct {
	// Locate, when set, gives the line and column in file of a JSON
	// Pointer, for the region of results that have both; ok is false when it
	// cannot tell. It is not written.
	Locate func(file, pointer string) (line, col int, ok bool) `json:"-"`

	// Schema is the URI of the SARIF JSON Schema.
	Schema string `json:"$schema"`
	// Version is "2.1.0".
	Version string `json:"version"`
	// Runs are the runs of analysis tools; this package writes one.
	Runs []Run `json:"runs"`
}

// Run is one run of one tool (§3.14).
type Run struct {
	// Tool is the tool that ran.
	Tool Tool `json:"tool"`
	// Artifacts are the files analysed.
	Artifacts []Artifact `json:"artifacts,omitempty"`
	// Results are what the tool found; an empty list (not an absent one) says
	// the tool found nothing.
	Results []Result `json:"results"`
}

// Tool describes the analysis tool (§3.18).
type Tool struct {
	// Driver is the tool's main component.
	Driver Driver `json:"driver"`
}

// Driver is the tool component that ran (§3.19).
type Driver struct {
	// Name is the tool's name.
	Name string `json:"name"`
	// Version is the tool's version, when known.
	Version string `json:"version,omitempty"`
	// InformationURI is where to read about the tool.
	InformationURI string `json:"informationUri,omitempty"`
	// Rules are the rules results refer to, by ID and index.
	Rules []Rule `json:"rules,omitempty"`
}

// Rule is a reporting descriptor (§3.49): what a result's ruleId means.
type Rule struct {
	// ID is the rule's stable ID.
	ID string `json:"id"`
	// Name is a short name, when there is one.
	Name string `json:"name,omitempty"`
	// ShortDescription is a one-line statement of the rule.
	ShortDescription *Message `json:"shortDescription,omitempty"`
	// HelpURI points at the rule's text, such as the provision of law.
	HelpURI string `json:"helpUri,omitempty"`
	// Properties carry what SARIF has no member for (the citation).
	Properties map[string]string `json:"properties,omitempty"`
}

// Message is a SARIF message (§3.11): plain text.
type Message struct {
	// Text is the message.
	Text string `json:"text"`
}

// Result is one finding (§3.27).
type Result struct {
	// RuleID is the ID of the rule in the driver's Rules.
	RuleID string `json:"ruleId"`
	// RuleIndex is the rule's index in the driver's Rules.
	RuleIndex int `json:"ruleIndex"`
	// Level is error, warning, note or none.
	Level string `json:"level"`
	// Message says what was found and what to do.
	Message Message `json:"message"`
	// Locations say where.
	Locations []Location `json:"locations,omitempty"`
}

// Location is where a result applies (§3.28).
type Location struct {
	// PhysicalLocation is the file, when known.
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	// LogicalLocations are the places inside the document.
	LogicalLocations []LogicalLocation `json:"logicalLocations,omitempty"`
}

// PhysicalLocation names an artifact (§3.29).
type PhysicalLocation struct {
	// ArtifactLocation is the file.
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	// Region is where in the file, when known.
	Region *Region `json:"region,omitempty"`
}

// Region is where in an artifact a result lies (§3.30): a 1-based line and
// column.
type Region struct {
	// StartLine is the line, from 1.
	StartLine int `json:"startLine"`
	// StartColumn is the column, from 1.
	StartColumn int `json:"startColumn,omitempty"`
}

// ArtifactLocation is a file by URI (§3.4).
type ArtifactLocation struct {
	// URI is the file's path or URI.
	URI string `json:"uri"`
}

// Artifact is a file analysed (§3.24).
type Artifact struct {
	// Location is the file.
	Location ArtifactLocation `json:"location"`
}

// LogicalLocation is a place inside a document (§3.33), here a JSON Pointer.
type LogicalLocation struct {
	// FullyQualifiedName is the JSON Pointer ("/purposes/3/legal_bases").
	FullyQualifiedName string `json:"fullyQualifiedName"`
	// Kind is "member" (SARIF's kind for a member of an object) or "element".
	Kind string `json:"kind,omitempty"`
}

// New returns a log with one run of the named tool and no results.
func New(driver Driver) *Log {
	return &Log{Schema: SchemaURI, Version: Version, Runs: []Run{{Tool: Tool{Driver: driver}, Results: []Result{}}}}
}

// AddRule adds a rule to the run's driver unless one with its ID is there,
// and returns its index.
func (l *Log) AddRule(r Rule) int {
	d := &l.Runs[0].Tool.Driver
	for i, x := range d.Rules {
		if x.ID == r.ID {
			return i
		}
	}
	d.Rules = append(d.Rules, r)
	return len(d.Rules) - 1
}

// AddArtifact records a file analysed, once.
func (l *Log) AddArtifact(uri string) {
	run := &l.Runs[0]
	for _, a := range run.Artifacts {
		if a.Location.URI == uri {
			return
		}
	}
	run.Artifacts = append(run.Artifacts, Artifact{Location: ArtifactLocation{URI: uri}})
}

// AddResult adds a result for the rule with ID ruleID, which AddRule must
// have added; file is the artifact's URI or empty, pointer the JSON Pointer
// or empty.
func (l *Log) AddResult(ruleID, level, message, file, pointer string) error {
	d := l.Runs[0].Tool.Driver
	idx := -1
	for i, r := range d.Rules {
		if r.ID == ruleID {
			idx = i
		}
	}
	if idx < 0 {
		return fmt.Errorf("sarif: result for rule %q, which the driver does not define", ruleID)
	}
	switch level {
	case LevelError, LevelWarning, LevelNote, LevelNone:
	default:
		return fmt.Errorf("sarif: level %q is not error, warning, note or none", level)
	}
	var loc Location
	if file != "" {
		loc.PhysicalLocation = &PhysicalLocation{ArtifactLocation: ArtifactLocation{URI: file}}
		if l.Locate != nil {
			if line, col, ok := l.Locate(file, pointer); ok && line > 0 {
				loc.PhysicalLocation.Region = &Region{StartLine: line, StartColumn: col}
			}
		}
		l.AddArtifact(file)
	}
	if pointer != "" {
		loc.LogicalLocations = []LogicalLocation{{FullyQualifiedName: pointer, Kind: "member"}}
	}
	res := Result{RuleID: ruleID, RuleIndex: idx, Level: level, Message: Message{Text: message}}
	if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
		res.Locations = []Location{loc}
	}
	l.Runs[0].Results = append(l.Runs[0].Results, res)
	return nil
}

// Write writes the log as indented JSON with a final newline.
func (l *Log) Write(w io.Writer) error {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
