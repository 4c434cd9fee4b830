import type { MessageTable } from './types';

/** The words of individual pages: headings, introductions, empty states. */
export const pages = {} as const satisfies MessageTable;
