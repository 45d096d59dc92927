import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine } from './ical-text.js';

const octets = (text: string): number => new TextEncoder().encode(text).length;
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(escapeText('tab\there\u0007')).toBe('tab\there');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone and folds a long one at 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 64]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'—×µ😀'.repeat(30)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(physical))).toBe(physical);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('round-trips any text: every physical line ≤ 75 octets, unfolding restores it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = contentLine('X-TEST', escapeText(text));
        expect(line.endsWith('\r\n')).toBe(true);
        const physical = line.slice(0, -2).split('\r\n');
        for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
        expect(unfold(line.slice(0, -2))).toBe(`X-TEST:${escapeText(text)}`);
      }),
    );
  });
});
