import { describe, expect, test } from 'vitest';
import { decodeLegacyAnchor, type FaqHeading, groupFaq } from '../../src/lib/site/faq-order.ts';
import { isExternal, joinBase } from '../../src/lib/site/paths.ts';

describe('joinBase', () => {
  test.each([
    // The default deployment at a domain root.
    ['/', '/faq/', '/faq/'],
    // A sub-path with a trailing slash.
    ['/help/faq-site/', '/faq/#are-you-using-ngrok', '/help/faq-site/faq/#are-you-using-ngrok'],
    // A sub-path written without the trailing slash.
    ['/help', '/tools/', '/help/tools/'],
    // The root path itself.
    ['/help/', '/', '/help/'],
    // Same-page anchors stay relative.
    ['/help/', '#x', '#x'],
    // Absolute URLs are left alone.
    ['/help/', 'https://developers.resurs.com/', 'https://developers.resurs.com/'],
    // Protocol-relative URLs are external, not root-relative.
    ['/help/', '//example.com/x', '//example.com/x'],
    // mailto: links are left alone.
    ['/help/', 'mailto:onboarding@resurs.se', 'mailto:onboarding@resurs.se'],
  ])('joins base %s and %s into %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('isExternal', () => {
  test.each([
    ['https://developers.resurs.com/', true],
    ['HTTP://EXAMPLE.COM', true],
    ['//cdn.example.com/x.js', true],
    ['/faq/', false],
    ['#anchor', false],
    ['mailto:onboarding@resurs.se', false],
  ])('classifies %s as external: %s', (href, expected) => {
    expect(isExternal(href)).toBe(expected);
  });
});

describe('decodeLegacyAnchor', () => {
  test.each([
    // Quotes were percent-encoded in the Confluence TOC; browsers decode before matching ids.
    ['FAQ-%22Limitforms%22?', 'FAQ-"Limitforms"?'],
    [
      'FAQ-Localnetworks/Hosts(or%22yourcallbacksisnotworking%22)',
      'FAQ-Localnetworks/Hosts(or"yourcallbacksisnotworking")',
    ],
    // Anchors without escapes stay as written.
    ["FAQ-Paymentsmethods:Youmean'invoice'?", "FAQ-Paymentsmethods:Youmean'invoice'?"],
    // A malformed escape is kept rather than thrown.
    ['FAQ-100%', 'FAQ-100%'],
  ])('decodes %s to %s', (anchor, expected) => {
    expect(decodeLegacyAnchor(anchor)).toBe(expected);
  });
});

const h = (anchor: string, level: 1 | 2 | 3, order: number, section = anchor): FaqHeading => ({
  title: anchor,
  anchor,
  section,
  level,
  order,
});

describe('groupFaq', () => {
  test('groups questions under their section in source order, whatever the input order', () => {
    const result = groupFaq([h('q2', 2, 3, 's1'), h('s1', 1, 1), h('s2', 1, 4), h('q1', 2, 2, 's1')]);
    expect(result.ok && result.value.map((s) => [s.entry.anchor, s.children.map((c) => c.anchor)])).toEqual([
      ['s1', ['q1', 'q2']],
      ['s2', []],
    ]);
  });

  test.each([
    // A question that names a section that does not exist.
    [[h('s1', 1, 1), h('q', 2, 2, 'missing')], /names section "missing"/],
    // A question placed before its section.
    [[h('q', 2, 1, 's1'), h('s1', 1, 2)], /comes later or does not exist/],
    // Two entries with one anchor would give two elements one id.
    [[h('s1', 1, 1), h('s1', 2, 2, 's1')], /used twice/],
    // Two entries with one order have no defined order.
    [[h('s1', 1, 1), h('s2', 1, 1)], /order 1 is used twice/],
    // A section must name itself.
    [[h('s1', 1, 1, 'other')], /must name itself/],
  ])('rejects a broken structure (%#)', (entries, message) => {
    const result = groupFaq(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
