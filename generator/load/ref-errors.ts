import type { Diagnostic } from '../diagnostics/types.js';
import { escapePointerToken } from './root-relative-refs.js';
import type { SourceLocator } from './source-locator.js';

interface RefParserError {
  message: string;
  code?: string;
  source?: string;
  path?: (string | number)[] | null;
  targetRef?: string;
}

/** Turns json-schema-ref-parser failures into fatal diagnostics with a file, line and pointer. */
export function refErrorsToDiagnostics(error: unknown, root: string, locator: SourceLocator): Diagnostic[] {
  const group = error as { errors?: RefParserError[] };
  const errors: RefParserError[] = Array.isArray(group.errors) ? group.errors : [error as RefParserError];
  return errors.map((item) => toDiagnostic(item, root, locator));
}

function toDiagnostic(error: RefParserError, root: string, locator: SourceLocator): Diagnostic {
  const file = error.source ? decodeURIComponent(error.source.replace(/^file:\/\//, '')) : root;
  const pointer = error.path ? '#' + error.path.map((token) => '/' + escapePointerToken(String(token))).join('') : undefined;
  const place = pointer && file === root ? locator.locate(pointer) : { file };
  const where = [place.file, place.line === undefined ? undefined : `line ${place.line}`, pointer].filter(Boolean).join(', ');
  switch (error.code) {
    case 'EMISSINGPOINTER':
      return withPlace(
        {
          code: 'dangling-ref',
          severity: 'fatal',
          message: `A $ref points at nothing (${where}): ${cleanMessage(error.message)}. Fix the $ref or add the missing definition.`,
        },
        place,
        pointer,
      );
    case 'ERESOLVER':
      return withPlace(
        {
          code: 'ref-unresolvable',
          severity: 'fatal',
          message: `A referenced file could not be read (${where}): ${cleanMessage(error.message)}. Check the relative path in the $ref.`,
        },
        place,
        pointer,
      );
    case 'EPARSER':
      return withPlace(
        { code: 'spec-syntax', severity: 'fatal', message: `A referenced file could not be parsed (${where}): ${cleanMessage(error.message)}.` },
        place,
        pointer,
      );
    default:
      return withPlace(
        { code: 'ref-error', severity: 'fatal', message: `Resolving $refs failed (${where}): ${cleanMessage(error.message)}.` },
        place,
        pointer,
      );
  }
}

function withPlace(diagnostic: Diagnostic, place: { file: string; line?: number }, pointer: string | undefined): Diagnostic {
  return {
    ...diagnostic,
    file: place.file,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(pointer === undefined ? {} : { pointer }),
  };
}

function cleanMessage(message: string): string {
  return message.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}
