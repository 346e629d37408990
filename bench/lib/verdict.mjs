// Issue 10's targets, checked against one bench run.
import { megabytes, pairedRatio, seconds, summarise, times } from './figures.mjs';

function fastestPeer(results) {
  let best = null;
  for (const [id, result] of Object.entries(results ?? {})) {
    if (id.startsWith('ours') || !result.samples.length) continue;
    const { ms } = summarise(result);
    if (!best || ms < best.ms) best = { id, ms, result };
  }
  return best;
}

export function computeVerdict({ specs, generation, compile, exponent, cpuExponent, incrementalFigures }) {
  const verdict = [];
  for (const id of ['voipbin', 'github']) {
    const spec = specs.find((s) => s.id === id);
    const ours = generation[id]?.ours;
    const peer = fastestPeer(generation[id]);
    if (!spec || !ours?.samples.length || !peer) {
      verdict.push({ target: `full generation ≤ 0.7× fastest peer (${id})`, measured: 'not measured', pass: null });
      continue;
    }
    const ratio = summarise(ours).ms / peer.ms;
    verdict.push({ target: `full generation ≤ 0.7× fastest peer, ${spec.label}`, measured: `${seconds(summarise(ours).ms)} vs ${peer.id} ${seconds(peer.ms)} = ${times(ratio)} (paired ${times(pairedRatio(ours, peer.result))}; CPU ${times(pairedRatio(ours, peer.result, 'cpuMs'))})`, pass: ratio <= 0.7 });
  }
  verdict.push({ target: 'time exponent ≤ 1.1 over ×1…×8', measured: exponent === null ? 'not measured' : `${exponent.toFixed(2)} wall, ${cpuExponent?.toFixed(2) ?? '–'} CPU`, pass: exponent === null ? null : exponent <= 1.1 });
  const github = generation.github;
  const lowestPeerMemory = Object.entries(github ?? {}).filter(([id, r]) => !id.startsWith('ours') && r.samples.length).map(([id, r]) => ({ id, mb: summarise(r).peakMB })).filter((p) => p.mb !== null).sort((a, b) => a.mb - b.mb)[0];
  const ourMemory = github?.ours?.samples.length ? summarise(github.ours).peakMB : null;
  verdict.push({
    target: 'peak memory ≤ lowest peer, GitHub spec',
    measured: ourMemory === null || !lowestPeerMemory ? 'not measured' : `${megabytes(ourMemory)} vs ${lowestPeerMemory.id} ${megabytes(lowestPeerMemory.mb)}`,
    pass: ourMemory === null || !lowestPeerMemory ? null : ourMemory <= lowestPeerMemory.mb,
  });
  if (incrementalFigures) {
    const { full, noChange, oneFile } = incrementalFigures;
    verdict.push({ target: 'no-change regeneration ≤ 0.2 s, VoIPBIN', measured: `${seconds(noChange.ms)} wall (${seconds(noChange.reported)} reported by the generator)`, pass: noChange.ms <= 200 });
    verdict.push({ target: 'one-file change ≤ 0.5× full', measured: `${seconds(oneFile.ms)} / ${seconds(full.ms)} = ${times(oneFile.ms / full.ms)}`, pass: oneFile.ms / full.ms <= 0.5 });
  } else {
    verdict.push({ target: 'no-change regeneration ≤ 0.2 s / one-file change ≤ 0.5× full', measured: 'not measured', pass: null });
  }
  const tsc = compile.voipbin;
  if (tsc?.ours?.samples.length && tsc['openapi-typescript']?.samples.length) {
    const ours = summarise(tsc.ours).ms;
    const types = summarise(tsc['openapi-typescript']).ms;
    verdict.push({ target: "tsc --noEmit on our VoIPBIN SDK ≤ openapi-typescript's output", measured: `${seconds(ours)} vs ${seconds(types)} = ${times(ours / types)}`, pass: ours <= types });
  } else {
    verdict.push({ target: "tsc --noEmit on our VoIPBIN SDK ≤ openapi-typescript's output", measured: 'not measured', pass: null });
  }
  return verdict;
}
