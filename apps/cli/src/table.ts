/** Wraps text to a width at word boundaries. */
export const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
};

/**
 * Renders rows as aligned columns; the last column wraps so the table stays
 * readable in an 100-column terminal.
 */
export const renderTable = (header: readonly string[], rows: readonly (readonly string[])[], width = 100): string => {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    column === header.length - 1 ? 0 : Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const fixed = widths.slice(0, -1).reduce((total, w) => total + w + 2, 0);
  const lastWidth = Math.max(30, width - fixed);
  const out: string[] = [];
  for (const row of all) {
    const wrapped = wrap(row[row.length - 1] ?? '', lastWidth);
    wrapped.forEach((text, index) => {
      const cells = row.slice(0, -1).map((cell, column) => (index === 0 ? cell : '').padEnd(widths[column] ?? 0));
      out.push([...cells, text].join('  ').trimEnd());
    });
    if (row === header)
      out.push(widths.map((w, i) => '─'.repeat(i === header.length - 1 ? Math.min(lastWidth, 40) : w)).join('  '));
  }
  return `${out.join('\n')}\n`;
};
