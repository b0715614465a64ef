/**
 * Every enhancement a page can have, in one small module: <bar-chart> (which loads Chart.js only
 * when a chart nears view), <copy-button> and FAQ deep links. One file rather than one per
 * component: a page fetches one request, and one gzip stream is ~200 bytes smaller than three.
 * Each part does nothing on a page without its elements.
 */
import './chart-loader.ts';
import './copy-button.ts';
import './faq-deep-link.ts';
