import { Link, useLocation } from 'wouter';
import { PANEL_PAGES, panelPageOf } from './panel-text';

/**
 * The panel area's own pages, as links. The current one is marked for screen readers, and
 * so is Rondes on a page below it (a wave's summary or meeting).
 */

export function PanelNav() {
  const [location] = useLocation();
  const current = panelPageOf(location);
  return (
    <nav aria-label="Panel" className="panel-nav">
      <ul>
        {PANEL_PAGES.map((page) => (
          <li key={page.path}>
            <Link
              href={page.path}
              aria-current={
                page.path !== current ? undefined : location === page.path ? 'page' : 'true'
              }
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
