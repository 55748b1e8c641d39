// Package contact describes the ways a policy gives to reach an organisation:
// contact points ([Point]) with e-mail addresses, telephone numbers ([Phone]),
// postal addresses ([Address]) and web pages, each written exactly as the policy
// writes it.
package contact
