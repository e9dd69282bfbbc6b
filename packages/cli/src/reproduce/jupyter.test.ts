import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reproduce } from './reproduce.js';

// Real Jupyter is a Debian install (see scripts/jupyter-smoke.sh); CI opts in with SCPKIT_JUPYTER=1.
const enabled = process.env.SCPKIT_JUPYTER === '1';
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const script = join(repo, 'scripts/jupyter-smoke.sh');

type Cell = { cell_type: string; outputs?: unknown[] };
const codeOutputs = (nb: { cells: Cell[] }) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.outputs);

describe.skipIf(!enabled)('real Jupyter (SCPKIT_JUPYTER=1)', () => {
  it('executes the figure notebook with nbconvert and the tslab kernel, with the same outputs as scpkit reproduce', async () => {
    const work = await mkdtemp(join(tmpdir(), 'scpkit-jupyter-'));
    try {
      const run = spawnSync(script, [join(fixtures, 'figure.ipynb'), join(work, 'jupyter')], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const viaJupyter = JSON.parse(await readFile(join(work, 'jupyter', 'figure.ipynb'), 'utf8'));
      expect(viaJupyter.metadata.kernelspec.name).toBe('tslab');

      const root = join(work, 'headless');
      await mkdir(join(root, 'notebooks'), { recursive: true });
      await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
      await cp(join(fixtures, 'figure.ipynb'), join(root, 'notebooks', 'figure.ipynb'));
      expect(await reproduce({ root, out: () => {}, err: () => {} })).toBe(0);
      const headless = JSON.parse(await readFile(join(root, 'notebooks', 'figure.ipynb'), 'utf8'));

      const outputs = codeOutputs(viaJupyter);
      expect(JSON.stringify(outputs)).toContain('application/vnd.vegalite.v5+json');
      expect(outputs).toEqual(codeOutputs(headless));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('fails (non-zero) on a notebook whose cell throws', () => {
    const run = spawnSync(script, [join(fixtures, 'failing.ipynb')], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('boom in cell two');
  }, 180_000);

  it('executes a real report notebook (rapid-reviews) with nbconvert, giving the outputs and the figure files (byte for byte) committed by scpkit reproduce', async () => {
    const work = await mkdtemp(join(tmpdir(), 'scpkit-jupyter-'));
    try {
      const notebook = join(repo, 'notebooks', 'rapid-reviews.ipynb');
      const run = spawnSync(script, [notebook, join(work, 'jupyter')], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const viaJupyter = JSON.parse(await readFile(join(work, 'jupyter', 'rapid-reviews.ipynb'), 'utf8'));
      const committed = JSON.parse(await readFile(notebook, 'utf8'));
      const outputs = codeOutputs(viaJupyter);
      expect(JSON.stringify(outputs)).toContain('application/vnd.vegalite.v5+json');
      expect(outputs).toEqual(codeOutputs(committed));

      // The files it wrote are exactly those scpkit reproduce committed for this notebook: same names, same bytes.
      const figures = join(repo, 'docs/figures');
      const recorded = JSON.parse(await readFile(join(figures, 'notebooks.json'), 'utf8')) as Record<string, string>;
      const owned = Object.keys(recorded).filter((id) => recorded[id] === 'notebooks/rapid-reviews.ipynb');
      expect(owned.length).toBeGreaterThan(0);
      const written = (await readdir(join(work, 'jupyter', 'figures'))).sort();
      expect(written).toEqual(owned.flatMap((id) => ['csv', 'png', 'svg', 'vl.json'].map((ext) => `${id}.${ext}`)).sort());
      for (const name of written) {
        expect(Buffer.compare(await readFile(join(work, 'jupyter', 'figures', name)), await readFile(join(figures, name))), name).toBe(0);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 300_000);
});
