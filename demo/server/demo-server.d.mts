import type { IncomingMessage, ServerResponse } from 'node:http';

/** The demo server's handler for files under `root` (the repository) and the sample API at /hsds. */
export function createDemoHandler(root: string): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>>;
