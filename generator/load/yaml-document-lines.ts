import type { Node } from 'yaml';
import { yaml } from './yaml-on-demand.js';

/** The line of a pointer's tokens in one YAML file: the deepest key or item found, undefined for an empty document. */
export type LineFinder = (tokens: string[]) => number | undefined;

/**
 * Reads the whole file with the `yaml` package (CST and AST) and walks its nodes:
 * any YAML at all, at about twelve times the cost of `blockLineFinder`'s scan.
 */
export function documentLineFinder(text: string): LineFinder {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  return (tokens) => {
    let node: unknown = document.contents;
    let line = lineOf(node as Node);
    for (const token of tokens) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
        if (!pair) return line;
        line = lineOf(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        const child = node.items[Number(token)];
        if (child === undefined) return line;
        line = lineOf(child as Node) ?? line;
        node = child;
      } else {
        return line;
      }
    }
    return line;
  };
}
