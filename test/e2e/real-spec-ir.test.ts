import { beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics/types.js';
import type { ApiIR } from '../../generator/ir/types.js';
import { describeWithShared, REAL_SPEC, REAL_SRC_SPEC } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE } from './run-cli.js';

interface Inspected {
  ir: ApiIR;
  diagnostics: Diagnostic[];
}

/** Diagnostics without where they were found: the bundled JSON and the multi-file source differ only there. */
function withoutLocations(diagnostics: Diagnostic[]): Omit<Diagnostic, 'file' | 'line'>[] {
  return diagnostics.filter((d) => d.code !== 'root-relative-refs').map(({ file: _file, line: _line, ...rest }) => rest);
}

describeWithShared('the real VoIPBIN spec: bundled JSON and multi-file source give one IR', () => {
  let bundled: Inspected;
  let source: Inspected;

  beforeAll(async () => {
    ensureBuilt();
    const [json, yaml] = await Promise.all([
      runCliAsync(['inspect', '--json', '--spec', REAL_SPEC]),
      runCliAsync(['inspect', '--json', '--spec', REAL_SRC_SPEC]),
    ]);
    for (const run of [json, yaml]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
    bundled = JSON.parse(json.stdout) as Inspected;
    source = JSON.parse(yaml.stdout) as Inspected;
  });

  it('has 410 operations and 237 schemas in both', () => {
    for (const { ir } of [bundled, source]) {
      expect(ir.operations).toHaveLength(410);
      expect(ir.schemas).toHaveLength(237);
      expect(new Set(ir.operations.map((op) => op.pointer)).size).toBe(410);
    }
  });

  it('gives deep-equal IRs', () => {
    expect(source.ir).toEqual(bundled.ir);
  });

  it('gives the same diagnostics apart from file locations and the root-relative-refs note', () => {
    expect(withoutLocations(source.diagnostics)).toEqual(withoutLocations(bundled.diagnostics));
    expect(bundled.diagnostics.filter((d) => d.code === 'root-relative-refs')).toEqual([]);
    const note = source.diagnostics.filter((d) => d.code === 'root-relative-refs');
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ severity: 'info', file: REAL_SRC_SPEC });
  });

  it('reports no errors, only warnings and infos', () => {
    for (const { diagnostics } of [bundled, source]) {
      expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal')).toEqual([]);
    }
  });

  it('finds 80 paginated operations', () => {
    for (const { ir } of [bundled, source]) {
      const paginated = ir.operations.filter((op) => op.pagination);
      expect(paginated).toHaveLength(80);
      expect(paginated.every((op) => op.method === 'get' && op.pagination!.tokenParam === 'page_token' && op.pagination!.itemsField === 'result')).toBe(true);
    }
  });

  it('finds the ErrorResponse envelope with its 10 canonical statuses', () => {
    for (const { ir } of [bundled, source]) {
      expect(ir.errors.envelope).toBe('#/components/schemas/ErrorResponse');
      expect(ir.errors.fields).toMatchObject({ status: 'status', reason: 'reason', message: 'message', requestId: 'request_id' });
      expect(ir.errors.statuses).toHaveLength(10);
      expect(ir.errors.statuses).toContainEqual({ status: 'NOT_FOUND', http: 404 });
      expect(ir.errors.statuses.every((status) => typeof status.http === 'number')).toBe(true);
    }
  });

  it('hashes both to the same spec hash', () => {
    expect(source.ir.meta.specHash).toMatch(/^[0-9a-f]{64}$/);
    expect(source.ir.meta.specHash).toBe(bundled.ir.meta.specHash);
  });
});
