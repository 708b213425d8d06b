import { runCli } from '../cli/runCli.js';
import { type CapturedOptions, capturedOutput } from './capturedOutput.js';

/** What a command line run in a test gave: its exit status and everything it printed. */
export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line in-process, as `barometre` would (on `options.store` when given), and returns its status and what it printed. */
export async function runCommand(argv: readonly string[], options: CapturedOptions = {}): Promise<CommandRun> {
  const { output, text } = capturedOutput(options);
  return { status: await runCli(argv, output), ...text };
}
