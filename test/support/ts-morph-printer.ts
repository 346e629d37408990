import { IndentationText, Project, QuoteKind } from 'ts-morph';
import type { Statement } from '../../generator/emit/ts/index.js';

/**
 * ts-morph's own printing of the structures (its public route: a source file created from them), with the settings
 * the generator used when it printed through ts-morph. The reference our printer is held to.
 */
export function printWithTsMorph(statements: Statement[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, useTrailingCommas: true },
  });
  return project.createSourceFile('/reference.ts', { statements }).getFullText();
}
