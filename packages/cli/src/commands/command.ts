/**
 * Where a command writes; injected so tests can capture output without spawning a process.
 *
 * @example
 * const lines: string[] = [];
 * const io: CommandIO = { out: (line) => lines.push(line), err: (line) => lines.push(line), cwd: process.cwd() };
 * await main(['--help'], io); // => 0
 * lines[0]; // => 'Usage: scpkit <command> [options]\n'
 */
export interface CommandIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * A `scpkit` sub-command: takes its own arguments, returns the process exit code.
 *
 * @example
 * const validate: Command = commands.find((c) => c.name === 'validate')!;
 * const io = { out: () => {}, err: () => {}, cwd: process.cwd() };
 * await validate.run(['datasets/example-synthetic/2022-23'], io); // => 0
 * await validate.run(['no/such/folder'], io); // => 2
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIO) => Promise<number>;
}
