import { describe, expect, it } from 'vitest';
import { readRstReasonCatalog } from '../../generator/reasons/rst.js';

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

const CATALOG = `Errors
======

Generic Reasons
---------------

Apply everywhere (\`\`/ignored\`\`).

.. list-table::
   :header-rows: 1
   :widths: 30 10 60

   * - Reason
     - HTTP
     - Cause → Fix
   * - \`\`AUTH_REQUIRED\`\`
     - 401
     - No token. Send one via \`\`POST https://api.voipbin.net/v1.0/auth/login\`\`.

Widget Reasons
^^^^^^^^^^^^^^

Reasons fired by widget endpoints (\`\`/widgets\`\`, \`\`/widgets/{id}*\`\`).

.. note::

   Not to be confused with \`\`/gadgets\`\`.

.. list-table::
   :header-rows: 1

   * - Reason
     - HTTP
     - Cause → Fix
   * - \`\`WIDGET_NOT_FOUND\`\`
     - 404
     - Widget ID does not exist. Verify via
       \`\`GET /widgets\`\` before
       retrying.
   * - \`\`WIDGET_LOCKED\`\`
     - 409
     - The widget is locked. Fired by \`\`POST /widgets/{id}/lock\`\` and
       \`\`POST https://api.voipbin.net/v1.0/widgets/{id}/unlock\`\`.
       **Fix:** Unlock it with \`\`POST /widgets/{id}/unlock\`\` first.
   * - \`\`WIDGET_DUPLICATE\`\`
     - 409
     - A widget with this name exists (e.g. \`\`name\`\` is taken). Use a different name.
   * - \`\`WIDGET_BROKEN\`\`
     - 50x
     - Bad code.
   * - \`\`WIDGET_HALF\`\`
     - 404
   * - widget gone
     - 404
     - Lower-case name.
`;

describe('readRstReasonCatalog', () => {
  const catalog = readRstReasonCatalog(CATALOG, 'errors.rst');
  const reason = (name: string) => catalog.reasons.find((candidate) => candidate.reason === name);

  it('reads every well-formed row, skipping header rows, in document order', () => {
    expect(catalog.reasons.map((candidate) => candidate.reason)).toEqual(['AUTH_REQUIRED', 'WIDGET_NOT_FOUND', 'WIDGET_LOCKED', 'WIDGET_DUPLICATE']);
  });

  it('makes reasons under a generic heading apply everywhere, whatever their cells mention', () => {
    expect(reason('AUTH_REQUIRED')).toMatchObject({
      http: 401,
      status: 'UNAUTHENTICATED',
      group: 'Generic Reasons',
      appliesTo: ['*'],
      description: 'No token.',
      fix: 'Send one via `POST https://api.voipbin.net/v1.0/auth/login`.',
      source: { file: 'errors.rst', line: lineOf(CATALOG, 'AUTH_REQUIRED') },
    });
  });

  it('joins multi-line cells and gives a reason without "Fired by" its group scope, not its hint endpoints', () => {
    expect(reason('WIDGET_NOT_FOUND')).toMatchObject({
      description: 'Widget ID does not exist.',
      fix: 'Verify via `GET /widgets` before retrying.',
      appliesTo: ['/widgets', '/widgets/{id}*'],
      source: { line: lineOf(CATALOG, 'WIDGET_NOT_FOUND') },
    });
  });

  it('splits on **Fix:** and scopes to the endpoints the cause names, base URL stripped', () => {
    expect(reason('WIDGET_LOCKED')).toMatchObject({
      status: 'FAILED_PRECONDITION',
      description: 'The widget is locked. Fired by `POST /widgets/{id}/lock` and `POST https://api.voipbin.net/v1.0/widgets/{id}/unlock`.',
      fix: 'Unlock it with `POST /widgets/{id}/unlock` first.',
      appliesTo: ['POST /widgets/{id}/lock', 'POST /widgets/{id}/unlock'],
    });
  });

  it('does not end a sentence at "e.g." and maps 409 *_DUPLICATE to ALREADY_EXISTS', () => {
    expect(reason('WIDGET_DUPLICATE')).toMatchObject({
      status: 'ALREADY_EXISTS',
      description: 'A widget with this name exists (e.g. `name` is taken).',
      fix: 'Use a different name.',
    });
  });

  it('reports malformed rows with their line and skips them', () => {
    const found = catalog.diagnostics.map(({ code, line, severity }) => ({ code, line, severity }));
    expect(found).toEqual([
      { code: 'rst-reason-http-invalid', line: lineOf(CATALOG, 'WIDGET_BROKEN'), severity: 'warning' },
      { code: 'rst-reason-row-malformed', line: lineOf(CATALOG, 'WIDGET_HALF'), severity: 'warning' },
      { code: 'rst-reason-name-invalid', line: lineOf(CATALOG, 'widget gone'), severity: 'warning' },
    ]);
    expect(catalog.diagnostics.every((diagnostic) => diagnostic.file === 'errors.rst')).toBe(true);
  });

  it('returns the groups that own reason tables, scope taken from prose outside notes', () => {
    expect(catalog.groups).toEqual([
      { name: 'Generic Reasons', scope: ['*'], generic: true, file: 'errors.rst', line: lineOf(CATALOG, 'Generic Reasons') },
      { name: 'Widget Reasons', scope: ['/widgets', '/widgets/{id}*'], generic: false, file: 'errors.rst', line: lineOf(CATALOG, 'Widget Reasons') },
    ]);
  });
});

describe('readRstReasonCatalog on unusual layouts', () => {
  it('reads a table without header rows, before any heading, as Ungrouped', () => {
    const text = ['.. list-table::', '', '   * - ``LONE_REASON``', '     - 500', '     - Broke.'].join('\n');
    const catalog = readRstReasonCatalog(text);
    expect(catalog.reasons).toMatchObject([{ reason: 'LONE_REASON', http: 500, status: 'INTERNAL', group: 'Ungrouped', appliesTo: [], source: { line: 3 } }]);
    expect(catalog.reasons[0]?.fix).toBeUndefined();
  });

  it('finds columns by header, including a separate Fix column', () => {
    const text = [
      'Things',
      '======',
      '',
      'Fired by (``/things/{id}``).',
      '',
      '.. list-table::',
      '   :header-rows: 1',
      '',
      '   * - HTTP',
      '     - Reason',
      '     - Description',
      '     - Fix',
      '   * - 404',
      '     - ``THING_NOT_FOUND``',
      '     - No thing.',
      '     - Look again.',
    ].join('\n');
    expect(readRstReasonCatalog(text).reasons).toMatchObject([
      { reason: 'THING_NOT_FOUND', http: 404, description: 'No thing.', fix: 'Look again.', appliesTo: ['/things/{id}'] },
    ]);
  });

  it('skips list-tables that are not reason tables, with an info diagnostic', () => {
    const text = ['Other', '=====', '', '.. list-table::', '   :header-rows: 1', '', '   * - Name', '     - Value', '   * - a', '     - b'].join('\n');
    const catalog = readRstReasonCatalog(text);
    expect(catalog.reasons).toEqual([]);
    expect(catalog.groups).toEqual([]);
    expect(catalog.diagnostics).toMatchObject([{ code: 'rst-list-table-not-reasons', severity: 'info', line: 7 }]);
  });

  it('accepts cells on their own lines, tabs, and overlined titles; reports stray lines', () => {
    const text = [
      '=======',
      'Section',
      '=======',
      '',
      'For ``/things`` and their sub-paths.',
      '',
      '.. list-table::',
      '',
      '\t*',
      '\t  - ``THING_GONE``',
      '\t  - 410',
      '\t  - Gone.',
      '\toops',
    ].join('\n');
    const catalog = readRstReasonCatalog(text);
    expect(catalog.reasons).toMatchObject([{ reason: 'THING_GONE', http: 410, status: 'UNKNOWN', group: 'Section', appliesTo: ['/things', '/things/*'] }]);
    expect(catalog.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([
      ['rst-list-table-malformed', 13],
      ['reason-status-unknown', 9],
    ]);
  });

  it('treats sub-headings of a generic section as generic', () => {
    const text = ['Generic / Cross-cutting', '-----------------------', '', 'Auth', '^^^^', '', '.. list-table::', '', '   * - ``NO_AUTH``', '     - 401', '     - No.'].join('\n');
    const catalog = readRstReasonCatalog(text);
    expect(catalog.groups).toMatchObject([{ name: 'Auth', generic: true, scope: ['*'] }]);
    expect(catalog.reasons[0]?.appliesTo).toEqual(['*']);
  });
});
