import { runCli } from './runCli.js';

/** The `barometre` executable: runs the command line and exits with its status. */
const language = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, language });
