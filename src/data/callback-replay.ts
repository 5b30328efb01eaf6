/**
 * What a replayed callback sends, per event: the request bodies as Resurs documents them, and the
 * documented ambiguities a replay can't settle. Events without a body are replayed as a GET.
 * Source: Resurs' docs repository ResursBank/ResursBank.github.io at commit
 * b235739e634ccb1a044faad4650b68a7e2d75d2a (2026-06-02): docs/configuration-service/callbacks/
 * booked.md and update.md (the bodies), index.md (GET with query parameters).
 */
import type { NodeId } from './callback-flow.ts';

/** The commit of Resurs' docs repository the bodies were copied from. */
export const replaySourceCommit = 'b235739e634ccb1a044faad4650b68a7e2d75d2a';

/** A documented POST body of a callback. */
export interface ReplayBody {
  contentType: 'application/json';
  /** The documentation's example, compacted to one line (same keys and values). */
  json: string;
  /** Where in the docs it comes from. */
  source: string;
}

/** The events Resurs POSTs, with the body the documentation gives; every other event is a GET. */
export const replayBodies: Partial<Record<NodeId, ReplayBody>> = {
  BOOKED: {
    contentType: 'application/json',
    json: '{"addedPaymentSpecificationLines":[]}',
    source: 'booked.md, “Example of a POST call” (the variant without fees)',
  },
  UPDATE: {
    contentType: 'application/json',
    json: '{"paymentDiff":{"type":"ANNUL","transactionId":null,"created":1473258094600,"createdBy":null,"paymentSpecification":{"paymentSpecificationLines":null,"totalAmount":24,"totalVatAmount":6,"bonusPoints":0},"orderId":null,"invoiceId":null}}',
    source: 'update.md, “Example of a POST call”, example 1',
  },
};

/** What the documentation leaves open about a replayed event (each shown with the command). */
export const replayUnconfirmed: Partial<Record<NodeId, readonly string[]>> = {
  BOOKED: [
    'UNCONFIRMED: Resurs sends a POST and, only when that fails, a GET; the same page also calls the GET “usual” and the POST “second”. This command replays the POST.',
    'The body is the documented example without fees; with fees added in Resurs’ admin, addedPaymentSpecificationLines holds spec lines.',
  ],
  UPDATE: [
    'UNCONFIRMED: the body is the documentation’s first example (an ANNUL paymentDiff). Its keys paymentSpecification/paymentSpecificationLines differ from paymentSpec/specLines elsewhere in the API, and the docs’ line totals equal the amounts without VAT.',
  ],
};

/** Said of every replay: the parts of a real callback a replay can't copy. */
export const replayCaveats = [
  'Resurs sends callbacks with two different user agents; their strings are not documented, so curl sends its own.',
] as const;
