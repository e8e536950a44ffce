// A local HTTPS server that plays Jira Cloud, a self-hosted Jira (Data Center, under a context
// path), Asana and Trello for browser tests and the demo.
// Chromium reaches it under the real host names through `--host-resolver-rules`; requests are
// routed by their `Host` header. Plain `node:https`, no framework.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleApi, isApiPath, isJiraReadOnlyPost } from './api.mjs';
import { renderPageHtml } from './pages.mjs';
import { parseRoute } from './routes.mjs';
import { cloneSampleData } from './sample-data.mjs';

/** @typedef {import('./sample-data.mjs').SampleData} SampleData */
/** @typedef {'jira' | 'asana' | 'trello'} Tool */

/**
 * @typedef {object} LoggedRequest
 * @property {string} method
 * @property {string} host      `Host` header without the port, lower case
 * @property {string} path      path and query, e.g. `/rest/api/3/issue/ACME-1?fields=summary`
 * @property {Tool | null} tool  which app the host belongs to; null for an unknown host
 * @property {'page' | 'api' | 'other'} kind
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {number} time      `Date.now()` when it arrived
 * @property {number} [status]  the HTTP status answered (set once the answer is sent)
 * @property {boolean} [intercepted]  true when a test's interceptor answered it
 */

/**
 * @typedef {object} InterceptRequest
 * @property {string} method
 * @property {string} host
 * @property {Tool} tool
 * @property {URL} url
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 * @property {() => InterceptResponse | undefined} defaultAnswer  what the stand-in would answer
 *   to this REST request (a fresh copy a test may change and return, e.g. to make one item
 *   invalid); `undefined` for pages
 */

/**
 * @typedef {object} InterceptResponse
 * @property {number} status
 * @property {Record<string, string>} [headers]
 * @property {unknown} [json]   sent as JSON when given
 * @property {string} [body]    sent as is otherwise
 */

/**
 * Lets a test replace an answer (a 429, a signed-out redirect, a changed issue, a slow reply).
 * Return `undefined` to let the stand-in answer as usual.
 * @typedef {(req: InterceptRequest) => InterceptResponse | undefined | Promise<InterceptResponse | undefined>} Interceptor
 */

/**
 * @typedef {object} StandInServer
 * @property {number} port
 * @property {string} hostname
 * @property {SampleData} data  the live data served (a copy; tests may change it)
 * @property {LoggedRequest[]} requests  every request, in arrival order
 * @property {() => LoggedRequest[]} apiRequests  REST requests only
 * @property {() => LoggedRequest[]} failedApiRequests  REST requests the stand-in itself (not an
 *   interceptor) answered with a 4xx/5xx status: paths or parameters it does not know
 * @property {() => LoggedRequest[]} nonGetRequests  requests whose method is not GET or HEAD
 * @property {() => LoggedRequest[]} writeRequests  non-GET requests other than Jira's read-only POST searches
 * @property {(options?: { allowReadOnlyPosts?: boolean }) => void} assertOnlyReads  throws when a non-GET request arrived
 * @property {() => void} clearRequests
 * @property {(interceptor: Interceptor) => () => void} intercept  returns a function that removes it
 * @property {(host: string, path?: string) => string} url  e.g. url('trello.com', '/b/AbCd1234') → https://trello.com/b/AbCd1234
 * @property {() => Promise<void>} close
 */

const here = dirname(fileURLToPath(import.meta.url));
export const CERT_DIR = join(here, '..', 'certs');

/**
 * Which app a host name belongs to: Jira Cloud tenants, the self-hosted Jira sites of the data
 * (when given), Asana, Trello.
 * @param {string} host  without port, lower case
 * @param {SampleData} [data]
 * @returns {Tool | null}
 */
export function toolForHost(host, data) {
  if (host.endsWith('.atlassian.net')) return 'jira';
  if (data?.jira[host]) return 'jira';
  if (host === 'app.asana.com') return 'asana';
  if (host === 'trello.com') return 'trello';
  return null;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts the stand-in on 127.0.0.1.
 *
 * @param {object} [options]
 * @param {number} [options.port]  0 (default) picks a free port
 * @param {string} [options.hostname]  interface to listen on, default 127.0.0.1
 * @param {number} [options.renderDelayMs]  how long the page takes to show a new view after a URL change (default 30)
 * @param {SampleData} [options.data]  defaults to a fresh copy of the sample data
 * @returns {Promise<StandInServer>}
 */
export async function startStandInServer({
  port = 0,
  hostname = '127.0.0.1',
  renderDelayMs = 30,
  data = cloneSampleData(),
} = {}) {
  /** @type {LoggedRequest[]} */
  const requests = [];
  /** @type {Interceptor[]} */
  const interceptors = [];

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} body
   * @param {Record<string, string>} headers
   */
  const send = (res, status, body, headers) => {
    res.writeHead(status, { 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} json
   * @param {Record<string, string>} [headers]
   */
  const sendJson = (res, status, json, headers = {}) =>
    send(res, status, JSON.stringify(json), {
      'content-type': 'application/json; charset=utf-8',
      ...headers,
    });

  const server = createServer(
    {
      cert: readFileSync(join(CERT_DIR, 'cert.pem')),
      key: readFileSync(join(CERT_DIR, 'key.pem')),
    },
    async (req, res) => {
      try {
        const method = req.method ?? 'GET';
        const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
        const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
        const tool = toolForHost(host, data);
        const hostData =
          tool === 'jira'
            ? data.jira[host]
            : tool === 'asana'
              ? data.asana
              : tool
                ? data.trello
                : undefined;
        const isApi = tool !== null && isApiPath(tool, hostData, url.pathname);
        const isOther = url.pathname === '/favicon.ico';
        /** @type {LoggedRequest} */
        const logged = {
          method,
          host,
          path: url.pathname + url.search,
          tool,
          kind: isApi ? 'api' : isOther ? 'other' : 'page',
          headers: { ...req.headers },
          time: Date.now(),
        };
        requests.push(logged);
        res.once('finish', () => {
          logged.status = res.statusCode;
        });
        const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);

        if (!tool) {
          send(res, 404, `Unknown host ${host}`, { 'content-type': 'text/plain; charset=utf-8' });
          return;
        }
        const apiRequest = { method, url, headers: req.headers, body };
        /** @returns {InterceptResponse | undefined} */
        const defaultAnswer = () => {
          const api = hostData && isApi ? handleApi(tool, hostData, apiRequest) : null;
          return api
            ? {
                status: api.status,
                json: structuredClone(api.json),
                ...(api.headers ? { headers: { ...api.headers } } : {}),
              }
            : undefined;
        };
        for (const interceptor of [...interceptors]) {
          const answer = await interceptor({
            method,
            host,
            tool,
            url,
            headers: req.headers,
            body,
            defaultAnswer,
          });
          if (answer) {
            logged.intercepted = true;
            if (answer.json !== undefined)
              sendJson(res, answer.status, answer.json, answer.headers);
            else send(res, answer.status, answer.body ?? '', answer.headers ?? {});
            return;
          }
        }
        if (!hostData) {
          // An *.atlassian.net tenant we have no data for.
          send(res, 404, 'Your Atlassian Cloud site is currently unavailable.', {
            'content-type': 'text/plain; charset=utf-8',
          });
          return;
        }
        if (isOther) {
          send(res, 204, '', {});
          return;
        }
        const api = handleApi(tool, hostData, apiRequest);
        if (api) {
          sendJson(res, api.status, api.json, api.headers);
          return;
        }
        if (method !== 'GET' && method !== 'HEAD') {
          send(res, 405, 'Method not allowed', { 'content-type': 'text/plain; charset=utf-8' });
          return;
        }
        const route = parseRoute(tool, url.pathname, url.search, hostData);
        const html = renderPageHtml({ tool, host, data: hostData, route, renderDelayMs });
        send(res, route.page === 'not-found' ? 404 : 200, method === 'HEAD' ? '' : html, {
          'content-type': 'text/html; charset=utf-8',
        });
      } catch (error) {
        if (!res.headersSent) {
          sendJson(res, 500, { error: String(error instanceof Error ? error.stack : error) });
        } else res.destroy();
      }
    },
  );

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  const nonGetRequests = () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  const writeRequests = () =>
    nonGetRequests().filter(
      (r) => !(r.tool === 'jira' && r.method === 'POST' && isJiraReadOnlyPost(r.path)),
    );

  return {
    port: actualPort,
    hostname,
    data,
    requests,
    apiRequests: () => requests.filter((r) => r.kind === 'api'),
    failedApiRequests: () =>
      requests.filter(
        (r) => r.kind === 'api' && !r.intercepted && r.status !== undefined && r.status >= 400,
      ),
    nonGetRequests,
    writeRequests,
    assertOnlyReads({ allowReadOnlyPosts = false } = {}) {
      const bad = allowReadOnlyPosts ? writeRequests() : nonGetRequests();
      if (bad.length > 0) {
        const list = bad.map((r) => `  ${r.method} https://${r.host}${r.path}`).join('\n');
        throw new Error(`The trackers received ${bad.length} non-GET request(s):\n${list}`);
      }
    },
    clearRequests() {
      requests.length = 0;
    },
    intercept(interceptor) {
      interceptors.push(interceptor);
      return () => {
        const index = interceptors.indexOf(interceptor);
        if (index >= 0) interceptors.splice(index, 1);
      };
    },
    url(host, path = '/') {
      return `https://${host}${path}`;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
