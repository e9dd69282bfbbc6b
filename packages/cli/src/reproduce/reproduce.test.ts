import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { reproduce } from './reproduce.js';
import { STAGING_PREFIX, startStaging } from './staging.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

// Notebook cells import @scpkit/charts the way tslab does: through node_modules to the built dist.
if (!existsSync(join(repo, 'packages/charts/dist/index.cjs')) || !existsSync(join(repo, 'packages/core/dist/index.cjs'))) {
  throw new Error('reproduce tests run fixture notebooks against the built packages: run "npm run build" first');
}

/** A throw-away repository: the fixture notebooks under notebooks/, node_modules linked to this repo's. */
async function makeRoot(notebooks: readonly string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'scpkit-reproduce-'));
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  await mkdir(join(root, 'notebooks'));
  for (const nb of notebooks) await cp(join(fixtures, nb), join(root, 'notebooks', nb));
  return root;
}

/** Every file under `root` except node_modules, as path -> bytes (base64). */
async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(root, path)] = (await readFile(path)).toString('base64');
    }
  };
  await walk(root);
  return files;
}

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

const readNotebook = async (root: string, name: string) => JSON.parse(await readFile(join(root, 'notebooks', name), 'utf8'));

// Roots are removed only at the end of the file: tslab's type checker (loaded once per process)
// keeps resolving '@scpkit/charts' through the first root it saw.
const made: string[] = [];
afterAll(async () => {
  for (const root of made) await rm(root, { recursive: true, force: true });
});

describe('scpkit reproduce', () => {
  let root: string;
  beforeAll(async () => {
    root = await makeRoot(['failing.ipynb', 'figure.ipynb', 'type-error.ipynb']);
  });
  afterAll(() => {
    made.push(root);
  });

  it('runs every notebook, stores outputs, writes figures and the gallery, and names failing cells', async () => {
    const { out, err, io } = capture();
    const code = await reproduce({ root, ...io });
    expect(code).toBe(1);
    expect(out.map((l) => l.replace(/\d+\.\d s/, 'T s'))).toEqual([
      'notebooks/failing.ipynb: FAILED, cell 2 (In [2]) failed, 2 cells run, 0 figures, T s',
      'notebooks/figure.ipynb: 3 cells, 1 figure, T s',
      'notebooks/type-error.ipynb: FAILED, cell 2 (In [1]) failed, 1 cells run, 0 figures, T s',
      'docs/figures/index.html: 1 figure',
      'reproduce: 3 notebooks, 6 cells, 1 figure written, T s; 2 failed: notebooks/failing.ipynb, notebooks/type-error.ipynb',
    ]);
    expect(err).toEqual([
      'scpkit reproduce: notebooks/failing.ipynb: cell 2 (In [2]) failed: Error: boom in cell two',
      "scpkit reproduce: notebooks/type-error.ipynb: cell 2 (In [1]) failed: 1:7 - Type 'string' is not assignable to type 'number'.",
    ]);

    // The figure notebook: outputs and execution counts stored, one display bundle with both MIME types.
    const figureNb = await readNotebook(root, 'figure.ipynb');
    const code_cells = figureNb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
    expect(code_cells.map((c: { execution_count: number }) => c.execution_count)).toEqual([1, 2, 3]);
    expect(code_cells[0].outputs).toEqual([{ name: 'stdout', output_type: 'stream', text: ['3 rows, largest first: Health\n'] }]);
    const display = code_cells[1].outputs[0];
    expect(display.output_type).toBe('display_data');
    expect(Object.keys(display.data)).toEqual(['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
    expect(display.data['application/vnd.vegalite.v5+json'].title).toEqual({ text: 'Referrals by source' });
    expect(display.data['image/svg+xml'].join('')).toMatch(/^<svg [^>]*><title>Referrals by source<\/title>/);
    expect(code_cells[2].outputs).toEqual([{ name: 'stdout', output_type: 'stream', text: ['fixture-referrals\n'] }]);

    // The failing notebook: error stored in cell 2, cell 3 cleared because it did not run.
    const failing = await readNotebook(root, 'failing.ipynb');
    expect(failing.cells[0].outputs).toEqual([{ name: 'stdout', output_type: 'stream', text: ['before the failure\n'] }]);
    expect(failing.cells[1].execution_count).toBe(2);
    expect(failing.cells[1].outputs).toEqual([
      { ename: 'Error', evalue: 'boom in cell two', output_type: 'error', traceback: ['Error: boom in cell two', expect.stringMatching(/^ {4}at evalmachine\.<anonymous>:\d+:\d+$/), expect.stringMatching(/evalmachine/)] },
    ]);
    expect(failing.cells[2]).toMatchObject({ execution_count: null, outputs: [] });

    // Figure files (recording no runner, as Jupyter writes them), and the notebook recorded for the gallery in notebooks.json.
    const figures = join(root, 'docs/figures');
    expect((await readdir(figures)).sort()).toEqual(['fixture-referrals.csv', 'fixture-referrals.png', 'fixture-referrals.svg', 'fixture-referrals.vl.json', 'index.html', 'notebooks.json']);
    const spec = JSON.parse(await readFile(join(figures, 'fixture-referrals.vl.json'), 'utf8'));
    expect(spec).not.toHaveProperty('usermeta');
    expect(JSON.parse(await readFile(join(figures, 'notebooks.json'), 'utf8'))).toEqual({ 'fixture-referrals': 'notebooks/figure.ipynb' });
    expect(await readFile(join(figures, 'fixture-referrals.csv'), 'utf8')).toBe('Category,Referrals\r\nHealth,1205\r\nPolice,412\r\nSchools,380\r\n');
    const gallery = await readFile(join(figures, 'index.html'), 'utf8');
    expect(gallery).toMatch(/<img src="fixture-referrals.svg" width="\d+" height="\d+" alt="Health made the most referrals \(1,205\), then police \(412\) and schools \(380\).">/);
    expect(gallery).toContain('<a href="../../notebooks/figure.ipynb">notebooks/figure.ipynb</a>');
    expect(gallery).toContain('<tr><td>Health</td><td class="num">1,205</td></tr>');
  });

  it('leaves every file byte-for-byte unchanged when run again', async () => {
    const before = await snapshot(root);
    expect(Object.keys(before)).toContain('notebooks/figure.ipynb');
    const { io } = capture();
    expect(await reproduce({ root, ...io })).toBe(1);
    expect(await snapshot(root)).toEqual(before);
  });

  it('--only runs one notebook, chosen by file stem or by the id of a figure it wrote', async () => {
    const byStem = capture();
    expect(await reproduce({ root, only: 'figure', ...byStem.io })).toBe(0);
    expect(byStem.out[0]).toMatch(/^notebooks\/figure\.ipynb: 3 cells, 1 figure, /);
    expect(byStem.out).toHaveLength(3);
    const byFigure = capture();
    expect(await reproduce({ root, only: 'fixture-referrals', ...byFigure.io })).toBe(0);
    expect(byFigure.out[0]).toMatch(/^notebooks\/figure\.ipynb: /);
    const unknown = capture();
    expect(await reproduce({ root, only: 'no-such-thing', ...unknown.io })).toBe(2);
    expect(unknown.err[0]).toBe('scpkit reproduce: --only no-such-thing: no notebook with that name and no figure with that id.');
  });

  it('reports an invalid notebook file as a failure and still runs the others', async () => {
    const other = await makeRoot(['figure.ipynb']);
    try {
      await writeFile(join(other, 'notebooks', 'broken.ipynb'), '{ not json');
      const { out, err, io } = capture();
      expect(await reproduce({ root: other, ...io })).toBe(1);
      expect(err[0]).toMatch(/^scpkit reproduce: notebooks\/broken\.ipynb: invalid notebook: notebooks\/broken\.ipynb: not JSON/);
      expect(out[1]).toMatch(/^notebooks\/figure\.ipynb: 3 cells, 1 figure/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('scpkit reproduce: staged runs', () => {
  const stagingFolders = async (root: string) => (await readdir(join(root, 'docs'))).filter((n) => n.startsWith(STAGING_PREFIX));

  it('a run in place leaves no staging folder and the same files as writing in place (gallery links unchanged)', async () => {
    const root = await makeRoot(['figure.ipynb']);
    try {
      const { io, err } = capture();
      const code = await reproduce({ root, ...io });
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(await stagingFolders(root)).toEqual([]);
      const files = Object.keys(await snapshot(root)).sort();
      expect(files).toEqual(['docs/figures/fixture-referrals.csv', 'docs/figures/fixture-referrals.png', 'docs/figures/fixture-referrals.svg', 'docs/figures/fixture-referrals.vl.json', 'docs/figures/index.html', 'docs/figures/notebooks.json', 'notebooks/figure.ipynb']);
      expect(await readFile(join(root, 'docs/figures/index.html'), 'utf8')).toContain('<a href="../../notebooks/figure.ipynb">notebooks/figure.ipynb</a>');
      const notebook = await readFile(join(root, 'notebooks/figure.ipynb'), 'utf8');
      expect(notebook).not.toContain(STAGING_PREFIX);
      expect(JSON.stringify(await snapshot(root))).not.toContain(Buffer.from(STAGING_PREFIX).toString('base64').slice(0, 12));
    } finally {
      made.push(root);
    }
  });

  it('writes nothing in place until the end: during the run the figures and notebooks are the previous ones', async () => {
    const root = await makeRoot(['figure.ipynb']);
    try {
      const { io } = capture();
      expect(await reproduce({ root, ...io })).toBe(0);
      const before = await snapshot(root);
      // A second notebook that looks at the figures folder and the first notebook while it runs.
      const probe = JSON.parse(await readFile(join(fixtures, 'figure.ipynb'), 'utf8'));
      probe.cells = [
        {
          cell_type: 'code', id: 'probe', metadata: {}, execution_count: null, outputs: [],
          source: [
            "import { readdirSync, writeFileSync } from 'node:fs';\n",
            "writeFileSync('../probe.json', JSON.stringify(readdirSync('../docs/figures').sort()));\n",
            "import { writeFigure, rankedBars } from '@scpkit/charts';\n",
            "await writeFigure(rankedBars([{ category: 'A', value: 1 }], { id: 'probe-figure', title: 'Probe', description: 'One bar.', valueTitle: 'n' }), '../docs/figures');\n",
            "writeFileSync('../probe-after.json', JSON.stringify(readdirSync('../docs/figures').sort()));\n",
          ],
        },
      ];
      await writeFile(join(root, 'notebooks', 'probe.ipynb'), JSON.stringify(probe));
      expect(await reproduce({ root, ...io })).toBe(0);
      // While the probe ran, the real figures folder did not yet hold the figure it had just written.
      const listed = ['fixture-referrals.csv', 'fixture-referrals.png', 'fixture-referrals.svg', 'fixture-referrals.vl.json', 'index.html', 'notebooks.json'];
      expect(JSON.parse(await readFile(join(root, 'notebooks/../probe.json'), 'utf8'))).toEqual(listed);
      expect(JSON.parse(await readFile(join(root, 'probe-after.json'), 'utf8'))).toEqual(listed);
      // At the end it is in place, with the gallery, and the staging folder is gone.
      expect((await readdir(join(root, 'docs/figures'))).sort()).toEqual([...listed.slice(0, 4), 'index.html', 'notebooks.json', 'probe-figure.csv', 'probe-figure.png', 'probe-figure.svg', 'probe-figure.vl.json'].sort());
      expect(await readFile(join(root, 'docs/figures/index.html'), 'utf8')).toContain('probe-figure.svg');
      expect(await stagingFolders(root)).toEqual([]);
      expect((await snapshot(root))['notebooks/figure.ipynb']).toBe(before['notebooks/figure.ipynb']);
    } finally {
      made.push(root);
    }
  });

  it('a run interrupted before its end (its staging folder left behind) leaves the previous state, and the next run cleans up', async () => {
    const root = await makeRoot(['figure.ipynb']);
    try {
      const { io } = capture();
      expect(await reproduce({ root, ...io })).toBe(0);
      const before = await snapshot(root);
      // What a killed run leaves: a staging folder of a process that no longer runs, with new files.
      const stale = join(root, 'docs', `${STAGING_PREFIX}999999999-abc`);
      await mkdir(join(stale, 'figures'), { recursive: true });
      await mkdir(join(stale, 'notebooks'), { recursive: true });
      await writeFile(join(stale, 'figures', 'new-figure.svg'), '<svg/>');
      await writeFile(join(stale, 'notebooks', '0-figure.ipynb'), '{}');
      const withStale = await snapshot(root);
      for (const [file, bytes] of Object.entries(before)) expect(withStale[file], file).toBe(bytes);
      expect(await reproduce({ root, ...io })).toBe(0);
      expect(await snapshot(root)).toEqual(before);
    } finally {
      made.push(root);
    }
  });

  it('a commit cut short (its record written) is finished by the next run', async () => {
    const root = await makeRoot([]);
    try {
      const stale = join(root, 'docs', `${STAGING_PREFIX}999999999-def`);
      const figures = join(root, 'docs', 'figures');
      await mkdir(join(stale, 'figures'), { recursive: true });
      await mkdir(join(stale, 'notebooks'), { recursive: true });
      await writeFile(join(stale, 'figures', 'index.html'), 'new gallery');
      await writeFile(join(stale, 'notebooks', '0-x.ipynb'), 'new notebook');
      await mkdir(join(stale, 'previous'));
      await writeFile(join(stale, 'previous', 'index.html'), 'old gallery');
      await writeFile(join(stale, 'commit.json'), JSON.stringify({ notebooks: [[join(stale, 'notebooks', '0-x.ipynb'), join(root, 'notebooks', 'x.ipynb')]], figuresDir: figures }));
      const staging = await startStaging(figures);
      await staging.discard();
      expect(await readFile(join(figures, 'index.html'), 'utf8')).toBe('new gallery');
      expect(await readFile(join(root, 'notebooks', 'x.ipynb'), 'utf8')).toBe('new notebook');
      expect(await stagingFolders(root)).toEqual([]);
    } finally {
      made.push(root);
    }
  });

  it('a run whose gallery cannot be written changes nothing', async () => {
    const root = await makeRoot(['figure.ipynb']);
    try {
      const { io } = capture();
      expect(await reproduce({ root, ...io })).toBe(0);
      // The fixture notebook's stored outputs are then changed, so a new run would rewrite it.
      const nb = await readNotebook(root, 'figure.ipynb');
      nb.cells[1].outputs = [];
      await writeFile(join(root, 'notebooks', 'figure.ipynb'), JSON.stringify(nb));
      await rm(join(root, 'docs/figures/index.html'));
      await mkdir(join(root, 'docs/figures/index.html'));
      const before = await snapshot(root);
      const failed = capture();
      expect(await reproduce({ root, ...failed.io })).toBe(1);
      expect(failed.err).toEqual([`scpkit reproduce: cannot write the gallery docs/figures/index.html: cannot open ${join(root, 'docs', 'figures', 'index.html')}: illegal operation on a directory (EISDIR)`]);
      expect(await snapshot(root)).toEqual(before);
      expect(await stagingFolders(root)).toEqual([]);
    } finally {
      made.push(root);
    }
  });

  it('with --out, the run is staged in the output folder and the source notebooks are untouched', async () => {
    const root = await makeRoot(['figure.ipynb']);
    try {
      const source = await readFile(join(root, 'notebooks/figure.ipynb'), 'utf8');
      const { io } = capture();
      // The fixture has no parameters cell, so it fails; the gallery is still written, through the staging folder.
      expect(await reproduce({ root, outDir: 'out/x', ...io })).toBe(1);
      expect(await readFile(join(root, 'notebooks/figure.ipynb'), 'utf8')).toBe(source);
      expect(await readdir(join(root, 'out/x'))).toEqual(['figures']);
      expect(await readdir(join(root, 'out/x/figures'))).toEqual(['index.html']);
    } finally {
      made.push(root);
    }
  });
});

describe('scpkit reproduce (command line)', () => {
  it('rejects bad arguments with exit code 2', async () => {
    const { err, io } = capture();
    expect(await main(['reproduce', '--only'], { ...io, cwd: repo })).toBe(2);
    expect(await main(['reproduce', '--timeout', '-1'], { ...io, cwd: repo })).toBe(2);
    expect(await main(['reproduce', '--frobnicate'], { ...io, cwd: repo })).toBe(2);
    expect(err).toHaveLength(3);
  });

  it('exits non-zero from the built binary, naming the notebook and the cell', async () => {
    const cli = join(repo, 'packages/cli/dist/cli.js');
    if (!existsSync(cli)) throw new Error('run "npm run build" first: packages/cli/dist/cli.js is missing');
    const root = await makeRoot(['failing.ipynb']);
    try {
      const run = spawnSync(process.execPath, [cli, 'reproduce'], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('scpkit reproduce: notebooks/failing.ipynb: cell 2 (In [2]) failed: Error: boom in cell two');
      expect(run.stdout).toMatch(/reproduce: 1 notebook, 2 cells, 0 figures written, [\d.]+ s; 1 failed: notebooks\/failing\.ipynb/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
