import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format, types } from 'node:util';
import type { NotebookOutput } from './notebook.js';
import type { SharedConverters } from './shared-converters.js';
import type { TslabDisplayData, TslabExecutor, TslabRuntime } from './tslab-runtime.js';

/** What one cell produced. `ok` is false when tslab reported a failure (type error, exception, timeout). */
export interface CellResult {
  readonly ok: boolean;
  readonly outputs: NotebookOutput[];
}

/** A tslab executor running in a notebook's directory, capturing each cell's outputs. */
export interface HeadlessKernel {
  run(source: string): Promise<CellResult>;
  /** Releases tslab's TypeScript service and returns to the previous working directory. */
  close(): void;
}

/** Options of {@link startHeadlessKernel}. */
export interface HeadlessKernelOptions {
  /** Directory the notebook lives in: cells run there, as under Jupyter (relative paths, imports). */
  readonly workDir: string;
  /** Repository root; stack-trace paths under it are shown relative, so stored errors do not depend on the checkout path. */
  readonly root: string;
  /** A cell still awaiting after this many milliseconds is interrupted and fails. */
  readonly cellTimeoutMs: number;
  /** Converters kept across the notebooks of a run (see {@link SharedConverters}); default: new ones, closed with the kernel. */
  readonly converters?: SharedConverters;
}

/** Collects one cell's outputs in order, merging consecutive writes to the same stream. */
class OutputSink {
  readonly outputs: NotebookOutput[] = [];
  failed = false;
  private readonly displayIndex = new Map<string, number>();

  constructor(private readonly root: string) {}

  stream(name: 'stdout' | 'stderr', text: string): void {
    if (text === '') return;
    const last = this.outputs.at(-1);
    if (last?.output_type === 'stream' && last.name === name) last.text += text;
    else this.outputs.push({ output_type: 'stream', name, text });
  }

  display(content: TslabDisplayData, update: boolean): void {
    const data: Record<string, unknown> = {};
    for (const [mime, value] of Object.entries(content.data ?? {})) {
      data[mime] = value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;
    }
    const output: NotebookOutput = { output_type: 'display_data', data, metadata: { ...(content.metadata ?? {}) } };
    const id = content.transient?.display_id;
    const previous = id === undefined ? undefined : this.displayIndex.get(id);
    if (update && previous !== undefined) {
      this.outputs[previous] = output;
      return;
    }
    if (id !== undefined) this.displayIndex.set(id, this.outputs.length);
    this.outputs.push(output);
  }

  /**
   * Records an exception as an nbformat `error` output. The traceback keeps the frames of the cell
   * (`evalmachine.<anonymous>`) and of the code it called; frames of Node internals, tslab and this
   * runner (everything below the cell's outermost frame) are dropped, and paths under the
   * repository root are made relative, so a stored error does not depend on where the runner lives.
   */
  error(error: Error): void {
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    const lastCellFrame = frames.reduce((last, line, i) => (line.includes('evalmachine.<anonymous>') ? i : last), -1);
    const kept = (lastCellFrame >= 0 ? frames.slice(0, lastCellFrame + 1) : frames)
      .filter((line) => !/\(node:|\bat node:/.test(line) && !/[\\/]tslab[\\/]dist[\\/]/.test(line))
      .map((line) => line.split(`${this.root}/`).join('').split(this.root).join('.'));
    this.outputs.push({ output_type: 'error', ename: error.name, evalue: error.message, traceback: [`${error.name}: ${error.message}`, ...kept] });
  }
}

const writableTo = (write: (text: string) => void) =>
  new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, callback) {
      write(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      callback();
    },
  });

const isError = (value: unknown): value is Error => types.isNativeError(value) || value instanceof Error;

/**
 * Starts tslab's own executor (converter + executor, as the tslab Jupyter kernel does) in
 * `workDir`, without Jupyter. For each `run`, console output, `process.stdout/stderr` writes and
 * tslab display calls (`tslab.display.*`, `showFigure`) are captured as nbformat outputs; a thrown
 * error becomes an `error` output, type errors a `stderr` stream. The process's working directory
 * is `workDir` until {@link HeadlessKernel.close} (tslab's TypeScript service resolves from it).
 */
export function startHeadlessKernel(tslab: TslabRuntime, options: HeadlessKernelOptions): HeadlessKernel {
  const previousDir = process.cwd();
  process.chdir(options.workDir);
  let sink: OutputSink | undefined;
  let executor: TslabExecutor;
  let node: { close(): void } | undefined;
  try {
    let converters: Parameters<TslabRuntime['createExecutor']>[1];
    if (options.converters !== undefined) {
      converters = options.converters.forNotebook(options.workDir);
    } else {
      node = tslab.createConverter({ isBrowser: false });
      const converter = node;
      let browser: { close(): void } | undefined;
      converters = {
        node: converter,
        get browser() {
          browser ??= tslab.createConverter({ isBrowser: true });
          return browser;
        },
        close: () => {
          converter.close();
          browser?.close();
        },
      };
    }
    executor = tslab.createExecutor(options.workDir, converters, {
      log: (...args: unknown[]) => sink?.stream('stdout', `${format(...args)}\n`),
      error: (...args: unknown[]) => {
        if (sink === undefined) return;
        if (args.length === 1 && isError(args[0])) sink.error(args[0]);
        else sink.stream('stderr', `${format(...args)}\n`);
      },
    });
  } catch (error) {
    node?.close();
    process.chdir(previousDir);
    throw error;
  }

  async function run(source: string): Promise<CellResult> {
    const current = new OutputSink(options.root);
    sink = current;
    const saved = { stdout: process.stdout.write, stderr: process.stderr.write, console: globalThis.console, display: tslab.jupyter.lastWriteDisplayData };
    const writeTo = (name: 'stdout' | 'stderr') =>
      ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        current.stream(name, typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') done();
        return true;
      }) as typeof process.stdout.write;
    const onRejection = (reason: unknown) => {
      current.failed = true;
      if (isError(reason)) current.error(reason);
      else current.stream('stderr', `Unhandled promise rejection: ${format(reason)}\n`);
    };
    const onException = (error: unknown) => onRejection(error);
    process.stdout.write = writeTo('stdout');
    process.stderr.write = writeTo('stderr');
    globalThis.console = new Console({ stdout: writableTo((t) => current.stream('stdout', t)), stderr: writableTo((t) => current.stream('stderr', t)), colorMode: false });
    tslab.jupyter.lastWriteDisplayData = (data, update) => current.display(data, update);
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    let timer: NodeJS.Timeout | undefined;
    let ok: boolean;
    try {
      const execution = executor.execute(source);
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.cellTimeoutMs);
      });
      const first = await Promise.race([execution, timeout]);
      if (first === 'timeout') {
        current.stream('stderr', `Cell interrupted: still running after ${options.cellTimeoutMs / 1000} s\n`);
        executor.interrupt();
        await execution;
        ok = false;
      } else {
        ok = first;
      }
    } catch (error) {
      if (isError(error)) current.error(error);
      else current.stream('stderr', `${format(error)}\n`);
      ok = false;
    } finally {
      clearTimeout(timer);
      // Let promise jobs queued by the cell settle before the capture ends.
      await new Promise((resolve) => setImmediate(resolve));
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
      process.stdout.write = saved.stdout;
      process.stderr.write = saved.stderr;
      globalThis.console = saved.console;
      tslab.jupyter.lastWriteDisplayData = saved.display;
      sink = undefined;
    }
    return { ok: ok && !current.failed, outputs: current.outputs };
  }

  function close(): void {
    try {
      executor.close();
    } finally {
      process.chdir(previousDir);
    }
  }

  return { run, close };
}
