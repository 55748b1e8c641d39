package compliance_test

import (
	"fmt"
	"os"

	"github.com/openpolicies/privacy/compliance"
	"github.com/openpolicies/privacy/examples"
	"github.com/openpolicies/privacy/jurisdiction"
)

// Check a fixture against the laws it declares and print what is missing.
func ExampleCheck() {
	p, _ := examples.ByID("blausen-medical-2019")
	rep, err := compliance.Check(p, compliance.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		if f.Status == compliance.StatusMissing {
			fmt.Println(f.ID, f.Citation, f.Pointer)
		}
	}
	fmt.Println("failed:", rep.Failed())
	// Output:
	// gdpr-13-2-d GDPR Art. 13(2)(d) /rights
	// failed: true
}

// Name the laws to check; a declared exemption still wins.
func ExampleCheck_laws() {
	p, _ := examples.ByID("mayo-clinic-2024")
	rep, _ := compliance.Check(p, compliance.Options{Laws: []jurisdiction.Law{jurisdiction.LawCCPA}})
	for _, l := range rep.Laws {
		fmt.Println(l.Law, l.Exempt, l.Reason)
	}
	// Output:
	// ccpa true Mayo Clinic is a not for profit
}

// The text report lists what is not satisfied.
func ExampleReport_WriteText() {
	p, _ := examples.ByID("blausen-medical-2019")
	rep, _ := compliance.Check(p, compliance.Options{})
	rep.WriteText(os.Stdout, false)
	// Output:
	// blausen-medical-2019
	//   law gdpr (declared)
	//   partial  gdpr-13-1-a  GDPR Art. 13(1)(a)  /representatives         names the controller, established in US and so outside EEA, but no representative (Art. 27), which it needs unless an exception of Art. 27(2) applies
	//   partial  gdpr-13-1-c  GDPR Art. 13(1)(c)  /purposes/0/legal_bases  38 of 40 purposes state no legal basis (first: purpose-navigation-statistics)
	//   partial  gdpr-13-1-f  GDPR Art. 13(1)(f)  /transfers               states no transfer to a third country, but the controller is established in US, outside the law's area, and discloses data to recipients: a disclosure by a controller subject to the law to a recipient outside its area is a transfer (EDPB Guidelines 05/2021); say whether data is transferred and on what safeguards
	//   partial  gdpr-13-2-a  GDPR Art. 13(2)(a)  /collection/1            8 of 9 collection statements have no retention rule for any of their data (first: collect-tracking)
	//   partial  gdpr-13-2-b  GDPR Art. 13(2)(b)  /rights                  does not name the rights of portability; states erasure, restriction only for data processed unlawfully, which is narrower than the law
	//   partial  gdpr-13-2-c  GDPR Art. 13(2)(c)  /choices/6               lets people stop processing that rests on consent (choice-unsubscribe-newsletter), but states no right to withdraw consent as such: say that consent can be withdrawn at any time, for every purpose that rests on it, without affecting the lawfulness of earlier processing
	//   missing  gdpr-13-2-d  GDPR Art. 13(2)(d)  /rights                  state the right to lodge a complaint with a supervisory authority
	//   partial  gdpr-14-1-d  GDPR Art. 14(1)(d)  /collection/4/data       a collection from others (collect-third-party-sources) names no category of data, only personal data of an unstated kind
	//   partial  gdpr-14-2-f  GDPR Art. 14(2)(f)  /collection/4/sources    a collection from others (collect-third-party-sources) names its source only as third parties
	//   partial  gdpr-21-4    GDPR Art. 21(4)     /rights/2/limits         states the right to object only with conditions (legitimate grounds, a legal exception), but the policy processes data for direct marketing (purpose-cookies-advertising), to which a person may object without conditions (Art. 21(2))
	// 2 satisfied, 9 partial, 1 missing, 3 not applicable, 0 contradictions
}
