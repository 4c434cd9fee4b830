/** The inline script of a chart embed: height messages and downloads in a sandbox (the chart is static SVG). */
import { startPostingHeight } from './postHeight';
import { handleSandboxedDownloads } from './saveInSandbox';

handleSandboxedDownloads();
startPostingHeight();
