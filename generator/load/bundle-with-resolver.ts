import type { Diagnostic } from '../diagnostics/types.js';
import type { BundleLog } from './bundle-whole-files.js';
import type { SpecParser } from './memo-parser.js';
import { importModule } from '../modules/import-module.js';
import { parseSpecText } from './parse-document.js';
import { refErrorsToDiagnostics } from './ref-errors.js';
import { rewriteRootRelativeRefs } from './root-relative-refs.js';
import type { SourceLocator } from './source-locator.js';

/** Bundles any spec with swagger-parser: URLs, refs into parts of files, files named twice, and every error. */
export async function bundleWithResolver(
  rootDocument: Record<string, unknown>,
  root: string,
  locator: SourceLocator,
  log: BundleLog,
  options: { timeoutMs?: number; parse?: SpecParser },
): Promise<{ ok: true; document: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] }> {
  const fileErrors: Diagnostic[] = [];
  try {
    // Loaded here: a self-contained spec, the usual case, never needs the resolver (about 100 ms to load).
    const { default: SwaggerParser } = await importModule<{ default: typeof import('@apidevtools/swagger-parser') }>('@apidevtools/swagger-parser');
    const document = await new SwaggerParser().bundle(root, rootDocument as never, {
      continueOnError: true,
      timeoutMs: options.timeoutMs ?? 60_000,
      parse: { json: false, yaml: false, text: false, binary: false, spec: specFileParser(root, log, fileErrors, options.parse ?? parseSpecText) },
      resolve: { http: { timeout: options.timeoutMs ?? 30_000 } },
    } as never);
    if (fileErrors.length > 0) return { ok: false, diagnostics: fileErrors };
    return { ok: true, document: document as unknown as Record<string, unknown> };
  } catch (error) {
    // A file that failed to parse was already reported with its line; the resolver's echo of it ("Parsed value is empty") adds nothing.
    if (fileErrors.length > 0) return { ok: false, diagnostics: fileErrors };
    return { ok: false, diagnostics: refErrorsToDiagnostics(error, root, locator) };
  }
}

/** The one parser for every file of a spec: JSON or YAML, with VoIPBIN's root-relative refs fixed up. */
function specFileParser(root: string, log: BundleLog, errors: Diagnostic[], parse: SpecParser) {
  const { rewrites, files } = log;
  return {
    order: 1,
    allowEmpty: false,
    canParse: true,
    parse(file: { url: string; data: Buffer | string }) {
      const location = decodeURIComponent(file.url);
      if (location === root || file.url === root) return undefined;
      files.add(location);
      const text = typeof file.data === 'string' ? file.data : file.data.toString('utf8');
      const parsed = parse(text, location);
      if (!parsed.ok) {
        errors.push(parsed.diagnostic);
        return {};
      }
      const count = rewriteRootRelativeRefs(parsed.value, file.url, root);
      if (count > 0) {
        rewrites.count += count;
        rewrites.files.add(location);
      }
      return parsed.value;
    },
  };
}
