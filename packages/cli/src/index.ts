/**
 * `@scpkit/cli`: the `scpkit` command's entry points, for running commands from other programs.
 *
 * @module @scpkit/cli
 */
export { main } from './main.js';
export { commands } from './commands/index.js';
export type { Command, CommandIO } from './commands/command.js';
