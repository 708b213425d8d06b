import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { HTTPException } from 'hono/http-exception';

/** The largest file `POST /api/imports/:kind` takes: 50 MiB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Streams the request's body into a new file at `path` (readable by this user only) and
 * returns its size in bytes, 0 for no body. Past `maxBytes` it stops and answers 413 in one
 * sentence: at once when the Content-Length says so, else as soon as the bytes received do.
 */
export async function saveUploadedBody(request: Request, path: string, maxBytes: number = MAX_UPLOAD_BYTES): Promise<number> {
  const tooLarge = () => new HTTPException(413, { message: `The file is larger than ${maxBytes / (1024 * 1024)} MiB, the most an upload may hold.` });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (request.body === null) return 0;
  let size = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.byteLength;
      callback(size > maxBytes ? tooLarge() : null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), capped, createWriteStream(path, { mode: 0o600 }));
  return size;
}
