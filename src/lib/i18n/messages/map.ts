import type { MessageTable } from './types';

/** The pairing map: captions, key, controls, tooltips and its table. */
export const map = {} as const satisfies MessageTable;
