import { createConnection, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { embeddedDbPath } from '../../store/embeddedDbPath.js';
import type { CliOutput } from '../Command.js';
import { EXIT_FAILURE } from '../exitStatus.js';
import { askNewPassword } from '../askNewPassword.js';
import { encodeLine, parseControlReply, splitLines } from './controlProtocol.js';
import { controlSocketPlace, isPrivateSocket } from './controlSocketPath.js';

/**
 * Carries out a command line through the `barometre serve` that holds its database file
 * open, if one does (README, Command line): when the store the
 * flags name is a DuckDB file whose control socket answers (see openControlChannel), sends
 * the command line, the working directory and the language, writes what comes back to
 * `output` as it comes, and returns the command's exit status. Returns undefined when no
 * server holds the file, or for `serve` itself: the caller then runs the command here.
 */
export async function forwardToServer(argv: readonly string[], output: CliOutput): Promise<number | undefined> {
  if (argv[0] === 'serve' || process.platform === 'win32') return undefined;
  const db = databaseFileOf(argv);
  if (db === undefined) return undefined;
  const cwd = output.cwd ?? process.cwd();
  const place = controlSocketPlace(db, cwd);
  if (!isPrivateSocket(place)) return undefined;
  const socket = await connect(place.socket);
  if (socket === undefined) return undefined;
  socket.write(encodeLine({ argv: [...argv], cwd, language: output.language, db, stderrIsTTY: output.stderr.isTTY === true }));
  return relay(socket, place.socket, output);
}

/** The DuckDB file the command line's --db or --database-url (or the environment) name, or undefined for PostgreSQL. */
function databaseFileOf(argv: readonly string[]): string | undefined {
  // Only the store flags matter here; the command parses the whole line strictly where it runs.
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string' }, 'database-url': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const db = values.db;
  const databaseUrl = values['database-url'];
  if (typeof db === 'boolean' || typeof databaseUrl === 'boolean') return undefined;
  return embeddedDbPath({ db, databaseUrl });
}

/** A connection to the socket, or undefined when nobody listens there. */
function connect(path: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    const fail = () => resolve(undefined);
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.off('error', fail);
      resolve(socket);
    });
  });
}

/** Writes the server's replies to `output` until its exit line, answering its questions, and returns that status. */
function relay(socket: Socket, path: string, output: CliOutput): Promise<number> {
  return new Promise((resolve) => {
    let status: number | undefined;
    let broken = false;
    socket.on('error', () => undefined);
    splitLines(socket, (line) => {
      if (broken) return;
      const reply = parseControlReply(line);
      if (reply === undefined) {
        broken = true;
        socket.destroy();
      } else if ('ask' in reply) {
        // The command needs a new user's password: this side's environment or terminal gives it.
        const ask = output.askNewPassword ?? (() => askNewPassword(output.language));
        ask().then(
          (answer) => socket.write(encodeLine({ answer: answer ?? null })),
          (error: unknown) => {
            output.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
            socket.write(encodeLine({ answer: null }));
          },
        );
      } else if ('stdout' in reply) output.stdout.write(reply.stdout);
      else if ('stderr' in reply) output.stderr.write(reply.stderr);
      else status = reply.exit;
    });
    socket.once('close', () => {
      if (status !== undefined && !broken) return resolve(status);
      output.stderr.write(
        `The Baromètre server listening on ${path} ${broken ? 'sent a reply this command line cannot read' : 'stopped before the command finished'}; its outcome is unknown.\n`,
      );
      resolve(EXIT_FAILURE);
    });
  });
}
