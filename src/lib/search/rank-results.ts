/** One record an engine search matched: its id, score and the word positions that matched. */
export interface EngineHit {
  id: string;
  score: number;
  /** Positions of the matched words in the record's content. */
  words: readonly number[];
}

/** A record in the final order, with every matched word position from all searches. */
export interface RankedHit {
  id: string;
  /** Whether the record contains every searched word (the strict search found it). */
  matchedAll: boolean;
  /** How many of the searched words the record contains. */
  matchedTerms: number;
  /** Matched word positions, ascending and unique. */
  words: number[];
}

/**
 * Orders records for display. First come those the strict search found (they contain every word),
 * in the engine's order; then, so that one word the answer lacks never hides it, every other record
 * that contains some of the words: more words first, then by the sum of the engine's per-word scores.
 * Each record appears once. Never throws.
 */
export function rankResults(strict: readonly EngineHit[], perTerm: readonly (readonly EngineHit[])[]): RankedHit[] {
  const words = new Map<string, Set<number>>();
  const addWords = (hit: EngineHit) => {
    const set = words.get(hit.id) ?? new Set<number>();
    for (const word of hit.words) set.add(word);
    words.set(hit.id, set);
  };
  const relaxed = new Map<string, { terms: number; score: number }>();
  for (const hits of perTerm) {
    for (const hit of hits) {
      addWords(hit);
      const entry = relaxed.get(hit.id) ?? { terms: 0, score: 0 };
      entry.terms += 1;
      entry.score += hit.score;
      relaxed.set(hit.id, entry);
    }
  }
  for (const hit of strict) addWords(hit);

  const seen = new Set<string>();
  const ordered: RankedHit[] = [];
  const push = (id: string, matchedAll: boolean) => {
    if (seen.has(id)) return;
    seen.add(id);
    const matchedTerms = matchedAll ? Math.max(perTerm.length, 1) : (relaxed.get(id)?.terms ?? 0);
    ordered.push({ id, matchedAll, matchedTerms, words: [...(words.get(id) ?? [])].sort((a, b) => a - b) });
  };
  for (const hit of strict) push(hit.id, true);
  const rest = [...relaxed.entries()]
    .filter(([id]) => !seen.has(id))
    .sort(([, a], [, b]) => b.terms - a.terms || b.score - a.score);
  for (const [id] of rest) push(id, false);
  return ordered;
}
