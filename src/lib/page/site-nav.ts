/**
 * The site's name and its sections: the one home of these labels, read by the header's navigation
 * and by each page's breadcrumb trail (visible and in JSON-LD). Pure.
 */
import { SITE_NAME } from '../../site.ts';

export { SITE_NAME };

/** The catalog's sections, in navigation order. */
export const SECTIONS = [
  { href: '/', label: 'Versions' },
  { href: '/compare/', label: 'Compare' },
  { href: '/calculator/', label: 'Cost calculator' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/about/', label: 'About the data' },
] as const;
