import type { APIRoute } from 'astro';
import { buildPlainList } from '../lib/allowlist/exports.ts';

/** Every Resurs source, one CIDR block per line (owned blocks plus the callback sources outside them). */
export const GET: APIRoute = () =>
  new Response(buildPlainList('ips-v4.txt'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
