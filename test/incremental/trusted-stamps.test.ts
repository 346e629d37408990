import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../generator/config/config.js';
import { Regenerator } from '../../generator/incremental/index.js';
import { checkFreshness } from '../../generator/incremental/check-freshness.js';
import { changedAfter } from '../../generator/incremental/file-stamp.js';
import { templatesHash } from '../../generator/incremental/generator-build.js';
import { CACHE_FILE, MANIFEST_FILE } from '../../generator/write/manifest.js';
import { writeTinySpec } from './tiny-spec.js';

/** More than the file-stamp clock slack: files written before it count as unchanged since hashes taken after it. */
const PAST_SLACK_MS = 2100;

const spec = writeTinySpec();
const config = { spec: 'api/openapi.yaml', reasons: ['api/reasons.json'], format: false, cwd: spec.dir };
const out = join(spec.dir, 'sdk');
const cachePath = join(out, CACHE_FILE);
afterAll(() => rmSync(spec.dir, { recursive: true, force: true }));

beforeAll(async () => {
  await sleep(PAST_SLACK_MS);
  expect((await new Regenerator({ config, out: 'sdk' }).ensureFresh()).status).toBe('generated');
}, 60_000);

type CacheDocument = { inputs: Record<string, string>; hashedAt?: number; staged?: Record<string, string>; templates?: unknown };

function withCache<T>(change: (cache: CacheDocument) => void, check: () => T): T {
  const original = readFileSync(cachePath, 'utf8');
  const cache = JSON.parse(original) as CacheDocument;
  change(cache);
  writeFileSync(cachePath, JSON.stringify(cache));
  try {
    return check();
  } finally {
    writeFileSync(cachePath, original);
  }
}

const staleBecause = () => checkFreshness(out, resolveConfig(config)).staleBecause;

/** Rewrites a file with other bytes of the same length and puts its modification time back. */
function editKeepingSizeAndTime(file: string): () => void {
  const original = readFileSync(file);
  const { atime, mtime } = statSync(file);
  const edited = Buffer.from(original);
  edited[edited.length - 2] = edited[edited.length - 2] === 0x20 ? 0x21 : 0x20;
  writeFileSync(file, edited);
  utimesSync(file, atime, mtime);
  return () => writeFileSync(file, original);
}

describe('the up-to-date check reads only what may have changed since the cache recorded it', () => {
  it('takes an input unchanged since it was hashed at its recorded hash, without reading it', () => {
    expect(staleBecause()).toBeUndefined();
    const wrongHash = (cache: CacheDocument) => {
      cache.inputs['../api/paths/calls-id.yaml'] = '0'.repeat(64);
    };
    // Unread: the wrong recorded hash goes unnoticed, which shows the file was not hashed again.
    expect(withCache(wrongHash, staleBecause)).toBeUndefined();
    // Touched since: read again, and the (wrong) recorded hash no longer matches.
    utimesSync(spec.pathFile, new Date(), new Date());
    expect(withCache(wrongHash, staleBecause)).toBe('api/paths/calls-id.yaml changed');
  });

  it('sees an input edit that keeps its size and modification time', () => {
    const restore = editKeepingSizeAndTime(spec.schemaFile);
    try {
      expect(staleBecause()).toBe('api/schemas/call.yaml changed');
    } finally {
      restore();
    }
  });

  it('takes a generated file with its staged stamp as written, and hashes any other', () => {
    const manifestPath = join(out, MANIFEST_FILE);
    const manifest = readFileSync(manifestPath, 'utf8');
    const parsed = JSON.parse(manifest) as { files: Record<string, string> };
    writeFileSync(manifestPath, JSON.stringify({ ...parsed, files: { ...parsed.files, 'src/models.ts': '0'.repeat(64) } }));
    try {
      // Unread while its stamp matches: the wrong listed hash goes unnoticed.
      expect(staleBecause()).toBeUndefined();
      expect(withCache((cache) => Object.assign(cache.staged ?? {}, { 'src/models.ts': 'another stamp' }), staleBecause)).toBe('the generated file src/models.ts was edited');
    } finally {
      writeFileSync(manifestPath, manifest);
    }
    expect(withCache((cache) => Object.assign(cache.staged ?? {}, { 'src/models.ts': 'another stamp' }), staleBecause)).toBeUndefined();
    const restore = editKeepingSizeAndTime(join(out, 'src/models.ts'));
    try {
      expect(staleBecause()).toBe('the generated file src/models.ts was edited');
    } finally {
      restore();
    }
  });

  it('still checks a cache without stamps (an older generator wrote it) by reading everything', () => {
    const noStamps = (cache: CacheDocument) => {
      delete cache.hashedAt;
      delete cache.staged;
      delete cache.templates;
    };
    expect(withCache(noStamps, staleBecause)).toBeUndefined();
    const restore = editKeepingSizeAndTime(join(out, 'src/models.ts'));
    try {
      expect(withCache(noStamps, staleBecause)).toBe('the generated file src/models.ts was edited');
    } finally {
      restore();
    }
  });
});

describe('templatesHash', () => {
  it('trusts a hash taken after the templates last changed, and hashes them again when one changed since, or is gone', () => {
    const known = templatesHash();
    expect(templatesHash({ ...known, sha256: 'recorded', hashedAt: 0 }).sha256).toBe(known.sha256);
    const future = { ...known, sha256: 'recorded', hashedAt: Date.now() + 60_000 };
    expect(templatesHash(future).sha256).toBe('recorded');
    expect(templatesHash({ ...future, paths: [...future.paths, 'gone.hbs'] }).sha256).toBe(known.sha256);
  });
});

describe('changedAfter', () => {
  it('counts a change after the millisecond Date.now() gave, never one made in it (the change time keeps a fraction it drops)', () => {
    const file = join(spec.dir, 'stamped.txt');
    writeFileSync(file, 'x');
    const changed = Math.floor(statSync(file).ctimeMs);
    expect(changedAfter(file, changed)).toBe(false);
    expect(changedAfter(file, changed - 1)).toBe(true);
    expect(changedAfter(join(spec.dir, 'absent.txt'), 0)).toBe(false);
  });
});
