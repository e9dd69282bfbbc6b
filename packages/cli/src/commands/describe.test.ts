import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DICTIONARY_END, DATA_DICTIONARY_START, renderDataDictionary } from '@scpkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCommand } from './describe.js';
import { recordingIO } from './test-io.js';

const base = fileURLToPath(new URL('../../../core/src/dataset/__corpus__/valid/base', import.meta.url));
const committed = readFileSync(join(base, 'datapackage.json'), 'utf8');
// Scratch copies live in the repository's ignored .tmp folder.
const scratchRoot = fileURLToPath(new URL('../../../../.tmp/', import.meta.url));
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(join(scratchRoot, 'describe-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyOfBase(name: string, withDescriptor: boolean): string {
  const dir = join(scratch, name);
  cpSync(base, dir, { recursive: true });
  if (!withDescriptor) rmSync(join(dir, 'datapackage.json'));
  return dir;
}

async function describeRun(args: string[], cwd: string) {
  const io = recordingIO(cwd);
  const code = await describeCommand.run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const METADATA = ['--title', 'Example Safeguarding Children Partnership Annual Report 2030/31 (test corpus, made up)', '--partnership', 'Example', '--period', '2030/31', '--source', 'source.txt'];

describe('scpkit describe', () => {
  it('writes the same datapackage.json as the committed one from the CSVs and metadata alone', async () => {
    const dir = copyOfBase('fresh', false);
    const first = await describeRun(['fresh', ...METADATA], scratch);
    expect(first).toEqual({ code: 0, stdout: ['fresh/datapackage.json: written'], stderr: [] });
    expect(readFileSync(join(dir, 'datapackage.json'), 'utf8')).toBe(committed);
    expect(await describeRun(['fresh', '--check'], scratch)).toEqual({ code: 0, stdout: ['fresh/datapackage.json: up to date'], stderr: [] });
  });

  it('adds a new standard CSV, and --check says the descriptor is out of date until it is rewritten', async () => {
    const dir = copyOfBase('grown', true);
    writeFileSync(join(dir, 'priorities.csv'), 'priority,period,leads,section,quote\n');
    const check = await describeRun(['--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toEqual(['datapackage.json: out of date (run scpkit describe without --check to rewrite it)']);
    expect(readFileSync(join(dir, 'datapackage.json'), 'utf8')).toBe(committed);
    expect((await describeRun([], dir)).stdout).toEqual(['datapackage.json: rewritten']);
    const written = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(written.resources.map((r: { name: string }) => r.name)).toEqual(['acronyms', 'board-members', 'context-indicators', 'context-values', 'figures', 'priorities']);
  });

  it('warns about CSVs that are not standard resources', async () => {
    const dir = copyOfBase('extra', true);
    writeFileSync(join(dir, 'notes.csv'), 'a\n');
    const result = await describeRun(['extra'], scratch);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual(['scpkit describe: extra/notes.csv is not a standard resource and has no resource in datapackage.json; left out']);
  });

  it('exits 1 naming the missing metadata, 2 for a missing folder or bad options', async () => {
    copyOfBase('bare', false);
    const bare = await describeRun(['bare', '--title', 'T'], scratch);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toEqual([
      'bare/datapackage.json:-:scpkit.partnership: is required: give it with --partnership',
      'bare/datapackage.json:-:scpkit.period: is required: give it with --period',
      'bare/datapackage.json:-:name: is required: give it with --name',
      'scpkit describe: cannot describe bare',
    ]);
    expect((await describeRun(['nowhere'], scratch)).code).toBe(2);
    expect((await describeRun(['--nonsense'], scratch)).code).toBe(2);
  });

  it('regenerates the data dictionary between the markers with --dictionary', async () => {
    const readme = join(scratch, 'README.md');
    writeFileSync(readme, `# Data\n\n${DATA_DICTIONARY_START}\nstale\n${DATA_DICTIONARY_END}\n`);
    expect((await describeRun(['--dictionary', 'README.md', '--check'], scratch)).code).toBe(1);
    expect((await describeRun(['--dictionary', 'README.md'], scratch)).stdout).toEqual(['README.md: rewritten']);
    expect(readFileSync(readme, 'utf8')).toBe(`# Data\n\n${DATA_DICTIONARY_START}\n\n${renderDataDictionary().trimEnd()}\n\n${DATA_DICTIONARY_END}\n`);
    expect((await describeRun(['--dictionary', 'README.md', '--check'], scratch)).code).toBe(0);
    writeFileSync(join(scratch, 'plain.md'), '# no markers\n');
    expect((await describeRun(['--dictionary', 'plain.md'], scratch)).code).toBe(1);
    expect((await describeRun(['--dictionary', 'absent.md'], scratch)).code).toBe(2);
  });
});
