import type { CompiledFact } from '../data/types';
import type { MapMetric } from '../map/types';

/** A map state: what the pairing map shows for a story's hero or one map section. */
export interface MapState {
  /** A province id or a pair id such as `guangdong--guangxi`; absent for the national view. */
  readonly focus?: string;
  readonly metric: MapMetric;
  readonly period: string;
}

/** A story's validated front matter. */
export interface StoryMeta {
  readonly title: string;
  readonly dek: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly byline: string;
  readonly provinces: readonly string[];
  readonly sources: readonly string[];
  readonly hero: MapState;
}

/** A ```map block: the map state a section applies, with an optional caption. */
export interface MapSection extends MapState {
  readonly kind: 'map';
  /** 1-based line of the opening fence in the story file. */
  readonly line: number;
  readonly caption?: string;
}

/** A ```chart block: horizontal bars of curated facts sharing one unit. */
export interface ChartSection {
  readonly kind: 'chart';
  readonly line: number;
  readonly title: string;
  readonly facts: readonly CompiledFact[];
  readonly caption?: string;
}

/** A ```fact block: one curated fact shown as a callout. */
export interface FactSection {
  readonly kind: 'fact';
  readonly line: number;
  readonly fact: CompiledFact;
}

export type StoryBlock = MapSection | ChartSection | FactSection;

/** Rendered Markdown prose between blocks. */
export interface ProseSegment {
  readonly kind: 'prose';
  readonly html: string;
}

export type StorySegment = ProseSegment | StoryBlock;

/** The edition a story is written for: Chinese (`content/stories/`) or English (`content/stories/en/`). */
export type StoryLanguage = 'zh' | 'en';

/** A parsed, validated story. */
export interface Story {
  readonly slug: string;
  readonly lang: StoryLanguage;
  /** Path relative to the repository root, e.g. `content/stories/yuegui.md`. */
  readonly file: string;
  readonly meta: StoryMeta;
  readonly segments: readonly StorySegment[];
  /** Every fact id the story uses, in blocks and in `fact:` links, without repeats. */
  readonly factIds: readonly string[];
}
