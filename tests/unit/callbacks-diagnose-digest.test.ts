import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type DiagnosisKind,
  diagnoseDigest,
  diagnosisKinds,
  maxPastedLength,
  readCallbackQuery,
} from '../../src/lib/callbacks/diagnose-digest.ts';
import { computeDigest, type DigestAlgorithm } from '../../src/lib/callbacks/digest.ts';
// Made with `bash scripts/digest-diagnoser-vectors.sh`: digests computed by md5sum/sha1sum, not by the site's code.
import vectors from './fixtures/callbacks/digest-diagnoser-vectors.json' with { type: 'json' };

interface Vector {
  kind: string;
  comment: string;
  algorithm: string;
  salt: string;
  digestParams: string[];
  query: string;
  correctDigest: string;
  mistakenDigest: string;
}

const rows = (vectors as Vector[]).map((v) => [v.kind, v.comment, v] as const);
const diagnose = (v: Vector, digest: string, pasted = `https://shop.example.com/cb?${v.query}&digest=${digest}`) =>
  diagnoseDigest({ pasted, salt: v.salt, algorithm: v.algorithm as DigestAlgorithm, digestParams: v.digestParams });

describe('diagnoseDigest against md5sum/sha1sum vectors', () => {
  test('the vectors cover every kind that a digest can be diagnosed as', () => {
    const covered = new Set((vectors as Vector[]).map((v) => v.kind));
    expect([...covered].sort()).toEqual(diagnosisKinds.filter((k) => k !== 'invalid').sort());
  });

  // Each row: [kind, what the mistake is, vector]; the mistaken digest must be named as that kind.
  test.each(rows)('names %s: %s', (kind, _comment, v) => {
    const result = diagnose(v, v.mistakenDigest);
    expect(result.kind).toBe(kind as DiagnosisKind);
    expect(result.finding).toMatch(/\w/);
    if (kind !== 'match') expect(result.advice).toMatch(/\w/);
    expect(result.expected).toBe(v.correctDigest);
  });

  // The other way: the correct digest for the same configuration is never "diagnosed".
  test.each(rows)('finds the correct digest of the %s row (%s) a match', (_kind, _comment, v) => {
    expect(diagnose(v, v.correctDigest).kind).toBe('match');
  });

  test.each(rows)('reads the %s row (%s) from a bare query string with a leading “?” too', (kind, _comment, v) => {
    expect(diagnose(v, v.mistakenDigest, `?${v.query}&digest=${v.mistakenDigest}#frag`).kind).toBe(kind);
  });
});

const docs = (vectors as Vector[])[0]!;

describe('diagnoseDigest with unreadable input', () => {
  test.each([
    // [case, pasted]
    ['empty input', ''],
    ['only spaces', '   \n '],
    ['no query string', 'https://shop.example.com/cb'],
    ['no digest parameter', 'https://shop.example.com/cb?paymentId=lePayment'],
    [
      'a digest named in capitals',
      'https://shop.example.com/cb?paymentId=lePayment&Digest=ED3381936CCAA2659CF3089F4AA83007',
    ],
    ['an empty digest', '?paymentId=lePayment&digest='],
    ['a digest that is not hex', '?paymentId=lePayment&digest=ZZ3381936CCAA2659CF3089F4AA83007'],
    ['a digest of the wrong length', '?paymentId=lePayment&digest=ED3381936CCAA'],
    ['a missing digest parameter value', '?result=FROZEN&digest=ED3381936CCAA2659CF3089F4AA83007'],
    ['a broken percent escape', '?paymentId=le%ZZPayment&digest=ED3381936CCAA2659CF3089F4AA83007'],
    ['half an emoji', `?paymentId=${encodeURIComponent('x')}%ED%A0%BD&digest=ED3381936CCAA2659CF3089F4AA83007`],
    ['a lone surrogate typed in', '?paymentId=\ud83d&digest=\ud83d'],
    ['markup', '?paymentId=<script>alert(1)</script>&digest=<img src=x onerror=alert(1)>'],
    ['huge input', `?paymentId=${'a'.repeat(maxPastedLength)}&digest=ED3381936CCAA2659CF3089F4AA83007`],
    [
      'too many parameters',
      `?${Array.from({ length: 500 }, (_, i) => `p${i}=1`).join('&')}&digest=ED3381936CCAA2659CF3089F4AA83007`,
    ],
  ])('says %s is invalid, with a message', (_case, pasted) => {
    const result = diagnoseDigest({ pasted, salt: docs.salt, algorithm: 'MD5', digestParams: ['paymentId'] });
    expect(result.kind).toBe('invalid');
    expect(result.finding).toMatch(/\w/);
    expect(result.expected).toBeNull();
  });

  test('tries every order of six parameters quickly and still finds none for a foreign digest', () => {
    const names = ['paymentId', 'result', 'param1', 'param2', 'param3', 'param4'];
    const pasted = `?${names.map((n) => `${n}=${'x'.repeat(1000)}`).join('&')}&digest=${'0'.repeat(40)}`;
    const started = performance.now();
    const result = diagnoseDigest({ pasted, salt: 's', algorithm: 'SHA1', digestParams: names });
    expect(result.kind).toBe('none');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // encodeURIComponent throws on a lone surrogate; the encoding variants must not.
  test('a value with half an emoji is diagnosed without throwing', () => {
    const pasted = `?paymentId=x\ud83d&digest=${'A'.repeat(32)}`;
    expect(diagnoseDigest({ pasted, salt: 's', algorithm: 'MD5', digestParams: ['paymentId'] }).kind).toBe('none');
  });

  test('a salt of whitespace only is tried trimmed without throwing', () => {
    const result = diagnoseDigest({
      pasted: `?paymentId=x&digest=${'A'.repeat(32)}`,
      salt: ' \n',
      algorithm: 'MD5',
      digestParams: ['paymentId'],
    });
    expect(result.kind).toBe('none');
  });
});

describe('readCallbackQuery', () => {
  test.each([
    // [case, pasted, names and decoded values]
    [
      'a whole URL',
      'https://s.example/cb?paymentId=a&digest=B',
      [
        ['paymentId', 'a'],
        ['digest', 'B'],
      ],
    ],
    [
      'a query with "+" for a space',
      'param1=a+b&param2=%2B',
      [
        ['param1', 'a b'],
        ['param2', '+'],
      ],
    ],
    [
      'a name without a value',
      'flag&digest=1',
      [
        ['flag', ''],
        ['digest', '1'],
      ],
    ],
  ])('reads %s', (_case, pasted, expected) => {
    const result = readCallbackQuery(pasted);
    expect(result.ok && result.value.map((p) => [p.name, p.value])).toEqual(expected);
  });
});

describe('diagnoseDigest on random input', () => {
  const algorithm = fc.constantFrom<DigestAlgorithm>('MD5', 'SHA1');
  const names = ['paymentId', 'result', 'param1'] as const;

  // Whatever the values and the salt, the digest a correct sender computes is never "diagnosed".
  test('calls the correct digest of any values and salt a match', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }),
        fc.string(),
        algorithm,
        (values, salt, algo) => {
          const query = names.map((n, i) => `${n}=${encodeURIComponent(values[i]!)}`).join('&');
          const digest = computeDigest(values.join('') + salt, algo);
          const result = diagnoseDigest({
            pasted: `?${query}&digest=${digest}`,
            salt,
            algorithm: algo,
            digestParams: names,
          });
          expect(result.kind).toBe('match');
        },
      ),
      { numRuns: 300 },
    );
  });

  test('never throws on arbitrary text, and always names a known kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string(), algorithm, (pasted, salt, algo) => {
        const result = diagnoseDigest({ pasted, salt, algorithm: algo, digestParams: ['paymentId'] });
        expect(diagnosisKinds).toContain(result.kind);
      }),
      { numRuns: 500 },
    );
  });
});
