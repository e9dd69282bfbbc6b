// The "Reproduce" benchmark of issue 10 (not a test): wall time of `scpkit reproduce` over every
// notebook against `jupyter nbconvert --execute` over the same notebooks, with the same tslab kernel
// and dataset. Both write into throw-away folders: neither touches notebooks/ or docs/figures/.
// Prints JSON { scpkitMs, nbconvertMs, notebooks, ... } or { unavailable: reason }.
// Needs a build of every package (cells import the built packages) and, for the comparator, the
// Debian Jupyter packages (see scripts/jupyter-smoke.sh); the tslab kernel is registered under the
// repository's .jupyter/ as that script does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const notebooks = readdirSync(join(root, 'notebooks')).filter((f) => f.endsWith('.ipynb')).sort();
const timed = (cmd, args, options) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: result.status, stderr: String(result.stderr ?? '').trim().split('\n').slice(-3).join(' | ') };
};

const scratch = mkdtempSync(join(tmpdir(), 'scpkit-bench-reproduce-'));
try {
  // scpkit reproduce: every notebook, outputs to a scratch folder.
  const scpkit = timed(process.execPath, [join(root, 'packages/cli/dist/cli.js'), 'reproduce', '--out', join(scratch, 'scpkit')], { cwd: root });
  if (scpkit.status !== 0) throw new Error(`scpkit reproduce exited ${scpkit.status}: ${scpkit.stderr}`);

  const jupyter = spawnSync('jupyter', ['nbconvert', '--version'], { stdio: 'ignore' });
  if (jupyter.status !== 0) {
    console.log(JSON.stringify({ scpkitMs: scpkit.ms, notebooks: notebooks.length, unavailable: 'jupyter nbconvert not found (apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-notebook python3-ipykernel jupyter-client)' }));
    process.exit(0);
  }
  const prefix = join(root, '.jupyter');
  const tslab = join(root, 'node_modules/.bin/tslab');
  const install = spawnSync(tslab, ['install', '--python=/usr/bin/python3', `--prefix=${prefix}`, `--binary=${tslab}`], { stdio: 'ignore' });
  if (install.status !== 0) throw new Error('tslab install (kernel registration under .jupyter/) failed');

  // The repository layout the notebooks expect (as scripts/jupyter-smoke.sh builds it), in a scratch folder.
  const work = join(scratch, 'jupyter');
  mkdirSync(join(work, 'notebooks'), { recursive: true });
  for (const name of ['node_modules', 'datasets', 'package.json']) if (existsSync(join(root, name))) symlinkSync(join(root, name), join(work, name));
  for (const name of notebooks) cpSync(join(root, 'notebooks', name), join(work, 'notebooks', name));
  const nbconvert = timed(
    'jupyter',
    ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=tslab', '--ExecutePreprocessor.timeout=600', '--output-dir', join(work, 'out'), ...notebooks.map((n) => `notebooks/${n}`)],
    { cwd: work, env: { ...process.env, JUPYTER_PATH: join(prefix, 'share/jupyter') } },
  );
  if (nbconvert.status !== 0) throw new Error(`jupyter nbconvert exited ${nbconvert.status}: ${nbconvert.stderr}`);
  console.log(JSON.stringify({ scpkitMs: scpkit.ms, nbconvertMs: nbconvert.ms, notebooks: notebooks.length }));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
