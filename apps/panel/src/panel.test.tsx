import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelStatus } from './panel-app';

afterEach(cleanup);

describe('PanelStatus', () => {
  it('says it is connected, with the server time in Dutch', () => {
    render(
      <PanelStatus
        connection={{ status: 'connected', serverTime: '2026-11-26T15:00:00.000Z' }}
        onRetry={vi.fn()}
      />,
    );
    expect(screen.getByText('Verbonden met de server')).toBeTruthy();
    expect(screen.getByText(/26 november 2026 om 16:00/)).toBeTruthy();
  });

  it('shows a clear error with a retry button when the server is unreachable', () => {
    const onRetry = vi.fn();
    render(
      <PanelStatus
        connection={{ status: 'failed', message: 'De server is niet bereikbaar.' }}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Geen verbinding met de server');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
