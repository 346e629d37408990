// Figures from samples (medians, paired ratios) and how they are printed.
import { median } from './stats.mjs';

export const seconds = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
export const megabytes = (mb) => (mb === null || mb === undefined ? '–' : `${mb.toFixed(0)} MB`);
export const times = (ratio) => (ratio === null || ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);

export function summarise(result) {
  const ms = median(result.samples.map((sample) => sample.ms));
  const peakMB = median(result.samples.map((sample) => sample.peakMB));
  const cpuMs = median(result.samples.map((sample) => sample.cpuMs ?? null));
  return { ms, cpuMs, peakMB, min: Math.min(...result.samples.map((s) => s.ms)), max: Math.max(...result.samples.map((s) => s.ms)) };
}

/** Median over rounds of ours/peer, each ratio taken within one round (the runs next to each other). */
export function pairedRatio(ours, peer, field = 'ms') {
  const count = Math.min(ours.samples.length, peer.samples.length);
  return median(Array.from({ length: count }, (_, i) => (ours.samples[i][field] ?? NaN) / (peer.samples[i][field] ?? NaN)));
}

