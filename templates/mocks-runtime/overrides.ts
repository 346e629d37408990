/**
 * `sample` with the top-level fields of `overrides` replacing its own: what
 * every generated fixture factory returns. The factories name `T`
 * (`withOverrides<Call>(…)`): TypeScript checks that far faster than a spread
 * of `Partial<Call>` in each factory, or than inferring `T`.
 */
export function withOverrides<T extends object>(overrides: Partial<T> | undefined, sample: T): T {
  return { ...sample, ...overrides };
}
