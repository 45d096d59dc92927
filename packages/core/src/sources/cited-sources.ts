/** Every `source` id cited anywhere inside a value (a drug, a table, a result), sorted. */
export const citedSources = (value: unknown): string[] => {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if ((key === 'source' || key.endsWith('Source')) && typeof child === 'string') found.add(child);
        else visit(child);
      }
    }
  };
  visit(value);
  return [...found].sort();
};
