import type { BoardMember } from '../../dataset/index.js';
import { assertReviewDataset, distinct, findingRow, type ReviewDataset } from './review-dataset.js';
import type { Finding, FindingRow } from './finding.js';
import { acronymMap, nameTokens } from './name-tokens.js';

type Member = { readonly m: BoardMember; readonly i: number };

/** "2021-07" as a month number (year × 12 + month − 1). */
const month = (yearMonth: string): number => {
  const [y = '0', m = '1'] = yearMonth.split('-');
  return Number(y) * 12 + Number(m) - 1;
};

/**
 * People and posts, a reviewer's checks over the board membership (`board-members.csv`) and the
 * organisations the report names (board members' organisations, budget income lines):
 * - `post-gap` (inconsistency): two or more holders of one post end it ("To Jul.21") and nobody
 *   starts it ("From ..."), so the post is left with no holder and no successor;
 * - `post-overlap` (inconsistency): a holder starts a post more than a month before the holder they
 *   follow ends it;
 * - `post-left-vacant` (caveat): one holder ends a post that nobody is listed as starting;
 * - `organisation-written-two-ways` (inconsistency): two organisation names that are the same but
 *   for a plural or an acronym ("Sussex CCG", "Sussex CCGs"), or that name one place with two kinds
 *   of body ("Eastbourne District Council", "Eastbourne BC");
 * - `person-with-two-roles` (inconsistency): one name listed twice with different roles.
 * A post is the member's role (with the organisation where printed); a member with no role holds the
 * organisation's seat (its name before any ", place").
 * @example
 * const m = (position: number, name: string, to: string | null, from: string | null) => ({ position, name, board_role: null, title: 'Lead Member', role: 'Lead Member', organisation: null, from, to, section: '9.B', quote: name });
 * checkPeople({ tables: { 'board-members': [m(1, 'A', '2021-05', null), m(2, 'B', '2021-07', null)] } })[0]?.kind; // => 'post-gap'
 */
export function checkPeople(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkPeople', dataset);
  const members = (dataset.tables['board-members'] ?? []).map((m, i) => ({ m, i }));
  return [...posts(dataset, members), ...organisations(dataset, members), ...twoRoles(dataset, members)];
}

function finding(kind: string, severity: Finding['severity'], rows: readonly FindingRow[], quotes: readonly string[], explanation: string): Finding {
  return { check: 'people', kind, severity, status: 'flagged', rows, quotes: distinct(quotes), explanation };
}

const rowOf = (dataset: ReviewDataset, { m, i }: Member) => findingRow(dataset, 'board-members', i, `position ${m.position} ${m.name}`);

function postOf({ m }: Member): string {
  if (m.role !== null && m.role.trim() !== '') return [m.role, m.organisation ?? ''].join(' | ').toLowerCase().replace(/\s+/g, ' ').trim();
  return (m.organisation ?? m.title).split(',')[0]?.toLowerCase().replace(/\s+/g, ' ').trim() ?? '';
}

function posts(dataset: ReviewDataset, members: readonly Member[]): Finding[] {
  const byPost = new Map<string, Member[]>();
  for (const member of members) byPost.set(postOf(member), [...(byPost.get(postOf(member)) ?? []), member]);
  const found: Finding[] = [];
  for (const holders of byPost.values()) {
    const ending = holders.filter(({ m }) => m.to !== null);
    const starting = holders.filter(({ m }) => m.from !== null);
    const post = holders[0]?.m.title ?? '';
    const unmet = ending.filter(({ m }) => !starting.some(({ m: s }) => s !== m && Math.abs(month(s.from ?? '') - month(m.to ?? '')) <= 1));
    for (const end of ending) {
      for (const start of starting) {
        if (start.m === end.m) continue;
        if (month(start.m.from ?? '') < month(end.m.to ?? '') - 1) {
          found.push(
            finding('post-overlap', 'inconsistency', [rowOf(dataset, end), rowOf(dataset, start)], [end.m.quote, start.m.quote], `${start.m.name} starts as ${post} in ${start.m.from ?? ''}, more than a month before ${end.m.name} ends in ${end.m.to ?? ''}.`),
          );
        }
      }
    }
    if (unmet.length >= 2 && starting.length === 0) {
      found.push(
        finding(
          'post-gap',
          'inconsistency',
          unmet.map((u) => rowOf(dataset, u)),
          unmet.map((u) => u.m.quote),
          `${unmet.map((u) => `${u.m.name} (to ${u.m.to ?? ''})`).join(' and ')} both end the post ${post}, and nobody is listed as starting it: one end date is probably a start date, or a holder is missing.`,
        ),
      );
    } else {
      for (const u of unmet) {
        if (starting.some((s) => s.m !== u.m && month(s.m.from ?? '') < month(u.m.to ?? '') - 1)) continue; // post-overlap says it
        found.push(finding('post-left-vacant', 'caveat', [rowOf(dataset, u)], [u.m.quote], `${u.m.name} ends the post ${post} in ${u.m.to ?? ''}, and nobody is listed as starting it.`));
      }
    }
  }
  return found;
}

interface Organisation {
  readonly name: string;
  readonly row: FindingRow;
  readonly quote: string;
}

function organisations(dataset: ReviewDataset, members: readonly Member[]): Finding[] {
  const acronyms = acronymMap(dataset);
  const names: Organisation[] = [];
  for (const member of members) {
    const org = member.m.organisation;
    if (org === null) continue;
    for (const part of org.split(/\s+and\s+|,\s+/)) if (part.trim() !== '') names.push({ name: part.trim(), row: rowOf(dataset, member), quote: member.m.quote });
  }
  (dataset.tables['budget-lines'] ?? []).forEach((l, i) => {
    if (l.side === 'income' && l.line_type === 'line') names.push({ name: l.line.trim(), row: findingRow(dataset, 'budget-lines', i, `${l.statement}/${l.side}/${l.position}`), quote: l.quote });
  });
  const distinctNames = distinct(names.map((n) => n.name));
  const found: Finding[] = [];
  for (const [n, a] of distinctNames.entries()) {
    for (const b of distinctNames.slice(n + 1)) {
      const ta = nameTokens(a, acronyms);
      const tb = nameTokens(b, acronyms);
      if (ta.length === 0 || tb.length === 0 || a === b) continue;
      // Same words as printed but for a plural ("CCG"/"CCGs"); an acronym beside its expansion is not two ways.
      const same = nameTokens(a, new Map()).join(' ') === nameTokens(b, new Map()).join(' ');
      const oneBody =
        !same && ta.length === tb.length && ta.length >= 3 && ta[0] === tb[0] && ta[ta.length - 1] === tb[tb.length - 1] && ta.filter((w, k) => w !== tb[k]).length === 1;
      if (!same && !oneBody) continue;
      const rows = names.filter((x) => x.name === a || x.name === b);
      found.push(
        finding(
          'organisation-written-two-ways',
          'inconsistency',
          rows.map((r) => r.row),
          rows.map((r) => r.quote),
          same
            ? `The report writes one organisation two ways: "${a}" and "${b}" differ only in a plural.`
            : `The report names one body two ways, "${a}" and "${b}" (${ta.find((w, k) => w !== tb[k]) ?? ''} against ${tb.find((w, k) => w !== ta[k]) ?? ''} once acronyms are spelt out): one of them is wrong.`,
        ),
      );
    }
  }
  return found;
}

function twoRoles(dataset: ReviewDataset, members: readonly Member[]): Finding[] {
  const byName = new Map<string, Member[]>();
  for (const member of members) {
    const key = member.m.name.replace(/,\s*cllr$/i, '').toLowerCase().replace(/\s+/g, ' ').trim();
    byName.set(key, [...(byName.get(key) ?? []), member]);
  }
  const found: Finding[] = [];
  for (const listed of byName.values()) {
    const roles = distinct(listed.map(({ m }) => m.title));
    if (roles.length < 2) continue;
    found.push(finding('person-with-two-roles', 'inconsistency', listed.map((l) => rowOf(dataset, l)), listed.map((l) => l.m.quote), `${listed[0]?.m.name ?? ''} is listed ${listed.length} times with different roles: ${roles.map((r) => `"${r}"`).join(', ')}.`));
  }
  return found;
}
