import '@duiding/ui/styles.css';
import './intake.css';
import './collection-theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { collectionFromAddress } from './collection-address';
import { IntakeApp, LoadFailed, loadCollection, loadFailureTexts } from './intake-app';

// The collection is asked for before React renders anything (public/open-early.js asked
// even before this script arrived); until it is here the page's own HTML stays on screen.
const address = collectionFromAddress(window.location);
const root = createRoot(document.getElementById('root')!);
loadCollection(address).then(
  (open) =>
    root.render(
      <StrictMode>
        <IntakeApp address={address} open={open} />
      </StrictMode>,
    ),
  async (error: unknown) => {
    await loadFailureTexts().catch(() => {});
    root.render(
      <StrictMode>
        <LoadFailed error={error} />
      </StrictMode>,
    );
  },
);
