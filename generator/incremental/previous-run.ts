import type { ResolvedConfig } from '../config/config.js';
import type { GenerateOptions } from '../generate.js';
import { readFormatMemo } from './format-memo.js';
import { generatorBuild } from './generator-build.js';
import { readEmitMemo } from './emit-cache.js';
import { readParseMemo } from './parse-cache.js';
import { readLeafMemo } from './leaf-cache.js';
import { readScopeMemo } from './scope-cache.js';

/** What the SDK last generated in `outDir` lets generate() reuse: its formatted files, parsed spec files, leaf files, reason scopes and emitted files, if this generator build made them. */
export function previousRun(outDir: string, config: ResolvedConfig): GenerateOptions {
  const build = generatorBuild(config.generatorVersion);
  return { previous: readFormatMemo(outDir, build), parsed: readParseMemo(outDir, build), leaves: readLeafMemo(outDir, build), scopes: readScopeMemo(outDir, build), emitted: readEmitMemo(outDir, build) };
}
