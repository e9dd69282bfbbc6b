import type { CommandIO } from './command.js';

/** A CommandIO that records what a command prints, for tests. */
export function recordingIO(cwd: string): CommandIO & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (line) => stdout.push(...line.split('\n')), err: (line) => stderr.push(...line.split('\n')) };
}
