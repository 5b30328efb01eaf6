import { describe, expect, it } from 'vitest';
import { afterLoadScript, deferToLoad } from '../../src/lib/site/defer-scripts.ts';

const deferred = '/help/_astro/DeferredScripts.astro_astro_type_script_index_0_lang.NaEo58bj.js';
const other = '/_astro/IslandScripts.astro_astro_type_script_index_0_lang.BJhPzjpG.js';
const tag = (src: string) => `<script type="module" src="${src}"></script>`;

describe('deferToLoad', () => {
  // [what, page, expected page, inline scripts]
  const cases: [string, string, string, string[]][] = [
    [
      'the deferred script becomes an import on the load event, with its base path',
      `<body><p>x</p>${tag(deferred)}</body>`,
      `<body><p>x</p><script>${afterLoadScript(deferred)}</script></body>`,
      [afterLoadScript(deferred)],
    ],
    ['another module script stays as it is', `<body>${tag(other)}</body>`, `<body>${tag(other)}</body>`, []],
    [
      'only the deferred one changes when both are there',
      `<body>${tag(other)}${tag(deferred)}</body>`,
      `<body>${tag(other)}<script>${afterLoadScript(deferred)}</script></body>`,
      [afterLoadScript(deferred)],
    ],
    ['a page without scripts is unchanged', '<body><p>x</p></body>', '<body><p>x</p></body>', []],
    [
      'a name that only looks alike stays a module script',
      `<body>${tag('/_astro/MyDeferredScripts.js')}</body>`,
      `<body>${tag('/_astro/MyDeferredScripts.js')}</body>`,
      [],
    ],
  ];
  for (const [what, page, expected, inline] of cases) {
    it(what, () => expect(deferToLoad(page)).toEqual({ html: expected, inline }));
  }

  it('the inline script imports exactly the file, once, after the load event and the next frame', () => {
    expect(afterLoadScript(deferred)).toBe(
      `addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(()=>import("${deferred}"))),{once:true})`,
    );
  });
});
