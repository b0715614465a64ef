/**
 * The site's name and its sections: the one home of these labels, read by the header's navigation
 * and by each page's breadcrumb trail (visible and in JSON-LD). Pure.
 */
export const SITE_NAME = 'GPT mini catalog';

/** The catalog's sections, in navigation order. */
export const SECTIONS = [
  { href: '/', label: 'Versions' },
  { href: '/compare/', label: 'Compare' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/about/', label: 'About the data' },
] as const;
