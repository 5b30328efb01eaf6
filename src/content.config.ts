import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { toolIds } from './data/tools.ts';

/** One entry of the FAQ: a section heading (level 1) or a question (level 2 or 3). */
const faq = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/faq' }),
  schema: z.object({
    /** The heading as displayed. */
    title: z.string().min(1),
    /** Stable, readable id of the heading on /faq/; support links depend on it: never change it. */
    anchor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The `anchor` of the level-1 entry this entry belongs to. */
    section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** 1 = section, 2 = question, 3 = sub-question. */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Position in the source's order. */
    order: z.number().int().positive(),
    /** The anchor of the old Confluence page's table of contents, as it was written there (without '#'). */
    legacyAnchor: z.string().startsWith('FAQ-'),
    /** One-sentence summary, used for meta descriptions and search excerpts. */
    description: z.string().min(1),
    /** Words customers search for that the answer itself may not contain. */
    keywords: z.array(z.string()).optional(),
    /** The interactive tool embedded in or linked from this answer. */
    relatedTool: z.enum(toolIds).optional(),
  }),
});

export const collections = { faq };
