package category

import "github.com/openpolicies/privacy/internal/vocab"

// Service is a kind of service a policy covers.
type Service string

// The service kind codes.
const (
	// ServiceWebsite is "website": A web site or group of web sites.
	ServiceWebsite Service = "website"
	// ServiceMobileApp is "mobile-app": An app for phones or tablets.
	ServiceMobileApp Service = "mobile-app"
	// ServicePushNotifications is "push-notifications": Notifications an app sends to a device.
	ServicePushNotifications Service = "push-notifications"
	// ServiceDevice is "device": Phones, connected devices, wearables and other hardware the organisation sells or provides.
	ServiceDevice Service = "device"
	// ServiceAPI is "api": Programming interfaces for developers and partners.
	ServiceAPI Service = "api"
	// ServicePatientPortal is "patient-portal": An online portal where patients see and manage their health information.
	ServicePatientPortal Service = "patient-portal"
	// ServiceOnlineStore is "online-store": An e-commerce site or marketplace.
	ServiceOnlineStore Service = "online-store"
	// ServiceLoyaltyProgramme is "loyalty-programme": A loyalty, rewards or membership programme.
	ServiceLoyaltyProgramme Service = "loyalty-programme"
	// ServiceDelivery is "delivery": Delivery of goods, groceries or meals ordered through the service.
	ServiceDelivery Service = "delivery"
	// ServiceRental is "rental": Rental or sharing of vehicles, bikes, scooters or equipment.
	ServiceRental Service = "rental"
	// ServiceTelecom is "telecom": A mobile, fixed-line, broadband or other telecommunications service.
	ServiceTelecom Service = "telecom"
	// ServiceNewsletter is "newsletter": An e-mail newsletter.
	ServiceNewsletter Service = "newsletter"
	// ServiceEmail is "email": E-mail messages the organisation sends.
	ServiceEmail Service = "email"
	// ServiceSMS is "sms": Text messages (SMS) the organisation sends.
	ServiceSMS Service = "sms"
	// ServiceOnlineAccount is "online-account": An online services account.
	ServiceOnlineAccount Service = "online-account"
	// ServiceFacility is "facility": Physical locations such as clinics and stores.
	ServiceFacility Service = "facility"
	// ServiceStore is "store": Stores and other retail locations.
	ServiceStore Service = "store"
	// ServiceCallCentre is "call-centre": Telephone and chat support lines.
	ServiceCallCentre Service = "call-centre"
	// ServiceCorrespondence is "correspondence": Exchanges of messages with the organisation.
	ServiceCorrespondence Service = "correspondence"
)

var serviceList = vocab.New[Service]("service kind", true, term, []Definition{
	{Code: string(ServiceWebsite), Title: "Web site", Description: "A web site or group of web sites."},
	{Code: string(ServiceMobileApp), Title: "Mobile app", Description: "An app for phones or tablets."},
	{Code: string(ServicePushNotifications), Title: "Push notifications", Description: "Notifications an app sends to a device."},
	{Code: string(ServiceDevice), Title: "Devices and hardware", Description: "Phones, connected devices, wearables and other hardware the organisation sells or provides."},
	{Code: string(ServiceAPI), Title: "APIs", Description: "Programming interfaces for developers and partners."},
	{Code: string(ServicePatientPortal), Title: "Patient portal", Description: "An online portal where patients see and manage their health information."},
	{Code: string(ServiceOnlineStore), Title: "Online store", Description: "An e-commerce site or marketplace."},
	{Code: string(ServiceLoyaltyProgramme), Title: "Loyalty programme", Description: "A loyalty, rewards or membership programme."},
	{Code: string(ServiceDelivery), Title: "Delivery service", Description: "Delivery of goods, groceries or meals ordered through the service."},
	{Code: string(ServiceRental), Title: "Rental service", Description: "Rental or sharing of vehicles, bikes, scooters or equipment."},
	{Code: string(ServiceTelecom), Title: "Telecommunications service", Description: "A mobile, fixed-line, broadband or other telecommunications service."},
	{Code: string(ServiceNewsletter), Title: "Newsletter", Description: "An e-mail newsletter."},
	{Code: string(ServiceEmail), Title: "E-mail communications", Description: "E-mail messages the organisation sends."},
	{Code: string(ServiceSMS), Title: "Text-message programme", Description: "Text messages (SMS) the organisation sends."},
	{Code: string(ServiceOnlineAccount), Title: "Online account", Description: "An online services account."},
	{Code: string(ServiceFacility), Title: "Facilities", Description: "Physical locations such as clinics and stores."},
	{Code: string(ServiceStore), Title: "Physical stores", Description: "Stores and other retail locations.", Parent: string(ServiceFacility)},
	{Code: string(ServiceCallCentre), Title: "Call centre", Description: "Telephone and chat support lines."},
	{Code: string(ServiceCorrespondence), Title: "Correspondence", Description: "Exchanges of messages with the organisation."},
})

// ServiceDefinitions returns the definitions of every service kind code in a fixed order.
func ServiceDefinitions() []Definition { return serviceList.All() }

// Definition returns the registry definition of s; ok is false for extension and
// unknown codes.
func (s Service) Definition() (def Definition, ok bool) { return serviceList.Lookup(s) }

// Known reports whether s is defined in the registry.
func (s Service) Known() bool { return serviceList.Known(s) }

// Valid reports whether s is defined or is a well-formed "x-" extension code.
func (s Service) Valid() bool { return serviceList.Valid(s) }
