// Fetching the site's script after the load event instead of before it. Astro emits the script of
// src/components/DeferredScripts.astro as `<script type="module" src="…/DeferredScripts.astro_astro_
// type_script_index_0_lang.<hash>.js">`; a module script delays the load event until it has been
// fetched and run. This replaces that tag with an inline script that imports the same file after the
// load event, which the page's policy then allows by its hash (src/integrations/page-policy.ts).

const deferredTag =
  /<script type="module" src="([^"<>]*\/DeferredScripts\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js)"><\/script>/g;

/**
 * The inline script that imports `src` once the page has loaded and its next frame is painted: run at
 * the load event itself, the script's work held up /faq/'s first paint (first contentful paint,
 * median of 9 cold loads: 208 ms at the load event, 172 ms after the frame, 180 ms with no script).
 */
export function afterLoadScript(src: string): string {
  return `addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(()=>import(${JSON.stringify(src)}))),{once:true})`;
}

/**
 * Turns the deferred module script tags of a page into after-load imports. Returns the page and
 * the inline scripts it now holds (for the policy). A page without one is returned unchanged.
 */
export function deferToLoad(html: string): { html: string; inline: string[] } {
  const inline: string[] = [];
  const out = html.replace(deferredTag, (_tag, src: string) => {
    const script = afterLoadScript(src);
    inline.push(script);
    return `<script>${script}</script>`;
  });
  return { html: out, inline };
}
