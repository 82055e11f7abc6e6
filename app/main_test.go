package app

import (
	"fmt"
	"os"
	"testing"
)

// TestMain keeps the indexes of the folders tests open (the user cache
// directory, see data/index.DefaultPath) out of the real cache.
func TestMain(m *testing.M) {
	cache, err := os.MkdirTemp("", "zhibiao-app-cache")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}
