import type { Result } from '../shared/result.ts';
import { describePosition } from './text-position.ts';

/**
 * A JSON value that keeps what a plain JSON.parse loses: each number's exact text (so 0.1 stays
 * "0.1" and 1e3 can be reported) and each value's offset in the source (for messages).
 */
export type JsonValue =
  | { kind: 'object'; entries: JsonEntry[]; offset: number }
  | { kind: 'array'; items: JsonValue[]; offset: number }
  | { kind: 'string'; value: string; offset: number }
  | { kind: 'number'; raw: string; offset: number }
  | { kind: 'boolean'; value: boolean; offset: number }
  | { kind: 'null'; offset: number };

/** One property of a JSON object, in source order. */
export interface JsonEntry {
  key: string;
  value: JsonValue;
}

/** Deeper nesting than this is refused (order lines need 3 levels; this stops stack exhaustion). */
const MAX_DEPTH = 100;

class JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/**
 * Parses strict JSON (RFC 8259) into a {@link JsonValue}. Never throws: a syntax error comes back as
 * a message with the line and column and, for the usual slips (single quotes, trailing commas,
 * comments, unquoted names), what to change.
 */
export function readJson(text: string): Result<JsonValue> {
  const parser = new Parser(text);
  try {
    const value = parser.parseDocument();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, error: `Invalid JSON at ${describePosition(text, error.offset)}: ${error.message}` };
    }
    return { ok: false, error: 'Invalid JSON: the text could not be read' };
  }
}

class Parser {
  private pos = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  parseDocument(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.pos >= this.text.length) throw new JsonSyntaxError(this.pos, 'the text is empty');
    const value = this.parseValue(0);
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError(
        this.pos,
        'unexpected text after the end of the JSON value (a missing comma or bracket?)',
      );
    }
    return value;
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(offset, message);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) {
        this.fail('JSON does not allow comments: remove them');
      } else return;
    }
  }

  private parseValue(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const c = this.text[this.pos];
    const offset = this.pos;
    if (c === '{') return this.parseObject(depth);
    if (c === '[') return this.parseArray(depth);
    if (c === '"') return { kind: 'string', value: this.parseString(), offset };
    if (c === "'") this.fail('JSON needs double quotes (") around strings, not single quotes');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
      return { kind: 'number', raw: this.parseNumber(), offset };
    for (const [word, value] of [
      ['true', { kind: 'boolean', value: true, offset }],
      ['false', { kind: 'boolean', value: false, offset }],
      ['null', { kind: 'null', offset }],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    if (c === undefined) this.fail('the JSON ends too early (a missing value or closing bracket?)');
    if (c === '+' || c === '.') this.fail(`numbers in JSON cannot start with “${c}”: write 0.5 or 5, not .5 or +5`);
    if (/^(?:NaN|-?Infinity|undefined)\b/.test(this.text.slice(this.pos, this.pos + 10))) {
      this.fail('NaN, Infinity and undefined are not JSON values');
    }
    if (c === ',' || c === ']' || c === '}') this.fail(`expected a value before “${c}”`);
    this.fail(
      `unexpected character “${printable(c)}”: expected a value (string, number, object, array, true, false or null)`,
    );
  }

  private parseObject(depth: number): JsonValue {
    const offset = this.pos;
    this.pos++;
    const entries: JsonEntry[] = [];
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries, offset };
    }
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '}') this.fail('trailing comma before “}”: JSON does not allow it');
      if (c === "'") this.fail('property names need double quotes ("name"), not single quotes');
      if (c !== '"') {
        if (c === undefined) this.fail('the JSON ends inside an object: a “}” is missing', offset);
        this.fail(`expected a property name in double quotes, found “${printable(c)}”`);
      }
      const key = this.parseString();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected “:” after the property name "${key}"`);
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(depth + 1);
      entries.push({ key, value });
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        const decimals = /^\d+/.exec(this.text.slice(this.pos + 1, this.pos + 60))?.[0];
        if (value.kind === 'number' && decimals && !value.raw.includes('.')) {
          // {"quantity": 12,50} — a decimal comma, not a second property.
          this.fail(
            `${value.raw},${decimals} uses a decimal comma: write ${value.raw}.${decimals} (with a point)`,
            value.offset,
          );
        }
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        return { kind: 'object', entries, offset };
      }
      if (next === undefined) this.fail('the JSON ends inside an object: a “}” is missing', offset);
      this.fail(`expected “,” or “}” after the value of "${key}"${next === '"' ? ' (a missing comma?)' : ''}`);
    }
  }

  private parseArray(depth: number): JsonValue {
    const offset = this.pos;
    this.pos++;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items, offset };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') this.fail('trailing comma before “]”: JSON does not allow it');
      if (this.pos >= this.text.length) this.fail('the JSON ends inside an array: a “]” is missing', offset);
      items.push(this.parseValue(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        return { kind: 'array', items, offset };
      }
      if (next === undefined) this.fail('the JSON ends inside an array: a “]” is missing', offset);
      this.fail(`expected “,” or “]” after an array item${next === '{' || next === '"' ? ' (a missing comma?)' : ''}`);
    }
  }

  private parseString(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (Number.isNaN(code)) this.fail('a string is not closed: a double quote (") is missing', start);
      if (code === 34) {
        out += this.text.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (code < 0x20) this.fail('a line break or control character inside a string must be escaped (\\n, \\t)');
      if (code === 92) {
        out += this.text.slice(chunkStart, this.pos);
        out += this.parseEscape();
        chunkStart = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private parseEscape(): string {
    const c = this.text[this.pos + 1];
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (c !== undefined && c in simple) {
      this.pos += 2;
      return simple[c] ?? '';
    }
    if (c === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('\\u must be followed by four hexadecimal digits');
      this.pos += 6;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    this.fail(`unknown escape “\\${printable(c ?? '')}” in a string`);
  }

  private parseNumber(): string {
    const start = this.pos;
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) {
      if (/^-?\./.test(this.text.slice(start, start + 2))) this.fail('a number needs a digit before the point (0.5)');
      this.fail('a minus sign must be followed by digits');
    }
    const raw = match[0];
    const after = this.text[start + raw.length];
    if (raw.length >= 400) this.fail('a number is too long');
    if (/^-?0\d/.test(this.text.slice(start, start + 3)))
      this.fail('numbers in JSON cannot have leading zeros (write 7, not 07)');
    if (after === '.') this.fail('a number has a second decimal point or no digits after the point');
    this.pos += raw.length;
    return raw;
  }
}

function printable(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
}

/** The value of a property of a JSON object (the last one if the name repeats), or undefined. */
export function jsonProperty(value: JsonValue, key: string): JsonValue | undefined {
  if (value.kind !== 'object') return undefined;
  for (let i = value.entries.length - 1; i >= 0; i--) if (value.entries[i]?.key === key) return value.entries[i]?.value;
  return undefined;
}
