// `--baseline <git ref>`: the generator as it was at that commit, built beside the bench, timed as one more tool.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Extracts and builds the ref once per commit; returns the folder holding its bin/ and dist/. */
export function buildBaseline({ repoRoot, cacheDir, ref, log }) {
  const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = join(cacheDir, 'baseline', commit.slice(0, 12));
  // Written once the ref's own build script has run: its bin may need more than tsc's output (a bundled CLI).
  const built = join(dir, '.bench-built');
  if (!existsSync(built)) {
    log(`Building the baseline generator at ${ref} (${commit.slice(0, 12)})…`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', commit], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    // The baseline shares this tree's dependencies: a baseline with other pinned versions would need its own npm ci.
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(built, `${commit}\n`);
  }
  return { dir, commit };
}
