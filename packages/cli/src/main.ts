import { commands } from './commands/index.js';
import type { CommandIO } from './commands/command.js';
import { expectedErrorLine } from './error-line.js';

/**
 * Runs `scpkit <command> [args]` and returns the exit code (0 ok, 1 findings/invalid input, 2 usage).
 * A file-system error (a file or folder that cannot be read or written) or another error scpkit
 * throws on purpose is printed as one line naming the path, exit 1, never as a stack trace.
 *
 * @example
 * const lines: string[] = [];
 * const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line), cwd: process.cwd() };
 * await main(['validate', 'datasets/example-synthetic/2022-23'], io); // => 0
 * await main(['no-such-command'], io); // => 2
 * lines.at(-1); // => 'scpkit: unknown command "no-such-command". Run "scpkit --help" for the list.'
 */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out('Usage: scpkit <command> [options]\n');
    io.out('Commands:');
    for (const c of commands) io.out(`  ${c.usage.padEnd(44)} ${c.summary}`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`scpkit: unknown command "${name}". Run "scpkit --help" for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const line = expectedErrorLine(error);
    if (line === undefined) throw error;
    io.err(`scpkit ${name}: ${line}`);
    return 1;
  }
}
