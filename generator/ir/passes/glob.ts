/**
 * A glob as a RegExp: `**` any run of characters, `*` any run without
 * `separator`, everything else literal. A trailing `/**` also matches the
 * folder itself (`/service_agents/**` keeps `/service_agents`).
 */
export function globPattern(glob: string, separator: '/' | '.'): RegExp {
  const escapedSeparator = separator === '/' ? '/' : '\\.';
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      const trailing = index + 2 === glob.length && glob[index - 1] === separator;
      if (trailing) source = `${source.slice(0, -escapedSeparator.length)}(?:${escapedSeparator}.*)?`;
      else source += '.*';
      index++;
    } else if (char === '*') source += `[^${escapedSeparator}]*`;
    else source += char.replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
