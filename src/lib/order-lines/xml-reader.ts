import type { Result } from '../shared/result.ts';
import { describePosition } from './text-position.ts';

/** An XML element: its qualified name split into prefix and local name, attributes, child elements and text. */
export interface XmlElement {
  /** As written, e.g. 'aft:finalizePayment'. */
  name: string;
  /** Without the namespace prefix, e.g. 'finalizePayment'. */
  local: string;
  /** The namespace prefix ('' when none). */
  prefix: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included, entities decoded), child elements' text excluded. */
  text: string;
  offset: number;
}

/** A parsed XML text: its top-level elements (several are allowed, so a run of <specLines> can be pasted) and notes. */
export interface XmlDocument {
  roots: XmlElement[];
  /** Things that were tolerated, e.g. a stray closing tag at the end. */
  notes: string[];
}

/** Deeper nesting is refused: SOAP order lines need about 6 levels; this keeps hostile input cheap. */
const MAX_DEPTH = 100;
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlSyntaxError {
  readonly offset: number;
  readonly message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/**
 * Reads XML well enough for SOAP payloads: elements, attributes, text, CDATA, comments, processing
 * instructions and the five predefined and numeric entities. It never fetches or expands anything
 * else (no DOCTYPE entities). Tolerates several top-level elements and a stray closing tag at the very
 * end (Resurs' own finalizePayment example has one), reporting it as a note. Never throws: errors
 * come back with the line and column.
 */
export function readXml(text: string): Result<XmlDocument> {
  try {
    return { ok: true, value: parse(text) };
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return { ok: false, error: `Invalid XML at ${describePosition(text, error.offset)}: ${error.message}` };
    }
    return { ok: false, error: 'Invalid XML: the text could not be read' };
  }
}

function parse(text: string): XmlDocument {
  const roots: XmlElement[] = [];
  const notes: string[] = [];
  const stack: XmlElement[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail: (message: string, offset?: number) => never = (message, offset = pos) => {
    throw new XmlSyntaxError(offset, message);
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > pos) {
      const chunk = text.slice(pos, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.text += decodeEntities(chunk, pos, fail);
      else if (chunk.trim() !== '') fail('text outside any element: XML must start with “<”');
      pos = textEnd;
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end === -1) fail('a comment (<!--) is never closed with -->');
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos + 9);
      if (end === -1) fail('a CDATA section is never closed with ]]>');
      const parent = stack.at(-1);
      if (!parent) fail('CDATA outside any element');
      else parent.text += text.slice(pos + 9, end);
      pos = end + 3;
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      if (end === -1) fail('a processing instruction (<?) is never closed with ?>');
      pos = end + 2;
    } else if (text.startsWith('<!', pos)) {
      if (/^<!DOCTYPE/i.test(text.slice(pos, pos + 9)))
        fail('DOCTYPE declarations are not supported: remove the <!DOCTYPE …> line');
      fail('unexpected “<!”: expected a comment (<!--) or CDATA');
    } else if (text[pos + 1] === '/') {
      const name = NAME.exec(text.slice(pos + 2, pos + 202))?.[0];
      if (!name) fail('a closing tag needs a name: </name>');
      const close = text.indexOf('>', pos);
      if (close === -1 || text.slice(pos + 2 + name.length, close).trim() !== '')
        fail(`the closing tag </${name}> is not closed with “>”`);
      const open = stack.pop();
      if (!open) {
        if (text.slice(close + 1).trim() !== '') fail(`</${name}> closes an element that was never opened`);
        notes.push(`Ignored a stray closing tag </${name}> at ${describePosition(text, pos)}.`);
      } else if (open.name !== name) {
        fail(
          `</${name}> does not match <${open.name}> opened at ${describePosition(text, open.offset)}: expected </${open.name}>`,
        );
      }
      pos = close + 1;
    } else {
      const start = pos;
      const name = NAME.exec(text.slice(pos + 1, pos + 201))?.[0];
      if (!name)
        fail(
          `“<” must start a tag name, found “${text.slice(pos + 1, pos + 2) || 'the end of the text'}” (write &lt; for a literal <)`,
        );
      pos += 1 + name.length;
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const space = /^\s*/.exec(text.slice(pos, pos + 1000))?.[0].length ?? 0;
        pos += space;
        if (text.startsWith('/>', pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (text[pos] === '>') {
          pos++;
          break;
        }
        if (pos >= text.length) fail(`the tag <${name}> is never closed with “>”`, start);
        if (space === 0) fail(`expected a space, “>” or “/>” in the tag <${name}>`);
        const attr = NAME.exec(text.slice(pos, pos + 200))?.[0];
        if (!attr) fail(`unexpected “${text[pos]}” in the tag <${name}>`);
        pos += attr.length;
        const eq = /^\s*=\s*/.exec(text.slice(pos, pos + 200))?.[0];
        if (!eq) fail(`the attribute ${attr} needs a value: ${attr}="…"`);
        pos += eq.length;
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`the value of ${attr} must be in quotes`);
        const end = text.indexOf(quote, pos + 1);
        if (end === -1) fail(`the value of ${attr} is never closed with ${quote}`);
        attributes[attr] = decodeEntities(text.slice(pos + 1, end), pos + 1, fail);
        pos = end + 1;
      }
      const colon = name.indexOf(':');
      const element: XmlElement = {
        name,
        local: colon === -1 ? name : name.slice(colon + 1),
        prefix: colon === -1 ? '' : name.slice(0, colon),
        attributes,
        children: [],
        text: '',
        offset: start,
      };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else roots.push(element);
      if (!selfClosing) stack.push(element);
      if (stack.length > MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} levels deep`, start);
    }
  }
  const open = stack.at(-1);
  if (open) fail(`<${open.name}> opened at ${describePosition(text, open.offset)} is never closed`, text.length);
  if (roots.length === 0) fail('no element found', 0);
  return { roots, notes };
}

function decodeEntities(chunk: string, offset: number, fail: (message: string, offset?: number) => never): string {
  if (!chunk.includes('&')) return chunk;
  return chunk.replace(/&([^;\s&<]{0,12});?/g, (match, name: string, index: number) => {
    if (!match.endsWith(';'))
      fail('“&” must start an entity such as &amp; (write &amp; for a literal &)', offset + index);
    if (name in ENTITIES) return ENTITIES[name] ?? '';
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}))$/.exec(name);
    const code = numeric ? Number.parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10) : Number.NaN;
    if (Number.isNaN(code) || code > 0x10ffff)
      fail(`unknown entity &${name}; (only &lt; &gt; &amp; &quot; &apos; and &#…; are known)`, offset + index);
    return String.fromCodePoint(code);
  });
}

/** Every element in document order whose local name matches, at any depth. Never throws. */
export function findElements(roots: readonly XmlElement[], test: (local: string) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (test(element.local)) found.push(element);
    else for (const child of element.children) visit(child);
  };
  for (const root of roots) visit(root);
  return found;
}
