// Package cli implements the headless subcommands of DESIGN.md's CLI contract:
// indicators, numbers and export. It never creates the Fyne app.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// Env is what a subcommand reads and writes.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads the environment (os.Getenv); nil is an empty
	// environment (tests), in which export writes Chinese.
	Getenv func(string) string
}

var commands = map[string]func(args []string, env Env) error{
	"indicators": runIndicators,
	"numbers":    runNumbers,
	"export":     runExport,
	"index":      runIndex,
}

// IsCommand reports whether name is a headless subcommand.
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok
}

// Run runs the subcommand args[0] with the rest of args and returns the
// process exit code. Errors go to stderr; stdout carries only data.
func Run(args []string, env Env) int {
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "zhibiao: unknown command %q\n", args[0])
		return 2
	}
	if err := cmd(args[1:], env); err != nil {
		fmt.Fprintf(env.Stderr, "zhibiao %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

// CheckCorpusFlag rejects -corpus given with an empty value: leaving the
// flag out opens the embedded seeds, but an empty folder name (an unset
// variable in a script, -corpus "$DIR") is a mistake, not a request for
// the seeds.
func CheckCorpusFlag(fs *flag.FlagSet) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "corpus" && f.Value.String() == "" {
			err = errors.New("-corpus needs a folder or file (leave the flag out for the embedded seed articles)")
		}
	})
	return err
}
