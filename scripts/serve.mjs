// Dependency-free static file server for development and the e2e tests.
//
//   import { startServer } from './scripts/serve.mjs';
//   const { url, port, close } = await startServer({ mounts: { '/dist/': 'dist', '/': 'www' } });
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1]
//
// `mounts` maps URL prefixes to directories (relative to the repo root unless
// absolute); the longest matching prefix wins.
//
// With `gzip: true` (the benchmark's pages), text, JSON and wasm go gzip -9
// compressed to clients that accept it, as a CDN would send them.
//
// With `testRoutes: true` (or --test-routes) the server also answers the
// browser tests' failure routes under /__test/ (see TEST_ROUTES) and sends a
// strict Content-Security-Policy with every file under /tests/e2e/pages/csp/.

import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_MOUNTS = { '/dist/': 'dist', '/tests/': 'tests', '/': 'www' };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Types a CDN compresses (images and fonts are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/svg)/;

/** gzip -9 bodies by file, made once per version of the file. */
const gzipped = new Map();
function gzipOf(file, stat, body) {
  const key = `${stat.mtimeMs}:${stat.size}`;
  const hit = gzipped.get(file);
  if (hit?.key === key) return hit.body;
  const out = zlib.gzipSync(body, { level: 9 });
  gzipped.set(file, { key, body: out });
  return out;
}

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function normaliseMounts(mounts) {
  return Object.entries(mounts)
    .map(([prefix, dir]) => {
      if (!prefix.startsWith('/')) prefix = '/' + prefix;
      if (!prefix.endsWith('/')) prefix += '/';
      return { prefix, dir: path.resolve(ROOT, dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

const FORBIDDEN = Symbol('forbidden');

// Returns an absolute file path inside a mount, null if the URL path matches
// no mount, or FORBIDDEN if it is malformed or tries to escape its directory.
function resolvePath(urlPath, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return FORBIDDEN;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return FORBIDDEN;
  // Refuse any `..` segment outright rather than normalising it away.
  if (decoded.split('/').some((seg) => seg === '..')) return FORBIDDEN;
  for (const { prefix, dir } of mounts) {
    // "/dist" (no trailing slash) is treated as the mount root too.
    if (decoded === prefix.slice(0, -1) || decoded.startsWith(prefix)) {
      const rest = decoded.slice(prefix.length);
      const file = path.resolve(dir, '.' + path.posix.sep + rest);
      if (file !== dir && !file.startsWith(dir + path.sep)) return FORBIDDEN;
      return file;
    }
  }
  return null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(body);
}

// The page policy of issue 5: no inline script or style, no eval, wasm allowed.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const CSP_PREFIX = '/tests/e2e/pages/csp/';

const DOC = JSON.stringify({ version: 1, charts: [{ id: 'a', type: 'bar', items: [{ label: 'x', value: 1 }] }] });

// Test-only routes: each loading failure a widget must word on its own.
const TEST_ROUTES = {
  // /__test/status?code=500: that status, with a plain-text body.
  '/__test/status': (req, res, q) => {
    const code = Number(q.get('code') ?? 500);
    send(res, code >= 200 && code < 600 ? code : 500, `status ${code}\n`);
  },
  // /__test/slow?ms=3000: a valid document, after a delay.
  '/__test/slow': (req, res, q) => {
    const timer = setTimeout(() => send(res, 200, DOC, { 'Content-Type': 'application/json' }), Number(q.get('ms') ?? 3000));
    res.on('close', () => clearTimeout(timer));
  },
  // A page whose parser waits: the classic embed, the element's start and
  // half of its inline JSON arrive first, the rest 1.5 s later (a slow CMS
  // page), so the embed defines <news-plot> while its JSON is half parsed.
  '/__test/streamed-page': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    const half = DOC.length >> 1;
    res.write('<!doctype html><html lang="ru"><meta charset="utf-8"><script src="/dist/newsplot-embed.js" async></script><news-plot id="streamed" eager>' +
      `<!--${' '.repeat(2048)}--><script type="application/json">${DOC.slice(0, half)}`);
    const timer = setTimeout(() => res.end(`${DOC.slice(half)}</script></news-plot></html>`), 1500);
    res.on('close', () => clearTimeout(timer));
  },
  // An HTML error page with 200 OK.
  '/__test/html': (req, res) =>
    send(res, 200, '<!doctype html><title>Oops</title><h1>Something went wrong</h1>', { 'Content-Type': 'text/html; charset=utf-8' }),
  // A valid document labelled as HTML (a host's wrong rule): drawn, with a warning.
  '/__test/json-as-html': (req, res) => send(res, 200, DOC, { 'Content-Type': 'text/html; charset=utf-8' }),
  // An HTML error page labelled as JSON.
  '/__test/html-as-json': (req, res) =>
    send(res, 200, '<!doctype html><h1>502 Bad Gateway</h1>', { 'Content-Type': 'application/json' }),
  // Not JSON at all.
  '/__test/wrong-type': (req, res) =>
    send(res, 200, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { 'Content-Type': 'image/png' }),
  // 11 MB of JSON-ish bytes without Content-Length: 10.5 MB at once, then the
  // rest only after 30 s, so a client that reads to the end before checking
  // the size runs into its timeout instead. Stops when the client goes away.
  '/__test/huge': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
    const chunk = Buffer.from('[' + '1,'.repeat(32 * 1024 - 1) + '1]\n'); // 64 KiB + 2 B
    const [fast, total] = [10.5 * 1024 * 1024, 11 * 1024 * 1024];
    let sent = 0;
    let timer = null;
    res.on('close', () => clearTimeout(timer));
    const pump = () => {
      while (sent < total && !res.destroyed) {
        if (sent >= fast && !timer) return (timer = setTimeout(pump, 30000));
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  },
};

export function startServer({ port = 0, host = '127.0.0.1', mounts = DEFAULT_MOUNTS, quiet = true, testRoutes = false, gzip = false } = {}) {
  const table = normaliseMounts(mounts);

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    const log = (status) => {
      if (!quiet) console.log(`${status} ${req.method} ${req.url} ${Date.now() - started}ms`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      log(405);
      return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    let urlPath;
    try {
      urlPath = new URL(req.url, 'http://localhost').pathname;
    } catch {
      log(400);
      return send(res, 400, 'Bad Request\n');
    }
    if (testRoutes && TEST_ROUTES[urlPath]) {
      log('test');
      return TEST_ROUTES[urlPath](req, res, new URL(req.url, 'http://localhost').searchParams);
    }
    let file = resolvePath(urlPath, table);
    if (file === FORBIDDEN) {
      log(403);
      return send(res, 403, 'Forbidden\n');
    }
    if (file === null) {
      log(404);
      return send(res, 404, `Not Found: ${urlPath}\n`);
    }
    try {
      let stat = await fs.stat(file);
      if (stat.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          log(301);
          return send(res, 301, '', { Location: urlPath + '/' + (new URL(req.url, 'http://x').search) });
        }
        file = path.join(file, 'index.html');
        stat = await fs.stat(file);
      }
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      let body = await fs.readFile(file);
      const type = contentType(file);
      const zipped = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (zipped) body = gzipOf(file, stat, body);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(gzip ? { Vary: 'Accept-Encoding' } : {}),
        ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
        'Cache-Control': 'no-cache',
        'Last-Modified': stat.mtime.toUTCString(),
        ...(testRoutes && urlPath.startsWith(CSP_PREFIX) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(200);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
        log(404);
        return send(res, 404, `Not Found: ${urlPath}\n`);
      }
      if (err.code === 'EACCES') {
        log(403);
        return send(res, 403, 'Forbidden\n');
      }
      log(500);
      return send(res, 500, 'Internal Server Error\n');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${actual}`,
        port: actual,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    if (i !== -1 && args[i + 1] !== undefined) return args[i + 1];
    const eq = args.find((a) => a.startsWith(name + '='));
    return eq ? eq.slice(name.length + 1) : fallback;
  };
  const port = Number(opt('--port', process.env.PORT ?? 8080));
  const host = opt('--host', '127.0.0.1');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: bad --port ${opt('--port')}`);
    process.exit(2);
  }
  startServer({ port, host, quiet: args.includes('--quiet') ? true : false, testRoutes: args.includes('--test-routes') })
    .then(({ url }) => {
      console.log(`newsplot dev server: ${url}/`);
      for (const [prefix, dir] of Object.entries(DEFAULT_MOUNTS)) console.log(`  ${prefix} -> ${dir}/`);
    })
    .catch((err) => {
      console.error(`serve.mjs: ${err.message}`);
      process.exit(1);
    });
}
