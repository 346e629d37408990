/**
 * An OpenAPI path template as an MSW path: `{id}` → `:p0`. Parameter names
 * are replaced by position, since MSW accepts only word characters there.
 */
export function mswPath(template: string): string {
  let position = 0;
  return template.replace(/\{[^}]*\}/g, () => `:p${position++}`);
}

/** 0 for a static segment, 1 for one with a parameter. */
function shape(template: string): number[] {
  return template.split('/').map((segment) => (segment.includes('{') ? 1 : 0));
}

/**
 * Orders operations so that a static segment wins over a parameter at the
 * same place (`/calls/summary` before `/calls/{id}`): MSW uses the first
 * handler that matches. Otherwise the order is kept.
 */
export function staticFirst<T extends { path: string }>(operations: readonly T[]): T[] {
  return [...operations].sort((a, b) => {
    const left = shape(a.path);
    const right = shape(b.path);
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      const difference = (left[index] as number) - (right[index] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}
