import { format, type Options } from 'prettier';
import type { GeneratedFile } from '../emit/emitter.js';

const OPTIONS: Options = { singleQuote: true, printWidth: 110, trailingComma: 'all' };
// babel-ts formats the same TypeScript as the typescript parser, about twice as fast on large generated files.
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json', md: 'markdown' };

/** Runs prettier in memory over every file it has a parser for. */
export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[file.path.split('.').pop() ?? ''];
      // The runtime is copied verbatim: it is formatted in this repository already.
      if (!parser || file.path.startsWith('src/core/')) return file;
      return { ...file, contents: await format(file.contents, { ...OPTIONS, parser }) };
    }),
  );
}
