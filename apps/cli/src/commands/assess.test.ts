import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { assessCommand } from './assess.js';

const capture = (isTty: boolean) => {
  const out: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), isTty };
  return { io, text: () => out.join('') };
};

describe('assess on a terminal', () => {
  it('asks each question in turn and scores the answers', async () => {
    const { io, text } = capture(true);
    const input = Readable.from(['no\n', 'no\n', 'yes\n', 'no\n', 'no\n']);
    const code = await assessCommand(['asq'], io, input);
    expect(code).toBe(0);
    expect(text()).toMatch(/Are you having thoughts of killing yourself right now\?/);
    expect(text()).toMatch(/Non-acute positive screen/);
    expect(text()).toMatch(/!! URGENT/);
  });
});
