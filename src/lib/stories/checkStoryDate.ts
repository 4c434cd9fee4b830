import type { StorySource } from './storyContext';

/**
 * A story may not be dated before the sources it cites: a reader sees the date as when we wrote it, and a story
 * dated 2024-01 that quotes a 2025 article is either misdated or quotes the future. Returns the problem as
 * `message` and `fix`, or undefined when the date is on or after every cited source's publication date.
 */
export function checkStoryDate(
  date: string,
  sources: readonly StorySource[],
): { message: string; fix: string } | undefined {
  const latest = sources.reduce<StorySource | undefined>(
    (last, s) => (last === undefined || s.date > last.date ? s : last),
    undefined,
  );
  if (latest === undefined || date >= latest.date) return undefined;
  return {
    message: `the story is dated ${date}, before the latest source it cites ("${latest.id}", published ${latest.date})`,
    fix: `set date: to the day the story was written or last revised, no earlier than ${latest.date}, or remove that source from the story`,
  };
}
