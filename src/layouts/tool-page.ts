import { type ToolId, toolById } from '../data/tools.ts';

/** What BaseLayout needs to know about a tool's page. */
export interface ToolPageProps {
  title: string;
  path: string;
  description: string;
  /** A tool page hydrates its tools. */
  islands: true;
}

/**
 * The BaseLayout props of a tool's page, from src/data/tools.ts: every tool page spreads these
 * (`<BaseLayout {...toolPage('allowlist')}>`), so a title or description is written once. A plain
 * function rather than a wrapping layout: a layout between page and BaseLayout changes the order in
 * which Astro links the stylesheets. Throws on an unknown id (a typo, at build time).
 */
export function toolPage(id: ToolId): ToolPageProps {
  const tool = toolById(id);
  return { title: tool.title, path: `/tools/${tool.id}/`, description: tool.description, islands: true };
}
