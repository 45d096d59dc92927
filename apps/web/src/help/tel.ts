/** `tel:` wants digits (and a leading +) only: "1-800-222-1222" → "18002221222". */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;
