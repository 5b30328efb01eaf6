import { type CollectionEntry, getCollection } from 'astro:content';
import { type FaqSection, groupFaq } from '../lib/site/faq-order.ts';

/** The FAQ in source order, grouped by section. Fails the build on a broken structure. */
export async function loadFaq(): Promise<
  FaqSection<CollectionEntry<'faq'>['data'] & { entry: CollectionEntry<'faq'> }>[]
> {
  const entries = (await getCollection('faq')).map((entry) => ({ ...entry.data, entry }));
  const grouped = groupFaq(entries);
  if (!grouped.ok) throw new Error(grouped.error);
  return grouped.value;
}
