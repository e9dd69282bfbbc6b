import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** Name prefix of a staging folder, created beside the figures folder: `.scpkit-reproduce-<pid>-<random>`. */
export const STAGING_PREFIX = '.scpkit-reproduce-';

/** The record a commit writes first, so a commit cut short is finished by the next run. */
const COMMIT_RECORD = 'commit.json';

interface CommitRecord {
  /** `[staged, target]` notebook files to move into place. */
  readonly notebooks: readonly (readonly [string, string])[];
  /** The figures folder the staged `figures/` replaces. */
  readonly figuresDir: string;
}

/**
 * A run of `scpkit reproduce` being written aside: figures go to a copy of the figures folder and
 * executed notebooks to staged files, all in one staging folder next to the figures folder; only
 * {@link Staging.commit} moves them into place (notebook files first, then the figures folder as a
 * whole, each by a rename). A run interrupted before the commit leaves the previous complete state
 * (and a staging folder the next run removes); a commit interrupted midway is finished by the next run.
 */
export interface Staging {
  /** The staged figures folder (a copy of the figures folder as it was, written over by the run). */
  readonly figuresDir: string;
  /** Where files meant for `dir` are written: the staged figures folder for the figures folder (and below it), else `dir`. */
  redirectDir(dir: string): string;
  /** The staged file the executed notebook meant for `target` is written to (moved to `target` on commit, if written). */
  notebookPath(target: string): string;
  /** `text` with the staged figures folder's path replaced by the figures folder's, for messages. */
  unstaged(text: string): string;
  /** Moves everything staged into place and removes the staging folder. */
  commit(): Promise<void>;
  /** Removes the staging folder, leaving everything as it was. */
  discard(): Promise<void>;
}

/**
 * Starts staging a run whose figures go to `figuresDir` (absolute): first finishes or removes what
 * earlier runs that were interrupted left beside it, then copies the figures folder (if any) into a
 * new staging folder.
 */
export async function startStaging(figuresDir: string): Promise<Staging> {
  const finalFigures = resolve(figuresDir);
  const parent = dirname(finalFigures);
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(parent, finalFigures);
  const dir = await mkdtemp(join(parent, `${STAGING_PREFIX}${process.pid}-`));
  const stagedFigures = join(dir, 'figures');
  if (existsSync(finalFigures)) await cp(finalFigures, stagedFigures, { recursive: true, verbatimSymlinks: true });
  else await mkdir(stagedFigures);
  const notebooks: [string, string][] = [];
  let done = false;
  return {
    figuresDir: stagedFigures,
    redirectDir(asked: string): string {
      const absolute = resolve(asked);
      if (absolute === finalFigures) return stagedFigures;
      if (absolute.startsWith(finalFigures + sep)) return join(stagedFigures, relative(finalFigures, absolute));
      return asked;
    },
    notebookPath(target: string): string {
      const staged = join(dir, 'notebooks', `${notebooks.length}-${basename(target)}`);
      notebooks.push([staged, resolve(target)]);
      return staged;
    },
    unstaged(text: string): string {
      return text.split(stagedFigures).join(finalFigures);
    },
    async commit(): Promise<void> {
      if (done) return;
      done = true;
      const record: CommitRecord = { notebooks, figuresDir: finalFigures };
      await writeFile(join(dir, COMMIT_RECORD), `${JSON.stringify(record)}\n`);
      await finishCommit(dir, record);
    },
    async discard(): Promise<void> {
      if (done) return;
      done = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Moves the staged notebooks and figures folder of `dir` into place (each step skipped once done), then removes `dir`. */
async function finishCommit(dir: string, record: CommitRecord): Promise<void> {
  for (const [staged, target] of record.notebooks) {
    if (!existsSync(staged)) continue;
    await mkdir(dirname(target), { recursive: true });
    await moveFile(staged, target);
  }
  const staged = join(dir, 'figures');
  const previous = join(dir, 'previous');
  if (existsSync(staged)) {
    if (existsSync(record.figuresDir) && !existsSync(previous)) await rename(record.figuresDir, previous);
    await rename(staged, record.figuresDir);
  }
  await rm(dir, { recursive: true, force: true });
}

/** Renames `from` to `to`, copying first when they are on different file systems. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const temporary = join(dirname(to), `${STAGING_PREFIX}${process.pid}-${basename(to)}`);
    await copyFile(from, temporary);
    await rename(temporary, to);
    await rm(from, { force: true });
  }
}

/**
 * The staging folders in `parent` of runs that are no longer running: one that had begun its
 * commit is finished (so the new state is complete), any other is removed (the previous state stands).
 */
async function recoverInterrupted(parent: string, figuresDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(STAGING_PREFIX.length))?.[1]);
    if (Number.isSafeInteger(pid) && isRunning(pid)) continue;
    const dir = join(parent, name);
    let record: CommitRecord | undefined;
    try {
      record = JSON.parse(await readFile(join(dir, COMMIT_RECORD), 'utf8')) as CommitRecord;
    } catch {
      record = undefined;
    }
    if (record !== undefined && resolve(record.figuresDir) === figuresDir) await finishCommit(dir, record);
    else await rm(dir, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
