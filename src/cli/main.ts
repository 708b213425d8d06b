import { forwardToServer } from './remote/forwardToServer.js';

// A reader that stops early (`barometre customers --csv | head`) closes the pipe: that is
// not an error of ours, so stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * The `barometre` executable: runs the command line and exits with its status; through the
 * running server when `barometre serve` holds the database file.
 */
const language = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';
const argv = process.argv.slice(2);
const output = { stdout: process.stdout, stderr: process.stderr, language } as const;
// The commands are loaded only to run here: a command the server carries out starts faster without them.
const forwarded = await forwardToServer(argv, output);
process.exitCode = forwarded ?? (await import('./runCli.js').then(({ runCli }) => runCli(argv, output)));
