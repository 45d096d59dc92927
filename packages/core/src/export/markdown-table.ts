const width = (text: string): number => [...text].length;
const escapeCell = (text: string): string => text.replaceAll('|', '\\|').replace(/\r\n|\r|\n/g, ' ');

/**
 * A Markdown (GFM) table whose columns are padded to line up, so it reads as
 * well in plain text as rendered. Pipes in cells are escaped; line breaks become spaces.
 */
export const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const cells = [header, ...rows].map((row) => header.map((_, i) => escapeCell(row[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
};
