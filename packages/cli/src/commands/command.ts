/** Where a command writes; injected so tests can capture output without spawning a process. */
export interface CommandIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

/** A `scpkit` sub-command: takes its own arguments, returns the process exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIO) => Promise<number>;
}
