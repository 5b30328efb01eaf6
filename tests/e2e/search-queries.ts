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

/** Which way a forgiving-search row is unclean. */
export type ForgivingKind = 'misspelled' | 'pasted error' | 'Swedish';

/** One row of the forgiving-search table: a search case and the way it is unclean. */
export interface ForgivingCase extends SearchCase {
  kind: ForgivingKind;
}

const misspelled = (query: string, expected: string): ForgivingCase => ({ query, expected, kind: 'misspelled' });
const pasted = (query: string, expected: string): ForgivingCase => ({ query, expected, kind: 'pasted error' });
const swedish = (query: string, expected: string): ForgivingCase => ({ query, expected, kind: 'Swedish' });

// Searches as people really type them: misspelled, a pasted error message as the shop's server or
// browser logged it (real message formats of curl, OpenSSL, PHP, Node, nginx, ngrok and Chromium),
// or Swedish, with and without å/ä/ö. Written before the search was tuned for them; each expects the
// answer a support agent would send.
export const forgivingCases: readonly ForgivingCase[] = [
  // Misspelled.
  misspelled('firwall rules resurs', '#how-do-i-configure-my-firewall-network'),
  misspelled('whitlist ip adresses', '#how-do-i-configure-my-firewall-network'),
  misspelled('calbacks not ariving', '#my-environment'),
  misspelled('certifcate expierd', '#where-and-what-about-ssl'),
  misspelled('self signed certficate', '#security-warnings'),
  misspelled('ngork tunnel', '#are-you-using-ngrok'),
  misspelled('proxey in test enviroment', '#are-you-using-a-proxy'),
  misspelled('discout rejected hosted flow', '#when-i-add-discount-in-hosted-flow'),
  misspelled('magneto slow callbacks', '#slow-callbacks-in-magento-2'),
  misspelled('callback timout', '#how-long-will-you-wait-for-callbacks'),
  misspelled('ipv6 suport', '#do-we-support-ipv6'),
  misspelled('prefered payment id', '#should-i-set-preferred-payment-id'),
  misspelled('limit froms', '#limitforms'),
  misspelled('paymnet methods invoice', '#payment-methods-you-mean-invoice'),
  misspelled('embed signign in iframe', '#first-step-of-error-checking'),
  misspelled('tls verison 1.1', '#are-you-using-the-correct-tls-version'),
  misspelled('skip annulment finalisation callbacks', '#can-i-skip-registering-annulment-and-finalization-callbacks'),
  // Pasted errors.
  pasted('curl: (6) Could not resolve host: shop.test', '#local-networks-hosts'),
  pasted(
    'curl: (7) Failed to connect to 192.168.10.5 port 443 after 3 ms: Connection refused',
    '#local-networks-hosts',
  ),
  pasted('curl: (28) Connection timed out after 5001 milliseconds', '#how-long-will-you-wait-for-callbacks'),
  pasted('curl: (60) SSL certificate problem: self-signed certificate', '#security-warnings'),
  pasted('curl: (60) SSL certificate problem: certificate has expired', '#where-and-what-about-ssl'),
  pasted('error:0A00042E:SSL routines::tlsv1 alert protocol version', '#are-you-using-the-correct-tls-version'),
  pasted(
    'PHP Fatal error:  Uncaught Error: Class "SoapClient" not found in /var/www/html/vendor/resursbank/ecomphp/src/Service/Connection.php:112',
    '#security-warnings',
  ),
  pasted(
    'SSL operation failed with code 1. OpenSSL Error messages: error:0A000086:SSL routines::certificate verify failed',
    '#where-and-what-about-ssl',
  ),
  pasted(
    "Error: unable to verify the first certificate at TLSSocket.onConnectSecure (node:_tls_wrap:1659:34) code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'",
    '#where-and-what-about-ssl',
  ),
  pasted('Error: getaddrinfo ENOTFOUND shop.local', '#local-networks-hosts'),
  pasted('Error: connect ECONNREFUSED 127.0.0.1:8080', '#local-networks-hosts'),
  pasted('ERR_NGROK_3200 Tunnel 4f2a-81-170-3-20.ngrok-free.app not found', '#are-you-using-ngrok'),
  pasted(
    '2026/11/30 14:02:11 [error] 1234#1234: *88 access forbidden by rule, client: 192.121.110.100, server: shop.example.com, request: "POST /resurs/callback HTTP/1.1"',
    '#are-you-allowing-only-certain-traffic-in-your-web-server',
  ),
  pasted(
    'upstream timed out (110: Connection timed out) while reading response header from upstream, request: "POST /rest/V1/resurs/callback/booked HTTP/1.1"',
    '#slow-callbacks-in-magento-2',
  ),
  pasted('NET::ERR_CERT_DATE_INVALID', '#where-and-what-about-ssl'),
  pasted('Your connection is not private NET::ERR_CERT_AUTHORITY_INVALID', '#security-warnings'),
  pasted('SSL routines::unsupported protocol TLSv1.1', '#are-you-using-the-correct-tls-version'),
  // Swedish.
  swedish('brandväggsregler för återanrop', '#how-do-i-configure-my-firewall-network'),
  swedish('vilka ip-adresser ska vi vitlista', '#how-do-i-configure-my-firewall-network'),
  swedish('återanropen kommer inte fram till butiken', '#my-environment'),
  swedish('självsignerat certifikat fungerar inte', '#security-warnings'),
  swedish('certifikatet har gått ut', '#where-and-what-about-ssl'),
  swedish('testa återanrop lokalt med ngrok', '#are-you-using-ngrok'),
  swedish('proxy i testmiljön', '#are-you-using-a-proxy'),
  swedish('rabattrad med moms avvisas', '#when-i-add-discount-in-hosted-flow'),
  swedish('långsamma återanrop i magento', '#slow-callbacks-in-magento-2'),
  swedish('hur länge väntar ni på återanrop', '#how-long-will-you-wait-for-callbacks'),
  swedish('stöder ni ipv6', '#do-we-support-ipv6'),
  swedish('ordernummer som betalnings-id', '#should-i-set-preferred-payment-id'),
  swedish('måste vi implementera signering', '#can-i-skip-the-prepare-signing-part'),
  swedish('ordern avbruten i woocommerce men betald hos resurs', '#signing-processes-and-mismatching-orders'),
  swedish('betalmetoder har olika id i test och produktion', '#payment-methods-you-mean-invoice'),
  swedish('vilken tls-version krävs', '#are-you-using-the-correct-tls-version'),
  swedish('sidan nås inte från internet', '#is-your-site-available-from-the-internet'),
  swedish('webbservern blockerar resurs', '#are-you-allowing-only-certain-traffic-in-your-web-server'),
  swedish('brandvagg blockerar okand trafik', '#are-you-hard-blocking-unknown-traffic-in-your-firewall'),
  swedish('betalningsleverantör swish omdirigering', '#simplified-flow-and-payment-providers'),
  swedish('kreditansökan formulärfält', '#limitforms'),
  swedish('vem kontaktar jag med integrationsfrågor', '#missing-a-question-contact-us'),
];
