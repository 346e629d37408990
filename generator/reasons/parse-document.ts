import { yaml } from '../load/yaml-on-demand.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { DocumentLocator, DocumentPath } from './document-path.js';

/** A parsed JSON/YAML document with a locator that finds the line of any path in it. */
export interface ParsedDocument {
  value: unknown;
  locator: DocumentLocator;
  diagnostics: Diagnostic[];
}

/**
 * Parses JSON or YAML text (JSON is read as YAML 1.2, of which it is a
 * subset, so both get line numbers). Syntax errors become `error` diagnostics
 * and `value` is `undefined`.
 */
export function parseJsonOrYaml(text: string, file?: string): ParsedDocument {
  const { isNode, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const locator: DocumentLocator = {
    lineOf: (path: DocumentPath) => {
      const node: unknown = document.getIn(path, true);
      return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
  if (file !== undefined) locator.file = file;
  const diagnostics = document.errors.map((error): Diagnostic => {
    const diagnostic: Diagnostic = { code: 'reason-catalog-invalid', severity: 'error', message: `Catalog is not valid JSON/YAML: ${(error.message.split('\n')[0] ?? '').replace(/:$/, '')}.` };
    if (file !== undefined) diagnostic.file = file;
    const line = error.linePos?.[0].line;
    if (line !== undefined) diagnostic.line = line;
    return diagnostic;
  });
  return { value: diagnostics.length > 0 ? undefined : document.toJS(), locator, diagnostics };
}
