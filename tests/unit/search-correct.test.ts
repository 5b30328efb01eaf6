import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pastedErrors } from '../../src/data/error-messages.ts';
import { answerSearchText } from '../../src/data/search-terms.ts';
import { allowedDistance, applyCorrections, correctTerms, editDistance } from '../../src/lib/search/correct-query.ts';
import { findErrorCodes, findPathWords, isPastedError, reducePastedError } from '../../src/lib/search/pasted-error.ts';
import { longestSharedRun } from '../../src/lib/search/shared-run.ts';
import { buildVocabulary, parseVocabulary, type Vocabulary, vocabularyWords } from '../../src/lib/search/vocabulary.ts';

// A small index: the words of a few answers, as the build would count them.
const records = [
  'How do I configure my firewall? Allow the firewall rules for callbacks. Firewall, whitelist, brandvägg.',
  'Slow callbacks in Magento 2: switch Magento to asynchronous email. återanrop, regler, certifikat.',
  'Where and what about SSL: a certificate that has expired is rejected. Certificate chain, rabatt, rad.',
];
const vocabulary = ((): Vocabulary => {
  const parsed = parseVocabulary(buildVocabulary(records));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();

describe('the vocabulary', () => {
  test('holds every word of the records once, counted, most frequent first', () => {
    const all = records.flatMap(vocabularyWords);
    expect(new Set(vocabulary.words)).toEqual(new Set(all));
    for (const word of vocabulary.words) expect(vocabulary.counts.get(word)).toBe(all.filter((w) => w === word).length);
    const counts = vocabulary.words.map((word) => vocabulary.counts.get(word) ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test.each([
    // Not JSON at all.
    ['{words:', false],
    // Lists of different lengths.
    ['{"words":["a"],"counts":[]}', false],
    // Neither list.
    ['null', false],
    // Entries that are not plain words are skipped, not trusted.
    ['{"words":["<script>","firewall",7],"counts":[1,2,3]}', true],
  ])('reads %j without throwing', (json, ok) => {
    const parsed = parseVocabulary(json);
    expect(parsed.ok).toBe(ok);
    if (parsed.ok) expect(parsed.value.words).toEqual(['firewall']);
  });

  // Ten answers that all name Resurs, eight that mention callbacks, two about the firewall.
  const site = Array.from({ length: 10 }, (_, i) =>
    [`Resurs answer ${i}`, i < 8 ? 'callbacks' : '', i < 2 ? 'firewall' : ''].join(' '),
  );

  test.each([
    // A word in every record is common.
    [site, 'resurs', true],
    // Eight records in ten is still common (the share is 80 %).
    [site, 'callbacks', true],
    // A word in two records in ten tells answers apart.
    [site, 'firewall', false],
    // In an index of fewer than ten records no word is common, even one that every record holds.
    [records.map((text) => `Resurs ${text}`), 'resurs', false],
  ])('tells whether a word is common to nearly every record (%#: %j → %s)', (texts, word, common) => {
    const parsed = parseVocabulary(buildVocabulary(texts));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.common?.has(word)).toBe(common);
  });

  test('reads a file without common words, and skips common words it does not list', () => {
    const parsed = parseVocabulary('{"words":["firewall","resurs"],"counts":[2,1],"common":["resurs","ngrok",7]}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect([...(parsed.value.common ?? [])]).toEqual(['resurs']);
    const older = parseVocabulary('{"words":["firewall"],"counts":[2]}');
    if (!older.ok) throw new Error(older.error);
    expect(older.value.common?.size).toBe(0);
  });
});

describe('editDistance', () => {
  test.each([
    // The same word.
    ['firewall', 'firewall', 0],
    // One letter left out.
    ['firwall', 'firewall', 1],
    // Two letters swapped count as one edit.
    ['ngork', 'ngrok', 1],
    // A slip to the neighbouring key is cheap.
    ['firewsll', 'firewall', 0.5],
    // å/ä/ö for a/o is cheaper still.
    ['brandvagg', 'brandvägg', 0.25],
    // A far key costs a full edit.
    ['firewpll', 'firewall', 1],
  ])('from %j to %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  test('gives up beyond the limit', () => {
    expect(editDistance('firewall', 'magento', 2)).toBe(Number.POSITIVE_INFINITY);
  });

  test.each([
    // Short words are never corrected.
    ['tls', 0],
    // Words up to 7 letters get one edit.
    ['firwall', 1],
    // Longer words get two.
    ['certifcate', 2],
  ])('allows %j a distance of %d', (word, distance) => {
    expect(allowedDistance(word)).toBe(distance);
  });
});

describe('correctTerms', () => {
  test.each([
    // A missing letter.
    [['firwall', 'rules'], ['firewall', 'rules'], 'firwall', true],
    // Swapped letters.
    [['certifcate'], ['certificate'], 'certifcate', true],
    // The neighbouring key.
    [['magwnto'], ['magento'], 'magwnto', true],
    // å/ä/ö left out.
    [['brandvagg'], ['brandvägg'], 'brandvagg', true],
    // A Swedish compound of two indexed words, joined with an s.
    [['brandväggsregler'], ['brandvägg', 'regler'], 'brandväggsregler', true],
    // A compound without the s.
    [['rabattrad'], ['rabatt', 'rad'], 'rabattrad', true],
    // An inflection of an indexed word is searched as that word, without a notice.
    [['återanropen'], ['återanrop'], 'återanropen', false],
  ])('corrects %j to %j', (terms, expected, from, shown) => {
    const result = correctTerms(terms, vocabulary);
    expect(result.terms).toEqual(expected);
    expect(result.corrections).toEqual([{ from, to: expected.join(' ').replace(/ rules$/, ''), shown }]);
  });

  test.each([
    // An indexed word is never changed, however close another one is.
    [['certificate', 'expired']],
    // The start of an indexed word is a match already.
    [['firew', 'magent']],
    // Short words, numbers, versions and codes are not misspellings.
    [['ssl', '443', 'tlsv1.2', 'err_cert_date_invalid']],
    // A word with nothing close stays as typed.
    [['zyxwvutsr']],
    // Nothing to correct.
    [[]],
  ])('leaves %j alone', (terms) => {
    expect(correctTerms(terms, vocabulary)).toEqual({ terms, corrections: [] });
  });

  test('writes shown corrections into the query text as whole words, whatever their case', () => {
    const { corrections } = correctTerms(['firwall', 'återanropen'], vocabulary);
    expect(applyCorrections('Firwall för återanropen', corrections)).toBe('firewall för återanropen');
  });
});

describe('pasted errors', () => {
  test.each([
    // A log line: many words and log punctuation.
    ['curl: (6) Could not resolve host: shop.test', ['curl', '6', 'could', 'resolve', 'host', 'shop.test'], true],
    // A question, however long, is not a paste.
    ['why are my callbacks never arriving at the shop', ['callbacks', 'never', 'arriving', 'shop', 'x'], false],
    // A short code alone is searched as it is.
    ['NET::ERR_CERT_DATE_INVALID', ['net', 'err_cert_date_invalid'], false],
  ])('%j is pasted: %s', (text, terms, pasted) => {
    expect(isPastedError(text, terms)).toBe(pasted);
  });

  test.each([
    // Node's and Chromium's codes; words in lower case are not codes.
    ['Error: getaddrinfo ENOTFOUND shop.local', ['enotfound']],
    ['NET::ERR_CERT_AUTHORITY_INVALID and ERR_NGROK_3200', ['err_cert_authority_invalid', 'err_ngrok_3200']],
    ['could not resolve host', []],
    // A word in capitals is not a code.
    ['PHP Fatal ERROR: EXPIRED', []],
  ])('finds the codes in %j', (text, codes) => {
    expect(findErrorCodes(text)).toEqual(codes);
  });

  test('keeps the codes and the rarer words the index knows, in pasted order, at most eight', () => {
    const text =
      'ERR_X_Y: firewall 2026 0a000102 zzzz certificate expired chain magento asynchronous callbacks email rules';
    const terms = text.toLowerCase().split(/[\s:]+/);
    const kept = reducePastedError(text, terms, vocabulary);
    expect(kept[0]).toBe('err_x_y');
    expect(kept.length).toBeLessThanOrEqual(8);
    // Numbers, hexadecimal codes and unknown words go; the most frequent indexed word goes first.
    for (const dropped of ['2026', '0a000102', 'zzzz', 'firewall']) expect(kept).not.toContain(dropped);
    expect(kept.slice(1)).toEqual(terms.filter((term) => kept.includes(term) && term !== 'err_x_y'));
  });
});

describe('the pasted-error data', () => {
  const anchors = readdirSync('content/faq').map((file) => file.replace(/^\d+-|\.mdx$/g, ''));
  test.each(pastedErrors.map((error) => [error.text, error]))('%j names its source and real answers', (_, error) => {
    expect(error.source.trim()).not.toBe('');
    expect(error.answers.length).toBeGreaterThan(0);
    for (const anchor of error.answers) expect(anchors).toContain(anchor);
  });

  test('every message is indexed on each of its answers', () => {
    for (const error of pastedErrors) {
      error.answers.forEach((anchor, i) => {
        const part = answerSearchText(anchor).find((p) => p.text.includes(error.text));
        // The first answer explains it best and weighs it most.
        expect(part?.weight, `${error.text} on ${anchor}`).toBe(i === 0 ? 3 : 1);
      });
    }
  });
});

describe('longestSharedRun', () => {
  test.each([
    // The message itself, without its variable parts, inside a record.
    ['curl: (6) Could not resolve host: shop.test', 'Also searched as: curl: (6) Could not resolve host, .local', 6],
    // Words in another order share only single words.
    ['host could resolve', 'could not resolve host', 1],
    // Case and punctuation at word edges do not matter.
    ['SSL routines::unsupported protocol', 'ssl routines::Unsupported protocol.', 4],
    // Nothing in common.
    ['ENOTFOUND', 'certificate', 0],
    // Empty texts.
    ['', '', 0],
  ])('%j and %j share a run of %d', (pasted, content, run) => {
    expect(longestSharedRun(pasted, content)).toBe(run);
  });

  test('finds the paths in a paste', () => {
    expect([...findPathWords('in /var/www/Connection.php:112 and C:\\shop\\x.php')]).toEqual([
      'var',
      'www',
      'connection',
      'php',
      '112',
      'c',
      'shop',
      'x',
    ]);
  });
});
