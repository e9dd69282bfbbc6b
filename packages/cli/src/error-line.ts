import { ScpkitError } from '@scpkit/core';

/** One line for an error of the file system or of scpkit; `undefined` for anything else (a bug: it keeps its stack trace). */
export function expectedErrorLine(error: unknown): string | undefined {
  if (error instanceof ScpkitError) return oneLine(error.message);
  if (isSystemError(error)) {
    const reason = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
    return oneLine(error.path === undefined ? `${reason} (${error.code})` : `cannot ${error.syscall ?? 'access'} ${error.path}: ${reason} (${error.code})`);
  }
  return undefined;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((error as unknown as { code: string }).code);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
