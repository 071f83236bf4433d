import '@duiding/ui/styles.css';
import './intake.css';
import './collection-theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntakeApp } from './intake-app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <IntakeApp />
  </StrictMode>,
);
