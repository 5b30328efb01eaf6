import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/href.ts';
import { buildIpsJson } from '../lib/allowlist/exports.ts';

/** Resurs' source addresses for firewall automation; the fields are documented on /tools/allowlist/#ips-json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildIpsJson(absoluteUrl('/tools/allowlist/#ips-json')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
