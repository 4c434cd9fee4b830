/** The viewBox of every story map (StoryMap.astro); StoryBody shares the outlines of maps of this size. */
export const STORY_MAP_SIZE = { width: 720, height: 600 } as const;
