import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TslabUnavailableError } from './errors.js';

/** The tslab version whose internal modules (converter, executor, jupyter) this runner drives. */
export const TSLAB_VERSION = '1.0.22';

/** What the runner uses of tslab's executor (tslab/dist/executor `Executor`). */
export interface TslabExecutor {
  execute(source: string): Promise<boolean>;
  interrupt(): void;
  close(): void;
}

/** Display content as tslab hands it to its display writer. */
export interface TslabDisplayData {
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  transient?: { display_id?: string };
}

/** A tslab TypeScript converter (tslab/dist/converter); the runner only creates, shares and closes them. */
export interface TslabConverter {
  close(): void;
}

/** The three tslab internals the headless runner needs, loaded from one tslab installation. */
export interface TslabRuntime {
  readonly version: string;
  readonly directory: string;
  createConverter(options: { isBrowser: boolean; isJS?: boolean }): TslabConverter;
  createExecutor(
    rootDir: string,
    converters: { node: TslabConverter; browser: TslabConverter; close: () => void },
    console: { log: (...args: unknown[]) => void; error: (...args: unknown[]) => void },
  ): TslabExecutor;
  /** tslab/dist/jupyter's module object: `lastWriteDisplayData` is the process-wide display writer. */
  readonly jupyter: { lastWriteDisplayData: ((data: TslabDisplayData, update: boolean) => void) | null };
}

/**
 * Loads tslab's converter, executor and jupyter modules as installed for the project at `root`
 * (the same tslab the Jupyter kernel `node_modules/.bin/tslab` runs). They are internal modules, so
 * the version must be exactly {@link TSLAB_VERSION}; anything else throws {@link TslabUnavailableError}.
 */
export function loadTslab(root: string): TslabRuntime {
  const requireFromRoot = createRequire(join(root, 'package.json'));
  let packageJsonPath: string;
  try {
    packageJsonPath = requireFromRoot.resolve('tslab/package.json');
  } catch (error) {
    throw new TslabUnavailableError(`tslab is not installed for ${root} (npm install tslab@${TSLAB_VERSION})`, { cause: error });
  }
  const { version } = requireFromRoot(packageJsonPath) as { version: string };
  if (version !== TSLAB_VERSION) {
    throw new TslabUnavailableError(`found tslab ${version} at ${packageJsonPath}; the runner drives tslab internals and needs exactly ${TSLAB_VERSION}`);
  }
  const directory = join(packageJsonPath, '..');
  const load = (name: string) => requireFromRoot(join(directory, 'dist', name)) as Record<string, unknown>;
  const converter = load('converter.js');
  const executor = load('executor.js');
  const jupyter = load('jupyter.js');
  if (typeof converter.createConverter !== 'function' || typeof executor.createExecutor !== 'function' || !('lastWriteDisplayData' in jupyter)) {
    throw new TslabUnavailableError(`tslab ${version} at ${directory} does not have the expected internal modules`);
  }
  return {
    version,
    directory,
    createConverter: converter.createConverter as TslabRuntime['createConverter'],
    createExecutor: executor.createExecutor as TslabRuntime['createExecutor'],
    jupyter: jupyter as unknown as TslabRuntime['jupyter'],
  };
}
