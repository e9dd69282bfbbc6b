import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeadlessKernel } from './headless-kernel.js';
import { SharedConverters } from './shared-converters.js';
import { loadTslab } from './tslab-runtime.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tslab = loadTslab(root);

/** Runs `cells` as one notebook in `workDir` (a new kernel), with the shared converters or new ones. */
async function runCells(workDir: string, cells: readonly string[], converters?: SharedConverters) {
  const kernel = startHeadlessKernel(tslab, { workDir, root, cellTimeoutMs: 60_000, ...(converters === undefined ? {} : { converters }) });
  try {
    const results = [];
    for (const cell of cells) results.push(await kernel.run(cell));
    return results;
  } finally {
    kernel.close();
  }
}

describe('SharedConverters (one TypeScript converter for the notebooks of a run)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scpkit-shared-converters-'));
    await writeFile(join(dir, 'helper.ts'), 'export const twice = (n: number): number => n * 2;\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const first = ['const a: number = 20;', 'a + 1', "import { twice } from './helper';\nconsole.log(twice(a));"];
  // The second notebook must not see the first one's names, gets the same type error as on its own,
  // and imports the local file the first one already converted.
  const second = ['a', "const b: string = 1;", "import { twice } from './helper';\nconsole.log(twice(21));", 'const a = "mine"; console.log(a);'];

  it('gives every notebook the outputs it gets with converters of its own', async () => {
    const alone = [await runCells(dir, first), await runCells(dir, second)];
    const converters = new SharedConverters(tslab);
    let shared;
    try {
      shared = [await runCells(dir, first, converters), await runCells(dir, second, converters)];
    } finally {
      converters.close();
    }
    expect(shared).toEqual(alone);
    // What those outputs are: the values, the local import in both notebooks, and the two failures.
    const [one, two] = shared;
    expect(one!.map((r) => r.ok)).toEqual([true, true, true]);
    expect(one![2]!.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: '40\n' }]);
    expect(two!.map((r) => r.ok)).toEqual([false, false, true, true]);
    expect(JSON.stringify(two![0]!.outputs)).toContain("Cannot find name 'a'");
    expect(JSON.stringify(two![1]!.outputs)).toContain("Type 'number' is not assignable to type 'string'");
    expect(two![2]!.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: '42\n' }]);
    expect(two![3]!.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: 'mine\n' }]);
  }, 120_000);
});
