package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/openpolicies/privacy/policy"
)

// A Finding is one disagreement between a policy and a store declaration.
type Finding struct {
	// Code is stable:
	//   "undisclosed-in-policy"  the declaration states a data type, purpose,
	//                            sharing or tracking the policy does not;
	//   "undeclared"             the policy states one the declaration omits.
	Code string `json:"code"`
	// Aspect is what disagrees: "data-type", "purpose", "sharing-purpose",
	// "sharing", "tracking", "encryption", "deletion".
	Aspect string `json:"aspect"`
	// Pointer is a JSON Pointer into the policy: the statement that says what
	// the declaration omits, or the section that would have to say what the
	// declaration states.
	Pointer string `json:"pointer"`
	// Declared names the declaration's key ("NSPrivacyCollectedDataTypeName",
	// "PSL_EMAIL", "PSL_EMAIL PSL_ANALYTICS").
	Declared string `json:"declared"`
	// Message says it in a sentence.
	Message string `json:"message"`
}

// CrossCheckReport lists the findings of a cross-check.
type CrossCheckReport struct {
	// Format is "apple" (a PrivacyInfo.xcprivacy) or "play" (a Data safety CSV).
	Format string `json:"format"`
	// Findings are the disagreements, sorted by code, aspect and key.
	Findings []Finding `json:"findings"`
	// Warnings are the export's warnings for the policy side (unmapped codes).
	Warnings []Warning `json:"warnings"`
}

// CrossCheck compares a store declaration (a PrivacyInfo.xcprivacy XML property
// list or a Play Console Data safety CSV, told apart by content) with what the
// policy says in the same terms, and reports each disagreement in both
// directions. A malformed declaration is an error.
func CrossCheck(p *policy.Policy, declaration []byte) (*CrossCheckReport, error) {
	if p == nil {
		return nil, errors.New("export: nil policy")
	}
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(declaration, []byte("\xef\xbb\xbf")))
	if bytes.HasPrefix(trimmed, []byte("<")) {
		return crossCheckApple(p, trimmed)
	}
	return crossCheckPlay(p, trimmed)
}

type findings []Finding

func (f *findings) add(code, aspect, ptr, declared, msg string) {
	*f = append(*f, Finding{Code: code, Aspect: aspect, Pointer: ptr, Declared: declared, Message: msg})
}

func (f findings) sorted() []Finding {
	out := slices.Clone([]Finding(f))
	slices.SortStableFunc(out, func(a, b Finding) int {
		for _, c := range []int{strings.Compare(a.Code, b.Code), strings.Compare(a.Aspect, b.Aspect), comparePointers(a.Declared, b.Declared), comparePointers(a.Pointer, b.Pointer)} {
			if c != 0 {
				return c
			}
		}
		return 0
	})
	if out == nil {
		out = []Finding{}
	}
	return out
}

// appleDeclared is a decoded privacy manifest.
type appleDeclared struct {
	tracking bool
	types    map[string]appleDeclaredType
}

type appleDeclaredType struct {
	tracking bool
	purposes []string
}

// parseManifest reads the NSPrivacyTracking and NSPrivacyCollectedDataTypes of
// a PrivacyInfo.xcprivacy XML property list. Keys and values Apple does not
// define are errors.
func parseManifest(b []byte) (*appleDeclared, error) {
	v, err := parsePlist(b)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if v.kind != "dict" {
		return nil, fmt.Errorf("manifest: top level is <%s>, not <dict>", v.kind)
	}
	d := &appleDeclared{types: map[string]appleDeclaredType{}}
	for i, k := range v.keys {
		val := v.vals[i]
		switch k {
		case "NSPrivacyTracking":
			d.tracking = val.kind == "true"
		case "NSPrivacyTrackingDomains", "NSPrivacyAccessedAPITypes":
		case "NSPrivacyCollectedDataTypes":
			if val.kind != "array" {
				return nil, fmt.Errorf("manifest: NSPrivacyCollectedDataTypes is <%s>, not <array>", val.kind)
			}
			for j, e := range val.items {
				var t string
				var dt appleDeclaredType
				for n, ek := range e.keys {
					ev := e.vals[n]
					switch ek {
					case "NSPrivacyCollectedDataType":
						t = ev.str
					case "NSPrivacyCollectedDataTypeTracking":
						dt.tracking = ev.kind == "true"
					case "NSPrivacyCollectedDataTypeLinked":
					case "NSPrivacyCollectedDataTypePurposes":
						for _, pv := range ev.items {
							if applePurposeIndex(pv.str) < 0 {
								return nil, fmt.Errorf("manifest: entry %d: %q is not an Apple purpose", j, pv.str)
							}
							dt.purposes = addUnique(dt.purposes, pv.str)
						}
					default:
						return nil, fmt.Errorf("manifest: entry %d: unknown key %q", j, ek)
					}
				}
				if appleTypeIndex(t) < 0 {
					return nil, fmt.Errorf("manifest: entry %d: %q is not an Apple data type", j, t)
				}
				prev := d.types[t]
				dt.tracking = dt.tracking || prev.tracking
				dt.purposes = addUnique(prev.purposes, dt.purposes...)
				d.types[t] = dt
			}
		default:
			return nil, fmt.Errorf("manifest: unknown key %q", k)
		}
	}
	return d, nil
}

func crossCheckApple(p *policy.Policy, b []byte) (*CrossCheckReport, error) {
	dec, err := parseManifest(b)
	if err != nil {
		return nil, err
	}
	m, err := Apple(p)
	if err != nil {
		return nil, err
	}
	var f findings
	ours := map[string]AppleCollected{}
	for _, c := range m.DataTypes {
		ours[c.Type] = c
	}
	for _, t := range sortedKeys(dec.types, appleTypeIndex) {
		dt := dec.types[t]
		c, ok := ours[t]
		if !ok {
			f.add("undisclosed-in-policy", "data-type", "/collection", t, fmt.Sprintf("the manifest declares %s; the policy states no data of that type", t))
			continue
		}
		for _, pu := range dt.purposes {
			if !slices.Contains(c.Purposes, pu) {
				f.add("undisclosed-in-policy", "purpose", "/purposes", t+" "+pu, fmt.Sprintf("the manifest declares %s for %s; no purpose the policy links to that data maps to it", pu, t))
			}
		}
		for _, pu := range c.Purposes {
			if !slices.Contains(dt.purposes, pu) {
				f.add("undeclared", "purpose", c.PurposeSources[pu][0], t+" "+pu, fmt.Sprintf("the policy uses %s for %s; the manifest does not declare it", t, pu))
			}
		}
		switch {
		case dt.tracking && !c.Tracking:
			f.add("undisclosed-in-policy", "tracking", c.Sources[0], t, fmt.Sprintf("the manifest says %s is used to track; the policy states no tracking use of it", t))
		case !dt.tracking && c.Tracking:
			f.add("undeclared", "tracking", c.TrackingSource, t, fmt.Sprintf("the policy uses %s to track; the manifest says it does not", t))
		}
	}
	for _, c := range m.DataTypes {
		if _, ok := dec.types[c.Type]; !ok {
			f.add("undeclared", "data-type", c.Sources[0], c.Type, fmt.Sprintf("the policy collects data of type %s; the manifest does not declare it", c.Type))
		}
	}
	if dec.tracking && !m.Tracking {
		f.add("undisclosed-in-policy", "tracking", "/purposes", "NSPrivacyTracking", "the manifest says the app tracks; the policy states no tracking")
	}
	return &CrossCheckReport{Format: "apple", Findings: f.sorted(), Warnings: m.Warnings}, nil
}

// playDeclared is a decoded Data safety CSV.
type playDeclared struct {
	encrypted, deletion bool
	types               map[string]*playDeclaredType
}

type playDeclaredType struct {
	collected, shared bool
	purposes, sharing []string
}

// parsePlayCSV reads a Play Console Data safety CSV. It needs the first two
// columns (question and response IDs) and the response value; rows for
// questions it does not model are ignored.
func parsePlayCSV(b []byte) (*playDeclared, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("data safety CSV: %w", err)
	}
	if len(header) < 3 || !strings.HasPrefix(header[0], "Question ID") || !strings.HasPrefix(header[1], "Response ID") {
		return nil, fmt.Errorf("data safety CSV: header %q is not the Play Console's", strings.Join(header, ","))
	}
	d := &playDeclared{types: map[string]*playDeclaredType{}}
	typ := func(id string) (*playDeclaredType, error) {
		if playTypeIndex(id) < 0 {
			return nil, fmt.Errorf("data safety CSV: %q is not a Play data type", id)
		}
		if d.types[id] == nil {
			d.types[id] = &playDeclaredType{}
		}
		return d.types[id], nil
	}
	for line := 2; ; line++ {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("data safety CSV: %w", err)
		}
		if len(row) < 3 {
			return nil, fmt.Errorf("data safety CSV: line %d has %d columns", line, len(row))
		}
		q, resp, on := row[0], row[1], strings.EqualFold(strings.TrimSpace(row[2]), "true")
		if !on {
			continue
		}
		switch {
		case q == "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT":
			d.encrypted = true
		case q == "PSL_SUPPORT_DATA_DELETION_BY_USER" && resp == "DATA_DELETION_YES":
			d.deletion = true
		case strings.HasPrefix(q, "PSL_DATA_TYPES_"):
			if _, err := typ(resp); err != nil {
				return nil, err
			}
		case strings.HasPrefix(q, "PSL_DATA_USAGE_RESPONSES:"):
			parts := strings.Split(q, ":")
			if len(parts) != 3 {
				return nil, fmt.Errorf("data safety CSV: line %d: question %q", line, q)
			}
			t, err := typ(parts[1])
			if err != nil {
				return nil, err
			}
			switch parts[2] {
			case "PSL_DATA_USAGE_COLLECTION_AND_SHARING":
				t.collected = t.collected || resp == "PSL_DATA_USAGE_ONLY_COLLECTED" || resp == "PSL_DATA_USAGE_COLLECTED_AND_SHARED"
				t.shared = t.shared || resp == "PSL_DATA_USAGE_ONLY_SHARED" || resp == "PSL_DATA_USAGE_COLLECTED_AND_SHARED"
			case "DATA_USAGE_COLLECTION_PURPOSE", "DATA_USAGE_SHARING_PURPOSE":
				if playPurposeIndex(resp) < 0 {
					return nil, fmt.Errorf("data safety CSV: line %d: %q is not a Play purpose", line, resp)
				}
				if parts[2] == "DATA_USAGE_COLLECTION_PURPOSE" {
					t.purposes = addUnique(t.purposes, resp)
				} else {
					t.sharing = addUnique(t.sharing, resp)
				}
			}
		}
	}
	return d, nil
}

func crossCheckPlay(p *policy.Policy, b []byte) (*CrossCheckReport, error) {
	dec, err := parsePlayCSV(b)
	if err != nil {
		return nil, err
	}
	pl, err := Play(p)
	if err != nil {
		return nil, err
	}
	var f findings
	ours := map[string]PlayCollected{}
	for _, c := range pl.DataTypes {
		ours[c.Type] = c
	}
	purposes := func(aspect, t string, declared, policy []string, ptr string) {
		for _, pu := range declared {
			if !slices.Contains(policy, pu) {
				f.add("undisclosed-in-policy", aspect, "/purposes", t+" "+pu, fmt.Sprintf("the declaration gives %s for %s (%s); the policy does not", pu, t, aspect))
			}
		}
		for _, pu := range policy {
			if !slices.Contains(declared, pu) {
				f.add("undeclared", aspect, ptr, t+" "+pu, fmt.Sprintf("the policy gives %s for %s (%s); the declaration does not", pu, t, aspect))
			}
		}
	}
	for _, t := range sortedKeys(dec.types, playTypeIndex) {
		dt := dec.types[t]
		c, ok := ours[t]
		if !ok {
			f.add("undisclosed-in-policy", "data-type", "/collection", t, fmt.Sprintf("the declaration lists %s; the policy states no data of that type", t))
			continue
		}
		purposes("purpose", t, dt.purposes, c.CollectionPurposes, c.Sources[0])
		switch {
		case dt.shared && !c.Shared:
			f.add("undisclosed-in-policy", "sharing", "/recipients", t, fmt.Sprintf("the declaration says %s is shared; the policy names no third party that receives it", t))
		case !dt.shared && c.Shared:
			f.add("undeclared", "sharing", c.SharingSources[0], t, fmt.Sprintf("the policy shares %s with a third party; the declaration says it is not shared", t))
		case dt.shared && c.Shared:
			purposes("sharing-purpose", t, dt.sharing, c.SharingPurposes, c.SharingSources[0])
		}
	}
	for _, c := range pl.DataTypes {
		if _, ok := dec.types[c.Type]; !ok {
			f.add("undeclared", "data-type", c.Sources[0], c.Type, fmt.Sprintf("the policy collects data of type %s; the declaration does not list it", c.Type))
		}
	}
	ours2 := func(v *bool) bool { return v != nil && *v }
	switch {
	case dec.encrypted && !ours2(pl.EncryptedInTransit):
		f.add("undisclosed-in-policy", "encryption", "/security", "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "the declaration says data is encrypted in transit; the policy does not say so")
	case !dec.encrypted && ours2(pl.EncryptedInTransit):
		f.add("undeclared", "encryption", pl.EncryptionSource, "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "the policy says data is encrypted in transit; the declaration does not")
	}
	switch {
	case dec.deletion && !ours2(pl.DeletionRequests):
		f.add("undisclosed-in-policy", "deletion", "/rights", "PSL_SUPPORT_DATA_DELETION_BY_USER", "the declaration says users can request deletion; the policy states no such right")
	case !dec.deletion && ours2(pl.DeletionRequests):
		f.add("undeclared", "deletion", pl.DeletionSource, "PSL_SUPPORT_DATA_DELETION_BY_USER", "the policy grants a right to erasure; the declaration does not say users can request deletion")
	}
	return &CrossCheckReport{Format: "play", Findings: f.sorted(), Warnings: pl.Warnings}, nil
}
