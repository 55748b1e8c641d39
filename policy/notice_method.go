package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// NoticeMethod is how an organisation announces a change to its policy.
type NoticeMethod string

// The notice method codes.
const (
	// NoticeProminentNotice is "prominent-notice": A prominent message on the web sites.
	NoticeProminentNotice NoticeMethod = "prominent-notice"
	// NoticeEmail is "email": A message to the person's e-mail address.
	NoticeEmail NoticeMethod = "email"
	// NoticePosting is "posting": Publishing the updated policy, with its date.
	NoticePosting NoticeMethod = "posting"
	// NoticeInApp is "in-app": A notice in the app.
	NoticeInApp NoticeMethod = "in-app"
	// NoticeSMS is "sms": A text message to the person's phone.
	NoticeSMS NoticeMethod = "sms"
	// NoticeAccount is "account": A message in the person's online account.
	NoticeAccount NoticeMethod = "account"
)

var noticeMethodList = vocab.New[NoticeMethod]("notice method", true, term, []category.Definition{
	{Code: string(NoticeProminentNotice), Title: "Prominent notice on the site", Description: "A prominent message on the web sites."},
	{Code: string(NoticeEmail), Title: "E-mail", Description: "A message to the person's e-mail address."},
	{Code: string(NoticePosting), Title: "Posting the new policy", Description: "Publishing the updated policy, with its date."},
	{Code: string(NoticeInApp), Title: "In-app notice", Description: "A notice in the app."},
	{Code: string(NoticeSMS), Title: "Text message", Description: "A text message to the person's phone."},
	{Code: string(NoticeAccount), Title: "Account notice", Description: "A message in the person's online account."},
})

// NoticeMethodDefinitions returns the definitions of every notice method code in a fixed order.
func NoticeMethodDefinitions() []category.Definition { return noticeMethodList.All() }

// Definition returns the registry definition of n; ok is false for extension and
// unknown codes.
func (n NoticeMethod) Definition() (def category.Definition, ok bool) {
	return noticeMethodList.Lookup(n)
}

// Known reports whether n is defined in the registry.
func (n NoticeMethod) Known() bool { return noticeMethodList.Known(n) }

// Valid reports whether n is defined or is a well-formed "x-" extension code.
func (n NoticeMethod) Valid() bool { return noticeMethodList.Valid(n) }
