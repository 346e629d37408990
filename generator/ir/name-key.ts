/**
 * Raw names with one key may become one identifier once sanitised (`x-y`,
 * `x_y` and `xY`; `call-logs` and `call_logs`): letters and digits only,
 * case-folded. The IR passes use it to find and report such collisions
 * before emit/naming settles the final identifiers.
 */
export function nameKey(raw: string): string {
  return raw.normalize('NFKC').replace(/[^\p{L}\p{Nd}]+/gu, '').toLowerCase();
}
