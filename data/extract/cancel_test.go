package extract

import (
	"context"
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
