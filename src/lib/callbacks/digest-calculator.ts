import type { FlowNode } from '../../data/callback-flow.ts';
import type { Result } from '../shared/result.ts';
import { expandUriTemplate, type ParsedTemplate, type Placeholder, parseUriTemplate } from '../shared/uri-template.ts';
import { cutText, encodeComponent } from '../site/text.ts';
import {
  compareDigest,
  computeDigest,
  type DigestAlgorithm,
  type DigestVerdict,
  digestAlgorithms,
  digestInput,
  readReceivedDigest,
} from './digest.ts';
import { quote } from './url-state.ts';

/** The calculator's fields as typed or read from the URL (untrusted). The salt is kept apart: it is a secret. */
export interface DigestFields {
  event: string;
  template: string;
  paymentId: string;
  result: string;
  param1: string;
  param2: string;
  param3: string;
  param4: string;
  param5: string;
  algorithm: string;
  /** Comma-separated names of the parameters that go into the digest. */
  digestParams: string;
  /** A digest (or callback URL) pasted to check. */
  received: string;
}

/** The documentation's worked example: paymentId lePayment, salt iCanHasCheezeburger, MD5. */
export const docsExample = { paymentId: 'lePayment', salt: 'iCanHasCheezeburger', algorithm: 'MD5' } as const;

/** The calculator's starting point: the documentation's example for an UNFREEZE callback. */
export const defaultDigestFields: DigestFields = {
  event: 'UNFREEZE',
  template: 'https://shop.example.com/resurs/unfreeze?paymentId={paymentId}&digest={digest}',
  paymentId: docsExample.paymentId,
  result: 'FROZEN',
  param1: '',
  param2: '',
  param3: '',
  param4: '',
  param5: '',
  algorithm: docsExample.algorithm,
  digestParams: 'paymentId',
  received: '',
};

/** Longest value a parameter field takes. */
export const maxValueLength = 500;

/** Everything the calculator shows, computed by buildDigestView. */
export interface DigestView {
  template: Result<ParsedTemplate>;
  event: FlowNode | null;
  algorithm: DigestAlgorithm;
  /** The value fields to show: the template's placeholders except {digest}. */
  valueFields: ValueName[];
  /** The parameters hashed, in the order they are joined. */
  digestParams: ValueName[];
  /** The string that is hashed (values, then salt). */
  input: string;
  /** Uppercase hex. */
  digest: string;
  /** The URL Resurs would call, or null while the template has an error. */
  url: string | null;
  /** Messages about single fields, by field name. */
  fieldErrors: Partial<Record<keyof DigestFields, string>>;
  /** Things to know about this configuration (not errors). */
  warnings: string[];
  received: Result<string> | null;
  verdict: DigestVerdict | null;
}

/** The placeholders that carry a value, in the order of their fields. */
export const valueNames = ['paymentId', 'result', 'param1', 'param2', 'param3', 'param4', 'param5'] as const;

/** A placeholder that carries a value (every one but {digest}). */
export type ValueName = (typeof valueNames)[number];

/**
 * Computes everything the digest calculator shows from its fields and the salt: the parsed
 * template, the hashed string, the digest, the URL, warnings and the check of a pasted digest.
 * Bad fields give messages, never exceptions. `events` are the callback nodes of the flow.
 */
export function buildDigestView(fields: DigestFields, salt: string, events: readonly FlowNode[]): DigestView {
  const fieldErrors: DigestView['fieldErrors'] = {};
  const warnings: string[] = [];
  const event = events.find((e) => e.id === fields.event) ?? null;
  if (!event) fieldErrors.event = `Unknown event ${quote(fields.event)}: choose one from the list.`;
  const algorithm = digestAlgorithms.find((a) => a === fields.algorithm) ?? 'MD5';
  if (algorithm !== fields.algorithm)
    fieldErrors.algorithm = `Unknown algorithm ${quote(fields.algorithm)}: using MD5.`;

  const values: Partial<Record<Placeholder, string>> = {};
  for (const name of valueNames) {
    const value = fields[name];
    if (value.length > maxValueLength) fieldErrors[name] = `Too long: at most ${maxValueLength} characters are used.`;
    values[name] = cutText(value, maxValueLength);
  }

  const template = parseUriTemplate(fields.template);
  if (!template.ok) fieldErrors.template = template.error;
  const placeholders = template.ok ? template.value.placeholders : [];
  const valueFields = placeholders.filter((p): p is ValueName => p !== 'digest');

  const requested = fields.digestParams
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unusable = requested.filter((name) => !valueFields.includes(name as ValueName));
  if (template.ok && unusable.length > 0) {
    fieldErrors.digestParams = `Left out of the digest, because the template has no such placeholder: ${unusable.map((n) => quote(n)).join(', ')}.`;
  }
  const digestParams = valueFields.filter((name) => requested.includes(name));
  const input = digestInput(
    digestParams.map((name) => values[name] ?? ''),
    salt,
  );
  const digest = computeDigest(input, algorithm);
  const url = template.ok ? expandUriTemplate(template.value, { ...values, digest }) : null;

  if (template.ok) {
    warnings.push(...configurationWarnings(fields.template, template.value, event, digestParams, values));
  }
  const received = fields.received.trim() === '' ? null : readReceivedDigest(fields.received, algorithm);
  const verdict = received?.ok ? compareDigest(digest, received.value) : null;
  return {
    template,
    event,
    algorithm,
    valueFields,
    digestParams,
    input,
    digest,
    url,
    fieldErrors,
    warnings,
    received,
    verdict,
  };
}

/** Warnings about a valid template, from the facts in Resurs' callback and registration docs. Never throws. */
export function configurationWarnings(
  raw: string,
  template: ParsedTemplate,
  event: FlowNode | null,
  digestParams: readonly Placeholder[],
  values: Partial<Record<Placeholder, string>>,
): string[] {
  const warnings: string[] = [];
  if (!/^https:\/\//i.test(raw.trim())) {
    warnings.push('Resurs calls only https:// addresses on port 443; plain-text callbacks are no longer supported.');
  }
  if (!template.placeholders.includes('digest')) {
    warnings.push('The template has no {digest} placeholder, so the digest is never sent to you.');
  }
  if (event?.callback) {
    const carried = new Set(['digest', ...event.callback.params.map((p) => p.name)]);
    for (const name of template.placeholders) {
      if (!carried.has(name))
        warnings.push(`${event.id} carries no ${name}: Resurs fills {${name}} only for other events.`);
    }
  }
  if (!digestParams.includes('paymentId')) {
    warnings.push(
      'paymentId is not in the digest. With REST registration (Resurs Checkout), callbacks with a digest whose parameters lack paymentId are silently never sent.',
    );
  }
  if (digestParams.length > 1) {
    warnings.push(
      'UNCONFIRMED: Resurs’ documentation doesn’t say in which order several parameters are joined. The calculator joins them in the order they appear in the template; compare with a real callback.',
    );
  }
  for (const name of digestParams) {
    const value = values[name] ?? '';
    if (encodeComponent(value) !== value) {
      warnings.push(
        `UNCONFIRMED: ${name} has characters that are percent-encoded in the URL. The docs don’t say whether Resurs hashes the raw or the encoded value; the calculator hashes the raw value.`,
      );
    }
  }
  const paymentId = values.paymentId ?? '';
  if (template.placeholders.includes('paymentId') && !/^[A-Za-z0-9-]*$/.test(paymentId)) {
    warnings.push('Payment IDs at Resurs use only the characters a–z, A–Z, 0–9 and “-”.');
  }
  return warnings;
}
