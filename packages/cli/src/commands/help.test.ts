import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { commands } from './index.js';
import { recordingIO } from './test-io.js';

// The README documents each command by its synopsis; `scpkit <command> --help` must answer it (exit 0), as the README test runs it.
describe('scpkit <command> --help', () => {
  it.each(commands.map((c) => c.name))('%s --help and -h print its usage and exit 0, writing nothing to stderr', async (name) => {
    for (const flag of ['--help', '-h']) {
      const io = recordingIO(tmpdir());
      expect(await main([name, flag], io)).toBe(0);
      expect(io.stdout[0]).toMatch(new RegExp(`^Usage: scpkit ${name}\\b`));
      expect(io.stderr).toEqual([]);
    }
  });
});
