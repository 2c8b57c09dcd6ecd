/**
 * Calls a `node:http` request listener in-process (no socket): a real IncomingMessage fed with the
 * body, and a ServerResponse that records what the handler wrote. For high-volume fuzzing.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

export interface Injected {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

class RecordingResponse extends ServerResponse {
  private chunks: Buffer[] = [];
  done: Promise<void>;
  private finish: () => void = () => undefined;

  constructor(req: IncomingMessage) {
    super(req);
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  override end(chunk?: unknown, encodingOrCallback?: unknown, callback?: unknown): this {
    if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) this.chunks.push(Buffer.from(chunk));
    for (const cb of [encodingOrCallback, callback]) if (typeof cb === 'function') cb();
    this.finish();
    return this;
  }

  override destroy(): this {
    this.finish();
    return this;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function inject(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
): Promise<Injected> {
  const req = new IncomingMessage(new Socket());
  req.method = request.method;
  req.url = request.url;
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  req.headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (body) req.headers['content-length'] = String(body.length);
  if (body) req.push(body);
  req.push(null);
  const res = new RecordingResponse(req);
  listener(req, res);
  await res.done;
  return { status: res.statusCode, headers: res.getHeaders(), body: res.text() };
}
