import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/href.ts';
import { sitePages } from '../data/pages.ts';

/** Source text's last edit: the date every page's content stems from. */
const lastModified = '2023-12-27';

export const GET: APIRoute = () => {
  const urls = sitePages
    .map((path) => `  <url><loc>${absoluteUrl(path)}</loc><lastmod>${lastModified}</lastmod></url>`)
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
