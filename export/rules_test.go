package export

import (
	"slices"
	"strings"
	"testing"
)

// The rule tests: each builds a small policy for one conversion rule the audits
// of the Mayo Clinic 2024 and Instacart 2026 exports disputed.

func appleTypesOf(t *testing.T, m *AppleManifest) map[string]AppleCollected {
	t.Helper()
	got := map[string]AppleCollected{}
	for _, c := range m.DataTypes {
		got[strings.TrimPrefix(c.Type, appleTypePrefix)] = c
	}
	return got
}

func playTypesOf(pl *PlayDataSafety) map[string]PlayCollected {
	got := map[string]PlayCollected{}
	for _, c := range pl.DataTypes {
		got[c.Type] = c
	}
	return got
}

func applePurposeNames(c AppleCollected) []string {
	var out []string
	for _, p := range c.Purposes {
		out = append(out, strings.TrimPrefix(p, applePurposePrefix))
	}
	return out
}

func hasWarning(ws []Warning, code, ptr, value string) bool {
	return slices.ContainsFunc(ws, func(w Warning) bool {
		return w.Code == code && (ptr == "" || w.Pointer == ptr) && (value == "" || w.Value == value)
	})
}

// TestWithheldPersonalData: withheld_data "personal-data" withholds every
// personal data code, not only the code "personal-data" (Mayo 2024 R4).
func TestWithheldPersonalData(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["identifier.name","health"]}],
	"purposes":[{"id":"p1","kind":"service-provision"}],
	"recipients":[{"id":"r1","types":["advertiser"],"withheld_data":["personal-data"]},
	{"id":"r2","types":["advertising-partner"],"collections":["c1"],"withheld_data":["health"]}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	got := playTypesOf(pl)
	if n := got["PSL_NAME"]; !n.Shared || !slices.Equal(n.SharingSources, []string{"/recipients/1"}) {
		t.Errorf("name: shared %v by %v, want only /recipients/1", n.Shared, n.SharingSources)
	}
	if h := got["PSL_HEALTH"]; h.Shared {
		t.Errorf("health shared by %v; both recipients withhold it", h.SharingSources)
	}
}

// TestOnlyForBindsData: a collection's only_for limits recipients and tracking
// as well as purposes, and binds the data wherever else the policy collects it
// (Mayo 2024 R5, Instacart R2).
func TestOnlyForBindsData(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["location.precise"],"only_for":["p1"]},
	{"id":"c2","data":["location.precise","contact.email"]}],
	"purposes":[{"id":"p1","kind":"service-provision","collections":["c1"]},
	{"id":"p2","kind":"targeted-advertising","collections":["c2"]}],
	"recipients":[{"id":"r1","types":["ad-network"],"purposes":["p2"]}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	a := appleTypesOf(t, m)
	if l := a["PreciseLocation"]; l.Tracking || !slices.Equal(applePurposeNames(l), []string{"AppFunctionality"}) {
		t.Errorf("precise location: tracking %v (%s), purposes %v; want not tracked, App Functionality only", l.Tracking, l.TrackingSource, l.Purposes)
	}
	if e := a["EmailAddress"]; !e.Tracking {
		t.Errorf("email is not limited and is tracked through /purposes/1: %+v", e)
	}
	if !hasWarning(m.Warnings, "limited", "/purposes/1", "c1") {
		t.Errorf("no limited warning: %+v", m.Warnings)
	}
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	if l := g["PSL_PRECISE_LOCATION"]; l.Shared || slices.Contains(l.CollectionPurposes, "PSL_ADVERTISING") {
		t.Errorf("precise location: %+v", l)
	}
	if e := g["PSL_EMAIL"]; !e.Shared {
		t.Errorf("email should be shared with /recipients/0: %+v", e)
	}
}

// TestNotSoldOrSharedBlocksTracking: a negated sold-or-shared recipient blocks
// tracking of the data it names and its descendants (Instacart R2).
func TestNotSoldOrSharedBlocksTracking(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["health.prescription","contact.email"]},{"id":"table","data":["health"]}],
	"purposes":[{"id":"p1","kind":"targeted-advertising","collections":["c1"]}],
	"recipients":[{"id":"r1","not":true,"types":["third-party"],"collections":["table"],"sold_or_shared":true}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	a := appleTypesOf(t, m)
	if h := a["Health"]; h.Tracking {
		t.Errorf("health tracked through %s although /recipients/0 says it is not sold or shared", h.TrackingSource)
	}
	if e := a["EmailAddress"]; !e.Tracking {
		t.Errorf("email is not covered by the negation: %+v", e)
	}
	if !hasWarning(m.Warnings, "conflict", "/purposes/0", "health.prescription") {
		t.Errorf("no conflict warning: %+v", m.Warnings)
	}
}

// TestAppliesToServices: a purpose limited to a service that names no data
// reaches only collections of that service; with none, it is reported
// (Instacart R3).
func TestAppliesToServices(t *testing.T) {
	p := small(t, `,"services":[{"id":"s1","kind":"delivery","name":"Restaurant orders"},{"id":"s2","kind":"website","name":"Shop"},{"id":"s3","kind":"website","name":"Blog"}],
	"collection":[{"id":"c1","data":["commercial.order"],"applies_to":{"services":["s1"]}},
	{"id":"c2","data":["demographic.racial-ethnic-origin"]},
	{"id":"c3","data":["contact.email"],"applies_to":{"services":["s2"]}}],
	"purposes":[{"id":"p0","kind":"service-provision"},
	{"id":"p1","kind":"marketing","applies_to":{"services":["s1"]}},
	{"id":"p2","kind":"analytics","applies_to":{"services":["s2"]},"data":["commercial"]},
	{"id":"p3","kind":"security","applies_to":{"services":["s3"]}}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	if o := g["PSL_PURCHASE_HISTORY"]; !slices.Contains(o.CollectionPurposes, "PSL_ADVERTISING") || slices.Contains(o.CollectionPurposes, "PSL_ANALYTICS") {
		t.Errorf("orders purposes %v: want advertising (same service), not analytics (other service)", o.CollectionPurposes)
	}
	if r := g["PSL_RACE_ETHNICITY"]; slices.Contains(r.CollectionPurposes, "PSL_ADVERTISING") || slices.Contains(r.CollectionPurposes, "PSL_FRAUD_PREVENTION_SECURITY") {
		t.Errorf("race purposes %v: want only app functionality", r.CollectionPurposes)
	}
	if !hasWarning(pl.Warnings, "not-stated", "/purposes/3", "") {
		t.Errorf("no warning for a purpose that reaches no data: %+v", pl.Warnings)
	}
}

// TestEncryptionDisclaimer: Play asks whether all data is encrypted in
// transit; a disclaimer that e-mail is not encrypted answers no (Mayo 2024).
func TestEncryptionDisclaimer(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"]}],
	"security":[{"id":"s1","kind":"encryption-in-transit"}],
	"disclaimers":[{"id":"d0","kind":"no-guarantee"},{"id":"d1","kind":"email-not-secure"}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	if pl.EncryptedInTransit == nil || *pl.EncryptedInTransit || pl.EncryptionSource != "/disclaimers/1" {
		t.Errorf("encrypted %v from %q, want false from /disclaimers/1", pl.EncryptedInTransit, pl.EncryptionSource)
	}
	if !hasWarning(pl.Warnings, "conflict", "/disclaimers/1", "") {
		t.Errorf("no conflict warning: %+v", pl.Warnings)
	}
}

// TestCrosswalkFixes: exercise data counted as biometric is Fitness; "online"
// is a device identifier on Apple as on Play; a voiceprint is not a recording.
func TestCrosswalkFixes(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["biometric.health","online","biometric.voice"]}],
	"purposes":[{"id":"p1","kind":"service-provision"}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	a := appleTypesOf(t, m)
	for _, ty := range []string{"Fitness", "Health", "SensitiveInfo", "DeviceID"} {
		if _, ok := a[ty]; !ok {
			t.Errorf("Apple: no %s (have %v)", ty, m.DataTypes)
		}
	}
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	for _, ty := range []string{"PSL_FITNESS", "PSL_HEALTH", "PSL_DEVICE_ID", "PSL_OTHER_PERSONAL"} {
		if _, ok := g[ty]; !ok {
			t.Errorf("Play: no %s", ty)
		}
	}
	if _, ok := g["PSL_AUDIO"]; ok {
		t.Error("Play: a voiceprint is exported as a voice recording")
	}
}

// TestPlayExemptions: transfers in a corporate transaction, at the user's
// direction, for legal reasons, of de-identified data or for a purpose to be
// described later are not sharing; with consent alone is (Instacart R4).
func TestPlayExemptions(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"]},{"id":"c2","data":["contact.phone"]},
	{"id":"c3","data":["identifier.name"]},{"id":"c4","data":["contact.postal-address"]},{"id":"c5","data":["location.approximate"]},
	{"id":"c6","data":["commercial"]}],
	"purposes":[{"id":"p0","kind":"service-provision"},{"id":"direct","kind":"as-directed"},{"id":"legal","kind":"protect-rights"},{"id":"corp","kind":"corporate-transaction"}],
	"recipients":[{"id":"r1","types":["successor"],"collections":["c1"],"purposes":["corp"],"conditions":["corporate-transaction"]},
	{"id":"r2","types":["third-party"],"collections":["c2"],"purposes":["direct"]},
	{"id":"r3","types":["third-party"],"collections":["c3"],"purposes":["legal"]},
	{"id":"r4","types":["business-partner"],"collections":["c4"],"conditions":["aggregated","de-identified"]},
	{"id":"r5","types":["third-party"],"collections":["c5"],"conditions":["disclosed-purpose"]},
	{"id":"r6","types":["third-party"],"collections":["c6"],"conditions":["with-consent"]}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	for _, ty := range []string{"PSL_EMAIL", "PSL_PHONE", "PSL_NAME", "PSL_ADDRESS", "PSL_APPROX_LOCATION"} {
		if g[ty].Shared {
			t.Errorf("%s shared by %v; the transfer is exempt", ty, g[ty].SharingSources)
		}
	}
	if !g["PSL_PURCHASE_HISTORY"].Shared {
		t.Error("a disclosure with consent alone is sharing")
	}
}

// TestTrackingNoDomains: tracking with no domain to declare is reported.
func TestTrackingNoDomains(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["activity.search"]}],
	"purposes":[{"id":"p1","kind":"analytics","collections":["c1"]},{"id":"p2","kind":"targeted-advertising","data":["location"]}],
	"recipients":[{"id":"r1","types":["advertising-partner"],"collections":["c1"],"purposes":["p2"],"sold_or_shared":true}]`)
	m, err := Apple(p)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Tracking || !hasWarning(m.Warnings, "not-stated", "", "NSPrivacyTrackingDomains") {
		t.Errorf("tracking %v, warnings %+v", m.Tracking, m.Warnings)
	}
	// The recipient that makes search history tracking gives its purpose.
	s := appleTypesOf(t, m)["SearchHistory"]
	if !s.Tracking || !slices.Equal(applePurposeNames(s), []string{"ThirdPartyAdvertising", "Analytics"}) {
		t.Errorf("search history: tracking %v, purposes %v", s.Tracking, applePurposeNames(s))
	}
}

// TestPlayOptionalNeedsAll: a type is optional only when every statement of it
// says so (Mayo 2024, PSL_OTHER_PERSONAL).
func TestPlayOptionalNeedsAll(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["contact.email"],"requirement":"optional"},{"id":"c2","data":["contact.email"]},
	{"id":"c3","data":["contact.phone"],"requirement":"optional"}],
	"purposes":[{"id":"p1","kind":"service-provision"}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	if e := g["PSL_EMAIL"]; e.Required != nil {
		t.Errorf("email required %v, want not stated", *e.Required)
	}
	if ph := g["PSL_PHONE"]; ph.Required == nil || *ph.Required {
		t.Errorf("phone required %v, want optional", ph.Required)
	}
	if !hasWarning(pl.Warnings, "not-stated", "/collection/0/data/0", "PSL_EMAIL") {
		t.Errorf("no warning: %+v", pl.Warnings)
	}
}

// TestNegatedDisclosure: "we do not disclose X to third parties" keeps X from
// being shared with a third party; a negation for some purposes blocks only
// recipients for those purposes.
func TestNegatedDisclosure(t *testing.T) {
	p := small(t, `,"collection":[{"id":"c1","data":["location.precise"]},{"id":"c2","data":["contact.email","contact.phone"]}],
	"purposes":[{"id":"p1","kind":"service-provision"}],
	"recipients":[{"id":"n1","not":true,"types":["third-party"],"collections":["c1"]},
	{"id":"n2","not":true,"types":["third-party"],"data":["personal-data"],"recipient_purposes":["direct-marketing"]},
	{"id":"r1","types":["business-partner"],"collections":["c1"]},
	{"id":"r2","types":["business-partner"],"data":["contact.email"],"recipient_purposes":["direct-marketing"]},
	{"id":"r3","types":["business-partner"],"data":["contact.phone"],"recipient_purposes":["analytics"]}]`)
	pl, err := Play(p)
	if err != nil {
		t.Fatal(err)
	}
	g := playTypesOf(pl)
	if l := g["PSL_PRECISE_LOCATION"]; l.Shared {
		t.Errorf("precise location shared by %v although /recipients/0 says it is not disclosed", l.SharingSources)
	}
	if e := g["PSL_EMAIL"]; e.Shared {
		t.Errorf("email shared for direct marketing by %v although /recipients/1 says it is not", e.SharingSources)
	}
	if ph := g["PSL_PHONE"]; !ph.Shared {
		t.Error("phone is shared for analytics, which the negation does not cover")
	}
	if !hasWarning(pl.Warnings, "conflict", "/recipients/2", "location.precise") {
		t.Errorf("no conflict warning: %+v", pl.Warnings)
	}
}
