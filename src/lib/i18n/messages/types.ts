/** One reader-facing string in both languages. `{name}` marks a placeholder, the same set in both. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** The strings of one area of the site, keyed `<area>.<name>`. */
export type MessageTable = Readonly<Record<string, Message>>;
