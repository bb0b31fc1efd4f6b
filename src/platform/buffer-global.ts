/**
 * gray-matter keeps each document's original text as a Node `Buffer`
 * (`file.orig`); the service worker and extension pages have no `Buffer`.
 * Imported first by the entrypoints that parse or write front matter.
 */
import { Buffer } from 'buffer';

(globalThis as { Buffer?: typeof Buffer }).Buffer ??= Buffer;
