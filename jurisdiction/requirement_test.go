package jurisdiction

import (
	"regexp"
	"slices"
	"testing"
	"time"
)

var requirementID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestRequirements checks the requirement table: IDs well formed, unique and
// prefixed by their law's code; every field present; every element a known one
// that the law's coarse Requires list names, so that the two never disagree.
func TestRequirements(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Requirements() {
		if !requirementID.MatchString(r.ID) || seen[r.ID] {
			t.Errorf("requirement ID %q malformed or duplicated", r.ID)
		}
		seen[r.ID] = true
		if len(r.ID) <= len(r.Law) || r.ID[:len(r.Law)+1] != string(r.Law)+"-" {
			t.Errorf("%s: ID does not start with its law code %q", r.ID, r.Law)
		}
		def, ok := r.Law.Definition()
		if !ok {
			t.Errorf("%s: unknown law %q", r.ID, r.Law)
			continue
		}
		if r.Provision == "" || r.Statement == "" || lawShort[r.Law] == "" {
			t.Errorf("%s: provision, statement or the law's short name missing", r.ID)
		}
		if !r.Element.Known() || !slices.Contains(def.Requires, r.Element) {
			t.Errorf("%s: element %q is not in %s's Requires %v", r.ID, r.Element, r.Law, def.Requires)
		}
		if _, err := time.Parse(time.DateOnly, r.Since); r.Since != "" && (err != nil || !r.Conditional) {
			t.Errorf("%s: Since %q is not a date, or the requirement is not conditional", r.ID, r.Since)
		}
		if got, ok := RequirementByID(r.ID); !ok || got != r {
			t.Errorf("RequirementByID(%q) = %v, %v", r.ID, got, ok)
		}
	}
	if _, ok := RequirementByID("no-such"); ok {
		t.Error("RequirementByID found an unknown ID")
	}
	// The laws the issue names each carry requirements, GDPR and UK GDPR the
	// same fifteen items (fourteen of Art. 13 and 14, and Art. 21(4)).
	for _, l := range []Law{LawGDPR, LawUKGDPR, LawFADP, LawCCPA, LawCalOPPA, LawCOPPA, LawShineTheLight, LawWashingtonMHMDA, LawVCDPA, LawColoradoPrivacyAct, LawCTDPA} {
		def, _ := l.Definition()
		if len(def.NoticeRequirements()) == 0 {
			t.Errorf("%s has no requirements", l)
		}
	}
	if g, u := len(LawGDPR.Requirements()), len(LawUKGDPR.Requirements()); g != 15 || u != 15 {
		t.Errorf("GDPR has %d requirements, UK GDPR %d; want 15 each", g, u)
	}
	if n := len(LawCCPA.Requirements()); n != 23 {
		t.Errorf("CCPA has %d requirements, want 11 (e)(1) + 6 (e)(2) + 5 (e)(3) + (e)(4) = 23", n)
	}
	r, _ := RequirementByID("gdpr-13-1-a")
	if c := r.Citation(); c != "GDPR Art. 13(1)(a)" {
		t.Errorf("Citation() = %q", c)
	}
}
