import type { StoryContext } from './storyContext';

/** The problem with a map focus, as `what` and `fix`, or undefined when the map knows it. */
export function checkMapFocus(
  focus: string | undefined,
  ctx: StoryContext,
): { message: string; fix: string } | undefined {
  if (focus === undefined || ctx.isMapFocus(focus)) return undefined;
  return {
    message: `"${focus}" is not a province or pairing on the map`,
    fix: 'write a province id (guangxi) or a pair id (guangdong--guangxi), or leave focus out for the national view',
  };
}
