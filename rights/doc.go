// Package rights names the rights people have over data about them ([Right]:
// access, rectification, erasure, objection, opt-out of sale, the California
// "Shine the Light" disclosure, ...) with the GDPR article or CCPA section that
// grants each, and the parts of a policy that say how to exercise them:
// [Channel], [Verification] and [Frequency].
package rights
