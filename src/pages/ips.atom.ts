import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/href.ts';
import { buildAtomFeed } from '../lib/network/atom-feed.ts';

/** Every version of Resurs' address lists as an Atom feed; the tool page and the FAQ link to it. */
export const GET: APIRoute = () =>
  new Response(buildAtomFeed({ feed: absoluteUrl('/ips.atom'), tool: absoluteUrl('/tools/allowlist/') }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
