package export

// PlayDataType is one of the 38 data types of Google Play's Data safety form, as
// the Play Console CSV names it.
type PlayDataType struct {
	// ID is the response ID under the category question ("PSL_EMAIL").
	ID string `json:"id"`
	// Category is the question ID of the type's category ("PSL_DATA_TYPES_PERSONAL").
	Category string `json:"category"`
	// Label is the human-friendly "Category / Type" label.
	Label string `json:"label"`
}

// PlayDataTypes returns the 38 data types in the Play Console template's order.
func PlayDataTypes() []PlayDataType { return append([]PlayDataType(nil), playTypes...) }

// PlayPurpose is one of the 7 purposes of Google Play's Data safety form.
type PlayPurpose struct {
	// ID is the response ID ("PSL_ANALYTICS").
	ID string `json:"id"`
	// Label is the purpose as the form shows it.
	Label string `json:"label"`
}

// PlayPurposes returns the 7 purposes in the Play Console template's order.
func PlayPurposes() []PlayPurpose { return append([]PlayPurpose(nil), playPurposes...) }

func pt(cat, id, label string) PlayDataType {
	return PlayDataType{ID: id, Category: "PSL_DATA_TYPES_" + cat, Label: label}
}

var playTypes = []PlayDataType{
	pt("PERSONAL", "PSL_NAME", "Personal info / Name"),
	pt("PERSONAL", "PSL_EMAIL", "Personal info / Email address"),
	pt("PERSONAL", "PSL_USER_ACCOUNT", "Personal info / User IDs"),
	pt("PERSONAL", "PSL_ADDRESS", "Personal info / Address"),
	pt("PERSONAL", "PSL_PHONE", "Personal info / Phone number"),
	pt("PERSONAL", "PSL_RACE_ETHNICITY", "Personal info / Race and ethnicity"),
	pt("PERSONAL", "PSL_POLITICAL_RELIGIOUS", "Personal info / Political or religious beliefs"),
	pt("PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "Personal info / Sexual orientation"),
	pt("PERSONAL", "PSL_OTHER_PERSONAL", "Personal info / Other info"),
	pt("FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "Financial info / User payment info"),
	pt("FINANCIAL", "PSL_PURCHASE_HISTORY", "Financial info / Purchase history"),
	pt("FINANCIAL", "PSL_CREDIT_SCORE", "Financial info / Credit score"),
	pt("FINANCIAL", "PSL_OTHER", "Financial info / Other financial info"),
	pt("LOCATION", "PSL_APPROX_LOCATION", "Location / Approximate location"),
	pt("LOCATION", "PSL_PRECISE_LOCATION", "Location / Precise location"),
	pt("SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY", "Web browsing / Web browsing history"),
	pt("EMAIL_AND_TEXT", "PSL_EMAILS", "Messages / Emails"),
	pt("EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages / SMS or MMS"),
	pt("EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES", "Messages / Other in-app messages"),
	pt("PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos / Photos"),
	pt("PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos / Videos"),
	pt("AUDIO", "PSL_AUDIO", "Audio files / Voice or sound recordings"),
	pt("AUDIO", "PSL_MUSIC", "Audio files / Music files"),
	pt("AUDIO", "PSL_OTHER_AUDIO", "Audio files / Other audio files"),
	pt("HEALTH_AND_FITNESS", "PSL_HEALTH", "Health and fitness / Health info"),
	pt("HEALTH_AND_FITNESS", "PSL_FITNESS", "Health and fitness / Fitness info"),
	pt("CONTACTS", "PSL_CONTACTS", "Contacts / Contacts"),
	pt("CALENDAR", "PSL_CALENDAR", "Calendar / Calendar events"),
	pt("APP_PERFORMANCE", "PSL_CRASH_LOGS", "App info and performance / Crash logs"),
	pt("APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS", "App info and performance / Diagnostics"),
	pt("APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE", "App info and performance / Other app performance data"),
	pt("FILES_AND_DOCS", "PSL_FILES_AND_DOCS", "Files and docs / Files and docs"),
	pt("APP_ACTIVITY", "PSL_USER_INTERACTION", "App activity / App interactions"),
	pt("APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY", "App activity / In-app search history"),
	pt("APP_ACTIVITY", "PSL_APPS_ON_DEVICE", "App activity / Installed apps"),
	pt("APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT", "App activity / Other user-generated content"),
	pt("APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY", "App activity / Other actions"),
	pt("IDENTIFIERS", "PSL_DEVICE_ID", "Device or other IDs / Device or other IDs"),
}

var playPurposes = []PlayPurpose{
	{"PSL_APP_FUNCTIONALITY", "App functionality"},
	{"PSL_ANALYTICS", "Analytics"},
	{"PSL_DEVELOPER_COMMUNICATIONS", "Developer communications"},
	{"PSL_FRAUD_PREVENTION_SECURITY", "Fraud prevention, security, and compliance"},
	{"PSL_ADVERTISING", "Advertising or marketing"},
	{"PSL_PERSONALIZATION", "Personalization"},
	{"PSL_ACCOUNT_MANAGEMENT", "Account management"},
}

func playTypeIndex(id string) int {
	for i, t := range playTypes {
		if t.ID == id {
			return i
		}
	}
	return -1
}

func playPurposeIndex(id string) int {
	for i, p := range playPurposes {
		if p.ID == id {
			return i
		}
	}
	return -1
}
