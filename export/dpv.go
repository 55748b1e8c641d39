package export

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
)

//go:embed dpv_context.jsonld
var dpvContext []byte

// DPVContext returns the JSON-LD context the DPV export embeds: the DPV 2.x
// namespaces and the properties used, so that a processor needs no network.
func DPVContext() []byte { return slices.Clone(dpvContext) }

const (
	dpvNS    = "https://w3id.org/dpv#"
	localIRI = "urn:openpolicies:privacy:"
)

// DPVDocument is a policy as W3C DPV 2.x JSON-LD, with the warnings of what had
// no DPV concept.
type DPVDocument struct {
	// JSONLD is the document: one dpv:Process per purpose statement of the
	// policy, with its purpose concept, personal data, processing (collect,
	// store, share), legal bases, recipients, storage duration, rights and
	// controller, using the DPV IRIs the registries carry.
	JSONLD []byte
	// Warnings list codes with no DPV concept on themselves or an ancestor
	// (the export then uses the nearest general concept, dpv:Purpose,
	// dpv:PersonalData or dpv:Recipient).
	Warnings []Warning
}

// DPV converts a policy into DPV JSON-LD. A code whose own definition has no DPV
// IRI takes its nearest ancestor's (the same inheritance rule as the
// crosswalks); one with none on its path is reported and written as the general
// concept.
func DPV(p *policy.Policy) (*DPVDocument, error) {
	if p == nil {
		return nil, fmt.Errorf("export: nil policy")
	}
	var w warnings
	base := p.URL
	if base == "" {
		base = localIRI + url.PathEscape(p.ID)
	}
	node := func(frag string) string { return base + "#" + url.PathEscape(frag) }

	var graph []any
	var controllers []string
	for i, c := range p.Controllers {
		id := node(fmt.Sprintf("controller-%d", i))
		if c.ID != "" {
			id = node(c.ID)
		}
		controllers = append(controllers, id)
		graph = append(graph, map[string]any{"@id": id, "@type": "dpv:DataController", "label": c.LegalName})
	}
	var rightsIRIs []string
	for i, rs := range p.Rights {
		if rs.Not {
			continue
		}
		for j, r := range rs.Rights {
			def, ok := r.Definition()
			if ok && def.DPV != "" {
				rightsIRIs = addUnique(rightsIRIs, def.DPV)
			} else {
				w.add("unmapped", fmt.Sprintf("/rights/%d/rights/%d", i, j), string(r), fmt.Sprintf("right %q has no DPV concept", r))
			}
		}
	}
	recipientNode := map[int]string{}
	for k, r := range p.Recipients {
		if r.Not {
			continue
		}
		id := node(r.ID)
		recipientNode[k] = id
		var types []string
		for j, t := range r.Types {
			iri := inheritDPV(p, "recipient", string(t), func(c string) (string, string, bool) {
				def, ok := category.Recipient(c).Definition()
				return def.DPV, def.Parent, ok
			})
			if iri == "" {
				w.add("unmapped", fmt.Sprintf("/recipients/%d/types/%d", k, j), string(t), fmt.Sprintf("recipient type %q has no DPV concept; written as dpv:Recipient", t))
				iri = dpvNS + "Recipient"
			}
			types = addUnique(types, iri)
		}
		if def, ok := r.Role.Definition(); ok && def.DPV != "" {
			types = addUnique(types, def.DPV)
		}
		n := map[string]any{"@id": id, "@type": types}
		var names []string
		for _, e := range r.Entities {
			names = append(names, e.Name)
		}
		if len(names) > 0 {
			n["label"] = names
		}
		graph = append(graph, n)
	}
	var processes []string
	for k, pu := range p.Purposes {
		if pu.Not {
			continue
		}
		id := node(pu.ID)
		processes = append(processes, id)
		purposeIRI := inheritDPV(p, "purpose", string(pu.Kind), func(c string) (string, string, bool) {
			def, ok := category.Purpose(c).Definition()
			return def.DPV, def.Parent, ok
		})
		if purposeIRI == "" {
			w.add("unmapped", fmt.Sprintf("/purposes/%d/kind", k), string(pu.Kind), fmt.Sprintf("purpose %q has no DPV concept; written as dpv:Purpose", pu.Kind))
			purposeIRI = dpvNS + "Purpose"
		}
		proc := map[string]any{"@id": id, "@type": "dpv:Process", "hasPurpose": []string{purposeIRI}}
		if pu.Description != "" {
			proc["label"] = pu.Description
		}
		data, dataPtrs := purposeData(p, k)
		var dataIRIs []string
		for i, d := range data {
			iri := inheritDPV(p, "data", string(d), func(c string) (string, string, bool) {
				def, ok := category.Data(c).Definition()
				return def.DPV, def.Parent, ok
			})
			if iri == "" {
				w.add("unmapped", dataPtrs[i], string(d), fmt.Sprintf("data %q has no DPV concept; written as dpv:PersonalData", d))
				iri = dpvNS + "PersonalData"
			}
			dataIRIs = addUnique(dataIRIs, iri)
		}
		if len(dataIRIs) > 0 {
			proc["hasPersonalData"] = dataIRIs
		}
		processing := []string{dpvNS + "Collect", dpvNS + "Use"}
		var bases []string
		addBasis := func(b policy.LegalBasis, ptr string) {
			def, ok := b.Basis.Definition()
			if ok && def.DPV != "" {
				bases = addUnique(bases, def.DPV)
			} else {
				w.add("unmapped", ptr, string(b.Basis), fmt.Sprintf("legal basis %q has no DPV concept", b.Basis))
			}
		}
		for j, b := range pu.LegalBases {
			addBasis(b, fmt.Sprintf("/purposes/%d/legal_bases/%d", k, j))
		}
		for j, b := range p.LegalBases {
			if slices.Contains(b.Purposes, pu.ID) {
				addBasis(b, fmt.Sprintf("/legal_bases/%d", j))
			}
		}
		if len(bases) > 0 {
			proc["hasLegalBasis"] = bases
		}
		var recips []string
		for rk, r := range p.Recipients {
			if id, ok := recipientNode[rk]; ok && slices.Contains(r.Purposes, pu.ID) {
				recips = append(recips, id)
			}
		}
		if len(recips) > 0 {
			proc["hasRecipient"] = recips
			processing = append(processing, dpvNS+"Share")
		}
		if st := storage(p, k, &w); len(st) > 0 {
			proc["hasStorageCondition"] = st
			processing = append(processing, dpvNS+"Store")
		}
		proc["hasProcessing"] = processing
		if len(controllers) > 0 {
			proc["hasDataController"] = controllers
		}
		if len(rightsIRIs) > 0 {
			proc["hasRight"] = rightsIRIs
		}
		graph = append(graph, proc)
	}
	doc := map[string]any{"@id": base, "@type": "dpv:Process", "title": p.Title, "hasProcess": processes}
	if p.Updated != "" && len(p.Updated) == 10 {
		doc["modified"] = p.Updated
	}
	if len(controllers) > 0 {
		doc["hasDataController"] = controllers
	}
	graph = append([]any{doc}, graph...)
	out := map[string]any{"@context": json.RawMessage(dpvContext), "@graph": graph}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	ws := w.sorted()
	if ws == nil {
		ws = []Warning{}
	}
	return &DPVDocument{JSONLD: append(b, '\n'), Warnings: ws}, nil
}

// inheritDPV walks code and its ancestors (after resolving an x- code to the
// standard code it narrows) and returns the first DPV IRI.
func inheritDPV(p *policy.Policy, list, code string, def func(string) (iri, parent string, ok bool)) string {
	c := p.Standard(list, code)
	for range 32 {
		iri, parent, ok := def(c)
		if !ok {
			return ""
		}
		if iri != "" {
			return iri
		}
		if parent == "" {
			return ""
		}
		c = parent
	}
	return ""
}

// purposeData lists the data a purpose names, directly or through its
// collections, with pointers to where each is stated.
func purposeData(p *policy.Policy, k int) ([]category.Data, []string) {
	pu := p.Purposes[k]
	var data []category.Data
	var ptrs []string
	for j, d := range pu.Data {
		data, ptrs = append(data, d), append(ptrs, fmt.Sprintf("/purposes/%d/data/%d", k, j))
	}
	for i, c := range p.Collection {
		if c.Not || !slices.Contains(pu.Collections, c.ID) {
			continue
		}
		for j, d := range c.Data {
			data, ptrs = append(data, d), append(ptrs, fmt.Sprintf("/collection/%d/data/%d", i, j))
		}
	}
	return data, ptrs
}

// storage returns the DPV storage conditions of the retention rules that name
// the purpose or one of its collections.
func storage(p *policy.Policy, k int, w *warnings) []any {
	pu := p.Purposes[k]
	var out []any
	for i, r := range p.Retention {
		if r.Not {
			continue
		}
		linked := slices.Contains(r.Purposes, pu.ID) || slices.ContainsFunc(r.Collections, func(c string) bool { return slices.Contains(pu.Collections, c) })
		if !linked {
			continue
		}
		for j, per := range r.Periods {
			def, ok := per.Kind.Definition()
			if !ok || def.DPV == "" {
				w.add("unmapped", fmt.Sprintf("/retention/%d/periods/%d/kind", i, j), string(per.Kind), fmt.Sprintf("retention period %q has no DPV duration concept", per.Kind))
				continue
			}
			dur := map[string]any{"@type": def.DPV}
			if per.Duration != "" {
				dur["duration"] = per.Duration
			}
			out = append(out, map[string]any{"@type": "dpv:StorageDuration", "hasDuration": []any{dur}})
		}
	}
	return out
}
