// Command peak measures the peak memory of one operation on a policy
// document, for BENCHMARKS.md: it reads the file, runs the operation once and
// prints the process's peak resident set (VmHWM, Linux) and the Go heap's
// total allocation. Run each operation in its own process:
//
//	go run ./internal/synth/peak -write 225000 /tmp/big.json
//	go run ./internal/synth/peak -op unmarshal /tmp/big.json
//	go run ./internal/synth/peak -op decode /tmp/big.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/openpolicies/privacy/internal/synth"
	"github.com/openpolicies/privacy/policy"
)

func main() {
	op := flag.String("op", "decode", "unmarshal, decode (DecodeBytes), decode-reader (Decode from a bytes.Reader) or validate")
	write := flag.Int("write", 0, "write a synthetic policy of this many statements to the file and exit")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: peak [-op unmarshal|decode|validate] [-write N] FILE")
		os.Exit(2)
	}
	file := flag.Arg(0)
	if *write > 0 {
		if err := os.WriteFile(file, synth.JSON(*write), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var p *policy.Policy
	switch *op {
	case "unmarshal":
		p = new(policy.Policy)
		err = json.Unmarshal(data, p)
	case "decode":
		p, err = policy.Decoder{MaxBytes: 1 << 30}.DecodeBytes(data)
	case "decode-reader":
		p, err = policy.Decoder{MaxBytes: 1 << 30}.Decode(bytes.NewReader(data))
	case "validate":
		p = new(policy.Policy)
		if err = json.Unmarshal(data, p); err == nil {
			err = p.Validate()
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown -op", *op)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	status, _ := os.ReadFile("/proc/self/status")
	hwm := ""
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			hwm = strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	fmt.Printf("op=%s bytes=%d statements=%d peak_rss=%s total_alloc_mb=%.1f\n", *op, len(data),
		len(p.Collection)+len(p.Purposes)+len(p.Recipients)+len(p.Retention), hwm, float64(ms.TotalAlloc)/(1<<20))
}
