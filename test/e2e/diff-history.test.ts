import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { diffSpecs } from '../../generator/diff/diff-specs.js';
import { formatMarkdown } from '../../generator/diff/format-markdown.js';
import type { DiffReport } from '../../generator/diff/types.js';
import { describeWithShared, HISTORY_DIR, REAL_SPEC } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE } from './run-cli.js';

const VERSIONS = [join(HISTORY_DIR, 'openapi-2026-04-25.json'), join(HISTORY_DIR, 'openapi-2026-06-30.json'), REAL_SPEC];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** `METHOD /path` of every operation, read straight from the JSON: the independent count. */
function operationsOf(file: string): Set<string> {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return new Set(Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).filter((key) => METHODS.includes(key)).map((method) => `${method.toUpperCase()} ${path}`)));
}

describeWithShared('diff over the real VoIPBIN history', () => {
  const reports: DiffReport[] = [];
  beforeAll(async () => {
    for (let i = 0; i + 1 < VERSIONS.length; i++) {
      const result = await diffSpecs({ spec: VERSIONS[i] as string }, { spec: VERSIONS[i + 1] as string });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      reports.push(result.report);
    }
  }, 120_000);

  for (const step of [0, 1]) {
    it(`step ${step + 1}: added and removed methods agree with the operations counted from the JSON`, () => {
      const [before, after] = [operationsOf(VERSIONS[step] as string), operationsOf(VERSIONS[step + 1] as string)];
      const added = [...after].filter((operation) => !before.has(operation)).sort();
      const removed = [...before].filter((operation) => !after.has(operation)).sort();
      const report = reports[step] as DiffReport;
      const operationsOfKind = (kind: string) => report.changes.filter((change) => change.kind === kind).map((change) => change.operation).sort();
      expect(added.length).toBeGreaterThan(0);
      expect(operationsOfKind('method-added')).toEqual(added);
      expect(operationsOfKind('method-removed')).toEqual(removed);
      expect(report.counts.byKind['method-added']).toBe(added.length);
    });
  }

  it('finds the true breaking changes: removed methods, a removed response field, and a major bump', () => {
    const [first, second] = reports as [DiffReport, DiffReport];
    expect(first.bump).toBe('major');
    expect(first.changes).toContainEqual(
      expect.objectContaining({ kind: 'method-removed', breaking: true, target: 'client.customers.updateDefaultOutgoingSourceNumberId', operation: 'PUT /customers/{id}/default_outgoing_source_number_id' }),
    );
    expect(first.changes).toContainEqual(expect.objectContaining({ kind: 'field-removed', breaking: true, target: 'CustomerManagerCustomer.default_outgoing_source_number_id' }));
    expect(second.changes).toContainEqual(expect.objectContaining({ kind: 'method-removed', breaking: true, target: 'client.contacts.phoneNumbers.create', operation: 'POST /contacts/{id}/phone-numbers' }));
    expect(second.changes).toContainEqual(expect.objectContaining({ kind: 'model-removed', breaking: true, target: 'ContactManagerPhoneNumber' }));
  });

  it('Markdown names the removed methods in SDK terms, under Breaking changes', () => {
    const markdown = formatMarkdown(reports[0] as DiffReport);
    expect(markdown).toMatch(/^## SDK changes: /);
    expect(markdown).toMatch(/\*\*Semver: major\*\*: \d+ breaking/);
    const breaking = markdown.slice(markdown.indexOf('### Breaking changes ('), markdown.indexOf('### Additions ('));
    expect(breaking).toContain('- `client.customer.updateDefaultOutgoingSourceNumberId()` was removed. (`PUT /customer/default_outgoing_source_number_id`)');
  });

  it('the built CLI prints --json and exits 1 with --fail-on breaking', async () => {
    ensureBuilt();
    const json = await runCliAsync(['diff', '--from', VERSIONS[0] as string, '--to', VERSIONS[1] as string, '--json', '--fail-on', 'breaking']);
    expect(json.stderr).not.toMatch(STACK_TRACE);
    expect(json.status).toBe(1);
    expect(json.stderr).toContain('the changes imply a major release (--fail-on breaking)');
    expect(JSON.parse(json.stdout)).toEqual(reports[0]);
  }, 120_000);
});
