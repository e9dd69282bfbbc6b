import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `board-members.csv`: the partnership board's membership during the year. */
export const boardMemberSchema = {
  fields: [
    { name: 'position', type: 'integer', title: 'Position', description: '1-based order in the printed list.', constraints: { required: true, unique: true, minimum: 1 } },
    { name: 'name', type: 'string', title: 'Name as printed', constraints: { required: true } },
    { name: 'board_role', type: 'string', title: 'Board role', description: 'Role on the board printed after the name, e.g. "Chair", "Dep. Chair".' },
    { name: 'title', type: 'string', title: 'Title and organisation as printed', description: 'The "TITLE, ORGANISATION" cell without its from/to note.', constraints: { required: true } },
    { name: 'role', type: 'string', title: 'Role', description: 'Job title part of the printed cell; missing where only an organisation is printed.' },
    { name: 'organisation', type: 'string', title: 'Organisation', description: 'Organisation part of the printed cell; missing where none is printed.' },
    { name: 'from', type: 'yearmonth', title: 'Member from', description: 'Month membership started, where printed as YYYY-MM ("From Feb.YY" is the February of that year).' },
    { name: 'to', type: 'yearmonth', title: 'Member to', description: 'Month membership ended, where printed as YYYY-MM ("To Jul.YY" is the July of that year).' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'position',
} as const satisfies TableSchema;

/**
 * A row of `board-members.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const member: BoardMember = dataset.tables['board-members']![0]!;
 * [member.board_role, member.to]; // => ['Chair', '2022-02']
 */
export type BoardMember = InferRecord<typeof boardMemberSchema>;
