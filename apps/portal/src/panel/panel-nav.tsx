import { Link, useLocation } from 'wouter';

/** The panel area's own pages, as links; the current one is marked for screen readers. */
const PAGES = [
  { path: '/panel', label: 'Leden' },
  { path: '/panel/rondes', label: 'Rondes' },
  { path: '/panel/mail', label: 'Mail' },
] as const;

export function PanelNav() {
  const [location] = useLocation();
  return (
    <nav aria-label="Panel" className="panel-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <Link href={page.path} aria-current={location === page.path ? 'page' : undefined}>
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
