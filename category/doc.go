// Package category holds the controlled vocabularies of the model: data
// categories ([Data]), purposes ([Purpose]), recipient types ([Recipient]),
// sources ([Source]), collection methods ([Method]), tracker kinds and classes
// ([TrackerKind], [TrackerClass]), data subject types ([Subject]) and service
// kinds ([Service]).
//
// Each list is a named string type with documented constants and one registry of
// [Definition]s, returned in a fixed order by its XxxDefinitions function. A code
// is Valid when the registry defines it or, for open lists, when it is a user
// extension starting with "x-". Definitions map codes to the W3C Data Privacy
// Vocabulary, the CCPA §1798.140(v) categories and P3P where a counterpart exists.
//
// # Data categories
//
// Data categories are dotted paths from general to specific ("health.genetic",
// "health.genetic.familial"). Flags mark GDPR Art. 9 special categories, GDPR
// Art. 10 criminal data, CCPA sensitive personal information and health data;
// [Data.Special] and its siblings also look at a code's ancestors.
//
// # Sensitivity by law
//
// What is "sensitive" differs by law: national origin is sensitive under
// Oregon's and Delaware's laws but not the CCPA; a card number is CCPA-sensitive
// only with the code that lets it be used. [Definition.SensitiveUnder] lists
// the laws (package jurisdiction's law codes) under which a category is
// sensitive, and [Data.SensitiveUnder] and [Data.SensitiveIn] add those of its
// ancestors. The GDPR and CCPA flags agree with it.
package category
