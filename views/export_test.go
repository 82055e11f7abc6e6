package views

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	req := SaveRequest{Formats: []string{"png", "svg"}, Write: func(p, f string) error { writes++; return os.WriteFile(p, []byte("new"), 0o644) }}
	saveChecked(w, saveChoice{dir, "chart.png", "png"}, req)
	if writes != 0 {
		t.Fatal("an existing file was replaced without asking")
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no confirmation dialog shown")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file changed to %q before confirmation", b)
	}
	saveChecked(w, saveChoice{dir, "new", "svg"}, req)
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

// overlayButtons lists the labels of the buttons in the top overlay.
func overlayButtons(w fyne.Window) map[string]*widget.Button {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	out := map[string]*widget.Button{}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			out[b.Text] = b
		}
	}
	return out
}

// overlayEntryText is the text of the first entry in the top overlay.
func overlayEntryText(w fyne.Window) (string, bool) {
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok {
			return e.Text, true
		}
	}
	return "", false
}

// TestReplacePromptSaysReplaceOrCancel: the overwrite prompt offered 是/不
// (Fyne's Yes/No) and its No abandoned the export; it offers 替换 and 取消,
// and 取消 brings the save dialog back with the name typed.
func TestReplacePromptSaysReplaceOrCancel(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, NewReader())
	w.Resize(fyne.NewSize(900, 600))
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "图.png"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	writes := 0
	req := SaveRequest{Title: "导出图表", Dir: dir, Stem: "图", Formats: []string{"png", "svg"},
		Write: func(string, string) error { writes++; return nil }}
	ShowSaveDialog(w, req)
	test.Tap(overlayButtons(w)["保存"])
	btns := overlayButtons(w)
	var labels []string
	for l := range btns {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if !slices.Equal(labels, []string{"取消", "替换"}) {
		t.Fatalf("replace prompt buttons %q, want 取消 and 替换", labels)
	}
	test.Tap(btns["取消"])
	if writes != 0 {
		t.Fatal("取消 replaced the file")
	}
	if name, ok := overlayEntryText(w); !ok || name != "图.png" {
		t.Fatalf("after 取消: save dialog shown %v with name %q, want it back with 图.png", ok, name)
	}
	test.Tap(overlayButtons(w)["保存"])
	test.Tap(overlayButtons(w)["替换"])
	if writes != 1 {
		t.Errorf("替换 wrote %d times, want 1", writes)
	}
}

// TestSaveIntoMissingFolder: a folder that does not exist gave Go's error
// chain with the path three times; it is one sentence naming the folder
// once, and the save dialog comes back.
func TestSaveIntoMissingFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, NewReader())
	w.Resize(fyne.NewSize(900, 600))
	missing := filepath.Join(t.TempDir(), "gone")
	req := SaveRequest{Formats: []string{"png"}, Write: func(string, string) error {
		t.Error("wrote into a missing folder")
		return nil
	}}
	saveChecked(w, saveChoice{missing, "a.png", "png"}, req)
	msg := ""
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, missing) {
			msg = l.Text
		}
	}
	if strings.Count(msg, missing) != 1 || strings.Contains(msg, "no such file") {
		t.Errorf("error %q, want one sentence naming %s once", msg, missing)
	}
	test.Tap(overlayButtons(w)["OK"])
	if name, ok := overlayEntryText(w); !ok || name != "a.png" {
		t.Errorf("after the error: save dialog %v with %q, want it back", ok, name)
	}
}

// TestSaveErrorNamesThePathOnce: a write that fails deep down (here the
// atomic writer's temporary file) is reported with the path once.
func TestSaveErrorNamesThePathOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.png")
	_, err := os.Open(filepath.Join(dir, ".x.png.tmp-1"))
	wrapped := fmt.Errorf("write %s: %w", path, err)
	if got := saveError(path, wrapped).Error(); strings.Count(got, dir) != 1 {
		t.Errorf("saveError = %q, want %s named once", got, dir)
	}
	other := fmt.Errorf("write %s: %w", path, &fs.PathError{Op: "write", Path: path, Err: syscall.ENOSPC})
	if got := saveError(path, other).Error(); strings.Count(got, path) != 1 || !strings.Contains(got, syscall.ENOSPC.Error()) {
		t.Errorf("saveError = %q, want the path once and the reason", got)
	}
}
