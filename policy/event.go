package policy

import (
	"github.com/openpolicies/privacy/category"
	"github.com/openpolicies/privacy/internal/vocab"
)

// Event is what ends an until-event retention period.
type Event string

// The retention event codes.
const (
	// EventAfterProcessing is "after-processing": Deleted as soon as it has been processed.
	EventAfterProcessing Event = "after-processing"
	// EventSessionEnd is "session-end": When the person leaves the site or closes the browser.
	EventSessionEnd Event = "session-end"
	// EventAccountClosed is "account-closed": While the account is active; until it is closed or deleted.
	EventAccountClosed Event = "account-closed"
	// EventContractEnd is "contract-end": When the contract or the customer relationship ends.
	EventContractEnd Event = "contract-end"
	// EventInactivity is "inactivity": Counted from the person's last activity, such as the last log-in, purchase or use of the account.
	EventInactivity Event = "inactivity"
	// EventTransaction is "transaction": Counted from the date of the transaction, order or payment.
	EventTransaction Event = "transaction"
	// EventRentalEnd is "rental-end": When a rental, ride or trip ends.
	EventRentalEnd Event = "rental-end"
	// EventDisputeResolved is "dispute-resolved": Until a complaint, claim, dispute or investigation is resolved.
	EventDisputeResolved Event = "dispute-resolved"
	// EventCollection is "collection": Counted from when the data was collected or the record created.
	EventCollection Event = "collection"
	// EventPurposeFulfilled is "purpose-fulfilled": As long as needed for the purpose, such as providing the service.
	EventPurposeFulfilled Event = "purpose-fulfilled"
	// EventResponseSent is "response-sent": Until the organisation has answered the request or message.
	EventResponseSent Event = "response-sent"
	// EventConsentWithdrawn is "consent-withdrawn": Until the person withdraws consent or unsubscribes.
	EventConsentWithdrawn Event = "consent-withdrawn"
	// EventUserDeletes is "user-deletes": Until the person deletes it, such as cookies cleared in the browser.
	EventUserDeletes Event = "user-deletes"
	// EventExpiry is "expiry": Until it expires on its own, such as a cookie at its expiry date.
	EventExpiry Event = "expiry"
)

var eventList = vocab.New[Event]("retention event", true, term, []category.Definition{
	{Code: string(EventAfterProcessing), Title: "Immediately after processing", Description: "Deleted as soon as it has been processed.", P3P: "no-retention"},
	{Code: string(EventSessionEnd), Title: "End of the session", Description: "When the person leaves the site or closes the browser."},
	{Code: string(EventAccountClosed), Title: "Account closed", Description: "While the account is active; until it is closed or deleted."},
	{Code: string(EventContractEnd), Title: "End of the contract or relationship", Description: "When the contract or the customer relationship ends."},
	{Code: string(EventInactivity), Title: "Last activity", Description: "Counted from the person's last activity, such as the last log-in, purchase or use of the account."},
	{Code: string(EventTransaction), Title: "Transaction", Description: "Counted from the date of the transaction, order or payment."},
	{Code: string(EventRentalEnd), Title: "End of the rental", Description: "When a rental, ride or trip ends."},
	{Code: string(EventDisputeResolved), Title: "Dispute resolved", Description: "Until a complaint, claim, dispute or investigation is resolved."},
	{Code: string(EventCollection), Title: "Collection", Description: "Counted from when the data was collected or the record created."},
	{Code: string(EventPurposeFulfilled), Title: "Purpose fulfilled", Description: "As long as needed for the purpose, such as providing the service."},
	{Code: string(EventResponseSent), Title: "Request answered", Description: "Until the organisation has answered the request or message."},
	{Code: string(EventConsentWithdrawn), Title: "Consent withdrawn", Description: "Until the person withdraws consent or unsubscribes."},
	{Code: string(EventUserDeletes), Title: "Deleted by the person", Description: "Until the person deletes it, such as cookies cleared in the browser."},
	{Code: string(EventExpiry), Title: "Expiry", Description: "Until it expires on its own, such as a cookie at its expiry date."},
})

// EventDefinitions returns the definitions of every retention event code in a fixed order.
func EventDefinitions() []category.Definition { return eventList.All() }

// Definition returns the registry definition of e; ok is false for extension and
// unknown codes.
func (e Event) Definition() (def category.Definition, ok bool) { return eventList.Lookup(e) }

// Known reports whether e is defined in the registry.
func (e Event) Known() bool { return eventList.Known(e) }

// Valid reports whether e is defined or is a well-formed "x-" extension code.
func (e Event) Valid() bool { return eventList.Valid(e) }
