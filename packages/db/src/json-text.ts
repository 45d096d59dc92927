/** JSON columns are TEXT on both engines; these are the only way in and out. */

export const toJsonText = (value: unknown): string => {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('a JSON column cannot hold undefined, a function or a symbol');
  return text;
};

export const fromJsonText = (text: string, column: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new Error(`column ${column} holds text that is not JSON`, { cause });
  }
};
