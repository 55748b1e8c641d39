package export

import (
	"testing"

	"github.com/openpolicies/privacy/examples"
)

// FuzzCrossCheck feeds arbitrary declarations to the manifest, CSV and vendor
// list readers: they return an error or a report, never panic.
func FuzzCrossCheck(f *testing.F) {
	p, err := examples.ByID("blausen-medical-2019")
	if err != nil {
		f.Fatal(err)
	}
	m, _ := Apple(p)
	pl, _ := Play(p)
	f.Add(m.Plist())
	f.Add(pl.CSV())
	f.Add([]byte(gvlDoc))
	f.Add([]byte(`<plist><dict><key>NSPrivacyTracking</key><true/></dict></plist>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := CrossCheck(p, b)
		if err == nil && r == nil {
			t.Fatal("nil report without error")
		}
		if g, err := ParseGVL(b); err == nil {
			for _, v := range g.Vendors {
				if v != nil {
					_, _ = CompareGVL(p, g, v.ID)
				}
			}
		}
	})
}
