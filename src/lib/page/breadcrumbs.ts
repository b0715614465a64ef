/**
 * A page's breadcrumb trail: the site's home, each enclosing section that is a page (`/compare/`
 * above `/compare/a-vs-b/`), the pages the address does not show but the page sits under (a
 * version's line), then the page itself. Folders that are not pages (`/models/`) are skipped, so
 * every crumb links somewhere real. The layout computes it once per page and renders both the
 * visible trail and the JSON-LD BreadcrumbList from it. Pure.
 */
import { SECTIONS, SITE_NAME } from './site-nav.ts';

export interface TrailStep {
  name: string;
  path: string;
}

/**
 * The trail to `pathname`, named `pageName` unless it is a section (sections keep their label).
 * `via` are the pages above it that its address does not show; a step already on the trail (a
 * line whose page is the home page) is not repeated.
 */
export function breadcrumbTrail(
  pathname: string,
  pageName: string,
  via: readonly TrailStep[] = [],
): TrailStep[] {
  const trail: TrailStep[] = [{ name: SITE_NAME, path: '/' }];
  if (pathname === '/') return trail;
  const parts = pathname.split('/').filter(Boolean);
  for (let depth = 1; depth < parts.length; depth++) {
    const path = `/${parts.slice(0, depth).join('/')}/`;
    const section = SECTIONS.find((s) => s.href === path);
    if (section) trail.push({ name: section.label, path });
  }
  for (const step of via) {
    if (step.path !== pathname && !trail.some((s) => s.path === step.path)) trail.push(step);
  }
  const own = SECTIONS.find((s) => s.href === pathname);
  trail.push({ name: own?.label ?? pageName, path: pathname });
  return trail;
}

/**
 * Whether a page shows its trail: every page but the sections, which the header's navigation
 * already marks as the current one (and whose trail is only the home page and themselves).
 */
export function showsTrail(pathname: string): boolean {
  return !SECTIONS.some((s) => s.href === pathname);
}
