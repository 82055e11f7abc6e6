package views

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"zhibiao/views/chartset"
)

func TestSaveAsksBeforeReplacing(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, NewReader())
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	writes := 0
	req := SaveRequest{Write: func(p, f string) error { writes++; return os.WriteFile(p, []byte("new"), 0o644) }}
	saveChecked(w, path, "png", req)
	if writes != 0 {
		t.Fatal("an existing file was replaced without asking")
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no confirmation dialog shown")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file changed to %q before confirmation", b)
	}
	fresh := filepath.Join(dir, "new.svg")
	saveChecked(w, fresh, "svg", req)
	if writes != 1 {
		t.Errorf("a new file was not written straight away (writes %d)", writes)
	}
}

func TestSaveFileNames(t *testing.T) {
	cases := map[[2]string]string{
		{"对比_新增就业.png", "png"}: "对比_新增就业.png",
		{"报告", "svg"}:          "报告.svg",
		{"a.PNG", "png"}:       "a.PNG",
		{" a.png ", "svg"}:     "a.png.svg",
	}
	for in, want := range cases {
		if got := withExt(in[0], in[1]); got != want {
			t.Errorf("withExt(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
	if got := chartset.SafeFileName(`a/b:c*?"<>|`); got != "a_b_c______" {
		t.Errorf("SafeFileName = %q", got)
	}
	if chartset.SafeFileName("  ") != "chart" {
		t.Error("empty name not replaced")
	}
}
