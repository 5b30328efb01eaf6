import { describe, expect, test } from 'vitest';
import { chooseTerms } from '../../src/lib/search/choose-terms.ts';
import { normalizeQuery } from '../../src/lib/search/normalize-query.ts';
import { type EngineRecord, runSearch, type SearchEngine } from '../../src/lib/search/run-search.ts';
import { buildVocabulary, parseVocabulary } from '../../src/lib/search/vocabulary.ts';

/** A fake engine over fixed records: a record matches a term when one of its words starts with it. */
function fakeEngine(records: Record<string, EngineRecord>, log: string[] = []): SearchEngine {
  return {
    async search(term) {
      log.push(term);
      const terms = term.split(' ');
      const results = Object.entries(records).flatMap(([id, record]) => {
        const words = record.content.split(/\s+/).map((w) => w.toLowerCase());
        const positions = words.flatMap((w, i) => (terms.some((t) => w.startsWith(t)) ? [i] : []));
        const all = terms.every((t) => words.some((w) => w.startsWith(t)));
        return all ? [{ id, score: positions.length, words: positions, data: async () => record }] : [];
      });
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

const records: Record<string, EngineRecord> = {
  ngrok: {
    url: '/faq/#are-you-using-ngrok',
    content:
      'Are you using ngrok? ngrok is blocked, so callbacks through a tunnel never arrive. Also searched as: tunnel, localtunnel',
    meta: { title: 'Are you using ngrok?', section: 'My environment' },
  },
  firewall: {
    url: '/faq/#how-do-i-configure-my-firewall-network',
    content:
      'How do I configure my firewall/network? Allow the blocks so callbacks arrive. Also searched as: whitelist, allowlist',
    meta: { title: 'How do I configure my firewall/network?', section: 'How do I configure my firewall/network?' },
  },
  tool: {
    url: '/tools/allowlist/',
    content: 'Check addresses and your allowlist. Also searched as: cidr, subnet',
    meta: { title: 'IP allowlist and callback URL tester', section: 'Tool' },
  },
};

describe('runSearch', () => {
  test('searches the strict query and each word, and ranks records with every word first', async () => {
    const log: string[] = [];
    const outcome = await runSearch(fakeEngine(records, log), 'my callbacks through a tunnel');
    expect(log).toEqual(['callbacks through tunnel', 'callbacks', 'through', 'tunnel']);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.hits.map((h) => [h.url, h.matchedAll])).toEqual([
      ['/faq/#are-you-using-ngrok', true],
      ['/faq/#how-do-i-configure-my-firewall-network', false],
    ]);
  });

  test('builds the title, section, excerpt and a link carrying the matched words', async () => {
    const outcome = await runSearch(fakeEngine(records), 'tunnel');
    if (!outcome.ok) throw new Error(outcome.error);
    const [hit] = outcome.hits;
    expect(hit?.title).toBe('Are you using ngrok?');
    expect(hit?.section).toBe('FAQ · My environment');
    expect(hit?.href).toBe('/faq/?highlight=tunnel#are-you-using-ngrok');
    // The excerpt starts after the question and stops before the hidden keywords.
    expect(hit?.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      'ngrok is blocked, so callbacks through a [tunnel] never arrive.',
    );
    expect(hit?.synonyms).toEqual([]);
  });

  test.each([
    // A section's own entry is labelled "FAQ".
    ['whitelist', 'FAQ', ['whitelist']],
    // A tool is labelled "Tool"; a word found only in its hidden terms is reported as a synonym.
    ['cidr', 'Tool', ['cidr']],
  ])('labels the result for %j as %j with synonyms %j', async (query, section, synonyms) => {
    const outcome = await runSearch(fakeEngine(records), query);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.hits[0]?.section).toBe(section);
    expect(outcome.hits[0]?.synonyms).toEqual(synonyms);
  });

  test('keeps at most `limit` hits and never the same URL twice', async () => {
    const twin = { ...records, copy: records.ngrok as EngineRecord };
    const outcome = await runSearch(fakeEngine(twin), 'callbacks', 10);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.hits.map((h) => h.url)).toEqual([
      '/faq/#are-you-using-ngrok',
      '/faq/#how-do-i-configure-my-firewall-network',
    ]);
    const limited = await runSearch(fakeEngine(records), 'callbacks', 1);
    expect(limited.ok && limited.hits).toHaveLength(1);
  });

  test.each([
    ['', 0],
    ['   ', 0],
    ['zzz', 0],
  ])('finds nothing for %j without failing', async (query, count) => {
    const outcome = await runSearch(fakeEngine(records), query);
    expect(outcome.ok && outcome.hits.length).toBe(count);
  });

  test('sends an exact phrase to the engine as typed, without per-word searches', async () => {
    const log: string[] = [];
    await runSearch(fakeEngine(records, log), '"tunnel never"');
    expect(log).toEqual(['"tunnel never"']);
  });

  test('turns an engine failure into a message instead of rejecting', async () => {
    const broken: SearchEngine = { search: () => Promise.reject(new Error('network down')) };
    const outcome = await runSearch(broken, 'ngrok');
    expect(outcome).toEqual({ ok: false, query: 'ngrok', error: expect.stringContaining('network down') });
  });
});

describe('runSearch with the vocabulary', () => {
  const vocabulary = (() => {
    const parsed = parseVocabulary(buildVocabulary(Object.values(records).map((record) => record.content)));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  })();

  test.each([
    // A misspelled word is searched corrected, and the outcome says how.
    ['ngork tunnel', false, ['ngrok tunnel'], { to: 'ngrok tunnel', applied: true }],
    // With `literal` the words are searched as typed, and the correction is only offered.
    ['ngork tunnel', true, ['ngork tunnel'], { to: 'ngrok tunnel', applied: false }],
    // A word the index has is searched as it is, with no correction at all.
    ['ngrok tunnel', false, ['ngrok tunnel'], undefined],
    // An exact phrase is never corrected.
    ['"ngork tunnel"', false, ['"ngork tunnel"'], undefined],
  ])('searches %j (literal: %s) as %j', async (query, literal, strict, correction) => {
    const log: string[] = [];
    const outcome = await runSearch(fakeEngine(records, log), query, 8, {
      refine: (q) => chooseTerms(q, { vocabulary, literal }),
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(log.slice(0, 1)).toEqual(strict);
    expect(outcome.correction).toEqual(correction);
  });

  test('reduces a pasted message to the words the index knows, and ranks the record holding it first', async () => {
    const log: string[] = [];
    const pasted = 'ERROR 2026-11-30: callbacks through /var/www/shop a tunnel never arrive at 10.0.0.7';
    const outcome = await runSearch(fakeEngine(records, log), pasted, 8, {
      refine: (q) => chooseTerms(q, { vocabulary }),
    });
    if (!outcome.ok) throw new Error(outcome.error);
    // Not corrected; no date, path or unknown word searched.
    expect(outcome.correction).toBeUndefined();
    for (const dropped of ['2026', 'var', 'www', 'error']) expect(log.join(' ').split(' ')).not.toContain(dropped);
    expect(outcome.hits[0]?.url).toBe(records.ngrok?.url);
  });
});

describe('chooseTerms and the words nearly every record holds', () => {
  // Ten answers that all name Resurs; two are about the firewall, five about callbacks.
  const vocabulary = (() => {
    const topic = (i: number) => (i < 2 ? 'firewall rules' : i < 7 ? 'callbacks' : 'payments');
    const texts = Array.from({ length: 10 }, (_, i) => `Resurs answer ${i} ${topic(i)}`);
    const parsed = parseVocabulary(buildVocabulary(texts));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  })();

  test.each([
    // The site's name is in every answer: it is not searched, so it neither hides nor ranks one.
    ['firewall rules resurs', false, ['firewall', 'rules']],
    // The same when the words are searched as typed.
    ['firewall rules resurs', true, ['firewall', 'rules']],
    // A misspelled word is still corrected; the common word still left out.
    ['firwall resurs', false, ['firewall']],
    // A query of nothing but common words is searched as it is, rather than for nothing.
    ['resurs', false, ['resurs']],
    // A word most answers lack stays.
    ['firewall callbacks', false, ['firewall', 'callbacks']],
  ])('searches %j (literal: %s) for %j', (query, literal, terms) => {
    expect(chooseTerms(normalizeQuery(query), { vocabulary, literal }).terms).toEqual(terms);
  });
});
