import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostPageHtml } from '../e2e/fixtures/embed-host.ts';

/**
 * The built site as every engine sees it in the cross-engine checks: a small server in front of the
 * preview server that passes every request through unchanged, except that each HTML page gets one
 * same-origin script first in its `<head>` that records the page's errors (WebKitWebDriver reports
 * none; the site's policy allows same-origin scripts, so it is not weakened), and it also serves
 * blog posts that embed years with the snippet, on the site's own origin so a check can look inside
 * the frames.
 */

/** Where the recorder keeps what it saw, in every window it runs in. */
export const ERRORS_GLOBAL = '__journeyErrors';
const RECORDER_PATH = '/__engines/record-errors.js';
const HOST_PREFIX = '/__engines/post-';

/** Runs in the page before any of the page's own scripts. Frames of the same origin report to the top window too. */
const RECORDER = `(() => {
  const name = ${JSON.stringify(ERRORS_GLOBAL)};
  const seen = (window[name] = []);
  const report = (text) => {
    seen.push(text);
    try {
      if (window.top !== window && window.top[name]) window.top[name].push(location.pathname + ': ' + text);
    } catch {}
  };
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) report('page error: ' + event.message + ' (' + event.filename + ':' + event.lineno + ')');
    else if (event.target && event.target !== window) report('failed to load: ' + (event.target.currentSrc || event.target.src || event.target.href));
  }, true);
  addEventListener('unhandledrejection', (event) => report('unhandled rejection: ' + ((event.reason && event.reason.message) || event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => report('policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error;
  console.error = (...args) => {
    report('console: ' + args.map(String).join(' '));
    error.apply(console, args);
  };
})();
`;

export interface SiteProxy {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The address of a path of the site, under its base: `url('embed/2022/')`. */
  url(path: string): string;
  /** A blog post of the proxy's origin holding these snippets; returns its address. */
  postWith(snippets: string[]): string;
  close(): Promise<void>;
}

/** Starts the proxy in front of the site at `siteUrl` (the preview server's address with the base). */
export async function startSiteProxy(siteUrl: string): Promise<SiteProxy> {
  const upstream = new URL(siteUrl);
  const posts = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === RECORDER_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(RECORDER);
      return;
    }
    // The posts name no icon, so a browser asks for the one a site has by default; the journey has none there.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const post = posts.get(path);
    if (post !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(withRecorder(post));
      return;
    }
    const headers: IncomingHttpHeaders = { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' };
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path, headers },
      (answer) => {
        const html = (answer.headers['content-type'] ?? '').includes('text/html');
        if (!html) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = withRecorder(Buffer.concat(chunks).toString('utf8'));
          const { 'content-length': _length, ...rest } = answer.headers;
          response.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) }).end(body);
        });
      },
    );
    forward.on('error', (error) => response.writeHead(502).end(String(error)));
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\//, ''), `${origin}${upstream.pathname}`).href,
    postWith(snippets) {
      const path = `${HOST_PREFIX}${posts.size + 1}.html`;
      posts.set(path, hostPageHtml(snippets));
      return `${origin}${path}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withRecorder(html: string): string {
  return html.replace(/<head[^>]*>/i, (head) => `${head}<script src="${RECORDER_PATH}"></script>`);
}
