/** Why an imported file was refused, item by item and field by field. */

/** One thing wrong with an imported file. */
export interface ImportProblem {
  /** 1-based position of the annotation in the file (across pages), or null for the file as a whole. */
  item: number | null;
  /** The annotation's `id` as written, or null when it has none (or for the file as a whole). */
  id: string | null;
  /** Dotted path inside the item (`target.selector.value`, `body[2].value`), or `(file)`. */
  field: string;
  message: string;
}

/** Stop collecting after this many: a file that is wrong everywhere needs one look, not a thousand lines. */
export const MAX_PROBLEMS = 20;

/** `item 3 (urn:uuid:…): target.selector.value: "t=abc" is not a media fragment t=START[,END]` */
export function describeProblem(problem: ImportProblem): string {
  const where = problem.item === null ? '' : `item ${problem.item}${problem.id === null ? '' : ` (${problem.id})`}: `;
  return `${where}${problem.field}: ${problem.message}`;
}

/** Collects problems; past `MAX_PROBLEMS` the last slot says how many more there were. */
export class ProblemList {
  readonly #problems: ImportProblem[] = [];
  #total = 0;

  add(problem: ImportProblem): void {
    this.#total++;
    if (this.#problems.length < MAX_PROBLEMS) this.#problems.push(problem);
  }

  get size(): number {
    return this.#total;
  }

  list(): ImportProblem[] {
    if (this.#total <= MAX_PROBLEMS) return [...this.#problems];
    const more = this.#total - (MAX_PROBLEMS - 1);
    return [
      ...this.#problems.slice(0, MAX_PROBLEMS - 1),
      { item: null, id: null, field: '(file)', message: `${more} more problems not listed` },
    ];
  }
}
