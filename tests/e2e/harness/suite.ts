/** The stand-in site and a browser with the built extension, for the whole of one test file; the returned object is filled in by its hooks. */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startServer, type ServerOptions, type StandinServer } from './server';

export interface StandinBrowser {
  server: StandinServer;
  browser: ExtensionBrowser;
}

export function standinBrowser(options: ServerOptions = {}): StandinBrowser {
  const suite = {} as StandinBrowser;
  beforeAll(async () => {
    suite.server = await startServer(options);
    suite.browser = await launchWithExtension({ serverPort: suite.server.port });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
