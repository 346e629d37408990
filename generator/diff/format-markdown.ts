import { code } from './markdown-code.js';
import type { ApiLabel, DiffReport, SdkChange } from './types.js';

const SECTIONS = [
  { bump: 'major', title: 'Breaking changes' },
  { bump: 'minor', title: 'Additions' },
  { bump: 'patch', title: 'Other changes' },
] as const;

/** The report as Markdown for a pull request or a CHANGELOG entry. */
export function formatMarkdown(report: DiffReport): string {
  const lines = [`## SDK changes: ${api(report.from)} → ${api(report.to)}`, ''];
  if (report.changes.length === 0) {
    lines.push('No changes for SDK users (semver: none).');
    return lines.join('\n') + '\n';
  }
  const { breaking, nonBreaking } = report.counts;
  lines.push(`**Semver: ${report.bump}**: ${breaking} breaking, ${nonBreaking} non-breaking change(s).`, '');
  for (const section of SECTIONS) {
    const items = report.changes.filter((change) => change.bump === section.bump);
    if (items.length === 0) continue;
    lines.push(`### ${section.title} (${items.length})`, '', ...items.map(bullet), '');
  }
  return lines.join('\n');
}

function api(label: ApiLabel): string {
  return `${label.title.replace(/[\r\n]+/g, ' ')} ${label.version.replace(/[\r\n]+/g, ' ')} (${code(`sha256:${label.specHash.slice(0, 12)}`)})`;
}

function bullet(change: SdkChange): string {
  return `- ${change.message}${change.operation ? ` (${code(change.operation)})` : ''}`;
}
