package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openpolicies/privacy/policy"
)

// AppleManifest is what a policy says, in Apple's terms: the content of a
// PrivacyInfo.xcprivacy privacy manifest and of the App Store Connect "App
// Privacy" answers.
type AppleManifest struct {
	// Tracking is NSPrivacyTracking: some data is used to track.
	Tracking bool `json:"tracking"`
	// TrackingDomains is NSPrivacyTrackingDomains: the host names of the
	// providers of tracking trackers and of tracking recipients the policy names.
	TrackingDomains []string `json:"tracking_domains"`
	// DataTypes are the NSPrivacyCollectedDataTypes entries, in Apple's order.
	DataTypes []AppleCollected `json:"data_types"`
	// Warnings list every code and question the export could not map.
	Warnings []Warning `json:"warnings"`
}

// AppleCollected is one entry of NSPrivacyCollectedDataTypes.
type AppleCollected struct {
	// Type is the NSPrivacyCollectedDataType value.
	Type string `json:"type"`
	// Linked is NSPrivacyCollectedDataTypeLinked. The model has no
	// "de-identified at collection" flag, so collected personal data is linked.
	Linked bool `json:"linked"`
	// Tracking is NSPrivacyCollectedDataTypeTracking.
	Tracking bool `json:"tracking"`
	// Purposes are the NSPrivacyCollectedDataTypePurposes values, in Apple's order.
	Purposes []string `json:"purposes"`
	// Sources are JSON Pointers to the policy's statements this entry comes from.
	Sources []string `json:"sources"`
	// PurposeSources are JSON Pointers to the purposes (or trackers) that gave
	// each Apple purpose.
	PurposeSources map[string][]string `json:"purpose_sources,omitempty"`
	// TrackingSource points to the statement that makes the data tracking.
	TrackingSource string `json:"tracking_source,omitempty"`
}

// Apple converts a policy into Apple's privacy manifest and App Privacy terms
// using the AppleData, ApplePurposeTable and AppleTrackerClass crosswalks. It
// never fails on a valid policy; what it cannot map is in Warnings.
func Apple(p *policy.Policy) (*AppleManifest, error) {
	if p == nil {
		return nil, fmt.Errorf("export: nil policy")
	}
	var w warnings
	byType := map[string]*AppleCollected{}
	domains := map[string]bool{}
	for _, u := range uses(p, &w) {
		types := lookupData(p, AppleData, u.data, u.ptr, &w)
		if len(types) == 0 {
			continue
		}
		purposes := map[string][]string{}
		for _, k := range u.purposes {
			for _, ap := range lookupPurpose(p, ApplePurposeTable, k, &w) {
				purposes[ap] = addUnique(purposes[ap], fmt.Sprintf("/purposes/%d", k))
			}
		}
		if u.tracker >= 0 && len(p.Trackers[u.tracker].Purposes) == 0 {
			t := p.Trackers[u.tracker]
			tp, _, ok := AppleTrackerClass.Lookup(t.Class)
			switch {
			case t.Class == "":
				w.add("not-stated", fmt.Sprintf("/trackers/%d", u.tracker), "", "the tracker names neither purposes nor a class")
			case !ok:
				w.add("unmapped", fmt.Sprintf("/trackers/%d/class", u.tracker), string(t.Class), fmt.Sprintf("tracker class %q has no entry in %s", t.Class, AppleTrackerClass.Name()))
			}
			for _, ap := range tp {
				purposes[ap] = addUnique(purposes[ap], fmt.Sprintf("/trackers/%d/class", u.tracker))
			}
		}
		tr, why := tracks(p, u, &w)
		if tr {
			for _, h := range trackingHosts(p, u) {
				domains[h] = true
			}
			// The recipient that makes the data tracking uses it for its
			// purposes: those are the data's purposes too.
			if k, ok := recipientIndex(why); ok {
				for _, ap := range recipientPurposes(p, ApplePurposeTable, k, &w) {
					purposes[ap] = addUnique(purposes[ap], fmt.Sprintf("/recipients/%d", k))
				}
			}
		}
		if len(purposes) == 0 && !u.limited {
			w.add("no-purpose", u.ptr, string(u.data), fmt.Sprintf("data %q is linked to no purpose Apple knows; NSPrivacyCollectedDataTypePurposes needs one", u.data))
		}
		for _, t := range types {
			c := byType[t]
			if c == nil {
				c = &AppleCollected{Type: t, Linked: true, PurposeSources: map[string][]string{}}
				byType[t] = c
			}
			c.Sources = addUnique(c.Sources, u.ptr)
			if tr && !c.Tracking {
				c.Tracking, c.TrackingSource = true, why
			}
			for ap, src := range purposes {
				c.PurposeSources[ap] = addUnique(c.PurposeSources[ap], src...)
			}
		}
	}
	trackingUnscoped(p, &w)
	m := &AppleManifest{TrackingDomains: []string{}, DataTypes: []AppleCollected{}}
	for _, t := range sortedKeys(byType, appleTypeIndex) {
		c := byType[t]
		c.Purposes = sortedKeys(c.PurposeSources, applePurposeIndex)
		for _, src := range c.PurposeSources {
			slices.Sort(src)
		}
		slices.Sort(c.Sources)
		if c.Tracking {
			m.Tracking = true
		}
		m.DataTypes = append(m.DataTypes, *c)
	}
	for h := range domains {
		m.TrackingDomains = append(m.TrackingDomains, h)
	}
	slices.Sort(m.TrackingDomains)
	if m.Tracking && len(m.TrackingDomains) == 0 {
		w.add("not-stated", "", "NSPrivacyTrackingDomains", "data is used to track but the policy gives no URL for any tracking tracker's provider or tracking recipient; NSPrivacyTrackingDomains is empty: fill it in")
	}
	m.Warnings = w.sorted()
	if m.Warnings == nil {
		m.Warnings = []Warning{}
	}
	return m, nil
}

// recipientIndex parses "/recipients/k" or "/recipients/k/types".
func recipientIndex(ptr string) (int, bool) {
	rest, ok := strings.CutPrefix(ptr, "/recipients/")
	if !ok {
		return 0, false
	}
	rest, _, _ = strings.Cut(rest, "/")
	k, err := strconv.Atoi(rest)
	return k, err == nil
}

// trackingHosts returns the hosts of the providers and recipients a tracking
// use reaches.
func trackingHosts(p *policy.Policy, u use) []string {
	var out []string
	if u.tracker >= 0 {
		if pr := p.Trackers[u.tracker].Provider; pr != nil {
			if h := host(pr.URL); h != "" {
				out = append(out, h)
			}
		}
	}
	for _, k := range u.recipients {
		r := p.Recipients[k]
		if !soldOrShared(r) {
			continue
		}
		for _, e := range r.Entities {
			if h := host(e.URL); h != "" {
				out = append(out, h)
			}
		}
	}
	return out
}

// Plist writes the manifest as a PrivacyInfo.xcprivacy XML property list. It
// uses only Apple's keys (NSPrivacyTracking, NSPrivacyTrackingDomains,
// NSPrivacyCollectedDataTypes and the four keys of each entry); warnings and
// sources are not part of it.
func (m *AppleManifest) Plist() []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n")
	b.WriteString("<plist version=\"1.0\">\n<dict>\n")
	key(&b, 1, "NSPrivacyTracking")
	boolean(&b, 1, m.Tracking)
	key(&b, 1, "NSPrivacyTrackingDomains")
	strs(&b, 1, m.TrackingDomains)
	key(&b, 1, "NSPrivacyCollectedDataTypes")
	if len(m.DataTypes) == 0 {
		b.WriteString("\t<array/>\n")
	} else {
		b.WriteString("\t<array>\n")
		for _, c := range m.DataTypes {
			b.WriteString("\t\t<dict>\n")
			key(&b, 3, "NSPrivacyCollectedDataType")
			str(&b, 3, c.Type)
			key(&b, 3, "NSPrivacyCollectedDataTypeLinked")
			boolean(&b, 3, c.Linked)
			key(&b, 3, "NSPrivacyCollectedDataTypeTracking")
			boolean(&b, 3, c.Tracking)
			key(&b, 3, "NSPrivacyCollectedDataTypePurposes")
			strs(&b, 3, c.Purposes)
			b.WriteString("\t\t</dict>\n")
		}
		b.WriteString("\t</array>\n")
	}
	b.WriteString("</dict>\n</plist>\n")
	return b.Bytes()
}

func indent(b *bytes.Buffer, n int) { b.WriteString(strings.Repeat("\t", n)) }

func key(b *bytes.Buffer, n int, k string) {
	indent(b, n)
	b.WriteString("<key>")
	xml.EscapeText(b, []byte(k))
	b.WriteString("</key>\n")
}

func str(b *bytes.Buffer, n int, s string) {
	indent(b, n)
	b.WriteString("<string>")
	xml.EscapeText(b, []byte(s))
	b.WriteString("</string>\n")
}

func boolean(b *bytes.Buffer, n int, v bool) {
	indent(b, n)
	if v {
		b.WriteString("<true/>\n")
	} else {
		b.WriteString("<false/>\n")
	}
}

func strs(b *bytes.Buffer, n int, list []string) {
	if len(list) == 0 {
		indent(b, n)
		b.WriteString("<array/>\n")
		return
	}
	indent(b, n)
	b.WriteString("<array>\n")
	for _, s := range list {
		str(b, n+1, s)
	}
	indent(b, n)
	b.WriteString("</array>\n")
}

// AppleLabel is the App Store Connect "App Privacy" answers as the product page
// shows them: Data Used to Track You, Data Linked to You, Data Not Linked to You.
type AppleLabel struct {
	// UsedToTrackYou is "Data Used to Track You".
	UsedToTrackYou []LabelCategory `json:"data_used_to_track_you"`
	// LinkedToYou is "Data Linked to You", with purposes.
	LinkedToYou []LabelCategory `json:"data_linked_to_you"`
	// NotLinkedToYou is "Data Not Linked to You", with purposes.
	NotLinkedToYou []LabelCategory `json:"data_not_linked_to_you"`
	// Warnings are the manifest's warnings.
	Warnings []Warning `json:"warnings"`
}

// LabelCategory is one of Apple's data categories ("Contact Info") with the
// types declared under it.
type LabelCategory struct {
	// Category is Apple's category name.
	Category string `json:"category"`
	// Types are the declared types of the category, in Apple's order.
	Types []LabelType `json:"types"`
}

// LabelType is one data type with the names of its purposes (empty in the
// tracking section, which App Store Connect shows without purposes).
type LabelType struct {
	// Type is the data type's display name ("Email Address").
	Type string `json:"type"`
	// Purposes are the purposes' display names.
	Purposes []string `json:"purposes,omitempty"`
}

// Label groups the manifest's data types as App Store Connect shows them.
func (m *AppleManifest) Label() AppleLabel {
	l := AppleLabel{UsedToTrackYou: []LabelCategory{}, LinkedToYou: []LabelCategory{}, NotLinkedToYou: []LabelCategory{}, Warnings: m.Warnings}
	for _, c := range m.DataTypes {
		i := appleTypeIndex(c.Type)
		if i < 0 {
			continue
		}
		t := appleTypes[i]
		var names []string
		for _, pk := range c.Purposes {
			if j := applePurposeIndex(pk); j >= 0 {
				names = append(names, applePurposes[j].Name)
			}
		}
		if c.Tracking {
			l.UsedToTrackYou = addToCategory(l.UsedToTrackYou, t, LabelType{Type: t.Name})
		}
		if c.Linked {
			l.LinkedToYou = addToCategory(l.LinkedToYou, t, LabelType{Type: t.Name, Purposes: names})
		} else {
			l.NotLinkedToYou = addToCategory(l.NotLinkedToYou, t, LabelType{Type: t.Name, Purposes: names})
		}
	}
	return l
}

func addToCategory(list []LabelCategory, t AppleDataType, lt LabelType) []LabelCategory {
	if n := len(list); n > 0 && list[n-1].Category == t.Category {
		list[n-1].Types = append(list[n-1].Types, lt)
		return list
	}
	return append(list, LabelCategory{Category: t.Category, Types: []LabelType{lt}})
}

// JSON returns the label as indented JSON.
func (l AppleLabel) JSON() []byte {
	b, _ := json.MarshalIndent(l, "", "  ")
	return append(b, '\n')
}

// Text renders the label as readable text, one section per heading.
func (l AppleLabel) Text() string {
	var b strings.Builder
	section := func(title, blurb string, cats []LabelCategory) {
		fmt.Fprintf(&b, "%s\n%s\n", title, blurb)
		if len(cats) == 0 {
			b.WriteString("  (none)\n")
		}
		for _, c := range cats {
			fmt.Fprintf(&b, "  %s\n", c.Category)
			for _, t := range c.Types {
				if len(t.Purposes) > 0 {
					fmt.Fprintf(&b, "    - %s: %s\n", t.Type, strings.Join(t.Purposes, ", "))
				} else {
					fmt.Fprintf(&b, "    - %s\n", t.Type)
				}
			}
		}
		b.WriteString("\n")
	}
	section("Data Used to Track You", "The following data may be used to track you across apps and websites owned by other companies:", l.UsedToTrackYou)
	section("Data Linked to You", "The following data may be collected and linked to your identity:", l.LinkedToYou)
	section("Data Not Linked to You", "The following data may be collected but it is not linked to your identity:", l.NotLinkedToYou)
	if len(l.Warnings) > 0 {
		fmt.Fprintf(&b, "Review (%d warnings)\n", len(l.Warnings))
		for _, w := range l.Warnings {
			fmt.Fprintf(&b, "  %s %s: %s\n", w.Code, w.Pointer, w.Message)
		}
	}
	return b.String()
}
