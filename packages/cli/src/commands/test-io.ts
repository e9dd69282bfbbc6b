import type { CommandIO } from './command.js';

/** A CommandIO that records what a command prints, for tests. */
export function recordingIO(cwd: string): CommandIO & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (line) => { for (const l of line.split('\n')) stdout.push(l); }, err: (line) => { for (const l of line.split('\n')) stderr.push(l); } };
}
