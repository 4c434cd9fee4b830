/** The inline script of a chart embed: height messages only (the chart is static SVG). */
import { startPostingHeight } from './postHeight';

startPostingHeight();
