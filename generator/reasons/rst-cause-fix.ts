import { endpointFromLiteral } from './endpoint-pattern.js';
import { inlineLiterals, rstInlineToMarkdown, splitOnFixMarker, splitSentences } from './rst-inline.js';

/** A "Cause → Fix" cell, interpreted. */
export interface CauseAndFix {
  /** Markdown. */
  description: string;
  /** Markdown; absent when the cell gives no fix. */
  fix?: string;
  /** Endpoints the cause says the reason fires on (`GET /calls/{id}`, `/calls/{id}*`), in order. */
  firedOn: string[];
}

/**
 * Sentences that tell the client what to do next. Endpoints named in them are
 * where to look (`Verify via GET /calls`), not where the reason fires.
 */
const HINT_SENTENCE =
  /^(?:Verify|Check|Confirm|Ensure|Inspect|Send|Refresh|Retry|Re-?authenticate|Back off|Wait|Include|Stop|Start|Use|Add|Top up|Complete|Try|Contact|See|Treat|Remove|Provide|Pass|Obtain|Supply|Take|Re-?read|Poll|Pause|Choose|Sign in)\b/;

/**
 * Splits a cell into cause and fix. With a `**Fix:**` marker the split is
 * there. Without one, the cause is the first sentence plus the sentences after
 * it up to the first hint sentence; the fix is that sentence and everything
 * after it (no fix when there is no hint sentence).
 *
 * `firedOn` holds the endpoint literals of the cause's sentences, skipping
 * hint sentences (except the first sentence, which is always cause).
 */
export function interpretCauseAndFix(rst: string): CauseAndFix {
  const marked = splitOnFixMarker(rst);
  const sentences = splitSentences(marked.cause);
  let causeLength = sentences.length;
  if (marked.fix === undefined) {
    const firstHint = sentences.findIndex((sentence, i) => i > 0 && HINT_SENTENCE.test(sentence));
    if (firstHint > 0) causeLength = firstHint;
  }
  const cause = sentences.slice(0, causeLength);
  const fixText = marked.fix ?? sentences.slice(causeLength).join(' ');
  const firedOn = cause
    .filter((sentence, i) => i === 0 || !HINT_SENTENCE.test(sentence))
    .flatMap(inlineLiterals)
    .map(endpointFromLiteral)
    .filter((endpoint): endpoint is string => endpoint !== undefined);
  const result: CauseAndFix = { description: rstInlineToMarkdown(cause.join(' ')), firedOn };
  const fix = rstInlineToMarkdown(fixText);
  if (fix.length > 0) result.fix = fix;
  return result;
}
