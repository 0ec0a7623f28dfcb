/// <reference types="node" />
// `resource-directory/proxy/node`: the proxy on Node's own HTTP server, for a VPS or any Node 20 host.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { configFromEnv, type ProxyEnv } from './index.js';
import { ResourceDirectoryProxy } from './proxy.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  env?: ProxyEnv;
}

/** A `node:http` request listener for a proxy, settling once it has answered; the socket's address keys the rate limit. */
export function proxyListener(proxy: ResourceDirectoryProxy): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  return (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(new URL(incoming.url ?? '/', 'http://localhost'), { method: incoming.method, headers });
    return proxy
      .fetch(request, incoming.socket.remoteAddress ?? 'unknown')
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        outgoing.writeHead(500).end();
      });
  };
}

/** Serves the proxy (put it behind nothing that hides the client's address, or the rate limit is shared). */
export function serveProxy({ port = 8787, host = '127.0.0.1', env = process.env }: ServeOptions = {}): Server {
  return createServer(proxyListener(new ResourceDirectoryProxy(configFromEnv(env)))).listen(port, host);
}
