/**
 * Every enhancement a page can have, in one small module: <bar-chart> (which loads Chart.js only
 * when a chart nears view), <copy-button>, FAQ deep links and shutdown countdowns. One file rather
 * than one per component: a page fetches one request, and one gzip stream is smaller than several.
 * Each part does nothing on a page without its elements.
 */
import './chart-loader.ts';
import './copy-button.ts';
import './faq-deep-link.ts';
import './countdown.ts';
