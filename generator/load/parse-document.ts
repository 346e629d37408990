import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';

export type ParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses JSON or YAML text. JSON takes the fast path; anything else goes
 * through the YAML parser, whose errors carry a line and column.
 */
export function parseSpecText(text: string, file: string): ParseResult {
  if (text.trim() === '') {
    return fatal(file, 'spec-empty', `The spec ${file} is empty. Point --spec at an OpenAPI 3.x document.`);
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      // Fall through: the YAML parser reports JSON syntax errors with a line number.
    }
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const kind = file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return {
      ok: false,
      diagnostic: {
        code: 'spec-syntax',
        severity: 'fatal',
        message: `Invalid ${kind} in ${file} at line ${pos.line}, column ${pos.col}: ${firstLine}. Fix the syntax there.`,
        file,
        line: pos.line,
      },
    };
  }
  return { ok: true, value: document.toJS({ maxAliasCount: 10_000 }) };
}

function fatal(file: string, code: string, message: string): ParseResult {
  return { ok: false, diagnostic: { code, severity: 'fatal', message, file } };
}
