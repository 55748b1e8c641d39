package contact

// Point is one way to reach a person or office that a policy names, such as "Mayo
// Clinic Privacy Officer" with its address, telephone number and e-mail address.
// Other sections refer to it by ID.
type Point struct {
	// ID identifies the contact point within the policy; other sections refer to it.
	ID string `json:"id" validate:"required,id"`
	// Name is the person, office or department as the policy names it.
	Name string `json:"name,omitempty"`
	// Role says what the contact point is for.
	Role Role `json:"role,omitempty" validate:"omitempty,code"`
	// Emails are e-mail addresses, exactly as the policy writes them.
	Emails []string `json:"emails,omitempty" validate:"dive,email"`
	// Phones are telephone numbers.
	Phones []Phone `json:"phones,omitempty" validate:"dive"`
	// Addresses are postal addresses.
	Addresses []Address `json:"addresses,omitempty" validate:"dive"`
	// URLs are web pages or forms where the contact point can be reached.
	URLs []string `json:"urls,omitempty" validate:"dive,http_url"`
	// Description says anything else the policy says about the contact point.
	Description string `json:"description,omitempty"`
	// Quote is the sentence of the policy this contact point comes from.
	Quote string `json:"quote,omitempty"`
}

// Phone is a telephone number.
type Phone struct {
	// Number is the number exactly as the policy writes it ("507-266-6286").
	Number string `json:"number" validate:"required,phone"`
	// Country is the ISO 3166-1 alpha-2 country whose numbering plan the number uses, when known.
	Country string `json:"country,omitempty" validate:"omitempty,iso3166_1_alpha2"`
	// Label says what the number is for ("Customer Assistance").
	Label string `json:"label,omitempty"`
}

// Address is a postal address, kept as written so that it can be printed on an
// envelope, with the parts a program needs split out.
type Address struct {
	// Recipient is the addressee line ("Mayo Privacy Officer").
	Recipient string `json:"recipient,omitempty"`
	// Lines are the lines before the locality, exactly as written ("200 First St. SW").
	Lines []string `json:"lines" validate:"required,min=1,dive,required"`
	// Locality is the city or town ("Rochester").
	Locality string `json:"locality" validate:"required"`
	// Region is the state, province or county as written ("MN", "Texas").
	Region string `json:"region,omitempty"`
	// PostalCode is the postal or ZIP code.
	PostalCode string `json:"postal_code,omitempty"`
	// Country is the ISO 3166-1 alpha-2 country code, when the policy gives or
	// plainly implies it (a US state and ZIP code imply "US").
	Country string `json:"country,omitempty" validate:"omitempty,iso3166_1_alpha2"`
}
