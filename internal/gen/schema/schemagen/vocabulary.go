package schemagen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/openpolicies/privacy/policy"
)

// VocabularyID is the $id of the vocabulary file, beside the schema's.
const VocabularyID = "https://github.com/openpolicies/privacy/schema/v1/vocabulary.json"

// Vocabulary returns schema/vocabulary.json: every code list of the model
// (policy.CodeLists, in its order) with its key, name, the schema definition
// that checks it, whether it takes "x-" codes, and each code the schema lists
// with everything its registry says of it: title, description, parent and the
// mappings (W3C DPV concept, GDPR article, CCPA category, P3P category,
// special-category flags, a law's jurisdictions and rights, a region's
// members), each present only when the registry gives it. For jurisdictions
// it lists the regions, as the schema does; countries and subdivisions are
// those of ISO 3166. The schema keeps the codes as enums, which validate fast
// and give one error for a mistyped code; this file keeps what the codes
// mean, for tools, forms and documentation. The output is indented and ends
// in a newline; the same registries give the same bytes.
func Vocabulary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"$id\": %s,\n", jsonString(VocabularyID))
	fmt.Fprintf(&b, "  \"schema\": %s,\n", jsonString(ID))
	fmt.Fprintf(&b, "  \"description\": %s,\n", jsonString(vocabularyNote))
	b.WriteString("  \"lists\": [")
	var errs []string
	for i, l := range policy.CodeLists() {
		if i > 0 {
			b.WriteByte(',')
		}
		pkg := l.Type.PkgPath()[strings.LastIndex(l.Type.PkgPath(), "/")+1:]
		b.WriteString("\n    {\n")
		fmt.Fprintf(&b, "      \"key\": %s,\n", jsonString(l.Key))
		fmt.Fprintf(&b, "      \"name\": %s,\n", jsonString(l.Name))
		fmt.Fprintf(&b, "      \"definition\": %s,\n", jsonString("policy.schema.json#/$defs/"+pkg+"."+l.Type.Name()))
		fmt.Fprintf(&b, "      \"open\": %t,\n", l.Open)
		b.WriteString("      \"codes\": [")
		for j, c := range schemaCodes(l) {
			if j > 0 {
				b.WriteByte(',')
			}
			members, err := definitionMembers(l.Type, c)
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			b.WriteString("\n        {")
			for k, m := range members {
				if k > 0 {
					b.WriteString(", ")
				}
				v, err := json.Marshal(m.val)
				if err != nil {
					return nil, err
				}
				fmt.Fprintf(&b, "%s: %s", jsonString(m.key), v)
			}
			b.WriteString("}")
		}
		b.WriteString("\n      ]\n    }")
	}
	b.WriteString("\n  ]\n}\n")
	if len(errs) > 0 {
		return nil, fmt.Errorf("vocabulary: %s", strings.Join(errs, "; "))
	}
	return b.Bytes(), nil
}

const vocabularyNote = "The code lists of the privacy policy schema (policy.schema.json), generated from the registries of github.com/openpolicies/privacy: " +
	"for each list its key, name, schema definition and whether it takes \"x-\" codes, and for each code its title, description, parent and mappings " +
	"(dpv: W3C Data Privacy Vocabulary concept; gdpr, ccpa: the provision; p3p: the P3P 1.0 category), where the registry gives them. " +
	"Jurisdictions list the regions only; countries and subdivisions are those of ISO 3166."

// definitionMembers reads the registry definition of c through the code
// type's Definition method and returns its non-zero fields as snake_case
// members, in field order: code, title, description, parent first (the
// policy.Code the list gives), then the registry's own fields.
func definitionMembers(t reflect.Type, c policy.Code) ([]member, error) {
	out := []member{{"code", c.Code}, {"title", c.Title}, {"description", c.Description}}
	if c.Parent != "" {
		out = append(out, member{"parent", c.Parent})
	}
	code := reflect.New(t).Elem()
	code.SetString(c.Code)
	m := code.MethodByName("Definition")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 2 {
		return nil, fmt.Errorf("%s has no Definition() (D, bool) method", t)
	}
	res := m.Call(nil)
	if !res[1].Bool() {
		return nil, fmt.Errorf("%s(%q).Definition() found nothing", t, c.Code)
	}
	d := res[0]
	if d.Kind() != reflect.Struct {
		return nil, fmt.Errorf("%s.Definition returns %s, not a struct", t, d.Type())
	}
	for i := range d.NumField() {
		f := d.Type().Field(i)
		switch f.Name {
		case "Code", "Title", "Description", "Parent":
			continue
		}
		v := d.Field(i)
		if !f.IsExported() || v.IsZero() || (v.Kind() == reflect.Slice && v.Len() == 0) {
			continue
		}
		switch v.Kind() {
		case reflect.String, reflect.Bool, reflect.Int:
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.String {
				return nil, fmt.Errorf("%s.%s: a list of %s is not written to the vocabulary", d.Type(), f.Name, v.Type().Elem())
			}
		default:
			return nil, fmt.Errorf("%s.%s: a %s is not written to the vocabulary", d.Type(), f.Name, v.Kind())
		}
		out = append(out, member{snakeName(f.Name), v.Interface()})
	}
	return out, nil
}

// snakeName turns a Go field name into a member name: "SensitiveUnder" ->
// "sensitive_under", "DPV" -> "dpv", "P3P" -> "p3p".
func snakeName(name string) string {
	return strings.ToLower(strings.ReplaceAll(typeTitle(name), " ", "_"))
}

func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
