/** The props every allowlist tool takes, on its page and inside an FAQ answer. */
export interface AllowlistToolProps {
  /** The site's base path (import.meta.env.BASE_URL), for links into the tool. */
  base: string;
  /** Prefix of element ids, unique on the page. */
  id?: string;
}
