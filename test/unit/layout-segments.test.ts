import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { layOutChunks, layOutFileChunks } from '../../generator/format/layout/chunks.js';
import { segmentStarts } from '../../generator/format/layout/segments.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';

/** The text of each segment. */
function segments(text: string): string[] {
  const starts = segmentStarts(text) ?? [];
  return [0, ...starts].map((start, index) => text.slice(start, starts[index] ?? text.length));
}

describe('segmentStarts: cuts only at blank lines outside every bracket, string, template and comment', () => {
  it('cuts between top-level statements', () => {
    expect(segments('const a = 1;\n\nexport const b = 2;\n\n\ntype C = string;\n')).toEqual(['const a = 1;\n\n', 'export const b = 2;\n\n\n', 'type C = string;\n']);
  });

  it('does not cut inside a class body, a template literal (also across `${…}`), a block comment or a string', () => {
    const kept = [
      'export class A {\n  a() {}\n\n  b() {}\n}\n',
      'const t = `one\n\n${`inner\n\n${x}`}\n\ntwo`;\n',
      '/**\n * a\n\n * b\n */\nconst c = 1;\n',
      "const s = 'it\\'s';\nconst u = \"{\";\nconst v = '}';\n",
      '// an apostrophe\'s comment {\nconst w = 1;\n',
    ];
    for (const text of kept) expect(segments(text), text).toEqual([text]);
    expect(segments(`${kept[3]}\n${kept[4]}`)).toEqual([`${kept[3]}\n`, kept[4]]);
  });

  it('says undefined for text it cannot follow', () => {
    expect(segmentStarts("const s = 'open\n\nconst t = 1;\n")).toBeUndefined();
    expect(segmentStarts('/* open\n\nconst t = 1;\n')).toBeUndefined();
  });
});

async function printedFiles(config: Parameters<typeof generate>[0]): Promise<string[]> {
  const result = await generate({ ...config, format: false });
  if (!result.ok) throw new Error('generation failed');
  return result.files.filter((file) => file.printed).map((file) => file.contents);
}

describe('layOutFileChunks equals layOutChunks over the whole text', () => {
  it.each(['full', 'lite', 'zod', 'service-agent'] as const)('the example, %s flavor', async (flavor) => {
    for (const text of await printedFiles({ flavor })) expect(layOutFileChunks(text)).toEqual(layOutChunks(text));
  });
});

describeWithShared('layOutFileChunks equals layOutChunks: the real VoIPBIN spec', () => {
  it.each(['full', 'zod'] as const)('%s flavor', async (flavor) => {
    const texts = await printedFiles({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST], flavor });
    // The layout cuts the large files (models, fixtures, mock operations) into many segments.
    expect(Math.max(...texts.map((text) => (segmentStarts(text) ?? []).length))).toBeGreaterThan(100);
    for (const text of texts) expect(layOutFileChunks(text)).toEqual(layOutChunks(text));
  }, 120_000);
});
