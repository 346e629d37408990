import type { OperationIR } from '../../ir/types.js';
import { docText } from '../naming/js-doc.js';
import { reasonHint } from './reason-doc.js';
import { splitReasons, type ReasonContext } from './reason-context.js';

/**
 * The `@remarks` lines of a method: each reason of its own with HTTP code and
 * fix (or cause); the generic ones only by their union's name, since every
 * method shares them. Undefined when the method has no reasons of its own.
 */
export function reasonRemarks(operation: OperationIR, ctx: ReasonContext): string | undefined {
  const { own, withGeneric } = splitReasons(operation.reasons, ctx);
  if (own.length === 0) return undefined;
  const lines = own.map((name) => {
    const reason = ctx.byName.get(name);
    return reason ? `- \`${docText(name)}\` (${reason.http}): ${reasonHint(reason)}` : `- \`${docText(name)}\``;
  });
  const intro = withGeneric ? `Error reasons, besides the generic ones (\`${ctx.names.generic}\`):` : 'Error reasons:';
  return ['@remarks', intro, ...lines].join('\n');
}

/** The doc of an operation's reason type: what it lists and how to get a caught error narrowed to it. */
export function reasonAliasDoc(operation: OperationIR, key: string, ctx: ReasonContext): string {
  const { own, withGeneric } = splitReasons(operation.reasons, ctx);
  const listed = [...own.map((reason) => `\`${docText(reason)}\``), ...(withGeneric ? [`the generic ones (\`${ctx.names.generic}\`)`] : [])];
  return (
    `Error reasons of \`${operation.method.toUpperCase()} ${docText(operation.path)}\`: ${listed.length === 0 ? 'none documented' : listed.join(', ')}.\n` +
    `After \`isErrorOf(error, '${docText(key)}')\` a caught error's \`reason\` is one of them, or a reason newer than this SDK.`
  );
}
