package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// SpecialCondition is a condition of GDPR Art. 9(2) that allows processing of
// special categories of personal data, or "not-stated" where a policy that uses
// such data under the GDPR names none.
type SpecialCondition string

// The special-category condition codes.
const (
	// Art9ExplicitConsent is "explicit-consent": Art. 9(2)(a): explicit consent.
	Art9ExplicitConsent SpecialCondition = "explicit-consent"
	// Art9Employment is "employment": Art. 9(2)(b): obligations in employment, social security and social protection law.
	Art9Employment SpecialCondition = "employment"
	// Art9VitalInterests is "vital-interests": Art. 9(2)(c): vital interests where the person cannot consent.
	Art9VitalInterests SpecialCondition = "vital-interests"
	// Art9NotForProfit is "not-for-profit": Art. 9(2)(d): a foundation, association or not-for-profit body with a political, philosophical, religious or trade-union aim, for its members.
	Art9NotForProfit SpecialCondition = "not-for-profit"
	// Art9MadePublic is "made-public": Art. 9(2)(e): data the person manifestly made public.
	Art9MadePublic SpecialCondition = "made-public"
	// Art9LegalClaims is "legal-claims": Art. 9(2)(f): establishing, exercising or defending legal claims.
	Art9LegalClaims SpecialCondition = "legal-claims"
	// Art9SubstantialPublicInterest is "substantial-public-interest": Art. 9(2)(g): substantial public interest under Union or member-state law.
	Art9SubstantialPublicInterest SpecialCondition = "substantial-public-interest"
	// Art9HealthCare is "health-care": Art. 9(2)(h): preventive or occupational medicine, diagnosis, care or treatment, under professional secrecy.
	Art9HealthCare SpecialCondition = "health-care"
	// Art9PublicHealth is "public-health": Art. 9(2)(i): public interest in the area of public health.
	Art9PublicHealth SpecialCondition = "public-health"
	// Art9Research is "research": Art. 9(2)(j): archiving in the public interest, scientific or historical research, statistics.
	Art9Research SpecialCondition = "research"
	// Art9NotStated is "not-stated": The policy uses special categories under the GDPR but names no Art. 9(2) condition.
	Art9NotStated SpecialCondition = "not-stated"
)

var specialConditionList = vocab.New[SpecialCondition]("special-category condition", false, term, []category.Definition{
	{Code: string(Art9ExplicitConsent), Title: "Explicit consent", Description: "Art. 9(2)(a): explicit consent.", GDPR: "Art. 9(2)(a)"},
	{Code: string(Art9Employment), Title: "Employment and social security", Description: "Art. 9(2)(b): obligations in employment, social security and social protection law.", GDPR: "Art. 9(2)(b)"},
	{Code: string(Art9VitalInterests), Title: "Vital interests", Description: "Art. 9(2)(c): vital interests where the person cannot consent.", GDPR: "Art. 9(2)(c)"},
	{Code: string(Art9NotForProfit), Title: "Not-for-profit body", Description: "Art. 9(2)(d): a foundation, association or not-for-profit body with a political, philosophical, religious or trade-union aim, for its members.", GDPR: "Art. 9(2)(d)"},
	{Code: string(Art9MadePublic), Title: "Made public by the person", Description: "Art. 9(2)(e): data the person manifestly made public.", GDPR: "Art. 9(2)(e)"},
	{Code: string(Art9LegalClaims), Title: "Legal claims", Description: "Art. 9(2)(f): establishing, exercising or defending legal claims.", GDPR: "Art. 9(2)(f)"},
	{Code: string(Art9SubstantialPublicInterest), Title: "Substantial public interest", Description: "Art. 9(2)(g): substantial public interest under Union or member-state law.", GDPR: "Art. 9(2)(g)"},
	{Code: string(Art9HealthCare), Title: "Health or social care", Description: "Art. 9(2)(h): preventive or occupational medicine, diagnosis, care or treatment, under professional secrecy.", GDPR: "Art. 9(2)(h)"},
	{Code: string(Art9PublicHealth), Title: "Public health", Description: "Art. 9(2)(i): public interest in the area of public health.", GDPR: "Art. 9(2)(i)"},
	{Code: string(Art9Research), Title: "Archiving, research and statistics", Description: "Art. 9(2)(j): archiving in the public interest, scientific or historical research, statistics.", GDPR: "Art. 9(2)(j)"},
	{Code: string(Art9NotStated), Title: "Not stated", Description: "The policy uses special categories under the GDPR but names no Art. 9(2) condition."},
})

// SpecialConditionDefinitions returns the definitions of every special-category condition code in a fixed order.
func SpecialConditionDefinitions() []category.Definition { return specialConditionList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s SpecialCondition) Definition() (def category.Definition, ok bool) {
	return specialConditionList.Lookup(s)
}

// Known reports whether s is defined in the registry.
func (s SpecialCondition) Known() bool { return specialConditionList.Known(s) }

// Valid reports whether s is defined in the registry (this list takes no
// extension codes).
func (s SpecialCondition) Valid() bool { return specialConditionList.Valid(s) }
