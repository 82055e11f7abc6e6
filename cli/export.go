package cli

import "errors"

// TODO: placeholder until the export subcommand lands.
func runExport(args []string, env Env) error { return errors.New("export: not implemented yet") }
