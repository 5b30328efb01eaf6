import { describe, expect, test } from 'vitest';
import {
  addRecordExtras,
  appendToFaqEntry,
  isolateFaqEntry,
  listFaqAnchors,
  separateBlocks,
  stripIndexOnly,
} from '../../src/lib/search/index-html.ts';

// A miniature of the built /faq/: a wrapper body and entries as FaqEntry renders them.
const faqPage = [
  '<html><head><title>FAQ</title></head><body><main><h1>FAQ</h1>',
  '<div data-pagefind-body>',
  '<section class="faq-entry" data-faq-entry="first" data-pagefind-meta="section[data-s]" data-s="One">',
  '<h2 id="first" data-pagefind-meta="title">First</h2><p>alpha</p></section>',
  '<section class="faq-entry" data-faq-entry="second" data-pagefind-meta="section[data-s]" data-s="One">',
  '<h3 id="second" data-pagefind-meta="title">Second</h3><p>beta</p></section>',
  '</div></main></body></html>',
].join('');

const count = (text: string, part: string) => text.split(part).length - 1;

describe('listFaqAnchors', () => {
  test.each([
    // Anchors come in document order.
    [faqPage, ['first', 'second']],
    // A page without entries has none.
    ['<main><p>no entries</p></main>', []],
    // An empty attribute is not an anchor.
    ['<section data-faq-entry=""></section>', []],
  ])('lists the anchors of a page (%#)', (html, anchors) => {
    expect(listFaqAnchors(html)).toEqual(anchors);
  });
});

describe('isolateFaqEntry', () => {
  test('moves the only data-pagefind-body onto the chosen entry', () => {
    const result = isolateFaqEntry(faqPage, 'second');
    if (!result.ok) throw new Error(result.error);
    expect(count(result.value, 'data-pagefind-body')).toBe(1);
    expect(result.value).toContain('<section class="faq-entry" data-pagefind-body data-faq-entry="second"');
    expect(result.value).toContain('<div>');
  });

  test("switches off every other entry's metadata and keeps the chosen entry's", () => {
    const result = isolateFaqEntry(faqPage, 'first');
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toContain('<h2 id="first" data-pagefind-meta="title">');
    expect(result.value).toContain('<h3 id="second" data-pagefind-meta-off="title">');
    expect(count(result.value, ' data-pagefind-meta=')).toBe(2);
  });

  test.each([
    // An anchor the page does not have.
    ['missing', 'has no entry "missing"'],
    // A prefix of a real anchor is not that anchor.
    ['firs', 'has no entry "firs"'],
  ])('reports an unknown anchor %j', (anchor, message) => {
    expect(isolateFaqEntry(faqPage, anchor)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  test('reports an anchor used twice', () => {
    const doubled = faqPage.replace('data-faq-entry="second"', 'data-faq-entry="first"');
    expect(isolateFaqEntry(doubled, 'first')).toEqual({ ok: false, error: expect.stringContaining('two entries') });
  });
});

describe('addRecordExtras', () => {
  const extras = { title: 'Tool "A" & <B>', section: 'Tool', summary: 'Does <things>.', terms: ['cidr', 'subnet'] };

  test('makes <main> the body when the page marks none, with extras at its start and end', () => {
    const result = addRecordExtras('<body><main id="main"><h1>T</h1><p>text</p></main></body>', extras);
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toBe(
      '<body><main data-pagefind-body id="main">' +
        '<div hidden data-pagefind-meta="title[data-title], section[data-section]" data-title="Tool &quot;A&quot; &amp; &lt;B&gt;" data-section="Tool">' +
        '<p data-pagefind-weight="1" data-pagefind-meta="description">Does &lt;things&gt;.</p></div>' +
        '<h1>T</h1><p>text</p>' +
        '<p hidden data-pagefind-weight="3">Also searched as: cidr, subnet</p></main></body>',
    );
  });

  test("uses the page's own body element and closes it at the matching end tag, nested or not", () => {
    const html = '<main><div class="x" data-pagefind-body><div><p>a</p></div><p>b</p></div><div>after</div></main>';
    const result = addRecordExtras(html, { ...extras, weight: 0.5 });
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toMatch(/^<main><div class="x" data-pagefind-body data-pagefind-weight="0.5"><div hidden/);
    expect(result.value).toContain(
      '<p>b</p><p hidden data-pagefind-weight="3">Also searched as: cidr, subnet</p></div><div>after</div>',
    );
  });

  test.each([
    // Neither a body marker nor a <main>.
    ['<body><p>plain</p></body>', 'neither data-pagefind-body nor <main>'],
    // A body element that never closes.
    ['<main><div data-pagefind-body><p>x</p></main>', 'does not close'],
  ])('reports a page it cannot prepare (%#)', (html, message) => {
    expect(addRecordExtras(html, extras)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });
});

describe('separateBlocks', () => {
  test.each([
    // Table cells are separate words.
    ['<tr><th>Listed in</th><td>192.121.110.0/24</td></tr>', 'Listed in', '192.121.110.0/24'],
    // So are list items, labels and blocks.
    ['<ul><li>is Resurs</li><li>What</li></ul>', 'Resurs', 'What'],
    ['<label>Salt</label><div>value</div>', 'Salt', 'value'],
    // A line break ends a word.
    ['first<br>second', 'first', 'second'],
  ])('keeps the words of %j apart', (html, before, after) => {
    const text = separateBlocks(html).replace(/<[^>]*>/g, '');
    expect(text).toContain(before);
    expect(text).toContain(after);
    expect(text).not.toContain(`${before}${after}`);
  });

  test.each([
    // Inline code inside a word stays inside it.
    ['<code>vatPct</code>s'],
    // Links, emphasis and superscripts neither split nor gain a space.
    ['Resurs<a href="/x">’</a> <strong>own</strong>er<sup>1</sup>'],
    // Attributes that contain a ">" do not confuse it.
    ['<em title="a>b">x</em>y'],
  ])('leaves phrasing elements in %j alone', (html) => {
    expect(separateBlocks(html)).toBe(html);
  });
});

describe('appendToFaqEntry', () => {
  test('adds a hidden, weighted paragraph at the end of that entry only, escaped', () => {
    const result = appendToFaqEntry(faqPage, 'first', 'Class "SoapClient" <not> found', 3);
    if (!result.ok) throw new Error(result.error);
    const paragraph = '<p hidden data-pagefind-weight="3">Class "SoapClient" &lt;not&gt; found</p>';
    expect(result.value).toContain(`<p>alpha</p>${paragraph}</section>`);
    expect(count(result.value, paragraph)).toBe(1);
  });

  test.each([
    // No such entry.
    ['missing', 'text', false],
    // Nothing to add leaves the page as it is.
    ['first', '  ', true],
  ])('for entry %j and text %j returns ok: %s', (anchor, text, ok) => {
    const result = appendToFaqEntry(faqPage, anchor, text);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.value).toBe(faqPage);
  });
});

describe('stripIndexOnly', () => {
  const summary =
    '<p hidden data-pagefind-weight="2" data-pagefind-meta="description" data-index-only>Sum &amp; up</p>';
  const terms = '<p hidden data-pagefind-weight="3" data-index-only>Also searched as: a, b</p>';
  test.each([
    // Both index-only paragraphs go; the answer's own text stays.
    [`<section>${summary}<p>alpha</p>${terms}</section>`, '<section><p>alpha</p></section>', 2],
    // A paragraph that only mentions the attribute in its text is the reader's.
    ['<p>data-index-only is an attribute</p>', '<p>data-index-only is an attribute</p>', 0],
    // Another hidden paragraph is not removed; only its indexer attribute goes.
    ['<p hidden data-pagefind-weight="3">x</p>', '<p hidden>x</p>', 0],
    // An element with markup inside is not plain index text, and is kept rather than cut in half.
    ['<p hidden data-index-only>a <b>b</b></p>', '<p hidden data-index-only>a <b>b</b></p>', 0],
    // The indexer's attributes go from tags, the reader's stay.
    [
      '<section class="faq-entry" data-faq-entry="a" data-pagefind-meta="section[data-faq-section]" data-faq-section="S"><h3 id="a" data-pagefind-meta="title">A</h3><div data-pagefind-body><p data-pagefind-ignore>x</p></div></section>',
      '<section class="faq-entry" data-faq-entry="a"><h3 id="a">A</h3><div data-pagefind-body><p>x</p></div></section>',
      0,
    ],
    // In text the same words are the reader's.
    ['<p>write data-pagefind-body="x" on it</p>', '<p>write data-pagefind-body="x" on it</p>', 0],
  ])('strips %j', (html, expected, removed) => {
    expect(stripIndexOnly(html)).toEqual({ html: expected, removed });
  });
});
