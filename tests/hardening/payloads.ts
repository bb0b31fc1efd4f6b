/**
 * Injection payloads for the hardening tests: each, if it ever ran, would set
 * `window.__claimlinePwned` in the page (or open a dialog). They go into every
 * place a document, a note or an import can put text.
 */
export const PWNED = '__claimlinePwned';

export const PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.${PWNED}=1">`,
  `<script>window.${PWNED}=2</script>`,
  `<svg onload="window.${PWNED}=3"></svg>`,
  `<svg><script>window.${PWNED}=4</script></svg>`,
  `<iframe src="javascript:parent.${PWNED}=5"></iframe>`,
  `<a href="javascript:window.${PWNED}=6">click me</a>`,
  `[a markdown link](javascript:window.${PWNED}=7)`,
  `[a data link](data:text/html,<script>parent.${PWNED}=8</script>)`,
  `<details open ontoggle="window.${PWNED}=9">details</details>`,
  `<input autofocus onfocus="window.${PWNED}=10">`,
  `<video><source onerror="window.${PWNED}=11"></video>`,
  `"><img src=x onerror="window.${PWNED}=12">`,
  `'><script>window.${PWNED}=13</script>`,
  `<style>*{display:none!important}</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.${PWNED}=15">`,
  `<<img src=x onerror="window.${PWNED}=16">`,
  `<img src=x onerror="window.${PWNED}=17"`,
  `<object data="javascript:window.${PWNED}=18"></object>`,
  `<embed src="javascript:window.${PWNED}=19">`,
  `{{constructor.constructor("window.${PWNED}=20")()}}`,
  '${alert(21)}',
  `javascript:window.${PWNED}=22`,
  '\u202Egnp.exe\u202C: a right-to-left override',
  'zero\u200Bwidth\u200Cjoiners\u200Dand\uFEFFmarks',
  `&lt;img src=x onerror=window.${PWNED}=25&gt;`,
  `<body onload="window.${PWNED}=26">`,
  `<marquee onstart="window.${PWNED}=27">marquee</marquee>`,
];

/** A very long string, for the places that must not break layout or freeze on it. */
export const LONG = `${'Very long claim text without spaces '.repeat(50)}${'x'.repeat(20_000)}`;

/** Payloads that can stand inside a wiki link's label (no brackets, no bar, no newline). */
export const LINKABLE = PAYLOADS.filter((p) => !/[[\]|\n]/.test(p));

/** A talk document with a payload in its title, every claim text, label and concept label, citing the hostile paper. */
export function hostileTalk(videoId: string, title = `Hostile talk ${PAYLOADS[0]} ${PAYLOADS[1]}`): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const claims = PAYLOADS.map((payload, i) => {
    const concept = LINKABLE[i % LINKABLE.length];
    return `* **Label ${payload}**: Claim ${i} says ${payload} about [[concept ${concept} | the concept ${concept}]] [${pad(i + 1)}:00]`;
  });
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `videoId: ${videoId}`,
    '---',
    '',
    `## Section ${PAYLOADS[2]}`,
    '',
    ...claims,
    '',
    `The paper titled "Causal parrots strike back with markup" is cited here [40:00].`,
    '',
    `${LONG} [41:00]`,
    '',
  ].join('\n');
}

/**
 * A bibliography whose first entry carries payloads in its title and venue and
 * a `javascript:` URL (markup in an author's name is refused by the parser,
 * see the bibliography tests), and an entry with markup in the authors.
 */
export function hostileBibliography(): string {
  return [
    '---',
    'title: "References"',
    '---',
    '',
    '## Selected References',
    '',
    `[1] Mallory Attacker and Eve Intruder. Causal parrots strike back with markup ${PAYLOADS[2]}. In Proceedings of ${PAYLOADS[4]}, 2024. URL javascript:window.${PWNED}=99.`,
    '',
    '[2] Alice Honest and Bob Careful. A harmless second paper. arXiv preprint arXiv:2401.00001, 2024.',
    '',
    `[3] Mallory ${PAYLOADS[0]} Attacker. A paper whose author is markup. Nowhere, 2024.`,
    '',
  ].join('\n');
}
