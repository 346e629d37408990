import type { Argv } from 'yargs';
import { resolveConfig } from '../config/config.js';
import type { ResourceIR } from '../ir/types.js';
import { countBySeverity } from '../diagnostics/format-diagnostics.js';
import { printDiagnostics, reportFailure, type Io } from './io.js';
import { operationIndex } from '../ir/operation-lookup.js';

export function inspectCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'inspect',
    'Print the IR summary of a spec (resources, operations, models, pagination, diagnostics), or the whole IR with --json',
    (y) =>
      y
        .option('spec', { type: 'string', describe: 'Spec file or URL (default: the embedded example)' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the IR as JSON, for diffing' })
        .option('naming', { choices: ['path', 'operationId'] as const, default: 'path' as const }),
    async (argv) => {
      // Loaded on use: the other commands should not pay for the spec loader at start-up.
      const [{ loadSpec }, { buildApiIR }] = await Promise.all([import('../load/load-spec.js'), import('../ir/pipeline.js')]);
      const config = resolveConfig({ ...(argv.spec !== undefined ? { spec: argv.spec } : {}), naming: argv.naming, cwd: io.cwd });
      const loaded = await loadSpec(config.spec, { cwd: io.cwd });
      if (!loaded.ok) return reportFailure(io, loaded.diagnostics);
      const { ir, diagnostics } = buildApiIR(loaded.spec, { naming: config.naming, pagination: config.pagination, defaultAuth: config.defaultAuth });
      const all = [...loaded.spec.diagnostics, ...diagnostics];
      if (argv.json) {
        io.out(JSON.stringify({ ir, diagnostics: all }, null, 2));
        return;
      }
      const counts = countBySeverity(all);
      io.out(`${ir.meta.title} ${ir.meta.version} (OpenAPI ${ir.meta.openapi}, sha256:${ir.meta.specHash.slice(0, 16)})`);
      io.out(`operations: ${ir.operations.length}  models: ${ir.schemas.length}  paginated: ${ir.operations.filter((o) => o.pagination).length}`);
      io.out(`auth: ${ir.auth.map((scheme) => `${scheme.name} (${scheme.kind})`).join(', ') || 'none'}`);
      io.out(`error envelope: ${ir.errors.envelope ?? 'not found'}; statuses: ${ir.errors.statuses.map((s) => s.status).join(', ')}`);
      io.out(`diagnostics: ${counts.error + counts.fatal} errors, ${counts.warning} warnings, ${counts.info} infos`);
      io.out('resources:');
      const byPointer = operationIndex(ir);
      const printTree = (nodes: ResourceIR[], depth: number) => {
        for (const node of nodes) {
          const methods = node.operations.map((pointer) => byPointer.get(pointer)?.rawName).join(', ');
          io.out(`${'  '.repeat(depth + 1)}${node.name}${methods ? `: ${methods}` : ''}`);
          printTree(node.children, depth + 1);
        }
      };
      printTree(ir.resources, 0);
      printDiagnostics(io, all, false);
    },
  );
}
