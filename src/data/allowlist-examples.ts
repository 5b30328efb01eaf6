/**
 * The example inputs the allowlist tools load in one click. Plain records: the tools compute every
 * verdict from src/data/network.ts, so an example never states a result.
 */

/** One example: the button's label and the text it puts in the field. */
export interface AllowlistExample {
  label: string;
  value: string;
}

/** "Is this address Resurs?": callback sources, a firewall log line, blocks and ranges, and forms people get wrong. */
export const addressExamples: readonly AllowlistExample[] = [
  { label: 'Callback sources', value: '192.121.110.100\n13.50.187.51' },
  {
    label: 'A firewall log line',
    value:
      '[UFW BLOCK] IN=eth0 OUT= SRC=51.21.206.32 DST=203.0.113.7 LEN=60 PROTO=TCP SPT=51514 DPT=443\n::ffff:192.121.110.5 - - "GET /resurs/callback?paymentId=1 HTTP/1.1" 200',
  },
  { label: 'Blocks and ranges', value: '192.121.110.0/25\n192.121.110.0/23\n51.21.0.0/16\n192.121.110.5/24' },
  { label: 'Tricky forms', value: '010.1.1.1\n127.1\nfe80::1%eth0\n172.20.1.5\n[2001:db8::1]:443' },
];

/** "Check my allowlist": the FAQ's blocks alone (which drop the cloud callback sources), and nginx rules with a broad cloud range. */
export const allowlistExamples: readonly AllowlistExample[] = [
  { label: "Only the FAQ's three blocks", value: '192.121.110.0/24\n194.68.237.0/24\n91.198.202.0/24' },
  {
    label: 'nginx rules with a cloud range',
    value:
      'allow 192.121.110.0/24;\nallow 194.68.237.0/24;\nallow 91.198.202.0/24;\nallow 13.48.0.0/13;\nallow 51.21.0.0/16;\nallow 192.121.110.100;\ndeny all;',
  },
];

/** "Can Resurs reach my callback URL?": a good template, and three that Resurs cannot reach. */
export const callbackUrlExamples: readonly AllowlistExample[] = [
  { label: 'A good template', value: 'https://shop.example.se/resurs/callback?paymentId={paymentId}&digest={digest}' },
  { label: 'A local test server', value: 'http://my-dev.localhost:8080/callback?paymentId={paymentId}' },
  { label: 'ngrok', value: 'https://abc123.ngrok-free.app/callback?paymentId={paymentId}' },
  { label: 'A private address', value: 'https://172.20.0.5/callback?paymentId={paymentId}' },
];
