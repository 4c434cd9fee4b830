/**
 * The map's data with its words in English: place names (short on the map, full for provinces' accessible names),
 * each figure in English from its value, unit and qualifier, and its period from its fact. The layout and the
 * renderers then write the English map as they write the Chinese one. Source titles and outlets stay Chinese: they
 * name the original articles.
 */
import type { CompiledFact } from '../../data/types';
import type { MapData, MapFigure } from '../../map/types';
import { describeFactEn } from './describeFactEn';
import { placeFullNameEn, placeNameEn } from './placeNamesEn';

const cache = new WeakMap<MapData, MapData>();

/** The English version of `data`; `fact` finds the fact behind a figure (its period, places and quote). */
export function localizeMapData(data: MapData, fact: (id: string) => CompiledFact): MapData {
  const known = cache.get(data);
  if (known !== undefined) return known;
  const figure = (f: MapFigure): MapFigure => {
    const words = describeFactEn(fact(f.factId));
    return {
      ...f,
      expression: words.display,
      periodLabel: words.coverage,
      ...(f.places === undefined ? {} : { places: words.places }),
    };
  };
  const english: MapData = {
    ...data,
    provinces: data.provinces.map((p) => ({ ...p, shortZh: placeNameEn(p.id), nameZh: placeFullNameEn(p.id) })),
    pairs: data.pairs.map((p) => ({ ...p, eastLabel: placeNameEn(p.east), westLabel: placeNameEn(p.west) })),
    figures: data.figures.map(figure),
  };
  cache.set(data, english);
  return english;
}
