package diff

// HasSpec reports whether a section has matching rules, for tests.
func HasSpec(section string) bool { _, ok := specs[section]; return ok }
