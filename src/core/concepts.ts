/** Concepts: `[[target]]` and `[[target | label]]` links between talks. */
import { asConceptKey, type ConceptKey } from './ids';
import type { ConceptEntry, ConceptMention, Talk } from './model';

/** `[[target]]` or `[[target | label]]`; neither part may contain brackets. */
export const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\s*\|\s*([^[\]\n]*?))?\s*\]\]/g;

/**
 * One key per concept: targets that differ only in case, spaces or underscores
 * are the same concept (`Large Language Models and Causal Reasoning` =
 * `large_language_models_and_causal_reasoning`).
 */
export function conceptKey(target: string): ConceptKey {
  return asConceptKey(target.trim().toLowerCase().replace(/[\s_]+/g, '_'));
}

/** A readable name for a target written either way: spaces for underscores, first letter capital. */
export function conceptName(target: string): string {
  const spaced = target.trim().replace(/[\s_]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A snake-case target loses its capitals (`benchmarking_causal_reasoning_in_ai`):
 * words the talks themselves write in capitals (AI, LLMs, AAAI) get them back.
 */
export function restoreAcronyms(label: string, acronyms: ReadonlyMap<string, string>): string {
  return label.replace(/[A-Za-z0-9]+/g, (word) => acronyms.get(word.toLowerCase()) ?? word);
}

/** The words written in capitals across texts (AI, LLMs), by their lower-case form. */
export function acronymsOf(texts: Iterable<string>): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const text of texts) {
    for (const word of text.match(/\b[A-Z][A-Z0-9]+s?\b/g) ?? []) acronyms.set(word.toLowerCase(), word);
  }
  return acronyms;
}

/**
 * Every concept linked by a claim of any talk, with every claim that links it,
 * in talk order then time order. The label is the spelling used most often
 * (ties: the first met), so a concept written once with capitals and often in
 * snake case is still shown one way everywhere.
 */
export function indexConcepts(talks: readonly Talk[]): ConceptEntry[] {
  const entries = new Map<ConceptKey, { names: Map<string, number>; mentions: ConceptMention[] }>();
  const talkOrder = new Map(talks.map((talk, index) => [talk.videoId, index]));
  for (const talk of talks) {
    for (const claim of talk.claims) {
      for (const concept of claim.concepts) {
        let entry = entries.get(concept.key);
        if (!entry) entries.set(concept.key, (entry = { names: new Map(), mentions: [] }));
        entry.names.set(concept.label, (entry.names.get(concept.label) ?? 0) + 1);
        const last = entry.mentions.at(-1);
        if (last?.claimId !== claim.id || last.videoId !== talk.videoId) {
          entry.mentions.push({ videoId: talk.videoId, claimId: claim.id, start: claim.start });
        }
      }
    }
  }
  const acronyms = acronymsOf(talks.flatMap((talk) => talk.claims.map((claim) => claim.text)));
  return [...entries.entries()]
    .map(([key, { names, mentions }]) => ({
      key,
      label: restoreAcronyms([...names.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0], acronyms),
      mentions: mentions.sort(
        (a, b) => (talkOrder.get(a.videoId) ?? 0) - (talkOrder.get(b.videoId) ?? 0) || a.start - b.start,
      ),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
