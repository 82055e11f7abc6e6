package cli

import "errors"

// TODO: placeholder until the numbers subcommand lands.
func runNumbers(args []string, env Env) error { return errors.New("numbers: not implemented yet") }
