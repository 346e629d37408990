/**
 * fast-check arbitraries for Markdown documents built from the pieces a README is made of (headings, paragraphs,
 * `-` lists, fenced shell and TypeScript code) and, now and then, pieces prettier rewrites: emphasis and bullet
 * markers, escapes, HTML, tables, list numbers, URLs, CJK, odd spacing, long lines. The TypeScript is mostly written
 * as prettier prints it, so that the verifier has something to accept, with the same kind of salt.
 */
import fc from 'fast-check';

/** `common`, or once in about 40 times one of `rare`: a document of a few dozen pieces holds one piece of salt or so. */
function mostly<T>(common: fc.Arbitrary<T>, ...rare: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: common, weight: 40 * rare.length }, ...rare.map((arbitrary) => ({ arbitrary, weight: 1 })));
}

const HOSTILE_TEXT = [
  '*', '_', '\\', '<', '>', '|', '#', '~', '$', '{', '}', '[', ']', '!', '&amp;', '`', '``', '1.', '2)', '-', '+', '=',
  '---', '===', '***', '\\*', '\\_', '\\<', '\\|', '\\\\', '\\`', '\\&', 'snake_case', '_x_', '*x*', '**x**', '~~x~~',
  'http://x.io', 'www.x.io', 'a@b.co', '<b>', '<!-- c -->', '[x]', '[x][y]', '![i](u)', '[^1]', '{{x}}', '$x$',
  '通話', '한국', '🎉', 'Ünï', 'naïve', '≥', '…', '—', '\u00a0', '\u200b', '\t', '  ', ' ', '\u0301',
];
const WORDS = ['the', 'SDK', 'calls', 'Retry-After', '429', '5xx', 'e.g.', '(HTTP),', 'x/y', "it's", '"quoted"', 'a:', '@acme/voipbin', 'A.'];

const word: fc.Arbitrary<string> = mostly(
  fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z][a-z0-9]{0,9}$/)),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const codeSpan: fc.Arbitrary<string> = mostly(
  fc.stringMatching(/^[a-zA-Z(][\w.(){}: ,'<>|*-]{0,12}[\w)}]$/).map((code) => `\`${code}\``),
  fc.constantFrom('` a`', '`a `', '``a``', '`a``b`', '`', '` `', '``` x ```'),
);
const link: fc.Arbitrary<string> = mostly(
  fc.constantFrom('[MSW](https://mswjs.io)', '[the docs](https://x.io/a?b=c#d)', '[A b](./docs/x.md)'),
  fc.constantFrom('[x](<a b>)', '[x](a "t")', '[x](a(b))', '[ x](a)', '[x]( a)', '[x](a&amp;b)', '[x](www.a.io)'),
);

/** One line of inline content: words, code spans and links, mostly joined by single spaces. */
export const inlineLine: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ arbitrary: word, weight: 6 }, codeSpan, link), mostly(fc.constant(' '), fc.constantFrom('', '  ', '\t'))), {
    minLength: 1,
    maxLength: 9,
  })
  .map((pieces) => pieces.map(([piece, space], index) => (index === 0 ? piece : `${space}${piece}`)).join(''));

const lineEnd = mostly(fc.constant(''), fc.constantFrom(' ', '  ', '\\'));

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), mostly(fc.constant(' '), fc.constantFrom('', '  ')), inlineLine, lineEnd)
  .map(([level, space, text, end]) => `${'#'.repeat(level)}${space}${text}${end}`);

const paragraph = fc
  .array(fc.tuple(mostly(fc.constant(''), fc.constantFrom(' ', '    ', '> ', '1. ', '- ', '* ')), inlineLine, lineEnd), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.map(([start, text, end]) => `${start}${text}${end}`).join('\n'));

const listItem = fc
  .tuple(mostly(fc.constant('- '), fc.constantFrom('* ', '+ ', '1. ', '-  ', '- [ ] ')), inlineLine, fc.array(fc.tuple(mostly(fc.constant('  '), fc.constantFrom('', ' ', '    ', '  - ')), inlineLine), { maxLength: 2 }))
  .map(([marker, first, rest]) => [`${marker}${first}`, ...rest.map(([indent, text]) => `${indent}${text}`)].join('\n'));
const list = fc.array(listItem, { minLength: 1, maxLength: 4 }).chain((items) => mostly(fc.constant(items.join('\n')), fc.constant(items.join('\n\n'))));

const shellLine = mostly(fc.constantFrom('npm install voipbin-sdk', 'npx voipbin-sdkgen mock --port 4010', '  indented | piped > out', 'echo "$X" `y`'), fc.string({ unit: 'grapheme', maxLength: 12 }));
const fence = (language: string, lines: string[]) => `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``;
const shellBlock = fc
  .tuple(mostly(fc.constantFrom('sh', 'bash', 'shell', 'text'), fc.constantFrom('', 'json', 'yaml', 'sh ', 'SH', '~~~')), fc.array(shellLine, { minLength: 1, maxLength: 4 }))
  .map(([language, lines]) => fence(language, lines));

const NAMES = ['client', 'page', 'error', 'item', 'server', 'result', 'token', 'VoipbinClient', 'NotFoundError', 'console', 'process'];
const RARE_NAMES = ['await', 'new', 'of', 'let', 'async', 'type', 'get', 'undefined', 'x'.repeat(45), 'ünï', '#p', 'if'];
const PROPERTIES = ['calls', 'get', 'list', 'log', 'env', 'VOIPBIN_TOKEN', 'reason', 'withResponse', 'delete', 'new', 'items', 'y'.repeat(30)];
const name = mostly(fc.constantFrom(...NAMES), fc.constantFrom(...RARE_NAMES));
const property = mostly(fc.constantFrom(...PROPERTIES), fc.constantFrom('class', '0', 'a-b', "'x'"));
const literal = mostly(
  fc.oneof(
    fc.stringMatching(/^[a-zA-Z0-9 .…_-]{0,12}$/).map((text) => `'${text}'`),
    fc.constantFrom('0', '50', '5_000', '20_000', '1.5', 'true', 'null', 'this'),
  ),
  fc.constantFrom('"double"', `"it's"`, "'a\\'b'", "'a\\\\b'", "'\\d'", "'通話'", "'🎉'", '1.50', '.5', '0x1F', '1e3', '10n', '007', '`t${x}`', '/re/'),
);
/** A separator written as prettier writes it, or now and then not. */
const comma = mostly(fc.constant(', '), fc.constantFrom(',', ' , ', ',  '));
const joined = (items: string[], separator: string, trailing: boolean) => `${items.join(separator)}${trailing && items.length > 0 ? ',' : ''}`;
const trailingComma = mostly(fc.constant(false), fc.constant(true));

const { expression, chain } = fc.letrec<{ expression: string; chain: string; postfix: string }>((tie) => ({
  // A name with member accesses and calls: what most statements are made of.
  chain: fc
    .tuple(
      name,
      fc.array(
        fc.oneof(
          mostly(fc.constant('.'), fc.constantFrom('?.', ' .')).chain((dot) => property.map((key) => `${dot}${key}`)),
          fc.tuple(fc.array(tie('expression'), { maxLength: 3 }), comma, trailingComma).map(([args, separator, trailing]) => `(${joined(args, separator, trailing)})`),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([head, suffixes]) => `${head}${suffixes.join('')}`),
  postfix: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: tie('chain'), weight: 4 },
    { arbitrary: literal, weight: 2 },
    mostly(literal, tie('postfix')).map((object) => `${object}.length`),
    fc.tuple(name, fc.array(tie('expression'), { maxLength: 2 })).map(([callee, args]) => `new ${callee}(${args.join(', ')})`),
    fc
      .tuple(fc.array(fc.oneof(fc.tuple(property, tie('expression')).map(([key, value]) => `${key}: ${value}`), name, tie('postfix').map((value) => `...${value}`)), { maxLength: 3 }), comma, trailingComma)
      .map(([members, separator, trailing]) => (members.length === 0 ? '{}' : `{ ${joined(members, separator, trailing)} }`)),
    fc.tuple(fc.array(tie('expression'), { maxLength: 3 }), comma).map(([items, separator]) => `[${items.join(separator)}]`),
  ),
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: tie('postfix'), weight: 4 },
    mostly(tie('chain'), tie('postfix')).map((value) => `await ${value}`),
    mostly(tie('chain'), tie('postfix')).map((value) => `!${value}`),
    fc
      .tuple(tie('postfix'), mostly(fc.constantFrom('===', '!==', '&&', '||', '??', 'instanceof'), fc.constantFrom('+', '<', '==', 'in')), tie('postfix'))
      .map(([left, operator, right]) => `${left} ${operator} ${right}`),
    fc.constantFrom('(x) => x', 'async () => {}', '(a)', 'a ? b : c', 'a = b', 'typeof a', '-1', 'a!', 'a as B', 'a[0]', 'a<b>(c)'),
  ),
}));

const comment = mostly(fc.stringMatching(/^\/\/ [A-Za-z0-9 .,:'()<>?=-]{0,40}$/), fc.constantFrom('//x', '/* c */', '// prettier-ignore', '//'));
/** A statement that may stand as an `if` or `for` body: mostly a call chain. */
const clause = fc.oneof(
  { arbitrary: mostly(chain, expression).map((value) => `${value};`), weight: 4 },
  mostly(chain, expression).map((value) => `await ${value};`),
  expression.map((value) => `throw ${value};`),
  mostly(chain.map((value) => `${value};`), chain),
);
const simpleStatement = fc.oneof(
  { arbitrary: clause, weight: 3 },
  fc.tuple(mostly(fc.constant('const'), fc.constantFrom('let', 'var')), mostly(name, fc.array(name, { minLength: 1, maxLength: 3 }).map((names) => `{ ${names.join(', ')} }`)), expression)
    .map(([kind, target, value]) => `${kind} ${target} = ${value};`),
  fc.tuple(fc.array(name, { minLength: 1, maxLength: 4 }), comma).map(([names, separator]) => `import { ${names.join(separator)} } from 'voipbin-sdk';`),
);
const statementLine = fc.tuple(simpleStatement, mostly(fc.constant(''), comment.map((text) => ` ${text}`), comment.map((text) => `  ${text}`)))
  .map(([statement, trailing]) => `${statement}${trailing}`);

/** Parts one after the other, some with a blank line between (now and then two, or one before the first). */
function spaced(part: fc.Arbitrary<string[]>, maxLength: number): fc.Arbitrary<string[]> {
  const gap = fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 120 }, { arbitrary: fc.constant(['']), weight: 80 }, fc.constant(['', '']));
  return fc
    .tuple(mostly(fc.constant<string[]>([]), fc.constant<string[]>([''])), fc.array(fc.tuple(gap, part), { minLength: 1, maxLength }))
    .map(([lead, parts]) => [...lead, ...parts.flatMap(([blank, lines], index) => (index === 0 ? lines : [...blank, ...lines]))]);
}

/** A statement as lines, indented from its own level; blocks indent their bodies two spaces (now and then not). */
const { statement } = fc.letrec<{ statement: string[]; body: string[] }>((tie) => ({
  body: spaced(fc.oneof({ arbitrary: tie('statement'), weight: 3 }, comment.map((text) => [text])), 3).chain((lines) =>
    mostly(fc.constant('  '), fc.constantFrom('    ', ' ')).map((indent) => lines.map((line) => (line === '' ? '' : `${indent}${line}`))),
  ),
  statement: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: statementLine.map((line) => [line]), weight: 5 },
    fc.tuple(expression, tie('body'), fc.option(tie('body')), fc.option(fc.tuple(expression, clause))).map(([test, consequent, alternate, chained]) => [
      `if (${test}) {`,
      ...consequent,
      ...(alternate ? ['} else {', ...alternate, '}'] : chained ? [`} else if (${chained[0]}) ${chained[1]}`] : ['}']),
    ]),
    fc.tuple(expression, clause, fc.option(clause)).map(([test, then, otherwise]) => [`if (${test}) ${then}`, ...(otherwise ? [`else ${otherwise}`] : [])]),
    fc.tuple(tie('body'), name, tie('body')).map(([attempt, caught, handler]) => ['try {', ...attempt, `} catch (${caught}) {`, ...handler, '}']),
    fc.tuple(fc.boolean(), name, expression, tie('body')).map(([awaits, item, iterable, body]) => [`for${awaits ? ' await' : ''} (const ${item} of ${iterable}) {`, ...body, '}']),
  ),
}));

/** The text of a TypeScript code block: statements, comments, and blank lines between them. */
export const snippet: fc.Arbitrary<string> = spaced(fc.oneof({ arbitrary: statement, weight: 4 }, comment.map((text) => [text])), 6).map((lines) => lines.join('\n'));

const codeBlock = fc
  .tuple(mostly(fc.constantFrom('ts', 'typescript', 'js'), fc.constantFrom('tsx', 'json', 'ts ')), snippet)
  .map(([language, code]) => fence(language, [code]));

/** A Markdown document: blocks mostly one blank line apart, ending in one newline. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(heading, { arbitrary: paragraph, weight: 3 }, list, shellBlock, { arbitrary: codeBlock, weight: 2 }), mostly(fc.constant('\n\n'), fc.constantFrom('\n', '\n\n\n'))), {
      minLength: 1,
      maxLength: 6,
    }),
    mostly(fc.constant('\n'), fc.constantFrom('', '\n\n')),
  )
  .map(([blocks, end]) => blocks.map(([block, separator], index) => (index === 0 ? block : `${separator}${block}`)).join('') + end);
