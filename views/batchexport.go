package views

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data/compare"
	"zhibiao/data/output"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
	"zhibiao/views/geomap"
)

// BatchFile is one file of a batch export: its name inside the export
// folder and its bytes.
type BatchFile struct {
	Name string
	Data []byte
}

// BatchStep draws some files of a batch export (none when it has nothing
// to draw). It runs in the background.
type BatchStep func() ([]BatchFile, error)

// BatchExport is a batch export: a folder to start the chooser in, the
// steps that draw the files and what to do at the end.
type BatchExport struct {
	Dir string // folder the chooser starts in ("" for the home folder)
	// Steps lists the steps; it is called in the background (working out
	// what to draw may itself take a while on a large corpus).
	Steps func() []BatchStep
	// Done is called on the UI goroutine after the last step with the
	// export folder made and the number of files written into it.
	Done func(dir string, n int)
	// Cancelled is called on the UI goroutine when the user cancelled and
	// everything the export wrote has been removed again.
	Cancelled func()
}

// ShowBatchExport asks for a folder first — nothing is drawn before — then
// makes a new dated folder in it (指标看板导出-2026-12-01-1530, with -2, -3
// … when that name is taken; nothing is ever replaced) and draws and
// writes the files in the background under a progress dialog with 取消.
// Every file is written atomically; cancelling removes the files written
// so far and the folder, so no partial export is left behind.
func ShowBatchExport(win fyne.Window, exp BatchExport) {
	dir := exp.Dir
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	chooseFolder(win, dir, lang.L("导出到文件夹"), lang.L("导出到这里"), func(parent string) {
		startBatch(win, parent, exp, time.Now(), fyne.Do)
	})
}

// exportFolderStem is the name of a batch export folder made at t, before
// any -2, -3 that keeps it new.
func exportFolderStem(t time.Time) string {
	return chartset.SafeFileName(lang.L("指标看板导出") + "-" + t.Format("2006-01-02-1504"))
}

// makeExportFolder creates a new folder in parent named after t and
// returns its path. A name already taken (by a folder or a file) is never
// reused: the next free one of stem-2, stem-3 … is made instead.
func makeExportFolder(parent string, t time.Time) (string, error) {
	stem := exportFolderStem(t)
	for i := 1; i <= 1000; i++ {
		name := stem
		if i > 1 {
			name = fmt.Sprintf("%s-%d", stem, i)
		}
		path := filepath.Join(parent, name)
		err := os.Mkdir(path, 0o755)
		if err == nil {
			return path, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s: %w", filepath.Join(parent, stem), fs.ErrExist)
}

// batchRun is one batch export under way. Its widgets are touched only
// through do (fyne.Do; tests queue the calls); written belongs to the
// background goroutine.
type batchRun struct {
	win    fyne.Window
	dir    string
	exp    BatchExport
	do     func(func())
	ctx    context.Context
	cancel context.CancelFunc

	dlg   *dialog.CustomDialog
	bar   *widget.ProgressBar
	label *widget.Label
	stop  *widget.Button

	written []string      // files written so far (background goroutine)
	ended   chan struct{} // closed when the background work is over
}

// startBatch makes the export folder in parent, shows the progress dialog
// and starts the background work; do hands its results to the UI thread.
// It returns nil when the folder cannot be made (the error is shown).
func startBatch(win fyne.Window, parent string, exp BatchExport, now time.Time, do func(func())) *batchRun {
	defer TimeUI("batch.start")()
	if err := checkFolder(parent); err != nil {
		dialog.ShowError(err, win)
		return nil
	}
	dir, err := makeExportFolder(parent, now)
	if err != nil {
		fyne.LogError("batch export", err)
		dialog.ShowError(saveError(filepath.Join(parent, exportFolderStem(now)), err), win)
		return nil
	}
	r := &batchRun{win: win, dir: dir, exp: exp, do: do, ended: make(chan struct{})}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	r.showProgress()
	go r.run()
	return r
}

// showProgress shows the progress dialog: what is being written where, a
// bar, and 取消.
func (r *batchRun) showProgress() {
	r.bar = widget.NewProgressBar()
	r.label = widget.NewLabel(lang.L("正在准备图表…"))
	where := widget.NewLabel(r.dir)
	where.Truncation = fyne.TextTruncateEllipsis
	r.stop = widget.NewButton(lang.L("取消"), r.onCancel)
	r.dlg = dialog.NewCustomWithoutButtons(lang.L("批量导出"), container.NewVBox(where, r.label, r.bar), r.win)
	r.dlg.SetButtons([]fyne.CanvasObject{r.stop})
	r.dlg.Resize(fyne.NewSize(520, 0))
	r.dlg.Show()
}

// onCancel asks the background work to stop; it cleans up and reports.
func (r *batchRun) onCancel() {
	r.cancel()
	r.stop.Disable()
	r.label.SetText(lang.L("正在取消…"))
}

// run draws and writes the files step by step, reporting progress after
// each step, until done or cancelled.
func (r *batchRun) run() {
	defer close(r.ended)
	steps := r.exp.Steps()
	var errs []error
	used := map[string]int{}
	for i, step := range steps {
		if r.ctx.Err() != nil {
			break
		}
		files, err := step()
		if err != nil {
			fyne.LogError("batch export", err)
			errs = append(errs, err)
		}
		errs = append(errs, r.write(files, used)...)
		done, n := i+1, len(r.written)
		r.do(func() { r.progress(done, len(steps), n) })
	}
	if r.ctx.Err() != nil {
		err := r.removeAll()
		r.do(func() { r.cancelled(err) })
		return
	}
	if len(r.written) == 0 {
		if err := os.Remove(r.dir); err != nil {
			fyne.LogError("batch export", err)
		}
	}
	n := len(r.written)
	r.do(func() { r.finish(n, errs) })
}

// write writes files into the export folder, each atomically and never
// over another file, giving a name already used a -2, -3 … suffix.
func (r *batchRun) write(files []BatchFile, used map[string]int) []error {
	var errs []error
	for _, f := range files {
		if r.ctx.Err() != nil {
			break
		}
		name := uniqueName(used, f.Name)
		path := filepath.Join(r.dir, name)
		if err := output.WriteFileExclusive(path, f.Data, 0o644); err != nil {
			fyne.LogError("batch export", err)
			errs = append(errs, fmt.Errorf("%s: %s", name, rootCause(err)))
			continue
		}
		r.written = append(r.written, path)
	}
	return errs
}

// uniqueName is name, or name-2, name-3 … (before the extension) when an
// earlier file of the export had it.
func uniqueName(used map[string]int, name string) string {
	used[name]++
	if used[name] == 1 {
		return name
	}
	ext := filepath.Ext(name)
	return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(name, ext), used[name], ext)
}

// removeAll removes what a cancelled export wrote: its files, then its
// folder (left alone if something else was put into it meanwhile).
func (r *batchRun) removeAll() error {
	var errs []error
	for _, p := range r.written {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if err := os.Remove(r.dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	r.written = nil
	return errors.Join(errs...)
}

// progress shows that done of total steps are drawn and n files written.
func (r *batchRun) progress(done, total, n int) {
	defer TimeUI("batch.progress")()
	if r.ctx.Err() != nil {
		return // 正在取消… stays
	}
	r.bar.SetValue(float64(done) / float64(max(total, 1)))
	r.label.SetText(fmt.Sprintf(lang.N("已写入 %d 个文件", n), n))
}

// cancelled closes the dialog after a cancelled export was removed.
func (r *batchRun) cancelled(err error) {
	r.dlg.Hide()
	if err != nil {
		fyne.LogError("batch export: clean up", err)
		dialog.ShowError(fmt.Errorf(lang.L("已取消，但未能删除 %s 中已写入的文件：%s"), r.dir, rootCause(err)), r.win)
	}
	if r.exp.Cancelled != nil {
		r.exp.Cancelled()
	}
}

// finish closes the dialog, shows what failed and reports what was
// written.
func (r *batchRun) finish(n int, errs []error) {
	defer TimeUI("batch.finish")()
	r.dlg.Hide()
	switch {
	case len(errs) > 0:
		dialog.ShowError(fmt.Errorf(lang.N("%d 个文件未能保存：%w", len(errs)), len(errs), errors.Join(errs...)), r.win)
	case n == 0:
		dialog.ShowInformation(lang.L("批量导出"), lang.L("没有可导出的图表。"), r.win)
		return
	}
	if r.exp.Done != nil && n > 0 {
		r.exp.Done(r.dir, n)
	}
}

// ChartBatch lists the steps that draw every chart chartset.RenderAll
// draws (the same files `zhibiao export -all` writes) in each of formats:
// the bar chart and the map of one indicator per step, the theme emphasis
// and the keywords of every region in one step each. Charts without data
// are skipped. The maps are parsed once for the whole batch.
func ChartBatch(src chartset.Source, opt chartset.Options, formats []string) []BatchStep {
	if src.Maps == nil {
		src.Maps = geomap.NewAtlas(src.Places, nil)
	}
	opt.All = true
	indicators := compare.Indicators(src.Indicators)
	var steps []BatchStep
	for _, format := range formats {
		o := opt
		o.Format = format
		for _, name := range chartset.Names() {
			if name != "regions" && name != "map" {
				steps = append(steps, chartStep(src, name, o))
				continue
			}
			for _, ind := range indicators {
				oi := o
				oi.Indicator = ind
				steps = append(steps, chartStep(src, name, oi))
			}
		}
	}
	return steps
}

// chartStep draws the chart called name with opt; no data is no file.
func chartStep(src chartset.Source, name string, opt chartset.Options) BatchStep {
	return func() ([]BatchFile, error) {
		files, err := chartset.Render(src, name, opt)
		if errors.Is(err, chart.ErrNoData) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		out := make([]BatchFile, len(files))
		for i, f := range files {
			out[i] = BatchFile{Name: chartset.SafeFileName(f.Name) + "." + opt.Format, Data: f.Data}
		}
		return out, nil
	}
}
