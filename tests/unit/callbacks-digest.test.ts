import { describe, expect, test } from 'vitest';
import { flowNodes } from '../../src/data/callback-flow.ts';
import { compareDigest, computeDigest, digestInput, readReceivedDigest } from '../../src/lib/callbacks/digest.ts';
import {
  buildDigestView,
  type DigestFields,
  defaultDigestFields,
  docsExample,
} from '../../src/lib/callbacks/digest-calculator.ts';
import { expandUriTemplate, parseUriTemplate } from '../../src/lib/shared/uri-template.ts';

const events = flowNodes.filter((n) => n.kind === 'callback');

describe('computeDigest', () => {
  test.each([
    // The documentation's worked example (verified with md5sum).
    ['lePaymentiCanHasCheezeburger', 'MD5', 'ED3381936CCAA2659CF3089F4AA83007'],
    // The same string with SHA1 (verified with sha1sum).
    ['lePaymentiCanHasCheezeburger', 'SHA1', '108B57C61F0DAD7A912BA9B5D7879951FB0054C8'],
    // RFC 1321 and FIPS 180 vectors, so a broken hash can't hide behind one example.
    ['', 'MD5', 'D41D8CD98F00B204E9800998ECF8427E'],
    ['abc', 'MD5', '900150983CD24FB0D6963F7D28E17F72'],
    ['abc', 'SHA1', 'A9993E364706816ABA3E25717850C26C9CD0D89D'],
    // Non-ASCII is hashed as UTF-8 (bytes C3 A5; verified with md5sum).
    ['å', 'MD5', 'E726CC85F77337C9816323749B573281'],
  ] as const)('hashes %j with %s', (input, algorithm, expected) => {
    expect(computeDigest(input, algorithm)).toBe(expected);
  });

  test('gives uppercase hex', () => {
    expect(computeDigest('x', 'SHA1')).toMatch(/^[0-9A-F]{40}$/);
  });

  test('appends the salt after all parameters', () => {
    expect(digestInput(['a', 'b'], 'salt')).toBe('absalt');
  });
});

describe('parseUriTemplate', () => {
  test.each([
    // [template, message]
    ['https://shop.example/cb?paymentId={paymentId', /“\{” at character 35 is never closed/],
    ['https://shop.example/cb?paymentId=paymentId}', /“\}” at character 44 has no “\{” before it/],
    ['https://x/{pay{paymentId}}', /“\{” at character 15 opens a placeholder inside the one opened at character 11/],
    ['https://x/?a={}', /“\{\}” at character 14 is empty/],
    ['https://x/?a={orderId}', /doesn’t fill \{orderId\} \(at character 14\)/],
    ['https://x/?a={paymentid}', /Did you mean \{paymentId\}\?/],
    ['   ', /template is empty/],
    [`https://x/${'a'.repeat(2001)}`, /at most 2000/],
  ])('rejects %j', (template, pattern) => {
    const parsed = parseUriTemplate(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(pattern);
  });

  test('lists each placeholder once, in order', () => {
    const parsed = parseUriTemplate('https://x/{result}/{paymentId}?p={paymentId}&d={digest}');
    expect(parsed.ok && parsed.value.placeholders).toEqual(['result', 'paymentId', 'digest']);
  });

  test('fills a template, percent-encoding the values', () => {
    const parsed = parseUriTemplate('https://x/cb?id={paymentId}&d={digest}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(expandUriTemplate(parsed.value, { paymentId: 'a b&c', digest: 'AB' })).toBe(
      'https://x/cb?id=a%20b%26c&d=AB',
    );
  });

  // encodeURIComponent throws on a lone surrogate; UTF-8 hashing turns it into U+FFFD, so the URL does too.
  test('fills half an emoji as U+FFFD instead of throwing', () => {
    const parsed = parseUriTemplate('https://x/cb?id={paymentId}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(expandUriTemplate(parsed.value, { paymentId: 'a\ud83d' })).toBe('https://x/cb?id=a%EF%BF%BD');
    expect(() => buildDigestView({ ...defaultDigestFields, paymentId: '\ud83d' }, '', [])).not.toThrow();
  });
});

const view = (patch: Partial<DigestFields>, salt: string = docsExample.salt) =>
  buildDigestView({ ...defaultDigestFields, ...patch }, salt, events);

describe('buildDigestView', () => {
  test('reproduces the documentation’s example by default', () => {
    const v = view({});
    expect(v.input).toBe('lePaymentiCanHasCheezeburger');
    expect(v.digest).toBe('ED3381936CCAA2659CF3089F4AA83007');
    expect(v.url).toBe(
      'https://shop.example.com/resurs/unfreeze?paymentId=lePayment&digest=ED3381936CCAA2659CF3089F4AA83007',
    );
    expect(v.warnings).toEqual([]);
  });

  test('switches to SHA1', () => {
    expect(view({ algorithm: 'SHA1' }).digest).toBe('108B57C61F0DAD7A912BA9B5D7879951FB0054C8');
  });

  test('joins several parameters in the template’s order and says the order is unconfirmed', () => {
    const v = view({
      event: 'AUTOMATIC_FRAUD_CONTROL',
      template: 'https://x/?result={result}&paymentId={paymentId}&digest={digest}',
      digestParams: 'paymentId,result',
    });
    expect(v.input).toBe('FROZENlePaymentiCanHasCheezeburger');
    expect(v.warnings.join('\n')).toMatch(/UNCONFIRMED.*order/);
  });

  test.each([
    // [case, fields, salt, warning]
    ['plain http', { template: 'http://x/?p={paymentId}&d={digest}' }, /only https:\/\//],
    ['no {digest}', { template: 'https://x/?p={paymentId}' }, /no \{digest\} placeholder/],
    [
      '{result} for UNFREEZE',
      { template: 'https://x/?p={paymentId}&r={result}&d={digest}' },
      /UNFREEZE carries no result/,
    ],
    ['paymentId left out of the digest', { digestParams: '' }, /silently never sent/],
    [
      'a value that needs encoding',
      { paymentId: 'a b' },
      /UNCONFIRMED: paymentId has characters that are percent-encoded/,
    ],
    ['characters Resurs does not allow in IDs', { paymentId: 'order#1' }, /only the characters a–z/],
  ] as const)('warns about %s', (_name, patch, pattern) => {
    expect(view(patch).warnings.join('\n')).toMatch(pattern);
  });

  test.each([
    ['an unbalanced template', { template: 'https://x/{paymentId' }, 'template', /never closed/],
    ['an unknown event', { event: 'PAID' }, 'event', /Unknown event “PAID”/],
    ['an unknown algorithm', { algorithm: 'SHA256' }, 'algorithm', /using MD5/],
    ['a digest parameter the template lacks', { digestParams: 'paymentId,param1' }, 'digestParams', /“param1”/],
    ['a value too long', { paymentId: 'x'.repeat(501) }, 'paymentId', /at most 500/],
  ] as const)('explains %s beside its field', (_name, patch, field, pattern) => {
    expect(view(patch).fieldErrors[field]).toMatch(pattern);
  });

  test.each([
    // A shared link cut inside a surrogate pair: 499 × a and an emoji is 501 UTF-16 units.
    ['a value cut inside an emoji', { paymentId: `${'a'.repeat(499)}😀` }],
    ['a lone high surrogate', { paymentId: 'x\uD83D' }],
    ['a lone low surrogate in another value', { result: '\uDE00', template: 'https://x/?p={paymentId}&r={result}' }],
  ] as const)('never throws on %s, and still gives a digest and a URL', (_name, patch) => {
    const v = view(patch);
    expect(v.digest).toMatch(/^[0-9A-F]{32}$/);
    expect(v.url).not.toBeNull();
    expect(() => decodeURIComponent(v.url ?? '')).not.toThrow();
  });

  test('keeps computing while the template is broken, without a URL', () => {
    const v = view({ template: 'https://x/{' });
    expect(v.url).toBeNull();
    expect(v.digest).toMatch(/^[0-9A-F]{32}$/);
  });

  test('hashes the salt alone when no parameter is chosen', () => {
    expect(view({ digestParams: '' }, 'pepper').input).toBe('pepper');
  });
});

describe('checking a received digest', () => {
  test.each([
    // [pasted, verdict]
    ['ED3381936CCAA2659CF3089F4AA83007', 'match'],
    // The docs' GET examples show lowercase.
    ['ed3381936ccaa2659cf3089f4aa83007', 'match-ignoring-case'],
    ['  ED3381936CCAA2659CF3089F4AA83007\n', 'match'],
    ['https://shop.example.com/cb?paymentId=lePayment&digest=ED3381936CCAA2659CF3089F4AA83007', 'match'],
    ['digest=ed3381936ccaa2659cf3089f4aa83007', 'match-ignoring-case'],
    ['ED3381936CCAA2659CF3089F4AA83008', 'mismatch'],
  ] as const)('reads %j as %s', (pasted, verdict) => {
    const v = view({ received: pasted });
    expect(v.verdict).toBe(verdict);
  });

  test.each([
    ['', /Paste the digest/],
    ['XYZ', /only the characters 0–9 and A–F/],
    ['ED33', /has 32 hex characters; this one has 4/],
    ['108B57C61F0DAD7A912BA9B5D7879951FB0054C8', /length of a SHA1 digest: check the algorithm/],
    ['<script>', /hexadecimal/],
  ])('explains why %j is no MD5 digest', (pasted, pattern) => {
    const read = readReceivedDigest(pasted, 'MD5');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(pattern);
  });

  test('compares exactly, then ignoring case', () => {
    expect([compareDigest('AB', 'AB'), compareDigest('AB', 'ab'), compareDigest('AB', 'AC')]).toEqual([
      'match',
      'match-ignoring-case',
      'mismatch',
    ]);
  });
});
