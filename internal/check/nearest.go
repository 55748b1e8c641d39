package check

// Nearest returns the candidate nearest to s by edit distance, or "" when
// none is within a third of the longer string's length (a slip, not another
// word). Ties go to the earlier candidate.
func Nearest(s string, candidates []string) string {
	if s == "" {
		return ""
	}
	best, bestD := "", -1
	for _, c := range candidates {
		if d := EditDistance(s, c); bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD < 0 || bestD*3 > max(len(s), len(best)) {
		return ""
	}
	return best
}

// EditDistance is the optimal-string-alignment distance between a and b, in
// bytes: the fewest insertions, deletions, substitutions and transpositions of
// adjacent bytes ("lable" is one from "label") that turn a into b.
func EditDistance(a, b string) int {
	prev2 := make([]int, len(b)+1) // row i-2
	prev := make([]int, len(b)+1)  // row i-1
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
