/**
 * The views an "嵌入与下载" control follows (`data-views`), written compactly: the addresses and names of a map's
 * views differ only in their metric and period (`/embed/province/gansu/?metric=funds&period=2021`,
 * `shanhai-gansu-funds-2021`…), so each is written once as a template (`{metric}`, `{period}`) and a view carries
 * only what is its own (title, height, whether it has files) — plus any field its template would not give exactly,
 * so unpacking always returns the original. Pure; the page script unpacks.
 */

/** One view as the control's script uses it. */
export interface ViewData {
  metric: string;
  period: string;
  path: string;
  id: string;
  title: string;
  fullPath: string;
  height: number;
  name: string;
  files?: { svg: string; png: string; csv: string };
}

const TEMPLATED = ['path', 'id', 'fullPath', 'name', 'svg', 'png', 'csv'] as const;
type Templated = (typeof TEMPLATED)[number];

/** A packed view: its own fields, `files: 1` when it has files, and any field its template does not give. */
type PackedView = Pick<ViewData, 'metric' | 'period' | 'title' | 'height'> & { files?: 1 } & Partial<
    Record<Templated, string>
  >;

export interface PackedViews {
  templates: Partial<Record<Templated, string>>;
  views: PackedView[];
}

const fill = (template: string, v: { metric: string; period: string }): string =>
  template.replaceAll('{metric}', v.metric).replaceAll('{period}', v.period);

function fieldOf(v: ViewData, field: Templated): string | undefined {
  return field === 'svg' || field === 'png' || field === 'csv' ? v.files?.[field] : v[field];
}

export function packViewData(views: readonly ViewData[]): PackedViews {
  const templates: PackedViews['templates'] = {};
  for (const field of TEMPLATED) {
    const v = views.find((view) => fieldOf(view, field) !== undefined);
    const value = v === undefined ? undefined : fieldOf(v, field);
    if (v === undefined || value === undefined) continue;
    templates[field] = value.replaceAll(v.metric, '{metric}').replaceAll(v.period, '{period}');
  }
  return {
    templates,
    views: views.map((v) => {
      const packed: PackedView = { metric: v.metric, period: v.period, title: v.title, height: v.height };
      if (v.files !== undefined) packed.files = 1;
      for (const field of TEMPLATED) {
        const value = fieldOf(v, field);
        const template = templates[field];
        if (value !== undefined && (template === undefined || fill(template, v) !== value)) packed[field] = value;
      }
      return packed;
    }),
  };
}

export function unpackViewData(packed: PackedViews): ViewData[] {
  const get = (v: PackedView, field: Templated): string => {
    const template = packed.templates[field];
    return v[field] ?? (template === undefined ? '' : fill(template, v));
  };
  return packed.views.map((v) => ({
    metric: v.metric,
    period: v.period,
    path: get(v, 'path'),
    id: get(v, 'id'),
    title: v.title,
    fullPath: get(v, 'fullPath'),
    height: v.height,
    name: get(v, 'name'),
    ...(v.files === 1 ? { files: { svg: get(v, 'svg'), png: get(v, 'png'), csv: get(v, 'csv') } } : {}),
  }));
}
