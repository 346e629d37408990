/** prettier's printWidth for generated code; format-files passes the same to prettier. */
export const PRINT_WIDTH = 110;

/**
 * Whether the text surely fits in `width` columns as prettier measures them: ASCII counts one column, any other
 * UTF-16 unit two, which is never less than prettier's measure (wide characters take two columns, combining marks none).
 */
export function textWidthAtMost(text: string, width: number): boolean {
  if (text.length > width) return false;
  let columns = 0;
  for (let i = 0; i < text.length; i++) columns += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return columns <= width;
}
