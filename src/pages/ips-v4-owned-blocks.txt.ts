import type { APIRoute } from 'astro';
import { buildPlainList } from '../lib/allowlist/exports.ts';

/** The blocks Resurs owns (AS35814), from the integration FAQ, one CIDR block per line. */
export const GET: APIRoute = () =>
  new Response(buildPlainList('ips-v4-owned-blocks.txt'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
