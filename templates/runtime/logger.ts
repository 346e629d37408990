/** Where the client's log lines go: `console` fits, as does any pino/winston-like logger. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

/** The least severe level that is logged; `off` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

function noop(): void {}

/** A Logger filtered by level, which also says whether a level gets through: callers skip building lines nobody sees. */
export interface LevelLogger extends Logger {
  logs(level: Exclude<LogLevel, 'off'>): boolean;
}

/** A logger that forwards to `target` only the calls at `level` or more severe. */
export function createLogger(target: Logger, level: LogLevel): LevelLogger {
  const logs = (method: Exclude<LogLevel, 'off'>) => SEVERITY[method] >= SEVERITY[level];
  const forward = (method: Exclude<LogLevel, 'off'>) =>
    logs(method) ? (message: string, ...args: unknown[]) => target[method](message, ...args) : noop;
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error'), logs };
}
