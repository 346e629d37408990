import { describe, expect, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client-core.js';
import { createLogger, type LogLevel } from '../../templates/runtime/logger.js';
import { recordingLogger } from './helpers.js';

describe('createLogger', () => {
  it.each([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['off', []],
  ] as [LogLevel, string[]][])('at %s forwards %j', (level, expected) => {
    const target = recordingLogger();
    const logger = createLogger(target, level);
    logger.debug('d', 1);
    logger.info('i');
    logger.warn('w');
    logger.error('e', { x: 1 });
    expect(target.lines.map((line) => line.level)).toEqual(expected);
  });

  it.each([
    ['debug', { debug: true, info: true, warn: true, error: true }],
    ['warn', { debug: false, info: false, warn: true, error: true }],
    ['off', { debug: false, info: false, warn: false, error: false }],
  ] as [LogLevel, Record<Exclude<LogLevel, 'off'>, boolean>][])('at %s says which levels it logs', (level, expected) => {
    const logger = createLogger(recordingLogger(), level);
    expect({ debug: logger.logs('debug'), info: logger.logs('info'), warn: logger.logs('warn'), error: logger.logs('error') }).toEqual(expected);
  });

  it('passes message and arguments through', () => {
    const target = recordingLogger();
    createLogger(target, 'debug').error('boom', { a: 1 }, 2);
    expect(target.lines).toEqual([{ level: 'error', message: 'boom', args: [{ a: 1 }, 2] }]);
  });
});

describe('ClientCore construction', () => {
  it('rejects a base URL that is not absolute', () => {
    expect(() => new ClientCore({ baseURL: '/v1.0' }, { baseURL: 'https://api.voipbin.net/v1.0' })).toThrow(/absolute URL/);
  });
});
