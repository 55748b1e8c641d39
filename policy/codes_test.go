package policy

import (
	"regexp"
	"testing"

	"github.com/openpolicies/privacy/internal/vocab"
	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestRegistries checks every code list of the package: each constant registered
// once, titles and descriptions present, parents known, no cycles.
func TestRegistries(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		list interface {
			Check(*regexp.Regexp) error
			Terms() []vocab.Term
		}
	}{
		{"Basis", basisList},
		{"ChildAction", childActionList},
		{"ChoiceKind", choiceKindList},
		{"ChoiceMode", choiceModeList},
		{"Condition", conditionList},
		{"DisclaimerKind", disclaimerKindList},
		{"Disposal", disposalList},
		{"DocumentKind", documentKindList},
		{"Effect", effectList},
		{"Event", eventList},
		{"LawStatus", lawStatusList},
		{"LifespanKind", lifespanKindList},
		{"MeasureKind", measureKindList},
		{"MechanismKind", mechanismKindList},
		{"NoticeMethod", noticeMethodList},
		{"OfficerRole", officerRoleList},
		{"PeriodKind", periodKindList},
		{"Requirement", requirementList},
		{"Response", responseList},
		{"Safeguard", safeguardList},
		{"SignalKind", signalKindList},
		{"SpecialCondition", specialConditionList},
		{"TrackerParty", trackerPartyList},
		{"Trigger", triggerList},
	} {
		t.Run(tc.typ, func(t *testing.T) {
			if err := tc.list.Check(kebab); err != nil {
				t.Error(err)
			}
			var codes []string
			for _, term := range tc.list.Terms() {
				codes = append(codes, term.Code)
			}
			vocabtest.Match(t, ".", tc.typ, codes)
		})
	}
}
