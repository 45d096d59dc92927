/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11) and folding (§3.1).
 */

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line
 * break becomes `\n`; other control characters (not allowed in TEXT) are dropped.
 */
export const escapeText = (text: string): string =>
  text
    .replace(/\r\n|\r|\n/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replaceAll('\n', '\\n');

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Longest line allowed, in octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8:
 * a break is CRLF plus one space, and never falls inside a character.
 */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = '';
      octets = 1; // the space that starts the continuation line
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

/** `NAME:value` (or `NAME;PARAM=x:value`) folded and ended with CRLF; the value must already be escaped. */
export const contentLine = (name: string, value: string): string => `${foldLine(`${name}:${value}`)}\r\n`;
