/**
 * The stand-in YouTube site: an HTTPS server on 127.0.0.1 that the browser
 * under test reaches as www.youtube.com (and the other {@link YOUTUBE_HOSTS})
 * through the stand-in proxy (proxy.ts).
 *
 * Routes:
 * - `/watch?v=ID[&t=..]`, `/embed/ID`, `/live/ID`, `/shorts/ID`: the stand-in watch page
 * - `/`: the same app showing a home feed (not a watch page)
 * - `/video/ID.webm`: the video, with HTTP Range support (seeking needs it)
 * - `/standin/api/video/ID`: what the page fetches on an in-page navigation
 * - `/s/standin/FILE`: the static files of `tests/e2e/site/`
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCertificate } from './certificate';
import { ensureVideo } from './video';

/** A video the stand-in site knows; a bare number is its duration in seconds. */
export interface VideoSpec {
  durationSeconds: number;
  /** Defaults to `Stand-in video ID`. */
  title?: string;
}

export interface ServerOptions {
  /** Videos by id. Any other well-formed id gets a video of `defaultDurationSeconds`. */
  videos?: Record<string, number | VideoSpec>;
  /** Duration of videos not listed in `videos`; 600 s by default. */
  defaultDurationSeconds?: number;
  /** Duration of the clip played while `__standin.startAd()` is in effect; 30 s by default. */
  adDurationSeconds?: number;
}

/** One request the stand-in site answered. */
export interface ServedRequest {
  /** The Host header: which YouTube host the browser asked. */
  host: string;
  /** Path and query. */
  path: string;
}

export interface StandinServer {
  /** The loopback port the browser's proxy tunnels to. */
  port: number;
  /** Every request answered so far, in order. */
  readonly requests: readonly ServedRequest[];
  /** `https://HOST/PATH` as the browser (with the host rules) should open it; host defaults to www.youtube.com. */
  url(path?: string, host?: string): string;
  /** `https://127.0.0.1:PORT/PATH`, for Node-side requests (needs `rejectUnauthorized: false`). */
  directUrl(path?: string): string;
  close(): Promise<void>;
}

/** What the page receives about a video, inline on first load and from the API on navigation. */
export interface VideoInfo {
  videoId: string;
  title: string;
  durationSeconds: number;
  src: string;
  related: { videoId: string; title: string }[];
}

/** The id under which the ad clip is served (`/video/standin-ad.webm`). */
export const AD_VIDEO_ID = 'standin-ad';

const SITE_DIR = fileURLToPath(new URL('../site/', import.meta.url));
/** Loose on purpose: 11 characters is what YouTube issues, but tests may want to see the extension reject others. */
const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MIN_RELATED = 4;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webm': 'video/webm',
};

export async function startServer(options: ServerOptions = {}): Promise<StandinServer> {
  const videos = new Map<string, Required<VideoSpec>>();
  for (const [videoId, spec] of Object.entries(options.videos ?? {})) {
    const durationSeconds = typeof spec === 'number' ? spec : spec.durationSeconds;
    const title = (typeof spec === 'number' ? undefined : spec.title) ?? defaultTitle(videoId);
    videos.set(videoId, { durationSeconds, title });
  }
  const defaultDuration = options.defaultDurationSeconds ?? 600;
  const adDuration = options.adDurationSeconds ?? 30;

  const spec = (videoId: string): Required<VideoSpec> =>
    videos.get(videoId) ?? { durationSeconds: defaultDuration, title: defaultTitle(videoId) };

  const info = (videoId: string): VideoInfo => {
    const others = [...videos.keys()].filter((id) => id !== videoId);
    for (let n = 1; others.length < MIN_RELATED; n++) {
      const filler = `standin${String(n).padStart(4, '0')}`;
      if (filler !== videoId) others.push(filler);
    }
    return {
      videoId,
      ...spec(videoId),
      src: `/video/${videoId}.webm`,
      related: others.map((id) => ({ videoId: id, title: spec(id).title })),
    };
  };

  // Generate the configured videos now, in parallel, rather than on the first request.
  await Promise.all([adDuration, ...[...videos.values()].map((v) => v.durationSeconds)].map((d) => ensureVideo(d)));

  const requests: ServedRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'https://www.youtube.com');
    requests.push({ host: req.headers.host ?? '', path: req.url ?? '/' });
    const path = url.pathname;
    let match: RegExpMatchArray | null;

    if (path === '/') return sendPage(res, { pageType: 'browse', video: null, home: info('').related });
    if (path === '/watch') {
      const id = url.searchParams.get('v') ?? '';
      if (!VIDEO_ID.test(id)) return sendPage(res, { pageType: 'browse', video: null, home: info('').related });
      return sendPage(res, { pageType: 'watch', video: info(id), home: [] });
    }
    if ((match = path.match(/^\/(embed|live|shorts)\/([^/]+)\/?$/)) && VIDEO_ID.test(match[2]!)) {
      const pageType = match[1] === 'live' ? 'watch' : match[1]!;
      return sendPage(res, { pageType, video: info(match[2]!), home: [] });
    }
    if ((match = path.match(/^\/standin\/api\/video\/([^/]+)$/)) && VIDEO_ID.test(match[1]!)) {
      return send(res, 200, CONTENT_TYPES['.json']!, JSON.stringify(info(match[1]!)));
    }
    if ((match = path.match(/^\/video\/([^/]+)\.webm$/)) && VIDEO_ID.test(match[1]!)) {
      const duration = match[1] === AD_VIDEO_ID ? adDuration : spec(match[1]!).durationSeconds;
      return sendFileWithRanges(req, res, await ensureVideo(duration));
    }
    if (path.startsWith('/s/standin/')) {
      const file = normalize(join(SITE_DIR, decodeURIComponent(path.slice('/s/standin/'.length))));
      if (file.startsWith(SITE_DIR + (SITE_DIR.endsWith(sep) ? '' : sep)) && isFile(file)) {
        return send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      }
    }
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    send(res, 404, 'text/plain', `stand-in server: no route for ${path}`);
  };

  const server: Server = createServer(ensureCertificate(), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('stand-in server:', error);
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    requests,
    url: (path = '/', host = 'www.youtube.com') => `https://${host}${path}`,
    directUrl: (path = '/') => `https://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function defaultTitle(videoId: string): string {
  return `Stand-in video ${videoId}`;
}

/** The page shell with its data inline, the way YouTube ships `ytInitialData`. */
function sendPage(res: ServerResponse, data: { pageType: string; video: VideoInfo | null; home: VideoInfo['related'] }): void {
  const html = readFileSync(join(SITE_DIR, 'watch.html'), 'utf8').replace(
    '<!--standin-initial-data-->',
    `<script type="application/json" id="standin-initial-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`,
  );
  send(res, 200, CONTENT_TYPES['.html']!, html);
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Serves a file honouring a single-range `Range: bytes=...` header (206 / 416), as media seeking requires. */
function sendFileWithRanges(req: IncomingMessage, res: ServerResponse, path: string): void {
  const size = statSync(path).size;
  const headers = { 'content-type': CONTENT_TYPES['.webm']!, 'accept-ranges': 'bytes' };
  const range = req.headers.range?.match(/^bytes=(\d*)-(\d*)$/);
  if (!req.headers.range) {
    res.writeHead(200, { ...headers, 'content-length': size });
    if (req.method === 'HEAD') return void res.end();
    return void createReadStream(path).pipe(res);
  }
  let start: number;
  let end: number;
  if (range && range[1]) {
    start = Number(range[1]);
    end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  } else if (range && range[2]) {
    // `bytes=-N`: the last N bytes.
    start = Math.max(size - Number(range[2]), 0);
    end = size - 1;
  } else {
    start = Number.NaN;
    end = Number.NaN;
  }
  if (!(start <= end && start < size)) {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
    return void res.end();
  }
  res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(path, { start, end }).pipe(res);
}
