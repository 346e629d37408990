/** A section title, with its level by order of first appearance of its adornment style. */
export interface RstHeading {
  title: string;
  /** 0-based index of the title line. */
  index: number;
  level: number;
}

/** An explicit markup block (`.. name:: argument` directive, comment or target) and its indented body. */
export interface RstExplicitBlock {
  /** Directive name, e.g. `list-table`; undefined for comments and targets. */
  directive?: string;
  argument: string;
  /** 0-based index of the `..` line. */
  index: number;
  indent: number;
  /** 0-based body range [bodyStart, bodyEnd), trailing blank lines excluded. */
  bodyStart: number;
  bodyEnd: number;
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;
const EXPLICIT_MARKUP = /^(\s*)\.\.(?:\s+(.*))?$/;
const DIRECTIVE = /^([\w:+-]+)::\s*(.*)$/;

/** Lines of an RST document, tabs expanded to 8-column stops as docutils does. */
export function rstLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(expandTabs);
}

/** Number of leading spaces. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** True for a missing or whitespace-only line. */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim().length === 0;
}

/** Section titles: an unindented line under (and optionally over) a punctuation adornment. */
export function findHeadings(lines: readonly string[]): RstHeading[] {
  const levels = new Map<string, number>();
  const headings: RstHeading[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const underline = ADORNMENT.exec(lines[i] ?? '');
    const title = lines[i - 1] ?? '';
    if (!underline || isBlank(title) || indentOf(title) > 0 || ADORNMENT.test(title)) continue;
    if (underline[0].trim().length < Math.min(3, title.trim().length)) continue;
    const hasOverline = (lines[i - 2] ?? '').trim() === underline[0].trim();
    if (!hasOverline && !isBlank(lines[i - 2])) continue;
    const style = `${hasOverline ? 'over' : 'under'}${underline[1]}`;
    if (!levels.has(style)) levels.set(style, levels.size);
    headings.push({ title: title.trim(), index: i - 1, level: levels.get(style) ?? 0 });
  }
  return headings;
}

/** Every explicit markup block, with the extent of its indented body. */
export function findExplicitBlocks(lines: readonly string[]): RstExplicitBlock[] {
  const blocks: RstExplicitBlock[] = [];
  lines.forEach((line, index) => {
    const markup = EXPLICIT_MARKUP.exec(line);
    if (!markup) return;
    const indent = markup[1]?.length ?? 0;
    let bodyEnd = index + 1;
    for (let j = index + 1; j < lines.length && (isBlank(lines[j]) || indentOf(lines[j] ?? '') > indent); j += 1) {
      if (!isBlank(lines[j])) bodyEnd = j + 1;
    }
    const directive = DIRECTIVE.exec(markup[2] ?? '');
    const block: RstExplicitBlock = { argument: directive?.[2]?.trim() ?? '', index, indent, bodyStart: index + 1, bodyEnd };
    if (directive?.[1] !== undefined) block.directive = directive[1];
    blocks.push(block);
  });
  return blocks;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  return out;
}
