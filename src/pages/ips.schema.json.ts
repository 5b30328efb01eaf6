import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/href.ts';
import { buildIpsJsonJsonSchema } from '../lib/allowlist/ips-json-schema.ts';

/** The JSON Schema of /ips.json, for validators and code generators. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildIpsJsonJsonSchema(absoluteUrl('/ips.schema.json')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
