import type { APIRoute } from 'astro';
import { buildPlainList } from '../lib/allowlist/exports.ts';

/** The callback source addresses from Resurs' current docs, one /32 per line. */
export const GET: APIRoute = () =>
  new Response(buildPlainList('ips-v4-callback-sources.txt'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
