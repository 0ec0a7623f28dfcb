import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHsdsApi, loadSampleServices } from '../../../demo/server/hsds-api.mjs';

export interface DemoApi {
  /** The API's base URL (…/hsds). */
  api: string;
  /** The same services, in the API's own order, as one static HSDS file (…/feed.json). */
  file: string;
  /** Every request made to the server so far (path and query). */
  requests: string[];
  close(): Promise<void>;
}

/** Ways the API may differ from the demo's, as the spec allows, once the file is made. */
export interface DemoApiOptions {
  /** Lists one-to-one summaries whatever `full` says. */
  ignoreFull?: boolean;
  /** Leaves these Page fields out of every list (HSDS 3 requires none of them). */
  omitPageFields?: readonly string[];
}

/** Marks the API's own requests for the answers whose Page fields it leaves out. */
const RELAYED = 'x-demo-relayed';

/**
 * Serves the demo's HSDS API and, beside it, the very services it serves as a static file: fetched from the
 * API itself, so the file holds the same records in the same order and any difference is the SDK's.
 */
export async function startDemoApi({ ignoreFull = false, omitPageFields = [] }: DemoApiOptions = {}): Promise<DemoApi> {
  const hsdsApi = createHsdsApi({ services: await loadSampleServices(), basePath: '/hsds' });
  const requests: string[] = [];
  let fileBody = '[]';
  let varied = false;
  /** The API's own answer, with `omitPageFields` taken out. */
  const relay = async (url: string, res: ServerResponse) => {
    const answer = await fetch(`${origin}${url}`, { headers: { [RELAYED]: '1' } });
    const body = (await answer.json()) as Record<string, unknown>;
    if (Array.isArray(body.contents)) for (const field of omitPageFields) delete body[field];
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const relayed = req.headers[RELAYED] !== undefined;
    if (!relayed) requests.push(req.url ?? '');
    if (varied && ignoreFull) req.url = req.url?.replace(/([?&])full=[^&]*&?/, '$1');
    if (req.url === '/feed.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(fileBody);
    } else if (varied && omitPageFields.length && !relayed) {
      void relay(req.url ?? '', res);
    } else if (!hsdsApi(req, res)) {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const services: unknown[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await fetch(`${origin}/hsds/services?full=true&per_page=100&page=${page}`)).json()) as { contents: unknown[]; last_page: boolean };
    services.push(...body.contents);
    if (body.last_page) break;
  }
  fileBody = JSON.stringify(services);
  varied = true;
  requests.length = 0;
  return {
    api: `${origin}/hsds`,
    file: `${origin}/feed.json`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
