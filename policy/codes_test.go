package policy

import (
	"testing"

	"github.com/openpolicies/privacy/internal/vocab/vocabtest"
)

// TestRegistries checks every code list of the package: each constant registered
// once, titles and descriptions present, parents known, no cycles.
func TestRegistries(t *testing.T) {
	for _, tc := range []struct {
		typ  string
		list vocabtest.Registry
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
			vocabtest.CheckRegistry(t, ".", tc.typ, tc.list, vocabtest.Kebab)
		})
	}
}
