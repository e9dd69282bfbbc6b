/** @scpkit/cli: the `scpkit` command's entry points, for running commands from other programs. */
export { main } from './main.js';
export { commands } from './commands/index.js';
export type { Command, CommandIO } from './commands/command.js';
