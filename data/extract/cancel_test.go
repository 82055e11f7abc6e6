package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestExtractCancelsInAHugeLine cancels extraction of one 5 MB line
// without punctuation, dense with figures (about a minute to extract
// whole), and checks that it returns soon after. The bound is generous so
// a loaded machine does not fail it; a cancel that is not looked at would
// take the whole minute.
func TestExtractCancelsInAHugeLine(t *testing.T) {
	unit := "全区新增就业3.4万人同比增长7.4%固定资产投资增长5%即墨区发放贷款150亿元"
	line := strings.Repeat(unit, 5<<20/len(unit))
	as, err := testParser.ParseFile("huge.txt", []byte("标题\n\n"+line+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan time.Time)
	go func() {
		ExtractAllContext(ctx, as)
		done <- time.Now()
	}()
	time.Sleep(50 * time.Millisecond)
	cancelled := time.Now()
	cancel()
	select {
	case end := <-done:
		t.Logf("returned %v after the cancel", end.Sub(cancelled))
	case <-time.After(5 * time.Second):
		t.Fatal("extraction still running 5 s after the cancel")
	}
}

// countdownCtx is a context that is cancelled at its n-th look: Err
// returns nil n-1 times, then context.Canceled (and Done is closed) from
// then on. Counting looks instead of time makes a cancel land at every
// point the extractor looks at its context, one run after the other,
// without a race.
type countdownCtx struct {
	context.Context
	n    int
	done chan struct{}
}

func newCountdown(n int) *countdownCtx {
	return &countdownCtx{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *countdownCtx) Done() <-chan struct{} { return c.done }

func (c *countdownCtx) Err() error {
	if c.n > 0 {
		if c.n--; c.n > 0 {
			return nil
		}
		close(c.done)
	}
	return context.Canceled
}

// cancelled reports whether the context has been cancelled.
func (c *countdownCtx) cancelled() bool { return c.n == 0 }

// TestExtractCancelledAnywhereReturnsNil cancels one extraction at each
// of the points where it looks at its context in turn (while it is set
// up, scanning, attributing) and checks that it returns nil without
// panicking; once the cancel comes after the last look, it returns what
// an extraction without a context returns. The text has a table and
// single spaces (read through the original text's offsets), a list and
// more than cancelEvery figures, so every stage runs.
func TestExtractCancelledAnywhereReturnsNil(t *testing.T) {
	var b strings.Builder
	b.WriteString("标题\n\n全区新增就业 3.4万人，同比增长7.4%。")
	for i := range 40 {
		fmt.Fprintf(&b, "第%d季度固定资产投资增长%d%%，即墨区发放贷款%d亿元，分别增长1.%d、0.9和1.0个百分点。", i%4+1, i+2, 100+i, i%10)
	}
	b.WriteString("\n地区\t生产总值\t增长\n全省\t1200亿元\t5.1%\n青岛市\t800亿元\t5.6%\n")
	text := b.String()
	as, err := testParser.ParseFile("cancel.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := ExtractAll(as)
	if len(want) < 2*cancelEvery {
		t.Fatalf("%d figures: too few to reach every look at the context", len(want))
	}
	for n := 1; ; n++ {
		ctx := newCountdown(n)
		got := ExtractAllContext(ctx, as)
		if !ctx.cancelled() {
			if len(got) != len(want) {
				t.Fatalf("not cancelled (%d looks): %d figures, want %d", n-1, len(got), len(want))
			}
			t.Logf("cancelled at each of %d looks", n-1)
			return
		}
		if got != nil {
			t.Fatalf("cancelled at look %d: %d figures, want nil", n, len(got))
		}
	}
}
