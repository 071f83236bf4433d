import { useEffect } from 'react';

/** Asks before a reload or closing the tab drops answers that are neither sent nor saved. */
export function useLeaveWarning(unsent: boolean) {
  useEffect(() => {
    if (!unsent) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsent]);
}
