import { runCli } from './runCli.js';

// A reader that stops early (`barometre customers --csv | head`) closes the pipe: that is
// not an error of ours, so stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The `barometre` executable: runs the command line and exits with its status. */
const language = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, language });
