/**
 * <page>/charts.json: the data of every chart on that page, keyed by chart id. The page's
 * <bar-chart> elements fetch it together with Chart.js when the first chart nears view, so a
 * reader who never scrolls to a chart never downloads its data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedCharts, type PageChart } from '../../data/charts.ts';
import { clientSpec } from '../../lib/charts/data.ts';

export const getStaticPaths = (async () =>
  [...(await getPublishedCharts())].map(([page, charts]) => ({
    // "/" is the home page (no segment); "/models/gpt-5-mini/" becomes "models/gpt-5-mini".
    params: { page: page.slice(1, -1) || undefined },
    props: { charts },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ charts: PageChart[] }> = ({ props }) =>
  new Response(
    JSON.stringify(Object.fromEntries(props.charts.map((c) => [c.id, clientSpec(c.spec)]))),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
