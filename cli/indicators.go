package cli

import "errors"

// TODO: placeholder until the indicators subcommand lands.
func runIndicators(args []string, env Env) error {
	return errors.New("indicators: not implemented yet")
}
