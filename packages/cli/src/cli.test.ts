import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('scpkit binary', () => {
  it('stops quietly with the command exit code when its reader closes early (| head)', () => {
    const run = spawnSync('bash', ['-c', `node "${builtCli}" audit datasets/east-sussex/2021-22 | head -1; echo "status=\${PIPESTATUS[0]}"`], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('status=0');
  });

  it('prints usage and exits 2 without a command', () => {
    const run = spawnSync(process.execPath, [builtCli], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: scpkit <command>');
  });
});
