import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordingIO } from './test-io.js';
import { validateCommand } from './validate.js';

const corpus = fileURLToPath(new URL('../../../core/src/dataset/__corpus__', import.meta.url));
const builtCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const invalidCases = readdirSync(join(corpus, 'invalid')).sort();
const validCases = readdirSync(join(corpus, 'valid')).sort();
const expectedLines = (name: string) => readFileSync(join(corpus, 'invalid', name, 'expected.txt'), 'utf8').trimEnd().split('\n');

async function validate(args: string[], cwd: string) {
  const io = recordingIO(cwd);
  const code = await validateCommand.run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('scpkit validate (command function)', () => {
  it.each(invalidCases)('invalid/%s: prints the expected file:row:field lines and a count, exits 1', async (name) => {
    const expected = expectedLines(name);
    const { code, stdout } = await validate(['.'], join(corpus, 'invalid', name));
    expect(code).toBe(1);
    expect(stdout.slice(0, -1)).toEqual(expected);
    expect(stdout.at(-1)).toBe(`${expected.length} problem${expected.length === 1 ? '' : 's'} in 1 of 1 dataset`);
  });

  it.each(validCases)('valid/%s: exits 0 with a summary', async (name) => {
    const { code, stdout } = await validate(['.'], join(corpus, 'valid', name));
    expect(code).toBe(0);
    expect(stdout[0]).toBe('.: valid (Example Safeguarding Children Partnership Annual Report 2030/31 (test corpus, made up))');
    expect(stdout.at(-1)).toBe('1 dataset valid');
  });

  it('summarises each resource with its rows and fields, and the totals', async () => {
    const { stdout } = await validate(['valid/base'], corpus);
    expect(stdout).toEqual([
      'valid/base: valid (Example Safeguarding Children Partnership Annual Report 2030/31 (test corpus, made up))',
      '  resource              rows  fields',
      '  acronyms                 3       4',
      '  board-members            2      10',
      '  context-indicators       2       7',
      '  context-values           2       5',
      '  figures                  5      10',
      '  5 resources             14      36',
      '1 dataset valid',
    ]);
  });

  it('names files relative to the working directory', async () => {
    const { stdout } = await validate(['invalid/negative-count'], corpus);
    expect(stdout[0]).toBe('invalid/negative-count/context-values.csv:3:value: -64 is below the minimum 0');
  });

  it('validates every dataset below a folder without datapackage.json', async () => {
    const valid = await validate(['valid'], corpus);
    expect(valid.code).toBe(0);
    expect(valid.stdout.at(-1)).toBe(`${validCases.length} datasets valid`);
    const all = await validate(['.'], corpus);
    expect(all.code).toBe(1);
    const problems = invalidCases.reduce((sum, name) => sum + expectedLines(name).length, 0);
    expect(all.stdout.at(-1)).toBe(`${problems} problems in ${invalidCases.length} of ${invalidCases.length + validCases.length} datasets`);
  });

  it('exits 2 for a missing directory, a folder without datasets, or bad options', async () => {
    const missing = await validate(['no/such/dir'], corpus);
    expect(missing).toEqual({ code: 2, stdout: [], stderr: ['scpkit validate: no such directory: no/such/dir'] });
    const empty = await validate(['.'], join(corpus, '..', 'schemas'));
    expect(empty.code).toBe(2);
    expect(empty.stderr[0]).toBe('scpkit validate: no dataset (a folder with datapackage.json) found in .');
    expect((await validate(['--bogus'], corpus)).code).toBe(2);
    expect((await validate(['a', 'b'], corpus)).code).toBe(2);
  });

  it('prints machine-readable results with --json', async () => {
    const { code, stdout } = await validate(['invalid/several-problems', '--json'], corpus);
    expect(code).toBe(1);
    const report = JSON.parse(stdout.join('\n'));
    expect(report.datasets).toHaveLength(1);
    expect(report.datasets[0].dir).toBe('invalid/several-problems');
    expect(report.datasets[0].valid).toBe(false);
    expect(report.datasets[0].problems.map((p: { code: string }) => p.code)).toEqual(['pattern-mismatch', 'not-a-number', 'not-in-enum', 'not-in-enum', 'missing-required-value']);
    expect(report.datasets[0].problems[0]).toEqual({
      file: 'invalid/several-problems/figures.csv',
      row: 2,
      field: 'id',
      code: 'pattern-mismatch',
      message: '"Training Sessions" does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$',
    });
    expect(report.datasets[0].summary.totals).toEqual({ resources: 5, rows: 14, fields: 36 });
  });
});

describe('scpkit validate (built binary)', () => {
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [builtCli, ...args], { cwd, encoding: 'utf8' });

  it('is built (run npm run build first)', () => {
    expect(existsSync(builtCli), `${builtCli} is missing: run "npm run build"`).toBe(true);
  });

  it.each(['non-numeric-count', 'unclosed-quote', 'broken-json', 'several-problems', 'sha256-mismatch', 'missing-file'])('invalid/%s: exit 1 and the expected lines', (name) => {
    const result = run(['validate'], join(corpus, 'invalid', name)); // no dir: defaults to "datasets", which does not exist here
    expect(result.status).toBe(2);
    const explicit = run(['validate', '.'], join(corpus, 'invalid', name));
    expect(explicit.status).toBe(1);
    expect(explicit.stdout.trimEnd().split('\n').slice(0, -1)).toEqual(expectedLines(name));
  });

  it('valid/crlf: exit 0', () => {
    const result = run(['validate', 'valid/crlf'], corpus);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid/crlf: valid');
  });
});

describe('scpkit validate: claims register', () => {
  it('reports a claim whose reference selects nothing, naming claims.csv, row, field and claim id', async () => {
    const shipped = fileURLToPath(new URL('../../../../datasets/east-sussex/2021-22', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'scpkit-claims-'));
    try {
      cpSync(shipped, dir, { recursive: true });
      const claims = readFileSync(join(dir, 'claims.csv'), 'utf8');
      const broken = claims.replace('from=context-values:family-contacts@2020/21', 'from=context-values:no-such-indicator@2020/21');
      expect(broken).not.toBe(claims);
      writeFileSync(join(dir, 'claims.csv'), broken);
      const { code, stdout } = await validate(['.'], dir);
      expect(code).toBe(1);
      expect(stdout[0]).toMatch(/^claims\.csv:\d+:references: reference "context-values:no-such-indicator@2020\/21" matches no context value \[[a-z0-9-]+\]$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scpkit validate with very many problems', () => {
  it('prints all 150,000 problems of a descriptor with 150,000 bad keywords (no stack overflow)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scpkit-keywords-'));
    try {
      cpSync(join(corpus, 'valid', 'base'), dir, { recursive: true });
      const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
      descriptor['keywords'] = Array.from({ length: 150_000 }, (_, i) => i);
      writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
      const { code, stdout } = await validate(['.'], dir);
      expect(code).toBe(1);
      expect(stdout.filter((line) => line.startsWith('datapackage.json:-:keywords['))).toHaveLength(150_000);
      expect(stdout.at(-1)).toBe('150000 problems in 1 of 1 dataset');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

