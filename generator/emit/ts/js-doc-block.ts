import type { CodeWriter } from './code-writer.js';
import { checkFields, textOf } from './supported-fields.js';

/** What a structure's `docs` holds: JSDoc text, or `{ description }`. */
export type DocEntry = string | { description?: unknown; tags?: unknown; kind?: unknown };

/** Each JSDoc block on its own line(s) before a declaration. */
export function printDocs(writer: CodeWriter, docs: readonly DocEntry[] | undefined): void {
  for (const doc of docs ?? []) {
    printDoc(writer, jsDocBody(doc));
    writer.newLine();
  }
}

function jsDocBody(doc: DocEntry): string {
  if (typeof doc === 'string') return doc;
  checkFields('JSDoc', doc, ['description']);
  return doc.description === undefined ? '' : textOf('a JSDoc description', doc.description);
}

/** `/** text *\/` when the text is one line; else `/**`, ` * line` (` *` when empty) per line, ` *\/`. A leading empty line is dropped. */
function printDoc(writer: CodeWriter, text: string): void {
  const lines = text.split(/\r?\n/);
  const start = lines[0] === '' ? 1 : 0;
  writer.write('/**');
  if (lines.length <= 1) writer.space().write(lines[start] ?? '');
  else {
    writer.newLine();
    for (const line of lines.slice(start)) {
      writer.write(line === '' ? ' *' : ` * ${line}`);
      writer.newLine();
    }
  }
  writer.spaceIfLastNot().write('*/');
}
