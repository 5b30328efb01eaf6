import { encodeComponent } from '../site/text.ts';
import { isKnownPlaceholder, type Placeholder, placeholderIgnoringCase } from './placeholders.ts';
import { fail, ok, type Result } from './result.ts';

export {
  bracedNames,
  isKnownPlaceholder,
  knownPlaceholders,
  type Placeholder,
  placeholderIgnoringCase,
  replacePlaceholders,
} from './placeholders.ts';

/** A piece of a template: literal text, or a placeholder with its 1-based position. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: Placeholder; position: number };

/** A template split into its parts. */
export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Each placeholder once, in order of first appearance. */
  placeholders: Placeholder[];
}

/** Longest template the calculator accepts. */
export const maxTemplateLength = 2000;

function unknownPlaceholder(name: string, position: number): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  const sameIgnoringCase = placeholderIgnoringCase(name.trim());
  const hint = sameIgnoringCase ? ` Did you mean {${sameIgnoringCase}}?` : '';
  return `Resurs doesn’t fill {${shown}} (at character ${position}).${hint} It fills {paymentId}, {digest}, {result} and {param1}–{param5}.`;
}

/**
 * Splits a URI template into text and placeholders. Errors name the character position of an
 * unbalanced, nested or empty brace, or of an unknown placeholder. Never throws.
 */
export function parseUriTemplate(template: string): Result<ParsedTemplate> {
  if (template.trim() === '') {
    return fail('The template is empty: enter the URL you register, with placeholders such as {paymentId}.');
  }
  if (template.length > maxTemplateLength) {
    return fail(
      `The template is ${template.length} characters long; the calculator takes at most ${maxTemplateLength}.`,
    );
  }
  const parts: TemplatePart[] = [];
  const placeholders: Placeholder[] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (char === '{') {
      if (open !== -1) {
        return fail(
          `The “{” at character ${i + 1} opens a placeholder inside the one opened at character ${open + 1}; close that one first with “}”.`,
        );
      }
      open = i;
    } else if (char === '}') {
      if (open === -1) return fail(`The “}” at character ${i + 1} has no “{” before it.`);
      const name = template.slice(open + 1, i);
      if (name === '')
        return fail(
          `The placeholder “{}” at character ${open + 1} is empty: write a name inside, such as {paymentId}.`,
        );
      if (!isKnownPlaceholder(name)) return fail(unknownPlaceholder(name, open + 1));
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'placeholder', name, position: open + 1 });
      if (!placeholders.includes(name)) placeholders.push(name);
      open = -1;
    } else if (open === -1) {
      text += char;
    }
  }
  if (open !== -1)
    return fail(`The “{” at character ${open + 1} is never closed: add a “}” after the placeholder’s name.`);
  if (text) parts.push({ kind: 'text', text });
  return ok({ parts, placeholders });
}

/** Fills a parsed template, percent-encoding each value (lone surrogates as U+FFFD). Never throws. */
export function expandUriTemplate(parsed: ParsedTemplate, values: Partial<Record<Placeholder, string>>): string {
  return parsed.parts
    .map((part) => (part.kind === 'text' ? part.text : encodeComponent(values[part.name] ?? '')))
    .join('');
}
