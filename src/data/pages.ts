import { toolIds } from './tools.ts';

/** Every indexable page of the site, root-relative. The sitemap, link checks and benchmarks read it. */
export const sitePages: readonly string[] = [
  '/',
  '/faq/',
  '/search/',
  '/tools/',
  ...toolIds.map((id) => `/tools/${id}/`),
];
