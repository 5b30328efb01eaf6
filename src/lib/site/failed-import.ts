// A dynamic import() that failed to fetch stays failed: browsers keep the failure in the page's
// module map, so importing the same URL again fails at once without a request ("Try again" would
// never work). Chromium and Firefox name the module in the error's message; a retry imports that URL
// with a query that makes it a new entry in the map (its dependencies keep their URLs, so the page
// still has one copy of each).

/** The same-origin script URL a failed import's message names, or null (Safari names none). Never throws. */
export function failedImportUrl(error: unknown, origin: string): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  for (const match of message.matchAll(/\bhttps?:\/\/[^\s'"<>]+?\.m?js(?:\?[^\s'"<>]*)?/g)) {
    try {
      const url = new URL(match[0]);
      if (url.origin === origin) return url.href;
    } catch {
      // Not a URL after all: look further.
    }
  }
  return null;
}

/** The URL to import on the n-th retry of a module that failed at `url`. */
export function retryImportUrl(url: string, attempt: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(attempt));
  return next.href;
}
