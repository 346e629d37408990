import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../generator/diff/format-markdown.js';
import { failsAt } from '../../../generator/diff/diff-specs.js';
import { operation, parameter } from '../../support/ir-fixture.js';
import { diff, sdkApi, summary } from './diff-fixture.js';

describe('diff: resources and methods', () => {
  it('reports added and removed methods and resources by their SDK names, matched by HTTP operation', () => {
    const before = sdkApi([operation('get', '/calls'), operation('post', '/calls/{id}/hangup'), operation('get', '/queues')]);
    const after = sdkApi([operation('get', '/calls'), operation('post', '/calls/{call_id}/hangup'), operation('post', '/calls/{id}/hold'), operation('get', '/agents')]);
    const report = diff(before, after);
    expect(summary(report.changes)).toEqual([
      'resource-removed major client.queues',
      'method-removed major client.queues.get',
      'resource-added minor client.agents',
      'method-added minor client.agents.get',
      'method-added minor client.calls.hold',
    ]);
    expect(report.bump).toBe('major');
    expect(report.counts).toMatchObject({ breaking: 2, nonBreaking: 3, byKind: { 'method-added': 2, 'method-removed': 1 } });
  });

  it('a method whose SDK name changes is a breaking rename', () => {
    // `/calls/{id}/recordings` is an action of calls until a second operation makes it a resource.
    const before = sdkApi([operation('post', '/calls/{id}/recordings')]);
    const after = sdkApi([operation('post', '/calls/{id}/recordings'), operation('get', '/calls/{id}/recordings/{rid}')]);
    const renamed = diff(before, after).changes.find((change) => change.kind === 'method-renamed');
    expect(renamed).toMatchObject({ bump: 'major', before: 'client.calls.recordings', after: 'client.calls.recordings.create', operation: 'POST /calls/{id}/recordings' });
  });

  // Without pagination `GET /calls` is `calls.get()`, and `GET /calls/{id}` then `calls.getGet()` (the naming pass's rule).
  it('newly deprecated is minor; path arguments that change type or number are breaking', () => {
    const id = (type: 'string' | 'integer') => ({ params: { path: [parameter('id', 'path', { schema: { kind: 'primitive', type, pointer: '#/p' } })] } });
    const before = sdkApi([operation('get', '/calls/{id}', id('string')), operation('get', '/calls')]);
    const after = sdkApi([operation('get', '/calls/{id}', id('integer')), operation('get', '/calls', { deprecated: true })]);
    expect(summary(diff(before, after).changes)).toEqual(['arguments-changed major client.calls.getGet', 'method-deprecated minor client.calls.get']);
  });

  it('no changes: bump none, and the Markdown says so', () => {
    const same = sdkApi([operation('get', '/calls')]);
    const report = diff(same, same);
    expect(report).toMatchObject({ bump: 'none', changes: [] });
    expect(formatMarkdown(report)).toContain('No changes for SDK users (semver: none).');
  });

  it('Markdown has one section per bump, code spans that survive backticks, and --fail-on thresholds', () => {
    const before = sdkApi([operation('get', '/calls'), operation('get', '/queues')]);
    const after = sdkApi([operation('get', '/calls'), operation('get', '/a`b')]);
    const report = diff(before, after);
    const markdown = formatMarkdown(report);
    expect(markdown).toMatch(/\*\*Semver: major\*\*: 2 breaking, 2 non-breaking change\(s\)\./);
    expect(markdown).toContain('### Breaking changes (2)');
    expect(markdown).toContain('### Additions (2)');
    expect(markdown).toContain('- `client.queues.get()` was removed. (`GET /queues`)');
    expect(markdown).toContain('(`` GET /a`b ``)');
    expect([failsAt(report, 'breaking'), failsAt(report, 'minor'), failsAt(report, 'none')]).toEqual([true, true, false]);
    const minorOnly = diff(before, sdkApi([operation('get', '/calls'), operation('get', '/queues'), operation('get', '/agents')]));
    expect([minorOnly.bump, failsAt(minorOnly, 'breaking'), failsAt(minorOnly, 'minor')]).toEqual(['minor', false, true]);
  });
});
