/**
 * A page's breadcrumb trail, from its address: the site's home, each enclosing section that is a
 * page (`/compare/` above `/compare/a-vs-b/`), then the page itself. Folders that are not pages
 * (`/models/`) are skipped, so every crumb links somewhere real. Pure.
 */
import { SECTIONS, SITE_NAME } from './site-nav.ts';

export interface TrailStep {
  name: string;
  path: string;
}

export function breadcrumbTrail(pathname: string, pageName: string): TrailStep[] {
  const trail: TrailStep[] = [{ name: SITE_NAME, path: '/' }];
  if (pathname === '/') return trail;
  const parts = pathname.split('/').filter(Boolean);
  for (let depth = 1; depth < parts.length; depth++) {
    const path = `/${parts.slice(0, depth).join('/')}/`;
    const section = SECTIONS.find((s) => s.href === path);
    if (section) trail.push({ name: section.label, path });
  }
  const own = SECTIONS.find((s) => s.href === pathname);
  trail.push({ name: own?.label ?? pageName, path: pathname });
  return trail;
}
