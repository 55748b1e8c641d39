package export

// AppleDataType is one of the 35 data types of Apple's App Privacy details, as
// spelled in a privacy manifest (the value of NSPrivacyCollectedDataType).
type AppleDataType struct {
	// Key is the manifest value, "NSPrivacyCollectedDataType" + the type name.
	Key string `json:"key"`
	// Name is the type as App Store Connect shows it ("Email Address").
	Name string `json:"name"`
	// Category is the group App Store Connect shows it under ("Contact Info").
	Category string `json:"category"`
}

// AppleDataTypes returns Apple's 35 collected-data types in App Store Connect's
// order (from Apple's "Describing data use in privacy manifests").
func AppleDataTypes() []AppleDataType { return append([]AppleDataType(nil), appleTypes...) }

// ApplePurpose is one of Apple's 6 collection purposes.
type ApplePurpose struct {
	// Key is the manifest value, "NSPrivacyCollectedDataTypePurpose" + the name.
	Key string `json:"key"`
	// Name is the purpose as App Store Connect shows it.
	Name string `json:"name"`
}

// ApplePurposes returns Apple's 6 purposes in App Store Connect's order.
func ApplePurposes() []ApplePurpose { return append([]ApplePurpose(nil), applePurposes...) }

const (
	appleTypePrefix    = "NSPrivacyCollectedDataType"
	applePurposePrefix = "NSPrivacyCollectedDataTypePurpose"
)

func at(name, display, cat string) AppleDataType {
	return AppleDataType{Key: appleTypePrefix + name, Name: display, Category: cat}
}

var appleTypes = []AppleDataType{
	at("Name", "Name", "Contact Info"),
	at("EmailAddress", "Email Address", "Contact Info"),
	at("PhoneNumber", "Phone Number", "Contact Info"),
	at("PhysicalAddress", "Physical Address", "Contact Info"),
	at("OtherUserContactInfo", "Other User Contact Info", "Contact Info"),
	at("Health", "Health", "Health & Fitness"),
	at("Fitness", "Fitness", "Health & Fitness"),
	at("PaymentInfo", "Payment Info", "Financial Info"),
	at("CreditInfo", "Credit Info", "Financial Info"),
	at("OtherFinancialInfo", "Other Financial Info", "Financial Info"),
	at("PreciseLocation", "Precise Location", "Location"),
	at("CoarseLocation", "Coarse Location", "Location"),
	at("SensitiveInfo", "Sensitive Info", "Sensitive Info"),
	at("Contacts", "Contacts", "Contacts"),
	at("EmailsOrTextMessages", "Emails or Text Messages", "User Content"),
	at("PhotosorVideos", "Photos or Videos", "User Content"),
	at("AudioData", "Audio Data", "User Content"),
	at("GameplayContent", "Gameplay Content", "User Content"),
	at("CustomerSupport", "Customer Support", "User Content"),
	at("OtherUserContent", "Other User Content", "User Content"),
	at("BrowsingHistory", "Browsing History", "Browsing History"),
	at("SearchHistory", "Search History", "Search History"),
	at("UserID", "User ID", "Identifiers"),
	at("DeviceID", "Device ID", "Identifiers"),
	at("PurchaseHistory", "Purchase History", "Purchases"),
	at("ProductInteraction", "Product Interaction", "Usage Data"),
	at("AdvertisingData", "Advertising Data", "Usage Data"),
	at("OtherUsageData", "Other Usage Data", "Usage Data"),
	at("CrashData", "Crash Data", "Diagnostics"),
	at("PerformanceData", "Performance Data", "Diagnostics"),
	at("OtherDiagnosticData", "Other Diagnostic Data", "Diagnostics"),
	at("EnvironmentScanning", "Environment Scanning", "Surroundings"),
	at("Hands", "Hands", "Body"),
	at("Head", "Head", "Body"),
	at("OtherDataTypes", "Other Data Types", "Other Data"),
}

func ap(name, display string) ApplePurpose {
	return ApplePurpose{Key: applePurposePrefix + name, Name: display}
}

var applePurposes = []ApplePurpose{
	ap("ThirdPartyAdvertising", "Third-Party Advertising"),
	ap("DeveloperAdvertising", "Developer's Advertising or Marketing"),
	ap("Analytics", "Analytics"),
	ap("ProductPersonalization", "Product Personalization"),
	ap("AppFunctionality", "App Functionality"),
	ap("Other", "Other Purposes"),
}

func appleTypeIndex(key string) int {
	for i, t := range appleTypes {
		if t.Key == key {
			return i
		}
	}
	return -1
}

func applePurposeIndex(key string) int {
	for i, p := range applePurposes {
		if p.Key == key {
			return i
		}
	}
	return -1
}
