/**
 * The life of a payment as the shop sees it: the steps of simplified flow, the answers of
 * bookPayment, and every callback Resurs sends, with the transitions between them and the
 * scenarios a reader can step through. The diagram (SVG and its text alternative), the
 * interactive explorer and the tests all read this one file.
 *
 * Sources, cited per entry:
 *  - faq: the Resurs integration FAQ this site is built from (last edited 2023-12-27);
 *  - callbacks: https://developers.resurs.com/configuration-service/callbacks/ and its pages per event;
 *  - simplified: https://developers.resurs.com/simplified-flow-api/ (bookPayment, signing);
 *  - register: Resurs' registerEventCallback page; magento: Resurs' Magento 2.4 module documentation.
 * Where the sources leave something open, the entry's `notes` say so; nothing here is guessed.
 */

/** Every node of the flow. The ids are stable: links (?node=BOOKED) and tests depend on them. */
export const nodeIds = [
  'REGISTER_CALLBACKS',
  'TRIGGER_TEST_EVENT',
  'SHOP_ORDER_CREATED',
  'BOOK_PAYMENT',
  'FINALIZED',
  'BOOKED_STATUS',
  'FROZEN',
  'DENIED',
  'SIGNING',
  'MANUAL_REVIEW',
  'PAYMENT_ANNULLED',
  'SHOP_FINALIZES',
  'SIGNING_REDIRECT',
  'SHOP_CANCELS_ORDER',
  'CUSTOMER_SIGNS',
  'PROVIDER_COMPLETES',
  'BOOK_SIGNED_PAYMENT',
  'SHOP_REVIVES_ORDER',
  'BOOKED',
  'AUTOMATIC_FRAUD_CONTROL',
  'UNFREEZE',
  'ANNULMENT',
  'FINALIZATION',
  'UPDATE',
  'TEST',
] as const;

/** The id of a node. The callback events use their event names (BOOKED, UPDATE …). */
export type NodeId = (typeof nodeIds)[number];

/** What a node is: a call your shop makes, an answer of bookPayment, something that happens, or a callback. */
export type FlowNodeKind = 'call' | 'status' | 'step' | 'callback';

/** What a shop that relies on UPDATE may do with a callback, per the FAQ. */
export type UpdateReliance = 'may-skip' | 'must-keep' | 'not-covered';

/** A cited source: a public page, or (url null) a document that has no stable public address. */
export interface Source {
  label: string;
  url: string | null;
}

/** A link to the answer on /faq/ that explains a node. */
export interface FaqLink {
  anchor: string;
  label: string;
}

/** The facts of one callback event. */
export interface CallbackEvent {
  /** When Resurs sends it. */
  trigger: string;
  /** HTTP method(s), as the documentation gives them. */
  method: string;
  /** The query parameters Resurs fills in ({paymentId} …); `digest` is added when configured. */
  params: readonly { name: string; description: string }[];
  /** The request body, or null for a GET without one. */
  body: string | null;
  /** May a shop that handles UPDATE leave this event unregistered? */
  ifRelyingOnUpdate: { verdict: UpdateReliance; reason: string } | null;
}

/** A box in the diagram. */
export interface FlowNode {
  id: NodeId;
  kind: FlowNodeKind;
  /** The first line in the diagram. */
  title: string;
  /** The second line in the diagram: who acts, or what kind of step it is. */
  caption: string;
  /** What happens, in a sentence or two. */
  summary: string;
  /** What the shop should do here. */
  shopShould: string;
  /** Caveats, documentation conflicts and gaps (UNCONFIRMED facts are marked as such). */
  notes: readonly string[];
  faq: readonly FaqLink[];
  sources: readonly Source[];
  /** Only for kind 'callback'. */
  callback?: CallbackEvent;
  /** The cell of the layout grid: columns 0–2 hold the flow, column 3 the callbacks. */
  grid: { col: number; row: number };
}

/** A transition: `from` leads to `to`. */
export interface FlowEdge {
  from: NodeId;
  to: NodeId;
  /** Why or when, in a few words ("seconds later", "released"). */
  label: string;
}

/** One step of a scenario: the node reached, and the earlier node it is reached from (default: the previous step). */
export interface ScenarioStep {
  node: NodeId;
  via?: NodeId;
  text: string;
}

/** A story to step through: a path through the flow. */
export interface Scenario {
  /** Stable: links (?scenario=swish) use it. */
  id: string;
  title: string;
  summary: string;
  steps: readonly ScenarioStep[];
  faq: readonly FaqLink[];
}

const src = {
  faq: { label: 'Resurs integration FAQ (2023)', url: null },
  callbacks: { label: 'Resurs docs: Callbacks', url: 'https://developers.resurs.com/configuration-service/callbacks/' },
  simplified: { label: 'Resurs docs: Simplified flow API', url: 'https://developers.resurs.com/simplified-flow-api/' },
  bookPayment: {
    label: 'Resurs docs: bookPayment',
    url: 'https://developers.resurs.com/simplified-flow-api/bookpayment/',
  },
  register: { label: 'Resurs docs: registerEventCallback', url: null },
  magento: { label: 'Resurs docs: Magento 2.4 payment gateway module', url: null },
  paymentData: {
    label: 'Resurs docs: paymentData',
    url: 'https://developers.resurs.com/development/api-types/paymentdata/',
  },
} as const satisfies Record<string, Source>;

const faq = {
  skip: {
    anchor: 'can-i-skip-registering-annulment-and-finalization-callbacks',
    label: 'Can I skip ANNULMENT and FINALIZATION?',
  },
  providers: { anchor: 'simplified-flow-and-payment-providers', label: 'Simplified flow and payment providers' },
  mismatch: { anchor: 'signing-processes-and-mismatching-orders', label: 'Signing processes and mismatching orders' },
  wait: { anchor: 'how-long-will-you-wait-for-callbacks', label: 'How long will you wait for callbacks?' },
  signing: { anchor: 'can-i-skip-the-prepare-signing-part', label: 'Can I skip the prepare signing part?' },
  iframe: { anchor: 'first-step-of-error-checking', label: 'First step of error checking (signing troubles)' },
  preferredId: { anchor: 'should-i-set-preferred-payment-id', label: 'Should I set preferred payment ID?' },
  slowMagento: { anchor: 'slow-callbacks-in-magento-2', label: 'Slow callbacks in Magento 2' },
} as const satisfies Record<string, FaqLink>;

const paymentIdParam = {
  name: 'paymentId',
  description: 'The payment’s ID at Resurs (your preferred ID if you set one).',
};

/** Every node, in reading order (the text alternative lists them in this order). */
export const flowNodes: readonly FlowNode[] = [
  {
    id: 'REGISTER_CALLBACKS',
    kind: 'call',
    title: 'registerEventCallback',
    caption: 'Your shop · at set-up',
    summary:
      'Registers a URI template per event type. Resurs fills the {…} placeholders: {paymentId}, {digest}, {result} and {param1}–{param5}. Optional: Basic Auth (the only authentication Resurs offers) and a digest configuration.',
    shopShould:
      'Register every event you handle; Resurs calls only registered ones. URL-encode unsafe characters in the template. If you rely on UPDATE, still register BOOKED and UNFREEZE: Resurs’ Magento 2.4 module registers exactly UNFREEZE, BOOKED, UPDATE and TEST.',
    notes: [
      'REST registration (Resurs Checkout): eventType is case-sensitive, and with a digest configured, paymentId must be one of the digest parameters, or the callbacks are silently never sent.',
    ],
    faq: [faq.skip],
    sources: [src.register, src.callbacks, src.magento],
    grid: { col: 0, row: 0 },
  },
  {
    id: 'TRIGGER_TEST_EVENT',
    kind: 'call',
    title: 'Trigger a test event',
    caption: 'DeveloperService',
    summary: 'DeveloperService asks Resurs to send a TEST callback. It is queued like every other callback.',
    shopShould:
      'Use it to check that Resurs reaches your endpoint and that it answers with a status below 300 within 5 seconds. Register TEST first.',
    notes: ['The TEST page calls the method triggerTestEvent, but its SOAP sample uses triggerEvent.'],
    faq: [faq.wait],
    sources: [src.callbacks],
    grid: { col: 1, row: 0 },
  },
  {
    id: 'SHOP_ORDER_CREATED',
    kind: 'step',
    title: 'Shop creates its order',
    caption: 'Your platform, first',
    summary:
      'Many platforms (WooCommerce, for example) create the order in the store before the payment exists at Resurs.',
    shopShould:
      'Set the preferred payment ID to your order ID (preferredId in simplified flow), so that both sides use the same ID; otherwise Resurs generates one.',
    notes: [],
    faq: [faq.preferredId, faq.mismatch],
    sources: [src.faq, src.paymentData],
    grid: { col: 0, row: 1 },
  },
  {
    id: 'BOOK_PAYMENT',
    kind: 'call',
    title: 'bookPayment',
    caption: 'Your shop calls Resurs',
    summary: 'Books the payment. The answer’s status is FINALIZED, BOOKED, FROZEN, SIGNING or DENIED.',
    shopShould:
      'Handle all five answers. Signing is triggered by rules that vary (the amount, or a delivery address that differs from the billing address), so simplified flow must always implement it.',
    notes: [],
    faq: [faq.signing],
    sources: [src.simplified, src.bookPayment, src.faq],
    grid: { col: 0, row: 2 },
  },
  {
    id: 'FINALIZED',
    kind: 'status',
    title: 'FINALIZED',
    caption: 'bookPayment answers',
    summary:
      'The payment is booked and already finalized (debited). Resurs finalizes payments itself with finalizeIfBooked=true in simplified or hosted flow.',
    shopShould: 'Treat the order as paid. FINALIZATION and UPDATE callbacks follow.',
    notes: [],
    faq: [faq.skip],
    sources: [src.simplified, src.callbacks],
    grid: { col: 1, row: 3 },
  },
  {
    id: 'BOOKED_STATUS',
    kind: 'status',
    title: 'BOOKED',
    caption: 'bookPayment answers',
    summary: 'The payment is booked at Resurs. Nothing is debited until you finalize it.',
    shopShould: 'Mark the order as booked. Finalize (debit) the payment when you deliver, or annul it if you don’t.',
    notes: ['This node is the answer of bookPayment; the BOOKED callback with the same name is a separate node.'],
    faq: [],
    sources: [src.simplified],
    grid: { col: 1, row: 4 },
  },
  {
    id: 'FROZEN',
    kind: 'status',
    title: 'FROZEN',
    caption: 'bookPayment answers',
    summary:
      'The payment is booked but held for a manual review. The BOOKED callback still fires: a booked payment may be frozen.',
    shopShould: 'Don’t deliver yet. Wait for UNFREEZE (released: debit allowed) or ANNULMENT.',
    notes: [],
    faq: [faq.skip],
    sources: [src.simplified, src.callbacks],
    grid: { col: 1, row: 5 },
  },
  {
    id: 'DENIED',
    kind: 'status',
    title: 'DENIED',
    caption: 'bookPayment answers',
    summary: 'Resurs declined the payment.',
    shopShould: 'Don’t treat the order as paid; let the customer choose another way to pay.',
    notes: ['The sources list no callback for a denied booking.'],
    faq: [],
    sources: [src.simplified],
    grid: { col: 1, row: 6 },
  },
  {
    id: 'SIGNING',
    kind: 'status',
    title: 'SIGNING',
    caption: 'bookPayment answers',
    summary:
      'The customer must sign before the payment can be booked. The answer carries a signingUrl; successUrl and failUrl are required in the signing object (no “|” in them).',
    shopShould: 'Redirect the customer to the signingUrl.',
    notes: [],
    faq: [faq.signing, faq.providers],
    sources: [src.simplified, src.faq],
    grid: { col: 1, row: 8 },
  },
  {
    id: 'MANUAL_REVIEW',
    kind: 'step',
    title: 'Manual review',
    caption: 'Resurs',
    summary: 'Resurs reviews the frozen payment by hand.',
    shopShould: 'Keep the order on hold.',
    notes: ['The sources don’t say how long a review takes.'],
    faq: [],
    sources: [src.callbacks],
    grid: { col: 2, row: 6 },
  },
  {
    id: 'PAYMENT_ANNULLED',
    kind: 'step',
    title: 'Annulled in full',
    caption: 'Whole payment, not partial',
    summary: 'The payment is annulled in full. A partial annulment does not fire ANNULMENT.',
    shopShould: 'Cancel the order, or reconcile it if it already shipped.',
    notes: [],
    faq: [faq.skip],
    sources: [src.callbacks],
    grid: { col: 2, row: 7 },
  },
  {
    id: 'SHOP_FINALIZES',
    kind: 'call',
    title: 'Shop finalizes (debit)',
    caption: 'Your shop · after-shop',
    summary: 'When you deliver, you finalize (debit) the booked payment through the after-shop API.',
    shopShould:
      'Expect UPDATE, not FINALIZATION: FINALIZATION is only for payments that Resurs finalizes itself (finalizeIfBooked=true, Swish).',
    notes: [],
    faq: [faq.skip],
    sources: [src.callbacks, src.faq],
    grid: { col: 2, row: 8 },
  },
  {
    id: 'SIGNING_REDIRECT',
    kind: 'call',
    title: 'Redirect to signingUrl',
    caption: 'Your shop · no iframe',
    summary: 'The customer leaves the shop for the signing page.',
    shopShould: 'Redirect the customer. Don’t embed the signing page in an iframe.',
    notes: [],
    faq: [faq.iframe],
    sources: [src.faq, src.simplified],
    grid: { col: 1, row: 9 },
  },
  {
    id: 'SHOP_CANCELS_ORDER',
    kind: 'step',
    title: 'Shop cancels its order',
    caption: 'Customer too slow',
    summary:
      'The customer takes too long and the platform cancels its own order. Nothing exists at Resurs yet, so this alone is harmless.',
    shopShould:
      'Be ready for the payment to appear later anyway: see the BOOKED callback that follows a late signature.',
    notes: [],
    faq: [faq.mismatch],
    sources: [src.faq],
    grid: { col: 2, row: 9 },
  },
  {
    id: 'CUSTOMER_SIGNS',
    kind: 'step',
    title: 'Customer signs',
    caption: 'Returns to successUrl',
    summary:
      'The customer signs and is sent back to your successUrl (or failUrl). Once the customer has signed, the payment is created at Resurs, and a callback reaches your shop whether or not the customer comes back.',
    shopShould: 'When the customer returns to successUrl, call bookSignedPayment.',
    notes: [
      'The FAQ’s mismatching-orders answer, written about Resurs Checkout, is the source for “created at Resurs once signed”.',
    ],
    faq: [faq.mismatch],
    sources: [src.faq, src.simplified],
    grid: { col: 1, row: 10 },
  },
  {
    id: 'PROVIDER_COMPLETES',
    kind: 'step',
    title: 'Provider completes it',
    caption: 'Swish and other providers',
    summary:
      'With a payment provider such as Swish, the signingUrl leads to the provider. Resurs completes the booking itself, and Swish payments are finalized automatically.',
    shopShould: 'Don’t call bookSignedPayment. Show your success page when the customer comes back.',
    notes: [],
    faq: [faq.providers],
    sources: [src.faq, src.callbacks],
    grid: { col: 2, row: 11 },
  },
  {
    id: 'BOOK_SIGNED_PAYMENT',
    kind: 'call',
    title: 'bookSignedPayment',
    caption: 'Your shop calls Resurs',
    summary:
      'Completes the booking of a signed payment: bookSignedPayment(paymentId) returns a bookPaymentResult. The diagram follows the BOOKED answer.',
    shopShould: 'Handle its answer like the answer of bookPayment.',
    notes: [],
    faq: [faq.providers],
    sources: [src.simplified],
    grid: { col: 0, row: 11 },
  },
  {
    id: 'SHOP_REVIVES_ORDER',
    kind: 'step',
    title: 'Shop revives the order',
    caption: 'After a late BOOKED',
    summary:
      'The callback arrives for an order the platform had cancelled. WooCommerce now updates the cancelled order as successful.',
    shopShould:
      'Update or revive the order, so that it exists on both sides. A platform that rejects cancelled orders should still keep them.',
    notes: [],
    faq: [faq.mismatch],
    sources: [src.faq],
    grid: { col: 2, row: 12 },
  },
  {
    id: 'BOOKED',
    kind: 'callback',
    title: 'BOOKED',
    caption: 'POST, then GET',
    summary: 'The payment now exists at Resurs. It may be FROZEN.',
    shopShould:
      'Confirm the order, answer fast (below 300, within 5 seconds) and do slow work, such as e-mails, afterwards. A frozen payment must not be delivered yet.',
    notes: [
      'The documentation calls the GET “usual” and the POST “second”, so the order of the two is ambiguous: a successful POST means no GET.',
      'Resurs’ Magento plugin doesn’t support the POST with added fee lines.',
    ],
    faq: [faq.skip, faq.slowMagento],
    sources: [src.callbacks, src.faq],
    callback: {
      trigger: 'A payment is created at Resurs (it may be FROZEN).',
      method: 'POST with a JSON body, and GET with query parameters: when the POST succeeds, no GET is sent',
      params: [paymentIdParam],
      body: 'application/json: {"addedPaymentSpecificationLines":[…]} — empty, or with fees added in Resurs’ admin',
      ifRelyingOnUpdate: {
        verdict: 'must-keep',
        reason:
          'BOOKED announces that the payment was created; it is not a status update, so UPDATE does not replace it.',
      },
    },
    grid: { col: 3, row: 4 },
  },
  {
    id: 'AUTOMATIC_FRAUD_CONTROL',
    kind: 'callback',
    title: 'AUTOMATIC_FRAUD_CONTROL',
    caption: 'GET',
    summary: 'The automatic fraud control has run, seconds after bookPayment.',
    shopShould: 'Read the result. With FROZEN, hold the order until UNFREEZE or ANNULMENT.',
    notes: ['The sources don’t say whether it fires for every payment.'],
    faq: [],
    sources: [src.callbacks],
    callback: {
      trigger: 'Seconds after bookPayment, when the automatic fraud control has a result.',
      method: 'GET',
      params: [paymentIdParam, { name: 'result', description: 'FROZEN or THAWED.' }],
      body: null,
      ifRelyingOnUpdate: {
        verdict: 'not-covered',
        reason: 'Resurs’ Magento 2.4 module does not register it.',
      },
    },
    grid: { col: 3, row: 2 },
  },
  {
    id: 'UNFREEZE',
    kind: 'callback',
    title: 'UNFREEZE',
    caption: 'GET',
    summary: 'The manual review released the frozen payment; it may now be debited.',
    shopShould: 'Release the order for delivery; you may now finalize (debit) the payment.',
    notes: [],
    faq: [faq.skip],
    sources: [src.callbacks, src.faq],
    callback: {
      trigger: 'A manual review released a frozen payment: debit is allowed.',
      method: 'GET',
      params: [paymentIdParam],
      body: null,
      ifRelyingOnUpdate: {
        verdict: 'must-keep',
        reason: 'Releasing a frozen payment is not a status update, so UPDATE does not tell you about it.',
      },
    },
    grid: { col: 3, row: 6 },
  },
  {
    id: 'ANNULMENT',
    kind: 'callback',
    title: 'ANNULMENT',
    caption: 'GET',
    summary: 'The payment was annulled in full.',
    shopShould: 'Cancel the order. Ignoring annulments (and UPDATE) risks orphaned orders.',
    notes: ['A partial annulment does not fire ANNULMENT.'],
    faq: [faq.skip],
    sources: [src.callbacks, src.faq],
    callback: {
      trigger: 'A full annulment of the payment (not a partial one).',
      method: 'GET',
      params: [paymentIdParam],
      body: null,
      ifRelyingOnUpdate: {
        verdict: 'may-skip',
        reason: 'UPDATE fires on every status change, annulment included.',
      },
    },
    grid: { col: 3, row: 7 },
  },
  {
    id: 'FINALIZATION',
    kind: 'callback',
    title: 'FINALIZATION',
    caption: 'GET',
    summary: 'Resurs finalized the payment automatically.',
    shopShould: 'Mark the order as paid (debited).',
    notes: ['Payments that your shop finalizes itself don’t fire it; UPDATE reports those.'],
    faq: [faq.skip, faq.providers],
    sources: [src.callbacks, src.faq],
    callback: {
      trigger:
        'Resurs finalized the payment itself: finalizeIfBooked=true (simplified and hosted flow), or Swish (Sweden).',
      method: 'GET',
      params: [paymentIdParam],
      body: null,
      ifRelyingOnUpdate: {
        verdict: 'may-skip',
        reason: 'UPDATE fires on every status change, finalization included.',
      },
    },
    grid: { col: 3, row: 3 },
  },
  {
    id: 'UPDATE',
    kind: 'callback',
    title: 'UPDATE',
    caption: 'POST',
    summary: 'The payment changed. UPDATE fires each time a payment’s status changes.',
    shopShould: 'Apply the change to the order. If you handle UPDATE, you may leave ANNULMENT and FINALIZATION out.',
    notes: [
      'The documentation’s example uses the keys paymentSpecification/paymentSpecificationLines rather than paymentSpec/specLines, and its lines’ totalAmount equals the amount without VAT.',
    ],
    faq: [faq.skip],
    sources: [src.callbacks, src.faq],
    callback: {
      trigger: 'Any change of the payment’s status.',
      method: 'POST',
      params: [paymentIdParam],
      body: 'application/json: a paymentDiff whose type is AUTHORIZE, DEBIT, CREDIT or ANNUL',
      ifRelyingOnUpdate: null,
    },
    grid: { col: 3, row: 8 },
  },
  {
    id: 'TEST',
    kind: 'callback',
    title: 'TEST',
    caption: 'GET',
    summary: 'A test callback, triggered through DeveloperService and queued like the others.',
    shopShould: 'Answer with a status below 300 within 5 seconds, and check that the parameters arrive.',
    notes: ['It must be registered like any other event.'],
    faq: [faq.wait],
    sources: [src.callbacks],
    callback: {
      trigger: 'A DeveloperService test trigger.',
      method: 'GET',
      params: [1, 2, 3, 4, 5].map((n) => ({
        name: `param${n}`,
        description: `The value given as param${n} in the trigger.`,
      })),
      body: null,
      ifRelyingOnUpdate: {
        verdict: 'not-covered',
        reason: 'It is not a payment event: register it while you test.',
      },
    },
    grid: { col: 3, row: 0 },
  },
];

/** Every transition of the flow. */
export const flowEdges: readonly FlowEdge[] = [
  { from: 'REGISTER_CALLBACKS', to: 'TRIGGER_TEST_EVENT', label: 'to test your endpoint' },
  { from: 'REGISTER_CALLBACKS', to: 'SHOP_ORDER_CREATED', label: 'then, for each purchase' },
  { from: 'TRIGGER_TEST_EVENT', to: 'TEST', label: 'queued like any callback' },
  { from: 'SHOP_ORDER_CREATED', to: 'BOOK_PAYMENT', label: 'checkout' },
  { from: 'BOOK_PAYMENT', to: 'AUTOMATIC_FRAUD_CONTROL', label: 'seconds later' },
  { from: 'BOOK_PAYMENT', to: 'FINALIZED', label: 'answers FINALIZED' },
  { from: 'BOOK_PAYMENT', to: 'BOOKED_STATUS', label: 'answers BOOKED' },
  { from: 'BOOK_PAYMENT', to: 'FROZEN', label: 'answers FROZEN' },
  { from: 'BOOK_PAYMENT', to: 'DENIED', label: 'answers DENIED' },
  { from: 'BOOK_PAYMENT', to: 'SIGNING', label: 'answers SIGNING' },
  { from: 'FINALIZED', to: 'FINALIZATION', label: 'finalized by Resurs' },
  { from: 'FINALIZED', to: 'BOOKED', label: 'payment created' },
  { from: 'FINALIZED', to: 'UPDATE', label: 'status changed' },
  { from: 'BOOKED_STATUS', to: 'BOOKED', label: 'payment created' },
  { from: 'BOOKED_STATUS', to: 'PAYMENT_ANNULLED', label: 'if annulled in full' },
  { from: 'BOOKED_STATUS', to: 'SHOP_FINALIZES', label: 'when you deliver' },
  { from: 'FROZEN', to: 'BOOKED', label: 'payment created, frozen' },
  { from: 'FROZEN', to: 'MANUAL_REVIEW', label: 'held for review' },
  { from: 'FROZEN', to: 'PAYMENT_ANNULLED', label: 'if annulled in full' },
  { from: 'MANUAL_REVIEW', to: 'UNFREEZE', label: 'released' },
  { from: 'PAYMENT_ANNULLED', to: 'ANNULMENT', label: 'full annulment' },
  { from: 'PAYMENT_ANNULLED', to: 'UPDATE', label: 'status changed' },
  { from: 'SHOP_FINALIZES', to: 'UPDATE', label: 'status changed' },
  { from: 'SIGNING', to: 'SIGNING_REDIRECT', label: 'signingUrl' },
  { from: 'SIGNING_REDIRECT', to: 'SHOP_CANCELS_ORDER', label: 'customer too slow' },
  { from: 'SIGNING_REDIRECT', to: 'CUSTOMER_SIGNS', label: 'signing page' },
  { from: 'SIGNING_REDIRECT', to: 'PROVIDER_COMPLETES', label: 'payment provider, e.g. Swish' },
  { from: 'CUSTOMER_SIGNS', to: 'BOOK_SIGNED_PAYMENT', label: 'back at successUrl' },
  { from: 'CUSTOMER_SIGNS', to: 'BOOKED', label: 'payment created, even if the customer never returns' },
  { from: 'BOOK_SIGNED_PAYMENT', to: 'BOOKED_STATUS', label: 'answers BOOKED' },
  { from: 'PROVIDER_COMPLETES', to: 'BOOKED', label: 'payment created' },
  { from: 'PROVIDER_COMPLETES', to: 'FINALIZATION', label: 'finalized automatically' },
  { from: 'PROVIDER_COMPLETES', to: 'UPDATE', label: 'status changed' },
  { from: 'BOOKED', to: 'SHOP_REVIVES_ORDER', label: 'for an order you cancelled' },
];

/** The node every path starts from (registration comes first: only registered events are sent). */
export const flowRoot: NodeId = 'REGISTER_CALLBACKS';

/** Stories to step through, in the order the tool lists them. */
export const scenarios: readonly Scenario[] = [
  {
    id: 'card',
    title: 'Card payment booked at once',
    summary: 'No signing needed: bookPayment answers BOOKED, and you finalize when you deliver.',
    faq: [faq.skip],
    steps: [
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'BOOKED_STATUS', text: 'bookPayment answers BOOKED: the payment exists at Resurs.' },
      { node: 'BOOKED', text: 'Resurs calls your BOOKED URL.' },
      { node: 'SHOP_FINALIZES', via: 'BOOKED_STATUS', text: 'You deliver and finalize (debit) the payment.' },
      {
        node: 'UPDATE',
        text: 'Resurs calls UPDATE for the status change. FINALIZATION does not fire: you finalized, not Resurs.',
      },
    ],
  },
  {
    id: 'invoice-signing',
    title: 'Invoice that needs signing',
    summary: 'bookPayment answers SIGNING; the customer signs and you complete the booking with bookSignedPayment.',
    faq: [faq.signing, faq.iframe],
    steps: [
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'SIGNING', text: 'bookPayment answers SIGNING, with a signingUrl.' },
      { node: 'SIGNING_REDIRECT', text: 'You redirect the customer to the signingUrl (never in an iframe).' },
      { node: 'CUSTOMER_SIGNS', text: 'The customer signs and comes back to your successUrl.' },
      { node: 'BOOK_SIGNED_PAYMENT', text: 'You call bookSignedPayment(paymentId).' },
      { node: 'BOOKED_STATUS', text: 'It answers BOOKED.' },
      { node: 'BOOKED', text: 'Resurs calls your BOOKED URL.' },
    ],
  },
  {
    id: 'swish',
    title: 'Swish',
    summary: 'A payment provider: Resurs completes the booking itself, so there is no bookSignedPayment.',
    faq: [faq.providers],
    steps: [
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'SIGNING', text: 'bookPayment answers SIGNING; the signingUrl leads to Swish.' },
      { node: 'SIGNING_REDIRECT', text: 'You redirect the customer to the signingUrl.' },
      {
        node: 'PROVIDER_COMPLETES',
        text: 'The customer pays in Swish and comes back to your success page. Resurs completes the booking: don’t call bookSignedPayment.',
      },
      { node: 'BOOKED', text: 'Resurs calls your BOOKED URL: the payment exists.' },
      {
        node: 'FINALIZATION',
        via: 'PROVIDER_COMPLETES',
        text: 'Swish payments are finalized automatically: FINALIZATION.',
      },
      { node: 'UPDATE', via: 'PROVIDER_COMPLETES', text: 'UPDATE reports the status change too.' },
    ],
  },
  {
    id: 'frozen-unfrozen',
    title: 'Frozen, then unfrozen',
    summary: 'The payment is held for a manual review, which releases it.',
    faq: [faq.skip],
    steps: [
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'FROZEN', text: 'bookPayment answers FROZEN: booked, but held for review.' },
      { node: 'BOOKED', text: 'BOOKED still fires: the payment exists, but don’t deliver yet.' },
      {
        node: 'AUTOMATIC_FRAUD_CONTROL',
        via: 'BOOK_PAYMENT',
        text: 'Seconds after bookPayment, AUTOMATIC_FRAUD_CONTROL arrives; its result is FROZEN or THAWED.',
      },
      { node: 'MANUAL_REVIEW', via: 'FROZEN', text: 'Resurs reviews the payment by hand.' },
      {
        node: 'UNFREEZE',
        text: 'The review releases it: UNFREEZE. You may now debit. UPDATE doesn’t cover this, so keep UNFREEZE registered.',
      },
    ],
  },
  {
    id: 'frozen-annulled',
    title: 'Frozen, then annulled',
    summary: 'The frozen payment is annulled in full instead of released.',
    faq: [faq.skip],
    steps: [
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'FROZEN', text: 'bookPayment answers FROZEN: booked, but held for review.' },
      { node: 'BOOKED', text: 'BOOKED still fires: the payment exists, but don’t deliver yet.' },
      {
        node: 'AUTOMATIC_FRAUD_CONTROL',
        via: 'BOOK_PAYMENT',
        text: 'Seconds after bookPayment, AUTOMATIC_FRAUD_CONTROL arrives; its result is FROZEN or THAWED.',
      },
      { node: 'PAYMENT_ANNULLED', via: 'FROZEN', text: 'The payment is annulled in full.' },
      { node: 'ANNULMENT', text: 'Resurs calls ANNULMENT: cancel the order.' },
      {
        node: 'UPDATE',
        via: 'PAYMENT_ANNULLED',
        text: 'UPDATE reports the same status change, which is why a shop that handles UPDATE may skip ANNULMENT.',
      },
    ],
  },
  {
    id: 'mismatching-orders',
    title: 'Customer signs after the store cancelled the order',
    summary: 'The mismatching-orders case: the order is cancelled in the store but the payment is created at Resurs.',
    faq: [faq.mismatch],
    steps: [
      { node: 'SHOP_ORDER_CREATED', text: 'Your platform creates the order before Resurs knows of it.' },
      { node: 'BOOK_PAYMENT', text: 'Your shop calls bookPayment.' },
      { node: 'SIGNING', text: 'bookPayment answers SIGNING.' },
      { node: 'SIGNING_REDIRECT', text: 'You redirect the customer to the signingUrl.' },
      {
        node: 'SHOP_CANCELS_ORDER',
        text: 'The customer is slow and the platform cancels its order. Nothing exists at Resurs yet, so far so good.',
      },
      {
        node: 'CUSTOMER_SIGNS',
        via: 'SIGNING_REDIRECT',
        text: 'The customer signs anyway, and the payment is created at Resurs.',
      },
      {
        node: 'BOOKED',
        text: 'A callback reaches your shop whether or not the customer returns to it.',
      },
      {
        node: 'SHOP_REVIVES_ORDER',
        text: 'Update or revive the cancelled order (WooCommerce marks it successful), so it exists on both sides.',
      },
    ],
  },
  {
    id: 'test-event',
    title: 'Testing your endpoint with TEST',
    summary: 'Register the TEST event, trigger it and watch it arrive.',
    faq: [faq.wait],
    steps: [
      { node: 'REGISTER_CALLBACKS', text: 'Register a URI template for TEST (and the events you handle).' },
      { node: 'TRIGGER_TEST_EVENT', text: 'Trigger a test event through DeveloperService.' },
      { node: 'TEST', text: 'Resurs calls your TEST URL with param1–param5.' },
    ],
  },
];

/**
 * What the scenarios can't tell: the sources give no order between different callbacks.
 * Shown beside every scenario.
 */
export const callbackOrderCaveat =
  'The list follows the story, not a delivery guarantee: Resurs’ documentation doesn’t say in which order different callbacks arrive, and a failed callback is resent later.';
