import type { MessageTable } from './types';

/** Tables of figures: column heads, tags, notes. */
export const tables = {} as const satisfies MessageTable;
