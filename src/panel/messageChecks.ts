/** The checks every webview message validator starts from (a message may come from an old or a tampered page). */
export type Fields = Record<string, unknown>;

export const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isOptionalString = (value: unknown): value is string | undefined => value === undefined || isString(value);
export const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
