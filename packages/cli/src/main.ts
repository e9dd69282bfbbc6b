import { commands } from './commands/index.js';
import type { CommandIO } from './commands/command.js';

/** Runs `scpkit <command> [args]` and returns the exit code (0 ok, 1 findings/invalid input, 2 usage). */
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
  return command.run(rest, io);
}
