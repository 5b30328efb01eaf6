/**
 * Error messages that integrators paste into the search, exactly as the tools print them, with the
 * FAQ answers that explain them. The search index stores each message hidden on those answers
 * (src/integrations/pagefind-index.ts), so a pasted log line finds the answer by its own words.
 * Only real messages, each with the place in the tool's documentation or source that prints it.
 */

/** A tool whose messages are listed. */
export type ErrorSource = 'curl' | 'OpenSSL' | 'PHP' | 'Node.js' | 'nginx' | 'Apache' | 'ngrok' | 'Chromium';

/** One message as the tool prints it, and the answers it belongs to. */
export interface PastedError {
  /** The message as printed, verbatim; "…" stands for a variable part (a host, a port, a number). */
  text: string;
  tool: ErrorSource;
  /** Where the tool defines or documents the message. */
  source: string;
  /** FAQ anchors of the answers a support agent sends for it, best first: the first gets the most weight. */
  answers: readonly string[];
}

const curlErrors = 'https://curl.se/libcurl/c/libcurl-errors.html';
const curlOpenssl = 'curl source, lib/vtls/openssl.c ("SSL certificate problem: %s")';
const opensslVerify = 'OpenSSL source, crypto/x509/x509_txt.c (X509_verify_cert_error_string)';
const opensslSsl = 'OpenSSL source, ssl/ssl_err.c (SSL reason strings)';
const phpOpenssl = 'PHP source, ext/openssl/xp_ssl.c';
const nodeErrors = 'https://nodejs.org/api/errors.html#common-system-errors';
const nodeTls = 'https://nodejs.org/api/tls.html (X509 certificate error codes, from OpenSSL)';
const chromiumErrors = 'Chromium source, net/base/net_error_list.h';
const ngrokErrors = 'https://ngrok.com/docs/errors/';

/** The messages, grouped by the answer that explains them. */
export const pastedErrors: readonly PastedError[] = [
  // Resurs can't resolve or reach a host that exists only on the local network.
  {
    text: 'curl: (6) Could not resolve host',
    tool: 'curl',
    source: `${curlErrors} (CURLE_COULDNT_RESOLVE_HOST, 6)`,
    answers: ['local-networks-hosts', 'is-your-site-available-from-the-internet'],
  },
  {
    text: 'Error: getaddrinfo ENOTFOUND',
    tool: 'Node.js',
    source: `${nodeErrors} (ENOTFOUND)`,
    answers: ['local-networks-hosts', 'is-your-site-available-from-the-internet'],
  },
  {
    text: 'net::ERR_NAME_NOT_RESOLVED',
    tool: 'Chromium',
    source: `${chromiumErrors} (NAME_NOT_RESOLVED, -105)`,
    answers: ['is-your-site-available-from-the-internet', 'local-networks-hosts'],
  },
  {
    text: 'curl: (7) Failed to connect to … port …: Connection refused',
    tool: 'curl',
    source: `${curlErrors} (CURLE_COULDNT_CONNECT, 7)`,
    answers: ['local-networks-hosts', 'my-environment'],
  },
  {
    text: 'Error: connect ECONNREFUSED',
    tool: 'Node.js',
    source: `${nodeErrors} (ECONNREFUSED)`,
    answers: ['local-networks-hosts', 'my-environment'],
  },
  // Timeouts: the callback waits 5 seconds; a firewall that drops packets also ends in a timeout.
  {
    text: 'curl: (28) Connection timed out after … milliseconds',
    tool: 'curl',
    source: `${curlErrors} (CURLE_OPERATION_TIMEDOUT, 28)`,
    answers: ['how-long-will-you-wait-for-callbacks', 'are-you-hard-blocking-unknown-traffic-in-your-firewall'],
  },
  {
    text: 'curl: (28) Operation timed out after … milliseconds',
    tool: 'curl',
    source: `${curlErrors} (CURLE_OPERATION_TIMEDOUT, 28)`,
    answers: ['how-long-will-you-wait-for-callbacks'],
  },
  {
    text: 'Error: connect ETIMEDOUT',
    tool: 'Node.js',
    source: `${nodeErrors} (ETIMEDOUT)`,
    answers: ['how-long-will-you-wait-for-callbacks', 'are-you-hard-blocking-unknown-traffic-in-your-firewall'],
  },
  {
    text: 'net::ERR_CONNECTION_TIMED_OUT',
    tool: 'Chromium',
    source: `${chromiumErrors} (CONNECTION_TIMED_OUT, -118)`,
    answers: ['are-you-hard-blocking-unknown-traffic-in-your-firewall', 'my-environment'],
  },
  {
    text: 'upstream timed out (110: Connection timed out) while reading response header from upstream',
    tool: 'nginx',
    source: 'nginx source, src/http/ngx_http_upstream.c (ngx_http_upstream_next: "upstream timed out")',
    answers: ['slow-callbacks-in-magento-2', 'how-long-will-you-wait-for-callbacks'],
  },
  // A web server that only lets certain addresses in.
  {
    text: '[error] access forbidden by rule, client: …',
    tool: 'nginx',
    source:
      'nginx source, src/http/modules/ngx_http_access_module.c; https://nginx.org/en/docs/http/ngx_http_access_module.html',
    answers: ['are-you-allowing-only-certain-traffic-in-your-web-server'],
  },
  {
    text: '403 Forbidden',
    tool: 'nginx',
    source: 'nginx source, src/http/ngx_http_special_response.c (the default 403 page)',
    answers: ['are-you-allowing-only-certain-traffic-in-your-web-server'],
  },
  {
    text: 'AH01630: client denied by server configuration',
    tool: 'Apache',
    source: 'Apache httpd source, modules/aaa/mod_authz_core.c (AH01630)',
    answers: ['are-you-allowing-only-certain-traffic-in-your-web-server'],
  },
  // TLS below 1.2.
  {
    text: 'SSL routines::tlsv1 alert protocol version',
    tool: 'OpenSSL',
    source: `${opensslSsl} (SSL_R_TLSV1_ALERT_PROTOCOL_VERSION)`,
    answers: ['are-you-using-the-correct-tls-version'],
  },
  {
    text: 'SSL routines::unsupported protocol',
    tool: 'OpenSSL',
    source: `${opensslSsl} (SSL_R_UNSUPPORTED_PROTOCOL)`,
    answers: ['are-you-using-the-correct-tls-version'],
  },
  {
    text: 'SSL routines::no protocols available',
    tool: 'OpenSSL',
    source: `${opensslSsl} (SSL_R_NO_PROTOCOLS_AVAILABLE)`,
    answers: ['are-you-using-the-correct-tls-version'],
  },
  {
    text: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    tool: 'Chromium',
    source: `${chromiumErrors} (SSL_VERSION_OR_CIPHER_MISMATCH, -113)`,
    answers: ['are-you-using-the-correct-tls-version'],
  },
  {
    text: 'curl: (35) SSL connect error',
    tool: 'curl',
    source: `${curlErrors} (CURLE_SSL_CONNECT_ERROR, 35)`,
    answers: ['are-you-using-the-correct-tls-version', 'where-and-what-about-ssl'],
  },
  // Certificates that are expired, for another name or missing their chain.
  {
    text: 'curl: (60) SSL certificate problem: certificate has expired',
    tool: 'curl',
    source: `${curlOpenssl}; ${opensslVerify} (X509_V_ERR_CERT_HAS_EXPIRED)`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: "Error: certificate has expired (code: 'CERT_HAS_EXPIRED')",
    tool: 'Node.js',
    source: nodeTls,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'curl: (60) SSL certificate problem: unable to get local issuer certificate',
    tool: 'curl',
    source: `${curlOpenssl}; ${opensslVerify} (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'unable to verify the first certificate',
    tool: 'OpenSSL',
    source: `${opensslVerify} (X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE)`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: "Error: unable to verify the first certificate (code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE')",
    tool: 'Node.js',
    source: nodeTls,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'SSL routines::certificate verify failed',
    tool: 'OpenSSL',
    source: `${opensslSsl} (SSL_R_CERTIFICATE_VERIFY_FAILED)`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'SSL operation failed with code 1. OpenSSL Error messages',
    tool: 'PHP',
    source: `${phpOpenssl} ("SSL operation failed with code %d. %s%s")`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'Failed to enable crypto',
    tool: 'PHP',
    source: `${phpOpenssl} (php_openssl_enable_crypto)`,
    answers: ['where-and-what-about-ssl', 'are-you-using-the-correct-tls-version'],
  },
  {
    text: 'NET::ERR_CERT_DATE_INVALID',
    tool: 'Chromium',
    source: `${chromiumErrors} (CERT_DATE_INVALID, -201)`,
    answers: ['where-and-what-about-ssl'],
  },
  {
    text: 'NET::ERR_CERT_COMMON_NAME_INVALID',
    tool: 'Chromium',
    source: `${chromiumErrors} (CERT_COMMON_NAME_INVALID, -200)`,
    answers: ['where-and-what-about-ssl'],
  },
  // Self-signed certificates and missing PHP extensions.
  {
    text: 'curl: (60) SSL certificate problem: self-signed certificate',
    tool: 'curl',
    source: `${curlOpenssl}; ${opensslVerify} (X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)`,
    answers: ['security-warnings', 'where-and-what-about-ssl'],
  },
  {
    text: 'self-signed certificate in certificate chain',
    tool: 'OpenSSL',
    source: `${opensslVerify} (X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)`,
    answers: ['security-warnings', 'where-and-what-about-ssl'],
  },
  {
    text: "Error: self-signed certificate (code: 'DEPTH_ZERO_SELF_SIGNED_CERT')",
    tool: 'Node.js',
    source: nodeTls,
    answers: ['security-warnings'],
  },
  {
    text: "Error: self-signed certificate in certificate chain (code: 'SELF_SIGNED_CERT_IN_CHAIN')",
    tool: 'Node.js',
    source: nodeTls,
    answers: ['security-warnings'],
  },
  {
    text: 'NET::ERR_CERT_AUTHORITY_INVALID',
    tool: 'Chromium',
    source: `${chromiumErrors} (CERT_AUTHORITY_INVALID, -202)`,
    answers: ['security-warnings', 'where-do-i-find-a-verified-issuer'],
  },
  {
    text: 'Your connection is not private',
    tool: 'Chromium',
    source: 'Chromium source, components/security_interstitials (the SSL interstitial heading)',
    answers: ['security-warnings'],
  },
  {
    text: 'PHP Fatal error: Uncaught Error: Class "SoapClient" not found',
    tool: 'PHP',
    source:
      'PHP source, Zend/zend_execute_API.c ("Class \\"%s\\" not found"); https://www.php.net/manual/en/soap.installation.php',
    answers: ['security-warnings'],
  },
  // Tunnels.
  {
    text: 'ERR_NGROK_3200',
    tool: 'ngrok',
    source: `${ngrokErrors}err_ngrok_3200/`,
    answers: ['are-you-using-ngrok'],
  },
  {
    text: 'ERR_NGROK_8012',
    tool: 'ngrok',
    source: `${ngrokErrors}err_ngrok_8012/`,
    answers: ['are-you-using-ngrok'],
  },
  {
    text: 'ERR_NGROK_6024',
    tool: 'ngrok',
    source: `${ngrokErrors}err_ngrok_6024/`,
    answers: ['are-you-using-ngrok'],
  },
];
