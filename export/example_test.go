package export_test

import (
	"fmt"
	"strings"

	"github.com/openpolicies/privacy/export"
	"github.com/openpolicies/privacy/policy"
)

const doc = `{"id":"shop","title":"Shop privacy policy","language":"en",
"controllers":[{"id":"shop","legal_name":"Shop Ltd"}],
"collection":[{"id":"account","data":["contact.email"],"requirement":"required"},
              {"id":"device","data":["online.advertising-id"],"requirement":"optional"}],
"purposes":[{"id":"accounts","kind":"account-management","collections":["account"],"legal_bases":[{"basis":"contract"}]},
            {"id":"ads","kind":"targeted-advertising","collections":["device"],"legal_bases":[{"basis":"consent"}]}],
"recipients":[{"id":"adnet","types":["ad-network"],"entities":[{"name":"AdCo","url":"https://adco.example"}],"collections":["device"],"purposes":["ads"],"sharing":true}],
"security":[{"id":"tls","kind":"encryption-in-transit"}],
"rights":[{"id":"delete","rights":["erasure"]}]}`

func load() *policy.Policy {
	p, err := policy.Decode(strings.NewReader(doc))
	if err != nil {
		panic(err)
	}
	return p
}

func ExampleApple() {
	m, _ := export.Apple(load())
	fmt.Println("tracking:", m.Tracking, m.TrackingDomains)
	for _, c := range m.DataTypes {
		fmt.Println(c.Type, c.Tracking, c.Purposes)
	}
	fmt.Print(m.Label().Text())
	// Output:
	// tracking: true [adco.example]
	// NSPrivacyCollectedDataTypeEmailAddress false [NSPrivacyCollectedDataTypePurposeAppFunctionality]
	// NSPrivacyCollectedDataTypeDeviceID true [NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising]
	// Data Used to Track You
	// The following data may be used to track you across apps and websites owned by other companies:
	//   Identifiers
	//     - Device ID
	//
	// Data Linked to You
	// The following data may be collected and linked to your identity:
	//   Contact Info
	//     - Email Address: App Functionality
	//   Identifiers
	//     - Device ID: Third-Party Advertising
	//
	// Data Not Linked to You
	// The following data may be collected but it is not linked to your identity:
	//   (none)
}

func ExamplePlay() {
	r, _ := export.Play(load())
	for _, c := range r.DataTypes {
		fmt.Println(c.Type, "shared:", c.Shared, "required:", *c.Required, c.CollectionPurposes, c.SharingPurposes)
	}
	fmt.Println("encrypted in transit:", *r.EncryptedInTransit, "deletion:", *r.DeletionRequests)
	// Output:
	// PSL_EMAIL shared: false required: true [PSL_ACCOUNT_MANAGEMENT] []
	// PSL_DEVICE_ID shared: true required: false [PSL_ADVERTISING] [PSL_ADVERTISING]
	// encrypted in transit: true deletion: true
}

func ExampleCrossCheck() {
	p := load()
	manifest := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>NSPrivacyTracking</key><false/>
<key>NSPrivacyCollectedDataTypes</key><array><dict>
<key>NSPrivacyCollectedDataType</key><string>NSPrivacyCollectedDataTypeEmailAddress</string>
<key>NSPrivacyCollectedDataTypeLinked</key><true/>
<key>NSPrivacyCollectedDataTypeTracking</key><false/>
<key>NSPrivacyCollectedDataTypePurposes</key><array><string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string></array>
</dict></array></dict></plist>`
	r, _ := export.CrossCheck(p, []byte(manifest))
	for _, f := range r.Findings {
		fmt.Println(f.Code, f.Aspect, f.Pointer, f.Declared)
	}
	// Output:
	// undeclared data-type /collection/1/data/0 NSPrivacyCollectedDataTypeDeviceID
}

func ExampleDPV() {
	d, _ := export.DPV(load())
	s := string(d.JSONLD)
	fmt.Println(strings.Contains(s, `"https://w3id.org/dpv#PersonalisedAdvertising"`), strings.Contains(s, `"https://w3id.org/dpv#Consent"`))
	for _, w := range d.Warnings {
		fmt.Println(w.Code, w.Pointer, w.Value)
	}
	// Output:
	// true true
	// unmapped /collection/1/data/0 online.advertising-id
	// unmapped /recipients/0/types/0 ad-network
}

func ExampleCompareGVL() {
	g, _ := export.ParseGVL([]byte(`{"gvlSpecificationVersion":3,"vendors":{"42":{"id":42,"name":"AdCo","purposes":[3,4],"legIntPurposes":[10]}}}`))
	r, _ := export.CompareGVL(load(), g, 42)
	fmt.Println(r.Statements)
	for _, f := range r.Findings {
		fmt.Println(f.Code, f.Aspect, f.Declared)
	}
	// Output:
	// [/recipients/0]
	// undisclosed-in-policy purpose 10
}
