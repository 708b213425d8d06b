import { lstatSync, mkdirSync, type Stats, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { StoreError, UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import type { CliOutput } from '../Command.js';
import { describeError, EXIT_FAILURE, exitStatusOf } from '../exitStatus.js';
import { runCli } from '../runCli.js';
import {
  type ControlReply,
  type ControlRequest,
  encodeLine,
  MAX_REQUEST_CHARS,
  parseControlAnswer,
  parseControlRequest,
  splitLines,
} from './controlProtocol.js';
import { type ControlSocketPlace, controlSocketPlace, isPrivateFolder } from './controlSocketPath.js';

/** The control channel of a served database file: its socket, and how to close it. */
export interface ControlChannel {
  readonly socket: string;
  /** Stops taking commands, lets the one running finish, and removes the socket. */
  close(): Promise<void>;
}

/**
 * Opens the control channel of the DuckDB file `barometre serve` holds open: a Unix socket
 * only the file's owner can use (controlSocketPlace, mode 0600), on which the other
 * `barometre` commands send their command line and get back what it prints and its exit
 * status, carried out here, one at a time, on `store` (README, Command line). A socket
 * left by a server that died is removed first. Undefined for a store several processes can
 * share (PostgreSQL), for `:memory:`, and on Windows.
 *
 * @throws StoreError when another process answers on the socket already, or when the
 *   socket's place is taken by something else or is not private.
 */
export async function openControlChannel(store: Store): Promise<ControlChannel | undefined> {
  if (store.engine !== 'duckdb' || store.location === ':memory:' || process.platform === 'win32') return undefined;
  const place = controlSocketPlace(store.location);
  if (place.privateFolder !== undefined) ensurePrivateFolder(place.privateFolder);
  await removeStaleSocket(place);
  const sockets = new Set<Socket>();
  const queue = new CommandQueue();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    serveConnection(socket, place, store, queue);
  });
  await listenPrivately(server, place.socket);
  return {
    socket: place.socket,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.drained();
      for (const socket of sockets) socket.destroy();
      // Closing the listening socket removes its file (libuv unlinks it).
      await closed;
    },
  };
}

/** Runs the commands that arrive one after the other: each may write, and DuckDB transactions on one file conflict. */
class CommandQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  async drained(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}

/** Reads one request from a client, runs it in turn and streams back what it prints, then its exit status. */
function serveConnection(socket: Socket, place: ControlSocketPlace, store: Store, queue: CommandQueue): void {
  // A client that goes away mid-command (Ctrl-C, a closed pipe) only loses the rest of its output.
  socket.on('error', () => undefined);
  const send = (reply: ControlReply) => {
    if (socket.writable) socket.write(encodeLine(reply));
  };
  const finish = (status: number) => {
    send({ exit: status });
    socket.end();
  };
  const refuse = (error: unknown) => {
    send({ stderr: `${describeError(error)}\n` });
    finish(exitStatusOf(error));
  };
  let answered = false;
  // A question to the client (askNewPassword) waits for its next line; a client gone answers nothing.
  let awaitingAnswer: ((answer: string | undefined) => void) | undefined;
  const ask = () =>
    new Promise<string | undefined>((resolve) => {
      awaitingAnswer = resolve;
      send({ ask: 'newPassword' });
    });
  socket.once('close', () => awaitingAnswer?.(undefined));
  splitLines(
    socket,
    (line) => {
      if (answered) {
        const answer = parseControlAnswer(line);
        awaitingAnswer?.(answer?.answer ?? undefined);
        awaitingAnswer = undefined;
        return;
      }
      answered = true;
      let request: ControlRequest;
      try {
        request = parseControlRequest(line);
        checkRequest(request, place);
      } catch (error) {
        refuse(error);
        return;
      }
      queue
        .run(() => runCli(request.argv, { ...outputFor(request, store, send), askNewPassword: ask }))
        .then(finish, (error: unknown) => {
          send({ stderr: `${describeError(error)}\n` });
          finish(EXIT_FAILURE);
        });
    },
    MAX_REQUEST_CHARS,
    () => {
      if (answered) return;
      answered = true;
      refuse(new UsageError(`The control request is longer than ${MAX_REQUEST_CHARS} characters.`));
    },
  );
}

/** Refuses a request for another database file, and `serve`: this process serves the file already. */
function checkRequest(request: ControlRequest, place: ControlSocketPlace): void {
  const asked = controlSocketPlace(request.db, request.cwd).db;
  if (asked !== place.db) throw new UsageError(`This Baromètre server serves ${place.db}, not ${asked}.`);
  if (request.argv[0] === 'serve') {
    throw new UsageError(`The database file ${place.db} is already served by a running barometre serve; stop it before serving it again.`);
  }
}

/** The output of a command run for a client: its language and directory, this store, and streams that write back to it. */
function outputFor(request: ControlRequest, store: Store, send: (reply: ControlReply) => void): CliOutput {
  return {
    stdout: replyStream((text) => send({ stdout: text })),
    stderr: Object.assign(
      replyStream((text) => send({ stderr: text })),
      { isTTY: request.stderrIsTTY },
    ),
    language: request.language,
    cwd: request.cwd,
    store: storeNamed(store, request.db),
  };
}

/** The store, named in messages as the client named its file, as a command run by the client itself would name it. */
function storeNamed(store: Store, location: string): Store {
  return new Proxy(store, { get: (target, property) => (property === 'location' ? location : Reflect.get(target, property, target)) });
}

/** A writable stream that hands each piece of text to `send` as soon as it is written, a UTF-8 character never split. */
function replyStream(send: (text: string) => void): Writable {
  const decoder = new StringDecoder('utf8');
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      if (text !== '') send(text);
      callback();
    },
  });
}

/** Creates the per-user socket folder under the temp directory, and refuses one that others could write to or that is not ours. */
function ensurePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!isPrivateFolder(folder)) {
    throw new StoreError(`The folder ${folder} for Baromètre's control socket is not a private folder of this user; remove it and start again.`);
  }
}

/** Removes a socket nobody answers on (a server that died); refuses when somebody does, or when the path is not a socket. */
async function removeStaleSocket(place: ControlSocketPlace): Promise<void> {
  let stats: Stats;
  try {
    stats = lstatSync(place.socket);
  } catch {
    return;
  }
  if (!stats.isSocket()) throw new StoreError(`${place.socket} is in the way of Baromètre's control socket for ${place.db} and is not a socket; move it away.`);
  if (await answers(place.socket)) {
    throw new StoreError(
      `The database file ${place.db} is already served by another Baromètre process (its control socket ${place.socket} answers); stop that one first.`,
    );
  }
  unlinkSync(place.socket);
}

/** Whether a process listens on the Unix socket `path`. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createConnection(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/** Listens on `path` with a socket file only the owner can read and write, from the moment it exists. */
function listenPrivately(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // The socket file is made while listen() runs: under this umask it is born 0600.
    const previous = process.umask(0o177);
    try {
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    } finally {
      process.umask(previous);
    }
  });
}
