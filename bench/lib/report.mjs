// Turns the measurements into Markdown tables and the verdict against issue 10's targets.
import { growthExponent, median } from './stats.mjs';
import { megabytes, pairedRatio, seconds, summarise, times } from './figures.mjs';
import { computeVerdict } from './verdict.mjs';

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function generationTable(spec, results, tools) {
  const ours = results.ours;
  const rows = tools
    .filter((tool) => results[tool.id])
    .map((tool) => {
      const result = results[tool.id];
      if (result.failure && result.samples.length === 0) return [tool.label, result.node, tool.emits, `failed: ${result.failure.replace(/\|/g, '/')}`, '', '', '', '', '', '0'];
      const { ms, cpuMs, peakMB, min, max } = summarise(result);
      const ratio = tool.ours || !ours?.samples.length ? '' : times(pairedRatio(ours, result));
      const cpuRatio = tool.ours || !ours?.samples.length ? '' : times(pairedRatio(ours, result, 'cpuMs'));
      return [tool.label, result.node, tool.emits, seconds(ms), `${seconds(min)}–${seconds(max)}`, seconds(cpuMs), megabytes(peakMB), ratio, cpuRatio, String(result.samples.length)];
    });
  return `### ${spec.label}: ${spec.operations} operations, ${(spec.bytes / 1e6).toFixed(1)} MB\n\n` + table(['tool', 'Node', 'emits', 'median wall', 'min–max', 'median CPU', 'peak RSS', 'ours/peer wall', 'ours/peer CPU', 'runs'], rows);
}

function scalingSection(specs, generation, tools) {
  const scaled = specs.filter((spec) => spec.scale !== null && generation[spec.id]).sort((a, b) => a.scale - b.scale);
  const toolIds = tools.filter((tool) => scaled.some((spec) => generation[spec.id][tool.id]?.samples.length)).map((tool) => tool.id);
  const rows = scaled.map((spec) => [`×${spec.scale}`, String(spec.operations), `${(spec.bytes / 1e6).toFixed(1)} MB`, ...toolIds.map((id) => (generation[spec.id][id]?.samples.length ? seconds(summarise(generation[spec.id][id]).ms) : '–'))]);
  const exponentOf = (id, field) => growthExponent(scaled.filter((spec) => generation[spec.id][id]?.samples.length).map((spec) => [spec.scale, summarise(generation[spec.id][id])[field]]));
  const exponents = Object.fromEntries(toolIds.map((id) => [id, exponentOf(id, 'ms')]));
  const cpuExponents = Object.fromEntries(toolIds.map((id) => [id, exponentOf(id, 'cpuMs')]));
  const show = (value) => (value === null ? '–' : value.toFixed(2));
  rows.push(['exponent (wall)', '', '', ...toolIds.map((id) => show(exponents[id]))]);
  rows.push(['exponent (CPU)', '', '', ...toolIds.map((id) => show(cpuExponents[id]))]);
  return { markdown: table(['scale', 'operations', 'size', ...toolIds], rows), exponent: exponents.ours ?? null, cpuExponent: cpuExponents.ours ?? null };
}

/** A compile row's place: the tools' order, with a row that is no tool's output (`ours-built`) right after ours. */
function rowOrder(tools, id) {
  const index = tools.findIndex((tool) => tool.id === id);
  return index >= 0 ? index : tools.findIndex((tool) => tool.ours) + 0.5;
}

export function renderReport(run) {
  const { meta, specs, tools, generation, compile, bundles, overhead, incremental } = run;
  const parts = [`# voipbin-sdkgen bench, ${meta.date}`, '', `Command: \`${meta.command}\``, '', meta.environment.map((line) => `- ${line}`).join('\n'), ''];
  parts.push('## Generation (wall clock, fresh output folder each run, interleaved)', '');
  for (const spec of specs) if (generation[spec.id]) parts.push(generationTable(spec, generation[spec.id], tools), '');
  const scaling = scalingSection(specs, generation, tools);
  parts.push('## Growth with spec size (VoIPBIN replicated under new names; median wall)', '', scaling.markdown, '');
  parts.push('## Compile cost: `tsc --noEmit` on each output (strict, skipLibCheck, moduleResolution Bundler)', '');
  for (const spec of specs) {
    if (!compile[spec.id]) continue;
    const labels = new Map(tools.map((tool) => [tool.id, tool.label]));
    const ids = Object.keys(compile[spec.id]).sort((a, b) => rowOrder(tools, a) - rowOrder(tools, b));
    const rows = ids.map((id) => {
      const result = compile[spec.id][id];
      const { ms, cpuMs, peakMB } = summarise(result);
      const unchecked = result.unchecked ?? [];
      const skipped = unchecked.length ? `${unchecked.join(', ')} (\`// @ts-nocheck\`)` : '';
      return [result.label ?? labels.get(id) ?? id, seconds(ms), seconds(cpuMs), megabytes(peakMB), String(result.errors), skipped];
    });
    parts.push(`### ${spec.label}`, '', table(['output of', 'tsc median wall', 'median CPU', 'peak RSS', 'type errors', 'not type-checked'], rows), '');
  }
  if (bundles) {
    const rows = bundles.map((b) => (b.failure ? [b.label, `failed: ${b.failure}`, ''] : [b.label, `${(b.minifiedBytes / 1024).toFixed(1)} KiB`, `${(b.gzippedBytes / 1024).toFixed(1)} KiB`]));
    parts.push('## Bundle: one-operation app (GET /calls/{id}), esbuild --minify, gzip -9', '', table(['client', 'minified', 'min+gzip'], rows), '');
  }
  if (overhead) {
    parts.push(
      '## Client overhead against raw fetch (node:http on 127.0.0.1, sequential)',
      '',
      overhead.failure
        ? `failed: ${overhead.failure}`
        : table(['case', 'SDK', 'raw fetch', 'SDK/raw'], [
            [`${overhead.requests} GET /calls/{id}`, `${overhead.sdkMicros.toFixed(0)} µs/request`, `${overhead.rawMicros.toFixed(0)} µs/request`, times(overhead.ratio)],
            [`list: ${overhead.pages} pages × ${overhead.pageSize}, mean of ${overhead.listRuns}`, `${overhead.listSdkMs.toFixed(1)} ms`, `${overhead.listRawMs.toFixed(1)} ms`, times(overhead.listRatio)],
          ]),
      '',
    );
  }
  const incrementalFigures = incremental && !incremental.failure ? summariseIncremental(incremental) : null;
  if (incremental) {
    parts.push(`## Incremental regeneration (multi-file source, ${incremental.editedFile ?? ''} edited)`, '');
    parts.push(
      incremental.failure
        ? `failed: ${incremental.failure}`
        : table(['run', 'median wall', 'median CPU', 'generator-reported', 'peak RSS'], [
            ['full (empty output folder)', seconds(incrementalFigures.full.ms), seconds(incrementalFigures.full.cpuMs), seconds(incrementalFigures.full.reported), megabytes(incrementalFigures.full.peakMB)],
            ['nothing changed', seconds(incrementalFigures.noChange.ms), seconds(incrementalFigures.noChange.cpuMs), seconds(incrementalFigures.noChange.reported), megabytes(incrementalFigures.noChange.peakMB)],
            ['one path file changed', seconds(incrementalFigures.oneFile.ms), seconds(incrementalFigures.oneFile.cpuMs), seconds(incrementalFigures.oneFile.reported), megabytes(incrementalFigures.oneFile.peakMB)],
          ]),
      '',
    );
  }
  const verdict = computeVerdict({ specs, generation, compile, exponent: scaling.exponent, cpuExponent: scaling.cpuExponent, incrementalFigures });
  parts.push('## Verdict against issue 10\'s targets', '', table(['target', 'measured', 'result'], verdict.map((v) => [v.target, v.measured, v.pass === null ? 'n/a' : v.pass ? 'PASS' : 'FAIL'])), '');
  return { markdown: parts.join('\n'), verdict, exponent: scaling.exponent };
}

function summariseIncremental(incremental) {
  const figure = (list) => ({ ms: median(list.map((s) => s.ms)), cpuMs: median(list.map((s) => s.cpuMs ?? null)), reported: median(list.map((s) => s.reportedMs)), peakMB: median(list.map((s) => s.peakMB)), ok: list.every((s) => s.ok) });
  return { full: figure(incremental.full), noChange: figure(incremental.noChange), oneFile: figure(incremental.oneFile) };
}
