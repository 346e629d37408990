import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';

/** Where a spec comes from: an absolute file path or an http(s) URL. */
export interface SpecSource {
  location: string;
  isUrl: boolean;
}

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Normalises a user-given spec location: URLs stay as they are, paths become absolute. */
export function toSpecSource(spec: string, cwd: string): SpecSource {
  return isUrl(spec) ? { location: spec, isUrl: true } : { location: resolve(cwd, spec), isUrl: false };
}

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads the text of a spec file or URL; failures become fatal diagnostics naming the location. */
export async function readSource(source: SpecSource, timeoutMs = 30_000): Promise<ReadResult> {
  return source.isUrl ? fetchText(source.location, timeoutMs) : readFileText(source.location);
}

async function readFileText(file: string): Promise<ReadResult> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    return {
      ok: false,
      diagnostic: {
        code: 'spec-unreadable',
        severity: 'fatal',
        message: `Cannot read the spec ${file}: ${why}. Check the --spec path.`,
        file,
      },
    };
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<ReadResult> {
  const fail = (why: string): ReadResult => ({
    ok: false,
    diagnostic: {
      code: 'spec-unreachable',
      severity: 'fatal',
      message: `Cannot fetch the spec ${url}: ${why}. Check the URL and your network, or download the file and pass its path.`,
      file: url,
    },
  });
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return fail(`the server answered HTTP ${response.status}`);
    return { ok: true, text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    if (name === 'TimeoutError') return fail(`no answer within ${timeoutMs / 1000} s`);
    if (cause?.message === 'bad port') return fail(`fetch refuses to connect to port ${new URL(url).port} (a "bad port" in the Fetch standard); serve it on another port`);
    return fail(cause?.code ?? cause?.message ?? (error as Error).message);
  }
}
