/**
 * The only way out of the browser under test: an HTTP proxy on 127.0.0.1
 * that tunnels the YouTube hosts (CONNECT host:443) to the stand-in server and
 * refuses everything else, keeping a log of every attempt.
 *
 * Why a proxy: Firefox has no `--host-resolver-rules`, and pointing its DNS
 * at 127.0.0.1 would put the server's port in the page's URL, which the
 * extension rightly refuses. Through a proxy both browsers keep the real
 * `https://www.youtube.com/…` address, and the log is an observer outside the
 * browser that sees every connection it makes: the privacy tests read it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { YOUTUBE_HOSTS } from './certificate';

/** One connection the browser asked the proxy for. */
export interface ProxyRequest {
  /** `CONNECT` for a tunnel (https), or the method of a plain http request. */
  method: string;
  /** `host:port` for a tunnel, the absolute URL for plain http. */
  target: string;
  /** Tunnelled to the stand-in server; false when refused. */
  allowed: boolean;
}

export interface StandinProxy {
  port: number;
  /** Every request so far, in order. */
  readonly log: readonly ProxyRequest[];
  close(): Promise<void>;
}

/** Starts the proxy in front of the stand-in server on `serverPort`; `hosts` may be reached (on port 443) and nothing else. */
export async function startProxy(serverPort: number, hosts: readonly string[] = YOUTUBE_HOSTS): Promise<StandinProxy> {
  const log: ProxyRequest[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const allowed = new Set(hosts.map((host) => `${host}:443`));

  const proxy = createServer((req, res) => {
    // Plain http: YouTube's hosts are HSTS-preloaded, so a browser never asks for them this way.
    log.push({ method: req.method ?? '?', target: req.url ?? '', allowed: false });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('stand-in proxy: plain http is refused');
  });
  proxy.on('connection', track);
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = (req.url ?? '').toLowerCase();
    const ok = allowed.has(target);
    log.push({ method: 'CONNECT', target, allowed: ok });
    if (!ok) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
