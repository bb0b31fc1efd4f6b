/** The `chrome` global as seen inside `evaluate` in the extension's worker or pages (typed only for what the tests call). */
export interface ChromeGlobal {
  chrome: {
    runtime: { reload(): void; sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { clear(): Promise<void> } };
    tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
}
