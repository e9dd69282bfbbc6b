import type { Command } from './command.js';
import { auditCommand } from './audit.js';
import { checkDisclosureCommand } from './check-disclosure.js';
import { dashboardCommand } from './dashboard.js';
import { describeCommand } from './describe.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { reproduceCommand } from './reproduce.js';
import { validateCommand } from './validate.js';

/**
 * Every `scpkit` sub-command, in the order `scpkit --help` lists them.
 *
 * @example
 * commands.map((c) => c.name); // => ['validate', 'describe', 'init', 'reproduce', 'audit', 'dashboard', 'export', 'check-disclosure']
 */
export const commands: readonly Command[] = [
  validateCommand,
  describeCommand,
  initCommand,
  reproduceCommand,
  auditCommand,
  dashboardCommand,
  exportCommand,
  checkDisclosureCommand,
];
