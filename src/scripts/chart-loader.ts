/**
 * Defines <bar-chart>. It costs a few hundred bytes: Chart.js itself is imported only when a chart
 * comes within a screen of the viewport, so pages load fast and charts never load off screen.
 */
const draw = (host: HTMLElement) => import('./chart-render.ts').then(({ drawChart }) => drawChart(host));

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            void draw(entry.target as HTMLElement);
          }
        },
        { rootMargin: '100% 0px' },
      )
    : undefined;

class BarChartElement extends HTMLElement {
  connectedCallback() {
    if (observer) observer.observe(this);
    else void draw(this);
  }
}

if (!customElements.get('bar-chart')) customElements.define('bar-chart', BarChartElement);

export {};

declare global {
  interface HTMLElementTagNameMap {
    'bar-chart': BarChartElement;
  }
}
