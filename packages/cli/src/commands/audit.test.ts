import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFolder } from '@scpkit/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from './audit.js';

const root = mkdtempSync(join(tmpdir(), 'scpkit-audit-'));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const source = [
  'Family contacts',
  '\t↑',
  '\tThe total number of Contacts is up 29% on last year (17,011 compared with 13,218).',
  'Referrals were up 10% from last year (4,169 compared to 3,811).',
  'Nearly 200 professionals attended. Over 200 staff attended the event.',
  'A total of 25 children; 38% of all children considered.',
  'In 2021/21 only 11 incidences of young people held overnight.',
].join('\n');

const contextIndicators = ['indicator,group,label,arrow,stated_change_percent,section,quote', 'family-contacts,,Family contacts,up,29,9.A,Family contacts', 'referrals,,Referrals,,10,9.A,Referrals were up 10%'].join('\n');
const contextValues = [
  'indicator,period,value,section,quote',
  'family-contacts,2020/21,13218,9.A,"13,218"',
  'family-contacts,2021/22,17011,9.A,"17,011"',
  'referrals,2020/21,3811,9.A,"3,811"',
  'referrals,2021/22,4169,9.A,"4,169"',
].join('\n');
const figures = [
  'id,topic,measure,area,period,value,unit,qualifier,section,quote',
  'conference-staff,conference,staff attending,,,200,count,over,6.3,Over 200 staff attended',
  'children,rapid-reviews,children,,,25,count,,5.1,A total of 25 children',
  'custody,exploitation,young people held overnight,,2021/21,11,count,,7.2,In 2021/21 only 11 incidences',
].join('\n');
const claimsHeader = 'id,kind,stated,stated_value,per,references,note,section,quote';
const claims = [
  claimsHeader,
  'contacts-arrow,direction,↑,,,from=context-values:family-contacts@2020/21; to=context-values:family-contacts@2021/22,,9.A,"Family contacts\n\t↑"',
  'contacts-change,percent-change,29%,29,,from=context-values:family-contacts@2020/21; to=context-values:family-contacts@2021/22; stated=context-indicators:family-contacts#change,,9.A,up 29% on last year',
  'referrals-change,percent-change,10%,10,,from=context-values:referrals@2020/21; to=context-values:referrals@2021/22,,9.A,Referrals were up 10% from last year',
  'conference-nearly-200,cross-check,Nearly 200,200,,other=figures:conference-staff,,4.4,Nearly 200 professionals attended',
  'children-38-percent,share,38%,38,,whole=figures:children,,5.1,38% of all children considered',
  'children-share-unprinted,share,38%,38,,,,5.1,38% of all children considered',
].join('\n');

/** Writes a dataset folder with the given CSVs and a descriptor made by `describe`. */
function makeDataset(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.txt'), source);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), `${text}\n`);
  const { text } = describeFolder(dir, { title: 'Synthetic report', partnership: 'Nowhere', period: '2021/22', sourcePath: 'source.txt' });
  writeFileSync(join(dir, 'datapackage.json'), text);
  return dir;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await auditCommand.run(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: root });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  makeDataset('good', { 'context-indicators.csv': contextIndicators, 'context-values.csv': contextValues, 'figures.csv': figures, 'claims.csv': claims });
  makeDataset('no-claims', { 'context-indicators.csv': contextIndicators, 'context-values.csv': contextValues });
  makeDataset('bad-register', {
    'context-values.csv': contextValues.replace(/^family-contacts.*\n?/gm, '').replace(/^referrals/gm, 'referrals'),
    'context-indicators.csv': contextIndicators,
    'claims.csv': [claimsHeader, 'dangling,percent-change,10%,10,,from=context-values:referrals@2019/20; to=context-values:referrals@2021/22,,9.A,Referrals were up 10% from last year'].join('\n'),
  });
  const invalid = makeDataset('invalid', { 'context-indicators.csv': contextIndicators, 'context-values.csv': contextValues, 'claims.csv': claims });
  writeFileSync(join(invalid, 'claims.csv'), `${claims.replace('contacts-change,percent-change,29%,29', 'contacts-change,percent-change,29%,twenty-nine')}\n`);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scpkit audit', () => {
  it('prints the claims grouped by status, inconsistent first, with counts, and exits 0', async () => {
    const { code, out, err } = await run(['good']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('good: 6 claims: 3 inconsistent, 1 unverifiable, 1 consistent-after-rounding, 1 consistent');
    const headings = lines.filter((l) => /^[A-Z-]+ \(\d+\)$/.test(l));
    expect(headings).toEqual(['INCONSISTENT (3)', 'UNVERIFIABLE (1)', 'CONSISTENT-AFTER-ROUNDING (1)', 'CONSISTENT (1)', 'ERROR (1)']);
    expect(out).toContain('From 3,811 to 4,169 is a change of +9.39%, which rounds half-up to +9%, not the printed +10%.');
    expect(out).toContain('No whole number of 25 (children) gives 38%: 9 of 25 is 36.00% and 10 of 25 is 40.00%.');
    expect(out).toMatch(/conference-nearly-200 +4\.4 +cross-check +Nearly 200 +over 200/);
    expect(out.indexOf('referrals-change')).toBeLessThan(out.indexOf('contacts-change'));
  });

  it('prints the review findings after the claims, by severity, with their rows', async () => {
    const { code, out } = await run(['good']);
    expect(code).toBe(0);
    expect(out).toContain('good: 1 review finding: 1 error, 0 inconsistency, 0 typo, 0 caveat, 0 unverifiable');
    expect(out).toContain('ERROR (1)');
    expect(out).toMatch(/periods\/invalid-period: figures:4 custody@2021\/21\n +The period "2021\/21" of custody is not a period: "2021\/21" is not a financial year: its two years must be consecutive \(2021\/22\)\./);
    expect(out.indexOf('CONSISTENT (1)')).toBeLessThan(out.indexOf('ERROR (1)'));
  });

  it('--json prints the claims in register order and the review findings', async () => {
    const { code, out } = await run(['good', '--json']);
    expect(code).toBe(0);
    const { claims: results, findings } = JSON.parse(out) as { claims: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    expect(findings).toEqual([
      {
        dataset: 'good',
        check: 'periods',
        kind: 'invalid-period',
        severity: 'error',
        status: 'flagged',
        rows: [{ resource: 'figures', line: 4, key: 'custody@2021/21' }],
        quotes: ['In 2021/21 only 11 incidences'],
        explanation: 'The period "2021/21" of custody is not a period: "2021/21" is not a financial year: its two years must be consecutive (2021/22).',
      },
    ]);
    expect(results.map((r) => [r['id'], r['status']])).toEqual([
      ['contacts-arrow', 'consistent'],
      ['contacts-change', 'consistent-after-rounding'],
      ['referrals-change', 'inconsistent'],
      ['conference-nearly-200', 'inconsistent'],
      ['children-38-percent', 'inconsistent'],
      ['children-share-unprinted', 'unverifiable'],
    ]);
    for (const r of results) expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'section', 'quote', 'kind', 'stated', 'computed', 'status', 'explanation', 'dataset']));
  });

  it('options are flags: a 1-point tolerance makes "up 10%" consistent after rounding', async () => {
    const { code, out } = await run(['good', '--json', '--tolerance', '1']);
    expect(code).toBe(0);
    const referrals = (JSON.parse(out) as { claims: { id: string; status: string }[] }).claims.find((r) => r.id === 'referrals-change');
    expect(referrals?.status).toBe('consistent-after-rounding');
  });

  it('audits every dataset with a claims register below a folder', async () => {
    const { code, out } = await run(['.', '--json']);
    // bad-register and invalid fail, so the exit code is 1, but the good dataset is still audited.
    expect(code).toBe(1);
    const { claims: results, findings } = JSON.parse(out) as { claims: { dataset: string }[]; findings: { dataset: string }[] };
    expect(new Set(results.map((r) => r.dataset))).toEqual(new Set(['good']));
    expect(new Set(findings.map((r) => r.dataset))).toEqual(new Set(['good']));
  });

  it('an invalid dataset prints its problems as validate does and exits 1', async () => {
    const { code, err } = await run(['invalid']);
    expect(code).toBe(1);
    expect(err).toMatch(/^invalid\/claims\.csv:4:stated_value: "twenty-nine" is not a number/m);
    expect(err).toContain('is not a valid dataset');
  });

  it('a register problem prints claims.csv:row:field lines and exits 1', async () => {
    const { code, err } = await run(['bad-register']);
    expect(code).toBe(1);
    expect(err).toContain('bad-register/claims.csv:2:references: reference "context-values:referrals@2019/20" matches no context value [dangling]');
  });

  it('a dataset without claims.csv exits 1; a missing directory or bad flag exits 2', async () => {
    expect((await run(['no-claims'])).code).toBe(1);
    expect((await run(['no-claims'])).err).toContain('has no claims register');
    expect((await run(['missing'])).code).toBe(2);
    expect((await run(['good', '--rounding', 'sideways'])).code).toBe(2);
    expect((await run(['good', '--tolerance', '-1'])).code).toBe(2);
    expect((await run(['good', 'other'])).code).toBe(2);
  });

  it.skipIf(!existsSync(cli))('the built binary exits 0 with a table and 2 for a missing directory', () => {
    const out = execFileSync(process.execPath, [cli, 'audit', 'good'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('good: 6 claims: 3 inconsistent, 1 unverifiable, 1 consistent-after-rounding, 1 consistent');
    expect(() => execFileSync(process.execPath, [cli, 'audit', 'missing'], { cwd: root, stdio: 'pipe' })).toThrow(expect.objectContaining({ status: 2 }));
  });
});
