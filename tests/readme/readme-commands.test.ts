// Every command the README documents works as documented (issue 11): `npx scpkit …` runs this
// repository's CLI, never a package from the registry, and exits 0.
//
// The fresh-clone run (SCPKIT_FRESH_CLONE=1; CI sets it in .ci/run) clones the repository's
// committed HEAD into a temporary folder and runs, as a new user would:
//   1. the README's first command, `npm ci && npm start`, as `npm ci` (offline: from npm's cache,
//      so the bin links are exactly what an install makes) and the first two steps of `npm start`
//      (build, validate every dataset). The third step, re-running every notebook, takes minutes
//      and is what the reproduce tests and the any-partnership acceptance test check.
//   2. every `npx …` / `npm …` line of the README, in order, with npm_config_offline=true and
//      npm_config_yes=false: a command that is not installed locally fails instead of being fetched.
//      A synopsis line (`<dir>`, `[--json]`) runs as `<command> --help`; a concrete `reproduce` line
//      runs every notebook on its dataset (about a minute); `npm test`, `npm run bench`, `npm run build` (already run)
//      and `npm run docs` (tests/docs) are checked to exist as scripts. The README's "fill the CSVs"
//      step after `scpkit init` is done by copying the project's default dataset into the new folder.
//   3. with SCPKIT_JUPYTER=1 too: the README's `jupyter notebook …` line, as root if the test is
//      root, serving the notebooks with the tslab kernel registered.
// It costs an `npm ci` and a build (a few minutes on an idle machine), hence opt-in.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../packages/cli/src/commands/index.js';
import { isSynopsis, plan, readmeCommands, shellWords, type Plan } from './readme-commands.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const documented = readmeCommands(readme);

describe('the commands README.md documents', () => {
  it('are found: every `npx scpkit` of the README is an extracted command', () => {
    const mentions = readme.match(/npx scpkit\b/g) ?? [];
    expect(documented.filter((c) => c.line.startsWith('npx scpkit')).length).toBe(mentions.length);
    expect(mentions.length).toBeGreaterThan(5);
  });

  it('name only commands scpkit has, and each has a plan (run, --help, or a script that must exist)', () => {
    const names = new Set(commands.map((c) => c.name));
    for (const c of documented) {
      const words = shellWords(c.line, '/repo');
      if (words[0] === 'npx' && words[1] === 'scpkit' && words[2] !== undefined && !/^<.*>$/.test(words[2])) expect(names, `README line ${c.readmeLine}: ${c.line}`).toContain(words[2]);
      expect(() => plan(c.line, '/repo'), `README line ${c.readmeLine}: ${c.line}`).not.toThrow();
    }
  });

  it('name only npm scripts the root package.json defines', () => {
    const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const c of documented) {
      const p = plan(c.line, '/repo');
      if (p.kind === 'script-exists') expect(Object.keys(scripts), `README line ${c.readmeLine}: ${c.line}`).toContain(p.script);
      if (p.kind === 'run' && p.argv[0] === 'npm') expect(Object.keys(scripts)).toContain(p.argv[1] === 'run' ? p.argv[2] : p.argv[1]);
    }
  });

  it('extraction: code-block lines lose comments and split on &&; inline spans count; other tools are left out', () => {
    const text = ['Run `npx scpkit audit x` or `ls`; `npm pack` size.', '```sh', 'npm ci && npm start   # first', 'apt-get install x', 'npx scpkit init "A # B" 2022/23 # comment', '```'].join('\n');
    expect(readmeCommands(text).map((c) => [c.line, c.readmeLine, c.where])).toEqual([
      ['npx scpkit audit x', 1, 'inline'],
      ['npm ci', 3, 'block'],
      ['npm start', 3, 'block'],
      ['npx scpkit init "A # B" 2022/23', 5, 'block'],
    ]);
    expect(shellWords('npx scpkit init "A # B" 2022/23 --dir=$PWD/x', '/r')).toEqual(['npx', 'scpkit', 'init', 'A # B', '2022/23', '--dir=/r/x']);
    expect(() => shellWords('npx scpkit validate | tee x', '/r')).toThrow(/not a simple command/);
    expect(isSynopsis('npx scpkit validate [dir] [--json]')).toBe(true);
    expect(isSynopsis('npx scpkit validate datasets/x/2021-22')).toBe(false);
  });
});

const fresh = process.env['SCPKIT_FRESH_CLONE'] === '1';
const jupyter = process.env['SCPKIT_JUPYTER'] === '1';

/** The environment every README command runs with: npx may not fetch anything. */
const offlineEnv = { ...process.env, npm_config_offline: 'true', npm_config_yes: 'false', npm_config_update_notifier: 'false' };

function run(argv: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(argv[0]!, argv.slice(1), { cwd, env: offlineEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
const shown = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n--- stdout (end)\n${r.stdout?.slice(-2000)}\n--- stderr (end)\n${r.stderr?.slice(-2000)}`;

describe.skipIf(!fresh)('on a fresh clone (SCPKIT_FRESH_CLONE=1)', () => {
  it('after the README\'s first command, every npx / npm line of the README exits 0 without the registry', async () => {
    const work = mkdtempSync(join(tmpdir(), 'scpkit-fresh-clone-'));
    const clone = join(work, 'scpkit');
    try {
      const cloned = spawnSync('git', ['clone', '--quiet', repo, clone], { encoding: 'utf8' });
      expect(cloned.status, cloned.stderr).toBe(0);
      expect(existsSync(join(clone, 'packages/cli/dist'))).toBe(false);

      // 1. The first command: npm ci, then npm start's build and validate steps.
      const ci = run(['npm', 'ci', '--no-audit', '--no-fund'], clone);
      expect(ci.status, shown(ci)).toBe(0);
      expect(realpathSync(join(clone, 'node_modules/.bin/scpkit'))).toBe(realpathSync(join(clone, 'packages/cli/bin/scpkit.js')));
      const start = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start']!;
      const steps = start.split('&&').map((s) => s.trim());
      // Every step but the all-notebooks re-run (minutes; reproduce is checked as --help below).
      const rerunsNotebooks = (step: string) => / reproduce$/.test(step);
      expect(steps.filter(rerunsNotebooks)).toHaveLength(1);
      for (const step of steps.filter((s) => !rerunsNotebooks(s))) {
        const r = run(shellWords(step, clone), clone);
        expect(r.status, `${step}\n${shown(r)}`).toBe(0);
      }

      // 2. Every README command, in order.
      const defaultDataset = join(clone, (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scpkit: { dataset: string } }).scpkit.dataset);
      const scripts = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
      const ran: string[] = [];
      for (const c of readmeCommands(readFileSync(join(clone, 'README.md'), 'utf8'))) {
        const p: Plan = plan(c.line, clone);
        const label = `README line ${c.readmeLine}: ${c.line}`;
        if (p.kind === 'setup') continue;
        if (p.kind === 'script-exists') {
          expect(Object.keys(scripts), label).toContain(p.script);
          continue;
        }
        const r = run(p.argv, clone);
        expect(r.status, `${label}\nran: ${p.argv.join(' ')}\n${shown(r)}`).toBe(0);
        ran.push(p.argv.join(' '));
        if (p.kind === 'run' && p.argv[1] === 'scpkit' && p.argv[2] === 'init') {
          // The README's next step: paste the report text and fill the CSVs. Filled here from the project's default dataset.
          const made = /^(\S+): new dataset/m.exec(r.stdout)?.[1];
          expect(made, r.stdout).toBeDefined();
          for (const name of readdirSync(defaultDataset)) {
            if (name !== 'datapackage.json' && name !== 'README.md') cpSync(join(defaultDataset, name), join(clone, made!, name), { recursive: true });
          }
        }
      }
      expect(ran.some((a) => a.startsWith('npx scpkit validate datasets/'))).toBe(true);
      expect(ran.some((a) => a.startsWith('npx scpkit audit datasets/'))).toBe(true);

      // 3. The README's Jupyter line serves the notebooks with the tslab kernel (as root too: --allow-root).
      if (jupyter) await expectJupyterServes(clone);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 40 * 60_000);
});

/** Starts the README's `JUPYTER_PATH=… jupyter notebook …` line (plus --no-browser and a free port) and checks it lists the tslab kernel. */
async function expectJupyterServes(clone: string): Promise<void> {
  const line = readFileSync(join(clone, 'README.md'), 'utf8').split('\n').find((l) => /^JUPYTER_PATH=\S+ jupyter notebook /.test(l));
  expect(line, 'the README has a `JUPYTER_PATH=… jupyter notebook …` line').toBeDefined();
  const words = shellWords(line!.replace(/\s+#.*$/, ''), clone);
  const env: Record<string, string> = { ...(offlineEnv as Record<string, string>) };
  while (/^[A-Z_]+=/.test(words[0]!)) {
    const [k, ...v] = words.shift()!.split('=');
    env[k!] = v.join('=');
  }
  const port = await freePort();
  const server = spawn(words[0]!, [...words.slice(1), '--no-browser', `--port=${port}`, '--NotebookApp.token=readme-test'], { cwd: clone, env });
  let log = '';
  server.stderr.on('data', (d: Buffer) => (log += d.toString()));
  server.stdout.on('data', (d: Buffer) => (log += d.toString()));
  try {
    let specs: { kernelspecs?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 120 && specs === undefined && server.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/kernelspecs?token=readme-test`);
        if (res.ok) specs = (await res.json()) as typeof specs;
      } catch {
        // not listening yet
      }
    }
    expect(specs, `jupyter notebook did not serve:\n${log}`).toBeDefined();
    expect(Object.keys(specs!.kernelspecs ?? {})).toContain('tslab');
  } finally {
    server.kill('SIGTERM');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
