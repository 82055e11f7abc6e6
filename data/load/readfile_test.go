package load

import (
	"errors"
	"strings"
	"testing"
)

// zeros is an endless reader, like /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestReadLimitedStopsAtTheLimit(t *testing.T) {
	if _, err := readLimited(zeros{}, 0, 1<<20); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("endless reader: err = %v, want ErrTooLarge", err)
	}
	raw, err := readLimited(strings.NewReader("12345"), 5, 5)
	if err != nil || string(raw) != "12345" {
		t.Fatalf("exactly the limit: %q, %v", raw, err)
	}
}
