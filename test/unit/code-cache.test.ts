import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFolder } from '../../generator/cli/code-cache.js';

describe('codeCacheFolder', () => {
  it("is a folder of this user's in the temp folder by default", () => {
    const folder = codeCacheFolder({});
    expect(folder?.startsWith(join(tmpdir(), 'voipbin-sdkgen-code-cache-'))).toBe(true);
    if (process.getuid) expect(folder?.endsWith(`-${process.getuid()}`)).toBe(true);
  });

  it('is the folder VOIPBIN_SDKGEN_CODE_CACHE names', () => {
    expect(codeCacheFolder({ VOIPBIN_SDKGEN_CODE_CACHE: '/var/cache/sdkgen' })).toBe('/var/cache/sdkgen');
  });

  it('is none when turned off, here or for Node', () => {
    expect(codeCacheFolder({ VOIPBIN_SDKGEN_CODE_CACHE: 'off' })).toBeUndefined();
    expect(codeCacheFolder({ VOIPBIN_SDKGEN_CODE_CACHE: '0' })).toBeUndefined();
    expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });
});
