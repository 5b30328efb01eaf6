/**
 * The JSON Schema (draft-07) of /ips.json, served as /ips.schema.json. Each description is the
 * field's entry in ipsJsonSchema, so the schema, the file's own "schema" field and the tool page
 * say the same thing.
 */
import { ipsJsonSchema } from './exports.ts';

const cidr = { type: 'string', pattern: '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$' } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const text = { type: 'string', minLength: 1 } as const;

/** The schema document. `id` is its absolute URL. Never throws. */
export function buildIpsJsonJsonSchema(id: string) {
  const d = ipsJsonSchema;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: "Resurs Bank's source addresses (/ips.json)",
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'updated', 'syncToken', 'createDate', 'port', 'protocol', 'ipv4', 'ipv6', 'lists'],
    properties: {
      $comment: { type: 'string' },
      schemaVersion: { description: d.schemaVersion, const: 1 },
      updated: { description: d.updated, ...isoDate },
      syncToken: { description: d.syncToken, type: 'string', pattern: '^[0-9a-f]{20}$' },
      createDate: {
        description: d.createDate,
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$',
      },
      port: { description: d.port, const: 443 },
      protocol: { description: d.protocol, const: 'tcp' },
      ipv4: { description: d.ipv4, type: 'array', items: cidr, minItems: 1, uniqueItems: true },
      ipv6: { description: d.ipv6, type: 'array', items: { type: 'string' }, maxItems: 0 },
      lists: {
        description: d.lists,
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title', 'source', 'sourceUrl', 'date', 'entries'],
          properties: {
            id: text,
            title: text,
            source: text,
            sourceUrl: { type: ['string', 'null'] },
            date: isoDate,
            entries: {
              description: d['lists[].entries[]'],
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['cidr', 'kind', 'label', 'asn', 'insideOwnedBlock', 'since'],
                properties: {
                  cidr,
                  kind: { enum: ['owned-block', 'callback-source'] },
                  label: text,
                  asn: { type: ['integer', 'null'] },
                  insideOwnedBlock: { anyOf: [cidr, { type: 'null' }] },
                  since: isoDate,
                },
              },
            },
          },
        },
      },
      history: {
        description: d.history,
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['date', 'lists', 'published', 'added', 'noLongerListed'],
          properties: {
            date: isoDate,
            lists: { type: 'array', items: text, minItems: 1 },
            published: { type: 'array', items: text, minItems: 1 },
            added: { type: 'array', items: cidr },
            noLongerListed: { type: 'array', items: cidr },
          },
        },
      },
      plainLists: { description: d.plainLists, type: 'object', additionalProperties: { type: 'string' } },
      schema: { description: 'The field documentation above, as text.', type: 'object' },
    },
  };
}
