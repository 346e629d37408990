/** Where the writer is in the code it has written: what a line break there would be inside. */
type Lexical = 'code' | 'line-comment' | 'block-comment' | 'single' | 'double' | 'template';

const WHITESPACE = new Set([' ', '\f', '\n', '\r', '\t', '\v', '\u00a0', '\u2028', '\u2029']);
const LINE_BREAK = /\r?\n/;
/** The characters that can change the lexical state; runs of others are skipped in one step. */
const SIGNIFICANT = /[/*'"`\\${}\n]/g;

/**
 * Accumulates printed code: indents each new line by block nesting (two spaces a level), lines on from a
 * declaration's first by one more (a hanging indent), and never indents a line that starts inside a template
 * literal, whose text that would change. Follows strings, template literals (with nested `${…}`) and comments
 * exactly, so a spec string such as `"/*"` or `"a*\\"` is only ever text to it. Regular expression literals are
 * not recognised: the emitters never print one (format/layout/scan.ts relies on that too).
 */
export class CodeWriter {
  private text = '';
  private level = 0;
  private queued: number | undefined;
  private firstLineOfBlock = true;
  private last = '';
  private secondLast = '';
  private lastNonWhitespace = '';
  private state: Lexical = 'code';
  private previous = '';
  private previousFree = false;
  /** Open template literals and the `{` nested in their substitutions: `` ` `` or `{`. */
  private readonly templates: string[] = [];

  toString(): string {
    return this.text;
  }

  /** Writes text; its line breaks start new, indented lines. */
  write(text: string): this {
    if (!text.includes('\n')) {
      if (text !== '') this.writeLine(text);
      return this;
    }
    const lines = text.split(LINE_BREAK);
    lines.forEach((line, index) => {
      if (index > 0) this.newLine();
      if (line !== '') this.writeLine(line);
    });
    return this;
  }

  newLine(): this {
    if (this.state === 'line-comment') this.state = 'code';
    // A quoted string ends at a line break unless a backslash continues it.
    if ((this.state === 'single' || this.state === 'double') && !(this.previousFree && this.previous === '\\')) this.state = 'code';
    this.previous = '\n';
    this.previousFree = true;
    this.append('\n');
    this.firstLineOfBlock = false;
    if (this.queued !== undefined) {
      this.level = this.queued;
      this.queued = undefined;
    }
    return this;
  }

  newLineIfLastNot(): this {
    return this.isLastNewLine() ? this : this.newLine();
  }

  blankLine(): this {
    return this.newLineIfLastNot().newLine();
  }

  blankLineIfLastNot(): this {
    return this.last === '\n' && this.secondLast === '\n' ? this : this.blankLine();
  }

  space(): this {
    return this.write(' ');
  }

  spaceIfLastNot(): this {
    return this.last === ' ' ? this : this.write(' ');
  }

  /** `{`, the body one level in, `}` on its own line. */
  inlineBlock(body: () => void): this {
    this.write('{');
    if (this.last !== '') this.newLineIfLastNot();
    this.level++;
    this.firstLineOfBlock = true;
    body();
    this.firstLineOfBlock = false;
    this.level = Math.max(0, this.level - 1);
    return this.newLineIfLastNot().write('}');
  }

  /** Runs `action` with the lines it breaks onto indented one level more than its first. */
  hangingIndent(action: () => void): this {
    const saved = { level: this.level, queued: this.queued };
    this.queued = this.level + 1;
    try {
      action();
    } finally {
      this.level = saved.level;
      this.queued = saved.queued;
    }
    return this;
  }

  isLastNewLine(): boolean {
    return this.last === '\n';
  }

  isAtStartOfFirstLineOfBlock(): boolean {
    return this.firstLineOfBlock && (this.last === '\n' || this.last === '');
  }

  lastNonWhitespaceIs(char: string): boolean {
    return this.lastNonWhitespace === char;
  }

  /** Whether the code so far leaves a comment, string or template literal open. */
  isInsideToken(): boolean {
    return this.state !== 'code' || this.templates.length > 0;
  }

  private writeLine(text: string): void {
    if ((this.last === '\n' || this.last === '') && !this.isInString()) this.append('  '.repeat(this.level));
    this.follow(text);
    this.append(text);
  }

  private isInString(): boolean {
    return this.state === 'single' || this.state === 'double' || this.state === 'template';
  }

  private append(text: string): void {
    if (text === '') return;
    this.text += text;
    this.secondLast = text.length > 1 ? (text[text.length - 2] as string) : this.last;
    this.last = text[text.length - 1] as string;
    for (let i = text.length - 1; i >= 0; i--) {
      if (!WHITESPACE.has(text[i] as string)) {
        this.lastNonWhitespace = text[i] as string;
        break;
      }
    }
  }

  /** Advances the lexical state over `text` (part of one line, written after what is already there). */
  private follow(text: string): void {
    SIGNIFICANT.lastIndex = 0;
    let next = 0;
    // test() and lastIndex rather than exec(): no match array for each significant character.
    while (SIGNIFICANT.test(text)) {
      const index = SIGNIFICANT.lastIndex - 1;
      if (index > next) {
        // Characters in between combine with nothing.
        this.previous = ' ';
        this.previousFree = true;
      }
      this.step(text[index] as string);
      next = index + 1;
    }
    if (text.length > next) {
      this.previous = ' ';
      this.previousFree = true;
    }
  }

  /** One significant character. `previousFree`: the character before may still pair with it (it was not escaped or half of a pair). */
  private step(char: string): void {
    const paired = this.previousFree ? this.previous : '';
    let free = true;
    switch (this.state) {
      case 'line-comment':
        break;
      case 'block-comment':
        if (paired === '*' && char === '/') {
          this.state = 'code';
          free = false;
        }
        break;
      case 'single':
      case 'double':
        if (paired === '\\') free = false;
        else if (char === (this.state === 'single' ? "'" : '"')) {
          this.state = 'code';
          free = false;
        }
        break;
      case 'template':
        if (paired === '\\') free = false;
        else if (char === '`') {
          this.templates.pop();
          this.state = 'code';
          free = false;
        } else if (paired === '$' && char === '{') {
          this.templates.push('{');
          this.state = 'code';
          free = false;
        }
        break;
      case 'code':
        free = this.stepCode(paired, char);
        break;
    }
    this.previous = char;
    this.previousFree = free;
  }

  private stepCode(paired: string, char: string): boolean {
    if (paired === '/' && (char === '/' || char === '*')) {
      this.state = char === '/' ? 'line-comment' : 'block-comment';
      return false;
    }
    if (char === "'" || char === '"') this.state = char === "'" ? 'single' : 'double';
    else if (char === '`') {
      this.templates.push('`');
      this.state = 'template';
    } else if (char === '{' && this.templates.length > 0) this.templates.push('{');
    else if (char === '}' && this.templates.length > 0) {
      this.templates.pop();
      if (this.templates[this.templates.length - 1] === '`') this.state = 'template';
    } else return true;
    return false;
  }
}
