// Extracts the commands README.md documents, and decides how a test runs each (tests/readme/).

/** One command line the README documents. */
export interface ReadmeCommand {
  /** The command as the README prints it (comment and `&&` split off). */
  readonly line: string;
  /** 1-based README line it is on. */
  readonly readmeLine: number;
  /** Where it is: in a fenced code block, or an inline code span of the prose. */
  readonly where: 'block' | 'inline';
}

/** A README command is one the test runs: `npx …` or `npm …` (other lines, `apt-get` or `jupyter`, are covered elsewhere). */
const RUN_PREFIX = /^(npx|npm)\s/;
/** In prose, only spans that read as instructions: `npx …`, `npm start`, `npm test`, `npm run …` (not a mention such as "`npm pack` size"). */
const INLINE_PREFIX = /^(npx\s|npm (start|test)\b|npm run\s)/;

/**
 * Every `npx …` and `npm …` command of `readme`: each line of a fenced code block (a trailing
 * `# comment` removed, `a && b` split into two commands) and each inline code span starting with
 * `npx `, `npm start`, `npm test` or `npm run `. In README order; a command in both places is listed at each.
 */
export function readmeCommands(readme: string): ReadmeCommand[] {
  const found: ReadmeCommand[] = [];
  let fenced = false;
  for (const [i, text] of readme.split('\n').entries()) {
    if (/^\s*```/.test(text)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      for (const part of withoutComment(text).split('&&')) {
        const line = part.trim();
        if (RUN_PREFIX.test(line)) found.push({ line, readmeLine: i + 1, where: 'block' });
      }
      continue;
    }
    for (const span of text.matchAll(/`([^`]+)`/g)) {
      const line = span[1]!.trim();
      if (INLINE_PREFIX.test(line)) found.push({ line, readmeLine: i + 1, where: 'inline' });
    }
  }
  return found;
}

/** `text` without a shell comment (`#` at the start or after a space, outside quotes). */
function withoutComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i);
  }
  return text;
}

/** Whether a command is a synopsis (`<dir>`, `[--json]`, `a|b`) rather than a line to type as it is. */
export function isSynopsis(line: string): boolean {
  return /<[^>]+>|\[[^\]]+\]|\|/.test(line);
}

/** How the test runs a README command. */
export type Plan =
  | { readonly kind: 'run'; readonly argv: readonly string[] }
  | { readonly kind: 'help'; readonly argv: readonly string[]; readonly why: string }
  | { readonly kind: 'script-exists'; readonly script: string; readonly why: string }
  | { readonly kind: 'setup'; readonly why: string };

/**
 * Splits a command line into words as a POSIX shell does for the simple lines the README uses
 * (double and single quotes; `$PWD` expanded to `cwd`; a synopsis's `<placeholder>` and `[optional]`
 * parts are words too). Throws on anything else (pipes, `$(…)`, redirections), so a README line the
 * test cannot run faithfully fails loudly.
 */
export function shellWords(line: string, cwd: string): string[] {
  const bare = line.replace(/"[^"]*"|'[^']*'/g, '').replace(/<[^<>]*>|\[[^[\]]*\]/g, '');
  if (/[|;<>`]|\$\(/.test(bare)) throw new Error(`not a simple command: ${line}`);
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = m[1] ?? m[2] ?? m[3]!;
    words.push(m[2] !== undefined ? word : word.replaceAll('$PWD', cwd));
  }
  return words;
}

/** npm scripts the test does not run, and why. */
const NPM_NOT_RUN: Readonly<Record<string, string>> = {
  test: 'the test suite itself (this test is part of it)',
  bench: 'the benchmarks take minutes (bench/); the script must exist',
  start: 'runs every notebook (minutes); the test runs its build and validate steps, and the notebook runs are tested by the reproduce tests',
  docs: 'builds the API reference (tests/docs/api-docs.test.ts runs it)',
  build: "already run: the first step of `npm start`, the README's first command",
};

/** How to run `line` (words from {@link shellWords}). */
export function plan(line: string, cwd: string): Plan {
  const words = shellWords(line, cwd);
  const [tool, first, second] = words;
  if (tool === 'npm') {
    if (first === 'ci' || first === 'install') return { kind: 'setup', why: 'the README\'s first command: the test ran it on the fresh clone' };
    const script = first === 'run' || first === 'run-script' ? second : first;
    if (script === undefined) throw new Error(`npm without a script: ${line}`);
    const why = NPM_NOT_RUN[script];
    if (why !== undefined) return { kind: 'script-exists', script, why };
    return { kind: 'run', argv: words };
  }
  if (tool === 'npx' && first === 'scpkit') {
    const command = second;
    if (command === undefined || /^<.*>$/.test(command)) return { kind: 'help', argv: ['npx', 'scpkit', '--help'], why: 'no command named' };
    if (isSynopsis(line)) return { kind: 'help', argv: ['npx', 'scpkit', command, '--help'], why: 'a synopsis (placeholders)' };
    return { kind: 'run', argv: words };
  }
  if (tool === 'npx') {
    if (isSynopsis(line)) return { kind: 'help', argv: [...words.slice(0, 2), '--help'], why: 'a synopsis (placeholders)' };
    return { kind: 'run', argv: words };
  }
  throw new Error(`not an npx or npm command: ${line}`);
}
