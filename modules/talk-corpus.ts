/**
 * Build step: compiles `seeds/` into one JSON file per talk plus a small
 * index, so the extension fetches only the talk being watched and a corpus of
 * a thousand talks adds nothing to the content script.
 */
import { defineWxtModule } from 'wxt/modules';
import { compileCorpus } from '../src/core/corpus';
import { formatDiagnostic } from '../src/core/diagnostics';
import { talkBundle, talkSummary } from '../src/core/talk-bundle';
import { readFolder } from '../src/node/corpus-folder';

export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', (_, files) => {
    // The talks to bundle: seeds/ unless CLAIMLINE_SEEDS names another folder (the hardening tests' hostile corpus).
    const corpus = compileCorpus(readFolder(process.env.CLAIMLINE_SEEDS ?? 'seeds'));
    // A broken document is reported and left out; the other talks still ship.
    for (const d of corpus.diagnostics) {
      if (d.severity === 'error') wxt.logger.error(formatDiagnostic(d));
    }
    const index = corpus.talks.map((talk) => talkSummary(talk, corpus.bibliography));
    files.push({ relativeDest: 'talks/index.json', contents: JSON.stringify({ talks: index }) });
    // Imported talk documents are linked against the same bibliography.
    files.push({ relativeDest: 'talks/bibliography.json', contents: JSON.stringify({ bibliography: corpus.bibliography }) });
    for (const talk of corpus.talks) {
      files.push({ relativeDest: `talks/${talk.videoId}.json`, contents: JSON.stringify(talkBundle(corpus, talk.videoId)) });
    }
  });
});
