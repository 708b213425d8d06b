import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { encodeLine, parseControlReply, parseControlRequest, splitLines } from './controlProtocol.js';

const REQUEST = { argv: ['report', '--json'], cwd: '/home/someone', language: 'fr', db: '/data/b.duckdb', stderrIsTTY: false } as const;

describe('the control protocol', () => {
  it('reads back a request it encoded', () => {
    expect(parseControlRequest(encodeLine({ ...REQUEST, argv: [...REQUEST.argv] }).trimEnd())).toEqual(REQUEST);
  });

  it('refuses a line that is not JSON, or not a request, with a sentence naming the fault', () => {
    const faults: Array<[string, RegExp]> = [
      ['{"argv":', /is not JSON/],
      ['[1,2]', /not a JSON object/],
      ['null', /not a JSON object/],
      [JSON.stringify({ ...REQUEST, argv: ['report', 3] }), /"argv" is not a list of strings/],
      [JSON.stringify({ ...REQUEST, cwd: 'relative/folder' }), /"cwd" is not an absolute path/],
      [JSON.stringify({ ...REQUEST, language: 'de' }), /"language" is neither/],
      [JSON.stringify({ ...REQUEST, db: undefined }), /"db" is not a file name/],
      [JSON.stringify({ ...REQUEST, stderrIsTTY: 'yes' }), /"stderrIsTTY" is not true or false/],
    ];
    for (const [line, message] of faults) {
      expect(() => parseControlRequest(line)).toThrow(UsageError);
      expect(() => parseControlRequest(line)).toThrow(message);
    }
  });

  it('reads output and exit replies, and nothing else', () => {
    expect(parseControlReply('{"stdout":"a\\nb"}')).toEqual({ stdout: 'a\nb' });
    expect(parseControlReply('{"stderr":"é"}')).toEqual({ stderr: 'é' });
    expect(parseControlReply('{"exit":2}')).toEqual({ exit: 2 });
    for (const line of ['{"exit":1.5}', '{"stdout":3}', '{}', 'null', 'oops']) expect(parseControlReply(line)).toBeUndefined();
  });

  it('splits a stream into lines whatever its chunks, and says when a line grows too long', () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    let tooLong = 0;
    splitLines(
      stream,
      (line) => lines.push(line),
      10,
      () => tooLong++,
    );
    stream.write('one\ntw');
    // The chunks cut "é" in two: a character is read whole all the same.
    const bytes = Buffer.from('o\nthré\n', 'utf8');
    stream.write(bytes.subarray(0, 6));
    stream.write(bytes.subarray(6));
    stream.write('x'.repeat(11));
    expect(lines).toEqual(['one', 'two', 'thré']);
    expect(tooLong).toBe(1);
  });
});
