// A small static server for dist/: correct MIME types (application/wasm), SPA fallback
// to index.html for extension-less paths, optional CSP header, and fault routes used
// by the end-to-end tests. Loopback only.
//
//   node tests/support/server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".bin": "application/octet-stream",
};

const gzipped = new Map();

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:";

/**
 * Start a server. `faults` maps a path to a handler (req, res) for network-fault tests.
 * `cspPaths` lists pages served with the strict Content-Security-Policy.
 */
export async function startServer({ dir = "dist", dirs, port = 0, host = "127.0.0.1", faults = {}, base = "/", compress = false } = {}) {
  const roots = (dirs ?? [dir]).map((d) => resolve(d));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = decodeURIComponent(url.pathname);
      if (faults[path]) return faults[path](req, res, url);
      if (base !== "/" && path.startsWith(base)) path = "/" + path.slice(base.length);
      // The first root that has the file wins; directories serve their index.html.
      const find = async (relative) => {
        for (const r of roots) {
          let candidate = normalize(join(r, relative));
          if (!candidate.startsWith(r + sep) && candidate !== r) return { forbidden: true };
          let info = await stat(candidate).catch(() => null);
          if (info?.isDirectory()) {
            candidate = join(candidate, "index.html");
            info = await stat(candidate).catch(() => null);
          }
          if (info?.isFile()) return { file: candidate };
        }
        return {};
      };
      let found = await find(path);
      if (found.forbidden) {
        res.writeHead(403).end("forbidden");
        return;
      }
      if (!found.file && extname(path) === "") found = await find("/index.html");
      if (!found.file) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const file = found.file;
      let body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        // A sharded index's fragments sit in a directory named by their build's hash,
        // so they never change: cached for good, as docs/index-shards.md tells hosts.
        // Everything else (the manifest included) is revalidated on every use.
        "cache-control": /\/shards\/f\/[^/]+\//.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      };
      // `compress`: gzip as a CDN would, for the transfer figures of sharded browsing.
      if (compress && /gzip/.test(req.headers["accept-encoding"] ?? "") && /json|octet|javascript|css|html|wasm/.test(headers["content-type"])) {
        // Compressed once per file version, as a CDN keeps it: timing the compression
        // of a megabyte of wasm on every request would measure this server.
        const info = await stat(file);
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
        body = gzipped.get(key);
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      if (url.searchParams.has("csp") || file.endsWith("csp.html")) headers["content-security-policy"] = CSP;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { server, url: `http://${host}:${address.port}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    dir: arg("dir", "dist"),
    port: Number(arg("port", 8080)),
    host: arg("host", "127.0.0.1"),
    base: arg("base", "/"),
  });
  console.log(`serving ${arg("dir", "dist")} at ${url}${arg("base", "/")}`);
}
