/** The two calls of js-yaml 3 (gray-matter's YAML parser) that src/platform/gray-matter-engines.ts makes. */
declare module 'js-yaml' {
  const jsYaml: {
    safeLoad(input: string): unknown;
    safeDump(data: unknown): string;
  };
  export default jsYaml;
}
