import type { ErrorReasonIR } from '../../ir/types.js';
import { docBlock, docText } from '../naming/js-doc.js';
import { isRetryableReason } from './retryable.js';

/** The JSDoc of one reason: HTTP code, canonical status, whether it is retried, cause and fix. All catalog text is escaped. */
export function reasonDoc(reason: ErrorReasonIR): string {
  const retry = isRetryableReason(reason) ? 'retryable' : 'not retried';
  return docBlock([
    `HTTP ${reason.http} \`${docText(reason.status)}\`, ${retry}. ${docText(reason.group)}.`,
    reason.description !== '' && `\n${docText(reason.description)}`,
    reason.fix !== undefined && `\n**Fix:** ${docText(reason.fix)}`,
  ]) as string;
}

/** One line for a method's JSDoc: the fix when the catalog has one, else the cause. */
export function reasonHint(reason: ErrorReasonIR): string {
  const text = reason.fix ?? reason.description;
  return docText(text.replace(/\s+/g, ' '));
}
