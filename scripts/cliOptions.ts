/** The command line of the editors' scripts (`npm run extract`, `npm run new:story`): options and stopping. */

/** Prints `message` on stderr and stops with exit code 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Removes `--name value` from `args` and returns the value (undefined when the option is absent). Stops with
 * "<name> needs a value" and the `usage` line when the value is missing or is itself an option.
 */
export function takeOption(args: string[], name: string, usage: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value\n${usage}`);
  args.splice(i, 2);
  return value;
}
