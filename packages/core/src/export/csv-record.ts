/**
 * RFC 4180 fields and records. A field is quoted only when it must be (it holds
 * a comma, a double quote, CR or LF); a quote inside is doubled. Records end CRLF.
 */
export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const csvRecord = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;
