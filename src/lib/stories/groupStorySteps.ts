import type { MapState, StorySegment } from './types';

/** One scrollytelling step: a map state and the segments read while it shows. */
export interface StoryStep {
  readonly index: number;
  readonly map: MapState;
  readonly caption?: string;
  /** The file line of the step's ```map block; undefined for the opening step (the hero map). */
  readonly line?: number;
  readonly segments: readonly Exclude<StorySegment, { kind: 'map' }>[];
}

/**
 * Cuts a story into steps: the opening step shows the hero map, and each ```map block starts a new step that
 * lasts until the next one.
 */
export function groupStorySteps(segments: readonly StorySegment[], hero: MapState): StoryStep[] {
  const steps: {
    index: number;
    map: MapState;
    caption?: string;
    line?: number;
    segments: StoryStep['segments'][number][];
  }[] = [{ index: 0, map: hero, segments: [] }];
  for (const segment of segments) {
    if (segment.kind === 'map') {
      const { kind: _kind, line, caption, ...map } = segment;
      steps.push({ index: steps.length, map, line, ...(caption === undefined ? {} : { caption }), segments: [] });
    } else {
      steps[steps.length - 1]?.segments.push(segment);
    }
  }
  return steps;
}
