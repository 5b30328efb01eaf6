// Realistic searches, phrased the way integrators and support staff write them (symptoms, pasted
// errors, Swedish words), each with the one answer that helps. None is a copy of a heading.
// `page` names a built page the row needs: rows for tool pages are checked only when the build has
// that page (tool pages are built by other work in progress).

/** One row of the search-quality table. */
export interface SearchCase {
  query: string;
  /** The FAQ anchor ('#…') or the page path ('/tools/…/') of the answer that helps. */
  expected: string;
  /** A page the row needs in the build, relative to the site root, e.g. 'tools/callbacks/'. */
  page?: string;
}

const tool = (query: string, path: string): SearchCase => ({ query, expected: `/${path}`, page: path });

export const searchCases: readonly SearchCase[] = [
  // Callbacks that never arrive, and why.
  { query: 'callbacks not arriving', expected: '#my-environment' },
  { query: 'webhook not received', expected: '#my-environment' },
  { query: 'återanrop kommer aldrig fram', expected: '#my-environment' },
  { query: "resurs can't reach our webshop", expected: '#my-environment' },
  { query: 'site not reachable from the internet dns', expected: '#is-your-site-available-from-the-internet' },
  { query: 'testing callbacks through a tunnel', expected: '#are-you-using-ngrok' },
  { query: 'is ngrok allowed for testing', expected: '#are-you-using-ngrok' },
  { query: 'localtunnel', expected: '#are-you-using-ngrok' },
  { query: 'proxy in the test environment', expected: '#are-you-using-a-proxy' },
  { query: 'firewall drops unknown traffic', expected: '#are-you-hard-blocking-unknown-traffic-in-your-firewall' },
  { query: '403 forbidden htaccess', expected: '#are-you-allowing-only-certain-traffic-in-your-web-server' },
  { query: 'callback to 192.168.1.20 never arrives', expected: '#local-networks-hosts' },
  { query: 'https://my-shop.local/resurs/callback', expected: '#local-networks-hosts' },
  { query: 'lokal utvecklingsmiljö callback', expected: '#local-networks-hosts' },
  // Firewalls and addresses.
  { query: 'which IPs should I whitelist', expected: '#how-do-i-configure-my-firewall-network' },
  { query: 'what ip addresses do callbacks come from', expected: '#how-do-i-configure-my-firewall-network' },
  { query: 'brandvägg ip-adresser resurs', expected: '#how-do-i-configure-my-firewall-network' },
  { query: 'should we allow all AWS ip ranges', expected: '#how-do-i-configure-my-firewall-network' },
  // TLS and certificates, including pasted errors.
  { query: 'tlsv1 alert protocol version', expected: '#are-you-using-the-correct-tls-version' },
  {
    query: 'curl: (35) error:0A000102:SSL routines::unsupported protocol',
    expected: '#are-you-using-the-correct-tls-version',
  },
  { query: 'TLS 1.0 still supported?', expected: '#are-you-using-the-correct-tls-version' },
  { query: 'expired certificate rejected', expected: '#where-and-what-about-ssl' },
  { query: 'can callbacks use http instead of https', expected: '#where-and-what-about-ssl' },
  { query: 'certifikat utgånget', expected: '#where-and-what-about-ssl' },
  { query: 'which certificate authority should we buy from', expected: '#where-do-i-find-a-verified-issuer' },
  { query: 'php SoapClient missing', expected: '#security-warnings' },
  { query: 'browser says not secure', expected: '#security-warnings' },
  // Payments, signing and orders.
  { query: 'discount rejected in hosted flow', expected: '#when-i-add-discount-in-hosted-flow' },
  { query: 'negative value not allowed', expected: '#when-i-add-discount-in-hosted-flow' },
  { query: 'rabatt med moms nekas', expected: '#when-i-add-discount-in-hosted-flow' },
  { query: 'payment method ids differ between test and production', expected: '#payment-methods-you-mean-invoice' },
  { query: 'faktura eller kortköp betalsätt', expected: '#payment-methods-you-mean-invoice' },
  { query: 'use our order number as payment id', expected: '#should-i-set-preferred-payment-id' },
  { query: 'do we need to implement signing', expected: '#can-i-skip-the-prepare-signing-part' },
  { query: 'embed BankID signing in an iframe', expected: '#first-step-of-error-checking' },
  { query: 'xml schema validation error after resurs update', expected: '#first-step-of-error-checking' },
  { query: 'dynamic form fields credit application', expected: '#limitforms' },
  { query: 'customer returns from swish to success page', expected: '#simplified-flow-and-payment-providers' },
  { query: 'order cancelled in woocommerce but paid at resurs', expected: '#signing-processes-and-mismatching-orders' },
  // Callback timing and events.
  { query: 'how long is the callback timeout', expected: '#how-long-will-you-wait-for-callbacks' },
  { query: 'how many times do you resend a failed callback', expected: '#how-long-will-you-wait-for-callbacks' },
  {
    query: 'do I need the FINALIZATION callback',
    expected: '#can-i-skip-registering-annulment-and-finalization-callbacks',
  },
  { query: 'booked notice repeated several times in magento', expected: '#slow-callbacks-in-magento-2' },
  // Other.
  { query: 'server only has an IPv6 address', expected: '#do-we-support-ipv6' },
  { query: 'is there a java library', expected: '#client-libraries-for-my-programming-language-where' },
  { query: 'who do I contact with integration questions', expected: '#missing-a-question-contact-us' },
  // The tools, by what they do.
  tool('cidr calculator', 'tools/allowlist/'),
  tool('subnet', 'tools/allowlist/'),
  tool('check my firewall allowlist', 'tools/allowlist/'),
  tool('async email', 'tools/magento-email/'),
  tool('bin/magento config:set async_sending', 'tools/magento-email/'),
  tool('order lines', 'tools/order-lines/'),
  tool('rounding difference vat', 'tools/order-lines/'),
  tool('digest', 'tools/callbacks/'),
  tool('calculate callback digest with salt', 'tools/callbacks/'),
  tool('simulate callback retries', 'tools/callbacks/'),
];
