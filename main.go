// Command zhibiao (指标看板) is a desktop dashboard for Chinese regional-economy
// reports. With no arguments it opens the GUI on the embedded seed articles;
// `zhibiao indicators|numbers|export|index` run headless (see DESIGN.md).
package main

import (
	_ "early.zhibiao/localeenv" // before Fyne's lang reads the locale: no "Error parsing user locale C"
	"flag"
	"fmt"
	"os"
	"runtime"

	"zhibiao/app"
	"zhibiao/cli"
)

func main() {
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		os.Exit(cli.Run(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}))
	}
	corpus := flag.String("corpus", "", "folder of articles to open (default: the embedded seed articles)")
	ixFile := flag.String("index", "", "the folder's index file (default: one per folder in the user cache)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "zhibiao: unknown command %q (want indicators, numbers, export or index)\n", flag.Arg(0))
		os.Exit(2)
	}
	if err := cli.CheckCorpusFlag(flag.CommandLine); err != nil {
		fmt.Fprintf(os.Stderr, "zhibiao: %v\n", err)
		os.Exit(2)
	}
	if needsX11() && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		fmt.Fprintln(os.Stderr, "zhibiao: no display (DISPLAY is not set): the dashboard needs a desktop session;",
			"headless use: zhibiao indicators | numbers | export (see README)")
		os.Exit(1)
	}
	if err := app.Run(app.Options{CorpusDir: *corpus, IndexPath: *ixFile}); err != nil {
		fmt.Fprintf(os.Stderr, "zhibiao: %v\nheadless use: zhibiao indicators | numbers | export (see README)\n", err)
		os.Exit(1)
	}
}

// needsX11 reports a system where a window needs an X11 or Wayland display
// (not macOS or Windows).
func needsX11() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return true
	}
	return false
}
