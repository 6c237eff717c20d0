package classify

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time the calling OS thread has used. Under
// the load of other work a benchmark's wall time moves far more than the
// CPU time its thread spends, so the sentiment benchmarks report both.
func threadCPU() (time.Duration, bool) {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
