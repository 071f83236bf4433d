import { useLocalize } from '@duiding/ui';
import type { TIntakeTheme } from './collection-theme';

/** The site's name, and the region's logo when the collection has a theme. */
export function SiteHeader({ title, theme }: { title: string; theme?: TIntakeTheme | null }) {
  const text = useLocalize();
  return (
    <header className="site-header">
      {theme?.logo && <img className="site-logo" src={theme.logo.src} alt={text(theme.logo.alt)} />}
      <span className="site-name">{theme?.name ?? title}</span>
    </header>
  );
}
