/**
 * A self-signed certificate for the stand-in YouTube hosts.
 *
 * Why: youtube.com is HSTS-preloaded, so Chromium upgrades every http:// URL
 * to https://; the stand-in site therefore has to speak TLS. Chromium runs with
 * `--ignore-certificate-errors`, but the certificate still names the real
 * hosts so that it is correct for anyone who trusts it by hand.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every host the harness maps to the stand-in server (and the certificate names). */
export const YOUTUBE_HOSTS = [
  'www.youtube.com',
  'm.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
] as const;

/** PEM key and certificate, ready for `https.createServer`. */
export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_DIR = join(projectRoot, '.tmp', 'cert');
/** Regenerate after this many days even though the certificate is valid for 30. */
const MAX_AGE_DAYS = 7;

/**
 * Returns a certificate for {@link YOUTUBE_HOSTS}, made with `openssl` the first
 * time and reused from `dir` (git-ignored `.tmp/cert/` by default) while it is
 * younger than a week, so each test file does not pay for a new RSA key.
 */
export function ensureCertificate(dir: string = DEFAULT_DIR): Certificate {
  const san = YOUTUBE_HOSTS.map((host) => `DNS:${host}`).join(',');
  // Named by the host list, so that adding a host makes a new certificate.
  const name = createHash('sha256').update(san).digest('hex').slice(0, 12);
  const keyPath = join(dir, `${name}.key.pem`);
  const certPath = join(dir, `${name}.cert.pem`);
  const fresh =
    existsSync(keyPath) &&
    existsSync(certPath) &&
    Date.now() - statSync(certPath).mtimeMs < MAX_AGE_DAYS * 86_400_000;
  if (!fresh) {
    // Written under temporary names and renamed, cert last, so that a
    // concurrent run never reads half a pair.
    mkdirSync(dir, { recursive: true });
    const tmpKey = `${keyPath}.${process.pid}`;
    const tmpCert = `${certPath}.${process.pid}`;
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
        '-subj', `/CN=${YOUTUBE_HOSTS[0]}`,
        '-addext', `subjectAltName=${san}`,
        '-keyout', tmpKey, '-out', tmpCert,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    renameSync(tmpKey, keyPath);
    renameSync(tmpCert, certPath);
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
