import type { Command } from './command.js';
import { auditCommand } from './audit.js';
import { dashboardCommand } from './dashboard.js';
import { describeCommand } from './describe.js';
import { initCommand } from './init.js';
import { reproduceCommand } from './reproduce.js';
import { validateCommand } from './validate.js';

/** Every `scpkit` sub-command, in the order `scpkit --help` lists them. */
export const commands: readonly Command[] = [validateCommand, describeCommand, initCommand, reproduceCommand, auditCommand, dashboardCommand];
