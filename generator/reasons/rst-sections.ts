import { endpointFromLiteral } from './endpoint-pattern.js';
import { inlineLiterals } from './rst-inline.js';
import type { RstExplicitBlock, RstHeading } from './rst-structure.js';
import { sortedUnique } from './sorted.js';
import { UNGROUPED } from './types.js';

/** A stretch of the document under one heading, up to the next heading. */
export interface RstSection {
  title: string;
  /** 0-based index of the title line; -1 for text before the first heading. */
  index: number;
  /**
   * Its title names it generic / cross-cutting, or an enclosing title does and
   * its own prose names no endpoints (a sub-section with endpoints is a
   * resource group wherever it sits).
   */
  generic: boolean;
  /** Endpoint literals in the prose between the heading and the section's first list-table, sorted. */
  scope: string[];
}

/** How a heading announces the cross-cutting group. */
const GENERIC_TITLE = /\bgeneric\b|\bcross[- ]cutting\b/i;

/** Prose saying the listed endpoints include what is below them ("… and their sub-paths"). */
const SUB_PATHS = /\bsub-?(?:paths|resources)\b/i;

/**
 * Cuts the document into sections at every heading. Prose is what is outside
 * explicit markup blocks (so `.. note::` bodies, which name *other*
 * resources for contrast, do not widen the scope).
 */
export function findSections(lines: readonly string[], headings: readonly RstHeading[], blocks: readonly RstExplicitBlock[]): RstSection[] {
  const inBlock = new Set<number>();
  for (const block of blocks) for (let i = block.index; i < block.bodyEnd; i += 1) inBlock.add(i);
  const firstTableAfter = (start: number): number =>
    blocks.find((block) => block.directive === 'list-table' && block.index > start)?.index ?? lines.length;
  const openTitles: RstHeading[] = [];
  const starts = [{ title: UNGROUPED, index: -1, level: -1 }, ...headings];
  return starts.map((heading, n) => {
    while (openTitles.length > 0 && (openTitles.at(-1)?.level ?? -1) >= heading.level) openTitles.pop();
    if (heading.index >= 0) openTitles.push(heading);
    const proseEnd = Math.min(starts[n + 1]?.index ?? lines.length, firstTableAfter(heading.index));
    const prose: string[] = [];
    for (let i = heading.index < 0 ? 0 : heading.index + 2; i < proseEnd; i += 1) prose.push(inBlock.has(i) ? '' : (lines[i] ?? ''));
    const scope = scopeFromProse(prose.join('\n'));
    const generic = GENERIC_TITLE.test(heading.title) || (scope.length === 0 && openTitles.some((open) => GENERIC_TITLE.test(open.title)));
    return { title: heading.title, index: heading.index, generic, scope: sortedUnique(scope) };
  });
}

/**
 * Endpoint literals of a section's prose. When the prose says "and their
 * sub-paths", each plain path `/x` also yields `/x/*`.
 */
function scopeFromProse(prose: string): string[] {
  const endpoints = inlineLiterals(prose).map(endpointFromLiteral).filter((endpoint): endpoint is string => endpoint !== undefined);
  if (!SUB_PATHS.test(prose)) return endpoints;
  return endpoints.flatMap((endpoint) => (endpoint.endsWith('*') ? [endpoint] : [endpoint, `${endpoint.replace(/\/$/, '')}/*`]));
}
