package label

import (
	"testing"

	"github.com/openpolicies/privacy/category"
)

// TestEveryPurposeHasAGroup checks that every top-level purpose of the
// registry is assigned a group explicitly, that the table names no code the
// registry lacks or that is not top-level, and that every registered purpose
// falls into a use group.
func TestEveryPurposeHasAGroup(t *testing.T) {
	uses := map[Group]bool{}
	for _, c := range Columns() {
		if c.Kind == KindUse {
			uses[c.Group] = true
		}
	}
	for _, def := range category.PurposeDefinitions() {
		c := category.Purpose(def.Code)
		if def.Parent == "" {
			if _, ok := useOfRoot[c]; !ok {
				t.Errorf("top-level purpose %q has no use group in useOfRoot", c)
			}
		}
		if g := UseGroup(c); !uses[g] {
			t.Errorf("purpose %q falls into %q, which is no use column", c, g)
		}
	}
	for c, g := range useOfRoot {
		def, ok := c.Definition()
		if !ok || def.Parent != "" {
			t.Errorf("useOfRoot lists %q, which is not a top-level purpose of the registry", c)
		}
		if !uses[g] {
			t.Errorf("useOfRoot maps %q to %q, which is no use column", c, g)
		}
	}
	// Narrower codes follow their top-level ancestor.
	for c, want := range map[category.Purpose]Group{
		category.PurposeCrossContextAdvertising: UseMarketing,
		category.PurposeAIDevelopment:           UseResearch,
		category.PurposeDelivery:                UseService,
		category.PurposeAgeVerification:         UseSecurity,
		"x-unknown":                             UseOther,
	} {
		if got := UseGroup(c); got != want {
			t.Errorf("UseGroup(%q) = %q, want %q", c, got, want)
		}
	}
}

// TestEveryRecipientHasAGroup does the same for recipient types.
func TestEveryRecipientHasAGroup(t *testing.T) {
	shares := map[Group]bool{}
	for _, c := range Columns() {
		if c.Kind == KindSharing {
			shares[c.Group] = true
		}
	}
	for _, def := range category.RecipientDefinitions() {
		c := category.Recipient(def.Code)
		if def.Parent == "" {
			if _, ok := shareOfRoot[c]; !ok {
				t.Errorf("top-level recipient type %q has no sharing group in shareOfRoot", c)
			}
		}
		if g := SharingGroup(c); !shares[g] {
			t.Errorf("recipient type %q falls into %q, which is no sharing column", c, g)
		}
	}
	for c := range shareOfRoot {
		if def, ok := c.Definition(); !ok || def.Parent != "" {
			t.Errorf("shareOfRoot lists %q, which is not a top-level recipient type", c)
		}
	}
	if got := SharingGroup(category.RecipientLawEnforcement); got != ShareAuthorities {
		t.Errorf("law enforcement falls into %q", got)
	}
	if got := SharingGroup(category.RecipientPharmacy); got != ShareCompanies {
		t.Errorf("pharmacy falls into %q", got)
	}
}

// TestMarks checks that every mark has a distinct symbol, word and class, so
// that no two marks differ by colour alone.
func TestMarks(t *testing.T) {
	seen := map[string]Mark{}
	for _, m := range Marks() {
		for _, s := range []string{"sym:" + m.Symbol(), "word:" + m.Word(), "class:" + m.Class()} {
			if o, ok := seen[s]; ok {
				t.Errorf("marks %v and %v share %s", o, m, s)
			}
			seen[s] = m
		}
		if m.Meaning() == "" {
			t.Errorf("mark %v has no meaning", m)
		}
	}
	for i := 1; i < len(Marks()); i++ {
		if Marks()[i-1] <= Marks()[i] {
			t.Errorf("Marks() is not in descending order at %d", i)
		}
	}
}

func TestEverySourceHasAWord(t *testing.T) {
	for _, def := range category.SourceDefinitions() {
		if _, ok := sourceWords[category.Source(def.Code)]; !ok {
			t.Errorf("source %q has no short word in sourceWords", def.Code)
		}
	}
}
