// Test support: fills a dataset folder written by `scpkit init` with a small, made-up report of a
// partnership that does not exist ("Northby"), so tests can run every command on a second
// partnership. Every number is invented; each row quotes the invented report text it writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One invented report: its period and the rows it prints. */
export interface SyntheticReport {
  readonly period: string;
  readonly previous: string;
  readonly referrals: { readonly current: number; readonly previous: number; readonly statedChange: number };
  readonly plans: { readonly current: number; readonly previous: number };
  readonly lookedAfter: { readonly current: number; readonly previous: number };
  readonly children: number;
  readonly training: { readonly courses: number; readonly participants: number; readonly attendance: number; readonly excellent: number; readonly good: number };
  readonly deaths?: number;
  readonly rapidReviews?: number;
}

const count = (n: number) => n.toLocaleString('en-GB');

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsv(dir: string, file: string, header: string, rows: readonly (readonly (string | number | null)[])[]): void {
  writeFileSync(join(dir, file), `${header}\n${rows.map((r) => r.map(csvCell).join(',')).join('\n')}${rows.length > 0 ? '\n' : ''}`);
}

/**
 * Writes the report text (`source.txt`) and the rows of context-indicators, context-values,
 * figures and claims that quote it; every other resource stays header-only (left empty).
 */
export function fillSyntheticReport(dir: string, r: SyntheticReport): void {
  const q = {
    referralsArrow: `Referrals to children's social care ↑ up ${r.referrals.statedChange}% on last year (${count(r.referrals.current)} compared with ${count(r.referrals.previous)})`,
    referralsNow: `${count(r.referrals.current)} referrals to children's social care in ${r.period}`,
    plans: `Children with a child protection plan at 31 March ↓ (${count(r.plans.current)} compared with ${count(r.plans.previous)})`,
    lookedAfter: `Looked after children at 31 March ↑ (${count(r.lookedAfter.current)} compared with ${count(r.lookedAfter.previous)})`,
    children: `${count(r.children)} children aged 0-17 years live in Northby`,
    courses: `We ran ${r.training.courses} multi-agency courses for ${count(r.training.participants)} participants, an attendance rate of ${r.training.attendance}%`,
    ratings: `${r.training.excellent}% rated the training Excellent and ${r.training.good}% Good`,
    keyAchievements: `Key achievements: ${r.training.courses} courses, ${count(r.training.participants)} attendees, ${r.training.excellent + r.training.good}% rated the training Excellent or Good`,
    deaths: r.deaths === undefined ? '' : `The panel was notified of ${r.deaths} deaths of Northby children`,
    reviews: r.rapidReviews === undefined ? '' : `The partnership held ${r.rapidReviews} rapid reviews this year`,
  };
  const text = [
    `Northby Safeguarding Children Partnership Annual Report ${r.period} (an invented report for tests)`,
    '3. Context',
    q.referralsNow,
    q.children,
    '2. Key achievements',
    q.keyAchievements,
    '5. Training',
    q.courses,
    q.ratings,
    q.deaths,
    q.reviews,
    '9.A Appendix',
    q.referralsArrow,
    q.plans,
    q.lookedAfter,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'source.txt'), text);
  writeCsv(dir, 'context-indicators.csv', 'indicator,group,label,arrow,stated_change_percent,section,quote', [
    ['referrals-statutory-social-care', 'Children supported by statutory services', "Referrals to children's social care", 'up', r.referrals.statedChange, '9.A', q.referralsArrow],
    ['child-protection-plans', 'Children supported by statutory services', 'Children with a child protection plan at 31 March', 'down', null, '9.A', q.plans],
    ['looked-after-children', 'Children supported by statutory services', 'Looked after children at 31 March', 'up', null, '9.A', q.lookedAfter],
    ['children-aged-0-17', null, 'children aged 0-17 years', null, null, '3', q.children],
  ]);
  writeCsv(dir, 'context-values.csv', 'indicator,period,value,section,quote', [
    ['referrals-statutory-social-care', r.period, r.referrals.current, '3', q.referralsNow],
    ['referrals-statutory-social-care', r.previous, r.referrals.previous, '9.A', q.referralsArrow],
    ['child-protection-plans', r.period, r.plans.current, '9.A', q.plans],
    ['child-protection-plans', r.previous, r.plans.previous, '9.A', q.plans],
    ['looked-after-children', r.period, r.lookedAfter.current, '9.A', q.lookedAfter],
    ['looked-after-children', r.previous, r.lookedAfter.previous, '9.A', q.lookedAfter],
    ['children-aged-0-17', r.period, r.children, '3', q.children],
  ]);
  const figureRows: (string | number | null)[][] = [
    ['training-courses', 'training', 'Multi-agency courses run', null, r.period, r.training.courses, 'count', null, '5', q.courses],
    ['training-participants', 'training', 'Participants in multi-agency courses', null, r.period, r.training.participants, 'count', null, '5', q.courses],
    ['training-attendance-rate-percent', 'training', 'Attendance rate', null, r.period, r.training.attendance, 'percent', null, '5', q.courses],
    ['training-rated-excellent-percent', 'training', 'Share of participants rating the training Excellent', null, r.period, r.training.excellent, 'percent', null, '5', q.ratings],
    ['training-rated-good-percent', 'training', 'Share of participants rating the training Good', null, r.period, r.training.good, 'percent', null, '5', q.ratings],
    ['key-achievements-training-courses', 'key-achievements', 'Multi-agency courses run', null, r.period, r.training.courses, 'count', null, '2', q.keyAchievements],
    ['key-achievements-training-attendees', 'key-achievements', 'Attendees of multi-agency courses', null, r.period, r.training.participants, 'count', null, '2', q.keyAchievements],
    ['key-achievements-training-rated-excellent-or-good-percent', 'key-achievements', 'Share rating the training Excellent or Good', null, r.period, r.training.excellent + r.training.good, 'percent', null, '2', q.keyAchievements],
  ];
  if (r.deaths !== undefined) figureRows.push(['cdop-deaths', 'cdop', 'Deaths of children notified to the child death overview panel', null, r.period, r.deaths, 'count', null, '5', q.deaths]);
  if (r.rapidReviews !== undefined) figureRows.push(['rapid-reviews', 'rapid-reviews', 'Rapid reviews held', null, r.period, r.rapidReviews, 'count', null, '5', q.reviews]);
  writeCsv(dir, 'figures.csv', 'id,topic,measure,area,period,value,unit,qualifier,section,quote', figureRows);
  const refs = `from=context-values:referrals-statutory-social-care@${r.previous}; to=context-values:referrals-statutory-social-care@${r.period}`;
  writeCsv(dir, 'claims.csv', 'id,kind,stated,stated_value,per,references,note,section,quote', [
    ['referrals-arrow', 'direction', '↑', null, null, `${refs}; stated=context-indicators:referrals-statutory-social-care#arrow`, null, '9.A', q.referralsArrow],
    ['referrals-change', 'percent-change', `up ${r.referrals.statedChange}%`, r.referrals.statedChange, null, `${refs}; stated=context-indicators:referrals-statutory-social-care#change`, null, '9.A', q.referralsArrow],
  ]);
}
