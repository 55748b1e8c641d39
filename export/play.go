package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"

	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/policy"
	"github.com/openpolicies/privacy/rights"
)

// PlayDataSafety is what a policy says, in the terms of Google Play's Data
// safety form.
type PlayDataSafety struct {
	// CollectsData answers PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA.
	CollectsData bool `json:"collects_data"`
	// EncryptedInTransit answers PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT; nil
	// when the policy does not say.
	EncryptedInTransit *bool `json:"encrypted_in_transit"`
	// EncryptionSource points to the security measure that answers it.
	EncryptionSource string `json:"encryption_source,omitempty"`
	// DeletionRequests answers PSL_SUPPORT_DATA_DELETION_BY_USER; nil when the
	// policy states no right to erasure.
	DeletionRequests *bool `json:"deletion_requests"`
	// DeletionSource points to the rights statement that answers it.
	DeletionSource string `json:"deletion_source,omitempty"`
	// DeletionURL answers PSL_DATA_DELETION_URL when a deletion channel has a URL.
	DeletionURL string `json:"deletion_url,omitempty"`
	// DataTypes are the collected or shared data types, in the template's order.
	DataTypes []PlayCollected `json:"data_types"`
	// Warnings list every code and question the export could not map.
	Warnings []Warning `json:"warnings"`
}

// PlayCollected is the Data safety answers for one data type.
type PlayCollected struct {
	// Type is the data type's response ID ("PSL_EMAIL").
	Type string `json:"type"`
	// Collected: the data leaves the device to the developer.
	Collected bool `json:"collected"`
	// Shared: the data is transferred to a third party. Transfers Google exempts
	// (to service providers and processors, to authorities for legal reasons, to
	// other users or the public at the user's request) are not sharing.
	Shared bool `json:"shared"`
	// Ephemeral is always false: the model has no "processed only in memory" flag.
	Ephemeral bool `json:"ephemeral"`
	// Required is true when collection is required, false when optional, nil when
	// the policy does not say.
	Required *bool `json:"required"`
	// CollectionPurposes and SharingPurposes are purpose response IDs, in the
	// template's order.
	CollectionPurposes []string `json:"collection_purposes"`
	// SharingPurposes are the purposes of the recipients that make it shared.
	SharingPurposes []string `json:"sharing_purposes"`
	// Sources are JSON Pointers to the statements the type comes from;
	// SharingSources to the recipients that make it shared.
	Sources []string `json:"sources"`
	// SharingSources point to the recipients that make the type shared.
	SharingSources []string `json:"sharing_sources,omitempty"`
}

// Play converts a policy into Google Play Data safety answers using the PlayData,
// PlayPurposeTable and PlayTrackerClass crosswalks. What it cannot map is in
// Warnings.
func Play(p *policy.Policy) (*PlayDataSafety, error) {
	if p == nil {
		return nil, fmt.Errorf("export: nil policy")
	}
	var w warnings
	type acc struct {
		c              PlayCollected
		collect, share map[string]bool
		req, opt, open bool
	}
	byType := map[string]*acc{}
	for _, u := range uses(p, &w) {
		types := lookupData(p, PlayData, u.data, u.ptr, &w)
		if len(types) == 0 {
			continue
		}
		var cp []string
		for _, k := range u.purposes {
			cp = addUnique(cp, lookupPurpose(p, PlayPurposeTable, k, &w)...)
		}
		if u.tracker >= 0 && len(p.Trackers[u.tracker].Purposes) == 0 {
			t := p.Trackers[u.tracker]
			tp, _, ok := PlayTrackerClass.Lookup(t.Class)
			if !ok {
				w.add("not-stated", fmt.Sprintf("/trackers/%d", u.tracker), string(t.Class), "the tracker names no purpose and no class Play can map")
			}
			cp = addUnique(cp, tp...)
		}
		if len(cp) == 0 && !u.limited {
			w.add("no-purpose", u.ptr, string(u.data), fmt.Sprintf("data %q is linked to no purpose Play knows", u.data))
		}
		var sp, shareSrc []string
		for _, k := range u.recipients {
			if !playShares(p, p.Recipients[k]) {
				continue
			}
			if n := negatedDisclosure(p, u, p.Recipients[k]); n >= 0 {
				w.add("conflict", fmt.Sprintf("/recipients/%d", k), string(u.data), fmt.Sprintf("data %q would be shared through this recipient, but /recipients/%d says it is not disclosed to such recipients; not counted as shared: review", u.data, n))
				continue
			}
			shareSrc = append(shareSrc, fmt.Sprintf("/recipients/%d", k))
			sp = addUnique(sp, recipientPurposes(p, PlayPurposeTable, k, &w)...)
		}
		for _, t := range types {
			a := byType[t]
			if a == nil {
				a = &acc{c: PlayCollected{Type: t, Collected: true}, collect: map[string]bool{}, share: map[string]bool{}}
				byType[t] = a
			}
			a.c.Sources = addUnique(a.c.Sources, u.ptr)
			a.c.SharingSources = addUnique(a.c.SharingSources, shareSrc...)
			if len(shareSrc) > 0 {
				a.c.Shared = true
			}
			for _, x := range cp {
				a.collect[x] = true
			}
			for _, x := range sp {
				a.share[x] = true
			}
			switch u.requirement {
			case "required":
				a.req = true
			case "optional", "conditional":
				a.opt = true
			default:
				a.open = true
			}
		}
	}
	r := &PlayDataSafety{DataTypes: []PlayCollected{}}
	for _, t := range sortedKeys(byType, playTypeIndex) {
		a := byType[t]
		a.c.CollectionPurposes = sortedKeys(a.collect, playPurposeIndex)
		a.c.SharingPurposes = sortedKeys(a.share, playPurposeIndex)
		slices.Sort(a.c.Sources)
		slices.Sort(a.c.SharingSources)
		switch {
		case a.req:
			// Play's "required": users cannot turn collection off. Data required
			// in one statement is required for the type.
			a.c.Required = ptr(true)
		case a.opt && !a.open:
			// Optional only when every statement of the type says so.
			a.c.Required = ptr(false)
		case a.opt:
			w.add("not-stated", a.c.Sources[0], t, fmt.Sprintf("some statements say %s is optional, others do not say; Play's answer covers them all: review", t))
		default:
			w.add("not-stated", a.c.Sources[0], t, fmt.Sprintf("the policy does not say whether %s is required or optional", t))
		}
		if a.c.Shared && len(a.c.SharingPurposes) == 0 {
			w.add("no-purpose", a.c.SharingSources[0], t, fmt.Sprintf("%s is shared but the recipient names no purpose Play knows", t))
		}
		r.DataTypes = append(r.DataTypes, a.c)
	}
	r.CollectsData = len(r.DataTypes) > 0
	for i, m := range p.Security {
		if !m.Not && m.Kind == "encryption-in-transit" {
			r.EncryptedInTransit, r.EncryptionSource = ptr(true), fmt.Sprintf("/security/%d", i)
			break
		}
	}
	// Play asks whether all user data is encrypted in transit: a disclaimer that
	// some channel (e-mail, texts) is unencrypted answers no.
	for i, d := range p.Disclaimers {
		if d.Not || (d.Kind != policy.DisclaimerEmailNotSecure && d.Kind != policy.DisclaimerSMSNotEncrypted) {
			continue
		}
		src := fmt.Sprintf("/disclaimers/%d", i)
		if r.EncryptedInTransit != nil && *r.EncryptedInTransit {
			w.add("conflict", src, "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", fmt.Sprintf("the policy states encryption in transit (%s) but says some data travels unencrypted; Play asks whether all data is encrypted: answered no, review", r.EncryptionSource))
		}
		r.EncryptedInTransit, r.EncryptionSource = ptr(false), src
		break
	}
	if r.EncryptedInTransit == nil {
		w.add("not-stated", "/security", "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "the policy states no encryption in transit")
	}
	for i, rs := range p.Rights {
		if rs.Not || !slices.Contains(rs.Rights, rights.RightErasure) {
			continue
		}
		r.DeletionRequests, r.DeletionSource = ptr(true), fmt.Sprintf("/rights/%d", i)
		for _, ch := range rs.Channels {
			if ch.URL != "" {
				r.DeletionURL = ch.URL
				break
			}
		}
		break
	}
	if r.DeletionRequests == nil {
		w.add("not-stated", "/rights", "PSL_SUPPORT_DATA_DELETION_BY_USER", "the policy states no right to request deletion")
	}
	r.Warnings = w.sorted()
	if r.Warnings == nil {
		r.Warnings = []Warning{}
	}
	return r, nil
}

func ptr[T any](v T) *T { return &v }

// playShares reports whether a transfer to r is "sharing" in Play's sense.
// Google's Data safety definitions exempt transfers to service providers, for
// legal purposes, in a merger, acquisition or sale of assets, at the user's own
// initiative, and of anonymous data. A recipient is exempt when its role is
// processor, service provider or authority; when all its types are exempt
// (staff, service providers, authorities, other users, the public, a successor
// in a corporate transaction); when its conditions say the transfer is for a
// legal reason (required by law, court order, protecting rights), a corporate
// transaction, of aggregated or de-identified data only, or for a purpose only
// to be described at collection; or when all its purposes are legal,
// corporate-transaction or as-directed purposes. A consent condition alone does
// not exempt: Play exempts only consent to a prominent in-app disclosure.
func playShares(p *policy.Policy, r policy.Recipient) bool {
	switch r.Role {
	case "processor", "service-provider", "authority":
		return false
	}
	for _, c := range r.Conditions {
		if slices.Contains(playExemptConditions, c) {
			return false
		}
	}
	if purposes := recipientPurposeKinds(p, r); len(purposes) > 0 && !slices.ContainsFunc(purposes, func(k category.Purpose) bool {
		return !slices.ContainsFunc(playExemptPurposes, func(e category.Purpose) bool { return purposeWithin(p, k, e) })
	}) {
		return false
	}
	exempt := []category.Recipient{"internal", "service-provider", "public-authority", "other-users", "public", "successor"}
	for _, t := range r.Types {
		if !slices.ContainsFunc(exempt, func(e category.Recipient) bool { return recipientWithin(p, t, e) }) {
			return true
		}
	}
	return false
}

// negatedDisclosure returns the index of a negated recipient that says u's data
// is not disclosed to recipients like r, or -1. A negation covers the data it
// names (and its descendants; "personal-data" all personal data), the data of
// the collections it names, or, naming neither, all data; it covers r when
// every type of r is within one of its types ("third-party" stands for any
// recipient but staff and affiliates) and, when it states purposes, all of r's
// purposes fall within them. Negations of CCPA sale or sharing are left to
// tracking: they do not say the data is not transferred.
func negatedDisclosure(p *policy.Policy, u use, r policy.Recipient) int {
	for n, neg := range p.Recipients {
		if !neg.Not || soldOrShared(neg) {
			continue
		}
		covered := len(neg.Collections) == 0 && len(neg.Data) == 0
		names := slices.Clone(neg.Data)
		for _, c := range p.Collection {
			if slices.Contains(neg.Collections, c.ID) {
				names = append(names, c.Data...)
			}
		}
		if !covered && !withheld(p, u.data, names) {
			continue
		}
		typesCovered := !slices.ContainsFunc(r.Types, func(t category.Recipient) bool {
			return !slices.ContainsFunc(neg.Types, func(nt category.Recipient) bool {
				if nt == category.RecipientThirdParty {
					return !recipientWithin(p, t, category.RecipientInternal) && !recipientWithin(p, t, category.RecipientAffiliate)
				}
				return recipientWithin(p, t, nt)
			})
		})
		if !typesCovered {
			continue
		}
		if np := recipientPurposeKinds(p, neg); len(np) > 0 {
			rp := recipientPurposeKinds(p, r)
			if len(rp) == 0 || slices.ContainsFunc(rp, func(k category.Purpose) bool {
				return !slices.ContainsFunc(np, func(x category.Purpose) bool { return purposeWithin(p, k, x) })
			}) {
				continue
			}
		}
		return n
	}
	return -1
}

// playExemptConditions are the recipient conditions under which a transfer is
// not sharing on Play.
var playExemptConditions = []policy.Condition{
	policy.ConditionRequiredByLaw, policy.ConditionWithCourtOrder, policy.ConditionProtectRights,
	policy.ConditionCorporateTransaction, policy.ConditionAggregated, policy.ConditionDeIdentified,
	policy.ConditionDisclosedPurpose,
}

// playExemptPurposes are the purposes for which a transfer is not sharing on
// Play (with their descendants).
var playExemptPurposes = []category.Purpose{
	category.PurposeLegalCompliance, category.PurposeLegalClaims, category.PurposeProtectRights,
	category.PurposeCorporateTransaction, category.PurposeAsDirected,
}

// recipientPurposeKinds lists the kinds of a recipient's purposes: the
// organisation's it names and its own.
func recipientPurposeKinds(p *policy.Policy, r policy.Recipient) []category.Purpose {
	var out []category.Purpose
	for _, id := range r.Purposes {
		if i := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == id }); i >= 0 {
			out = append(out, p.Purposes[i].Kind)
		}
	}
	return append(out, r.RecipientPurposes...)
}

// recipientPurposes maps a recipient's purposes (the organisation's and its
// own) through t.
func recipientPurposes(p *policy.Policy, t *Table[category.Purpose], k int, w *warnings) []string {
	r := p.Recipients[k]
	var out []string
	for _, id := range r.Purposes {
		if i := slices.IndexFunc(p.Purposes, func(x policy.Purpose) bool { return x.ID == id }); i >= 0 {
			out = addUnique(out, lookupPurpose(p, t, i, w)...)
		}
	}
	for j, rp := range r.RecipientPurposes {
		rk := category.Purpose(p.Standard("purpose", string(rp)))
		ts, _, ok := t.Lookup(rk)
		ptr := fmt.Sprintf("/recipients/%d/recipient_purposes/%d", k, j)
		switch {
		case !ok:
			w.add("unmapped", ptr, string(rp), fmt.Sprintf("purpose %q has no entry in %s", rp, t.Name()))
		case len(ts) == 0:
			w.add("no-counterpart", ptr, string(rp), fmt.Sprintf("purpose %q has no counterpart in %s", rp, t.Name()))
		}
		out = addUnique(out, ts...)
	}
	return out
}

// PlayCSVHeader is the header row of the Play Console Data safety CSV.
var PlayCSVHeader = []string{
	"Question ID (machine readable)",
	"Response ID (machine readable)",
	"Response value",
	"Answer requirement",
	"Human-friendly question label",
}

// CSV writes the answers in the Play Console's import format: one row per
// question and response, with every data type's rows, blank where the answer is
// "no" or not stated. Account-creation and other questions outside the policy
// model are not written.
func (r *PlayDataSafety) CSV() []byte {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	row := func(q, resp, val, req, label string) { _ = cw.Write([]string{q, resp, val, req, label}) }
	_ = cw.Write(PlayCSVHeader)
	row("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", tf(r.CollectsData), "REQUIRED", "Does your app collect or share any of the required user data types?")
	row("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", opt(r.EncryptedInTransit), "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?")
	del := func(id string, on bool) {
		row("PSL_SUPPORT_DATA_DELETION_BY_USER", id, tfBlank(on), "MAYBE_REQUIRED", "Do you provide a way for users to request that their data is deleted?")
	}
	del("DATA_DELETION_YES", r.DeletionRequests != nil && *r.DeletionRequests)
	del("DATA_DELETION_NO", r.DeletionRequests != nil && !*r.DeletionRequests)
	row("PSL_DATA_DELETION_URL", "", r.DeletionURL, "OPTIONAL", "Delete data URL")
	got := map[string]PlayCollected{}
	for _, c := range r.DataTypes {
		got[c.Type] = c
	}
	for _, t := range playTypes {
		_, on := got[t.ID]
		row(t.Category, t.ID, tfBlank(on), "MULTIPLE_CHOICE", "Data types / "+t.Label)
	}
	for _, t := range playTypes {
		c, on := got[t.ID]
		q := "PSL_DATA_USAGE_RESPONSES:" + t.ID + ":"
		lbl := t.Label + " / "
		row(q+"PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", tfBlank(on && c.Collected), "MULTIPLE_CHOICE", lbl+"Is this data collected, shared, or both? / Collected")
		row(q+"PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED", tfBlank(on && c.Shared), "MULTIPLE_CHOICE", lbl+"Is this data collected, shared, or both? / Shared")
		eph := ""
		if on {
			eph = tf(c.Ephemeral)
		}
		row(q+"PSL_DATA_USAGE_EPHEMERAL", "", eph, "MAYBE_REQUIRED", lbl+"Is this data processed ephemerally?")
		row(q+"DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", tfBlank(on && c.Required != nil && !*c.Required), "MAYBE_REQUIRED", lbl+"Is this data required for your app, or can users choose whether it's collected? / Users can choose whether this data is collected")
		row(q+"DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", tfBlank(on && c.Required != nil && *c.Required), "MAYBE_REQUIRED", lbl+"Is this data required for your app, or can users choose whether it's collected? / Data collection is required")
		for _, pp := range playPurposes {
			row(q+"DATA_USAGE_COLLECTION_PURPOSE", pp.ID, tfBlank(on && slices.Contains(c.CollectionPurposes, pp.ID)), "MULTIPLE_CHOICE", lbl+"Why is this user data collected? / "+pp.Label)
		}
		for _, pp := range playPurposes {
			row(q+"DATA_USAGE_SHARING_PURPOSE", pp.ID, tfBlank(on && slices.Contains(c.SharingPurposes, pp.ID)), "MULTIPLE_CHOICE", lbl+"Why is this user data shared? / "+pp.Label)
		}
	}
	cw.Flush()
	return b.Bytes()
}

func tf(v bool) string {
	if v {
		return "true"
	}
	return "false"
}

func tfBlank(v bool) string {
	if v {
		return "true"
	}
	return ""
}

func opt(v *bool) string {
	if v == nil {
		return ""
	}
	return tf(*v)
}
