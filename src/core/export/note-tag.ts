/** Tags as note apps and players show them. */

/**
 * A tag as note apps accept it (`#causal-discovery`): no spaces or
 * punctuation other than `-`, `_` and `/`, which Obsidian and Logseq would
 * otherwise cut the tag at.
 */
export function noteAppTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_/-]/gu, '');
}
