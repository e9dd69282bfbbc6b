import { acronymSchema } from './acronym.js';
import { boardMemberSchema } from './board-member.js';
import { budgetLineSchema } from './budget-line.js';
import { budgetStatementSchema } from './budget-statement.js';
import { budgetTotalSchema } from './budget-total.js';
import { chartSeriesSchema } from './chart-series.js';
import { claimSchema } from './claim.js';
import { contextIndicatorSchema } from './context-indicator.js';
import { contextValueSchema } from './context-value.js';
import { figureSchema } from './figure.js';
import { partnershipGroupSchema } from './partnership-group.js';
import { prioritySchema } from './priority.js';
import { escalationSchema } from './escalation.js';
import { quarterlyIndicatorSchema } from './quarterly-indicator.js';

/**
 * The scpkit report-data standard: every resource a dataset folder may hold, by resource name
 * (the CSV file is `<name>.csv`). A dataset's `datapackage.json` must describe each resource with
 * exactly this schema; `scpkit describe` writes it from here.
 *
 * @example
 * standardSchemas['context-values'].fields.map((f) => f.name); // => ['indicator', 'period', 'value', 'section', 'quote']
 */
export const standardSchemas = {
  'context-indicators': contextIndicatorSchema,
  'context-values': contextValueSchema,
  'chart-series': chartSeriesSchema,
  'budget-statements': budgetStatementSchema,
  'budget-lines': budgetLineSchema,
  'budget-totals': budgetTotalSchema,
  'board-members': boardMemberSchema,
  'partnership-groups': partnershipGroupSchema,
  priorities: prioritySchema,
  acronyms: acronymSchema,
  figures: figureSchema,
  claims: claimSchema,
  'quarterly-indicators': quarterlyIndicatorSchema,
  escalations: escalationSchema,
} as const;

/**
 * Name of a standard resource.
 *
 * @example
 * const names: StandardResourceName[] = ['figures', 'claims'];
 * names.every((n) => n in standardSchemas); // => true
 */
export type StandardResourceName = keyof typeof standardSchemas;
