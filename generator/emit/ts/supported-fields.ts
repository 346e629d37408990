/**
 * The printer prints the structure fields the emitters use. A field it does not know, set to something that would
 * print (not undefined, false or an empty list), is an error: a new emitter feature fails in the tests instead of
 * silently losing code.
 */
export function checkFields(what: string, structure: object, supported: readonly string[]): void {
  for (const field of Object.keys(structure)) {
    const value: unknown = (structure as Record<string, unknown>)[field];
    if (field === 'kind' || value === undefined || value === null || value === false || supported.includes(field)) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    throw new Error(`generator/emit/ts prints no \`${field}\` of the ${what} structure: teach the printer (print-statements.ts, print-members.ts) before an emitter sets it`);
  }
}

/** A field's text; writer functions (ts-morph's other form) are not printed. */
export function textOf(what: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`generator/emit/ts prints ${what} given as a string, not ${typeof value}`);
  return value;
}

/** {@link textOf} of a field that may be absent. */
export function optionalTextOf(what: string, value: unknown): string | undefined {
  return value === undefined ? undefined : textOf(what, value);
}

/** Whether ts-morph would leave the text out (it skips blank types, initializers and names). */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || /^[ \f\n\r\t\v\u00a0\u2028\u2029]*$/.test(text);
}
