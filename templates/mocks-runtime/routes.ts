/**
 * An OpenAPI path template as an MSW path: `{id}` → `:p0`. Parameter names
 * are replaced by position, since MSW accepts only word characters there.
 */
export function mswPath(template: string): string {
  let position = 0;
  return template.replace(/\{[^}]*\}/g, () => `:p${position++}`);
}

/** A compiled path template. */
export interface Route<T> {
  value: T;
  method: string;
  pattern: RegExp;
}

/** 0 for a static segment, 1 for one with a parameter. */
function shape(template: string): number[] {
  return template.split('/').map((segment) => (segment.includes('{') ? 1 : 0));
}

function compare(a: string, b: string): number {
  const left = shape(a);
  const right = shape(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = (left[index] as number) - (right[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Routes for operations, compiled once. A static segment wins over a
 * parameter at the same place (`/calls/summary` before `/calls/{id}`);
 * otherwise the order is kept.
 */
export function compileRoutes<T extends { method: string; path: string }>(
  operations: readonly T[],
): Route<T>[] {
  return [...operations]
    .sort((a, b) => compare(a.path, b.path))
    .map((value) => {
      const source = value.path
        .split(/(\{[^}]*\})/)
        .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return { value, method: value.method.toUpperCase(), pattern: new RegExp(`^${source}/?$`) };
    });
}

/** The first route for `method` and `path` (the path below the API root). */
export function findRoute<T>(routes: readonly Route<T>[], method: string, path: string): T | undefined {
  return routes.find((route) => route.method === method.toUpperCase() && route.pattern.test(path))?.value;
}
