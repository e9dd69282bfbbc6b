import type { TslabConverter, TslabRuntime } from './tslab-runtime.js';

/** What tslab's converter hands the executor for one cell (tslab/dist/converter `ConvertResult`), as far as sharing needs it. */
interface ConvertResult {
  sideOutputs?: { path: string; data: string }[];
  [key: string]: unknown;
}

/** tslab's converter as the executor calls it: `convert` per cell, `addModule` for a `%module` cell. */
interface Converter extends TslabConverter {
  convert(prevDecl: string, src: string): ConvertResult;
  addModule(...args: unknown[]): unknown;
}

/**
 * tslab's TypeScript converters kept across the notebooks of one `scpkit reproduce` run, one per
 * working directory and mode (node, browser). Creating a converter builds a TypeScript program from
 * scratch, parsing the standard library and every imported package's declarations: about a fifth
 * of a run when each notebook had its own. A converter holds no state of a notebook between cells
 * (tslab passes the previous cells' declarations to every `convert`), so a notebook run on a kept
 * converter gets the same program, diagnostics and JavaScript as on a new one. Two things a
 * converter does keep are handled here:
 * - local `.ts` files a cell imports are converted once per converter: the JavaScript of every one
 *   converted so far is handed to each new notebook's executor with its first cell;
 * - a `%module` cell adds a module to the converter: a converter that took one is closed after that
 *   notebook instead of being kept.
 */
export class SharedConverters {
  private readonly kept = new Map<string, Shared>();

  constructor(private readonly tslab: TslabRuntime) {}

  /** The converters for one notebook's executor, running in `workDir` (the process's working directory when called). */
  forNotebook(workDir: string): { node: TslabConverter; readonly browser: TslabConverter; close: () => void } {
    const used: Shared[] = [];
    const take = (isBrowser: boolean): TslabConverter => {
      const key = `${isBrowser ? 'browser' : 'node'}\0${workDir}`;
      let shared = this.kept.get(key);
      if (shared === undefined) {
        shared = new Shared(this.tslab.createConverter({ isBrowser }) as Converter);
        this.kept.set(key, shared);
      }
      used.push(shared);
      return shared.session(() => this.kept.delete(key));
    };
    const node = take(false);
    let browser: TslabConverter | undefined;
    return {
      node,
      get browser() {
        browser ??= take(true);
        return browser;
      },
      close: () => {
        for (const shared of used) shared.endSession();
      },
    };
  }

  /** Closes every kept converter (end of the run). */
  close(): void {
    for (const shared of this.kept.values()) shared.converter.close();
    this.kept.clear();
  }
}

/** One kept converter and the side outputs (converted local .ts files) it has emitted. */
class Shared {
  private readonly emitted = new Map<string, { path: string; data: string }>();
  private tainted = false;
  private forget: (() => void) | undefined;

  constructor(readonly converter: Converter) {}

  /** The converter as one notebook's executor sees it. */
  session(forget: () => void): Converter {
    this.forget = forget;
    let first = true;
    const converter = this.converter;
    const emitted = this.emitted;
    return {
      convert: (prevDecl: string, src: string): ConvertResult => {
        const result = converter.convert(prevDecl, src);
        for (const out of result.sideOutputs ?? []) emitted.set(out.path, out);
        if (first && emitted.size > 0) {
          const fresh = new Set((result.sideOutputs ?? []).map((o) => o.path));
          const replayed = [...emitted.values()].filter((o) => !fresh.has(o.path));
          result.sideOutputs = [...replayed, ...(result.sideOutputs ?? [])].sort((a, b) => a.path.localeCompare(b.path));
        }
        first = false;
        return result;
      },
      addModule: (...args: unknown[]) => {
        this.tainted = true;
        return converter.addModule(...args);
      },
      close: () => {},
    };
  }

  /** The notebook is done: a converter that took a `%module` is closed and not kept. */
  endSession(): void {
    if (!this.tainted) return;
    this.forget?.();
    this.converter.close();
  }
}
