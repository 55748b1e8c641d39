package category

import "github.com/openpolicies/privacy/internal/vocab"

// Subject is a type of person a policy concerns.
type Subject string

// The data subject type codes.
const (
	// SubjectVisitor is "visitor": People who visit the web sites or other services.
	SubjectVisitor Subject = "visitor"
	// SubjectUser is "user": People who use the services.
	SubjectUser Subject = "user"
	// SubjectRegisteredUser is "registered-user": People with an account or membership.
	SubjectRegisteredUser Subject = "registered-user"
	// SubjectAccountHolder is "account-holder": People who hold and answer for an account, as against others who use it.
	SubjectAccountHolder Subject = "account-holder"
	// SubjectAuthorisedUser is "authorised-user": People who use an account someone else holds, such as family members on a plan.
	SubjectAuthorisedUser Subject = "authorised-user"
	// SubjectPatient is "patient": People who receive health care from the organisation.
	SubjectPatient Subject = "patient"
	// SubjectNonPatient is "non-patient": People who are not the organisation's patients.
	SubjectNonPatient Subject = "non-patient"
	// SubjectCustomer is "customer": People who buy products or services.
	SubjectCustomer Subject = "customer"
	// SubjectFormerCustomer is "former-customer": People who were customers and are no longer.
	SubjectFormerCustomer Subject = "former-customer"
	// SubjectProspect is "prospect": People who are not yet customers and whom the organisation may approach, such as people who ask for a quote.
	SubjectProspect Subject = "prospect"
	// SubjectNonCustomer is "non-customer": People who are not customers but whose data the organisation holds, such as people a customer calls or names.
	SubjectNonCustomer Subject = "non-customer"
	// SubjectGiftRecipient is "gift-recipient": People who receive a gift, gift card or delivery that someone else sends them.
	SubjectGiftRecipient Subject = "gift-recipient"
	// SubjectSubscriber is "subscriber": People who signed up for newsletters, e-mails or text messages.
	SubjectSubscriber Subject = "subscriber"
	// SubjectSurveyRespondent is "survey-respondent": People who answer surveys.
	SubjectSurveyRespondent Subject = "survey-respondent"
	// SubjectJobCandidate is "job-candidate": People who apply for a job.
	SubjectJobCandidate Subject = "job-candidate"
	// SubjectEmployee is "employee": People employed by the organisation.
	SubjectEmployee Subject = "employee"
	// SubjectGigWorker is "gig-worker": Independent workers who fulfil orders, deliveries or rides through the service.
	SubjectGigWorker Subject = "gig-worker"
	// SubjectSupplier is "supplier": Suppliers and their contacts.
	SubjectSupplier Subject = "supplier"
	// SubjectBusinessContact is "business-contact": People who act for a business customer, supplier or partner.
	SubjectBusinessContact Subject = "business-contact"
	// SubjectCollaborator is "collaborator": People and organisations working with the organisation.
	SubjectCollaborator Subject = "collaborator"
	// SubjectChild is "child": Minors under an age the policy names.
	SubjectChild Subject = "child"
	// SubjectStudent is "student": Pupils and students.
	SubjectStudent Subject = "student"
	// SubjectParentGuardian is "parent-guardian": Parents or legal guardians of a minor.
	SubjectParentGuardian Subject = "parent-guardian"
	// SubjectResident is "resident": Residents of a jurisdiction the statement names.
	SubjectResident Subject = "resident"
)

var subjectList = vocab.New[Subject]("data subject type", true, term, []Definition{
	{Code: string(SubjectVisitor), Title: "Visitors", Description: "People who visit the web sites or other services.", DPV: dpv + "Visitor"},
	{Code: string(SubjectUser), Title: "Users", Description: "People who use the services.", DPV: dpv + "User"},
	{Code: string(SubjectRegisteredUser), Title: "Registered users and members", Description: "People with an account or membership.", Parent: string(SubjectUser)},
	{Code: string(SubjectAccountHolder), Title: "Account holders", Description: "People who hold and answer for an account, as against others who use it.", Parent: string(SubjectRegisteredUser)},
	{Code: string(SubjectAuthorisedUser), Title: "Authorised users", Description: "People who use an account someone else holds, such as family members on a plan.", Parent: string(SubjectUser)},
	{Code: string(SubjectPatient), Title: "Patients", Description: "People who receive health care from the organisation.", DPV: dpv + "Patient"},
	{Code: string(SubjectNonPatient), Title: "Non-patients", Description: "People who are not the organisation's patients."},
	{Code: string(SubjectCustomer), Title: "Customers and clients", Description: "People who buy products or services.", DPV: dpv + "Customer"},
	{Code: string(SubjectFormerCustomer), Title: "Former customers", Description: "People who were customers and are no longer."},
	{Code: string(SubjectProspect), Title: "Prospective customers", Description: "People who are not yet customers and whom the organisation may approach, such as people who ask for a quote."},
	{Code: string(SubjectNonCustomer), Title: "Non-customers", Description: "People who are not customers but whose data the organisation holds, such as people a customer calls or names."},
	{Code: string(SubjectGiftRecipient), Title: "Gift recipients", Description: "People who receive a gift, gift card or delivery that someone else sends them."},
	{Code: string(SubjectSubscriber), Title: "Subscribers", Description: "People who signed up for newsletters, e-mails or text messages.", DPV: dpv + "Subscriber"},
	{Code: string(SubjectSurveyRespondent), Title: "Survey respondents", Description: "People who answer surveys."},
	{Code: string(SubjectJobCandidate), Title: "Job candidates", Description: "People who apply for a job.", DPV: dpv + "JobApplicant"},
	{Code: string(SubjectEmployee), Title: "Employees", Description: "People employed by the organisation.", DPV: dpv + "Employee"},
	{Code: string(SubjectGigWorker), Title: "Couriers, shoppers and drivers", Description: "Independent workers who fulfil orders, deliveries or rides through the service."},
	{Code: string(SubjectSupplier), Title: "Suppliers", Description: "Suppliers and their contacts."},
	{Code: string(SubjectBusinessContact), Title: "Business contacts", Description: "People who act for a business customer, supplier or partner."},
	{Code: string(SubjectCollaborator), Title: "Collaborators", Description: "People and organisations working with the organisation."},
	{Code: string(SubjectChild), Title: "Children", Description: "Minors under an age the policy names.", DPV: dpv + "Child"},
	{Code: string(SubjectStudent), Title: "Students", Description: "Pupils and students.", DPV: dpv + "Student"},
	{Code: string(SubjectParentGuardian), Title: "Parents and guardians", Description: "Parents or legal guardians of a minor.", DPV: dpv + "ParentOfDataSubject"},
	{Code: string(SubjectResident), Title: "Residents", Description: "Residents of a jurisdiction the statement names."},
})

// SubjectDefinitions returns the definitions of every data subject type code in a fixed order.
func SubjectDefinitions() []Definition { return subjectList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s Subject) Definition() (def Definition, ok bool) { return subjectList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s Subject) Known() bool { return subjectList.Known(s) }

// Valid reports whether s is defined or is a well-formed "x-" extension code.
func (s Subject) Valid() bool { return subjectList.Valid(s) }

// Ancestors returns the more general codes of s, nearest first.
func (s Subject) Ancestors() []Subject { return subjectList.Ancestors(s) }
