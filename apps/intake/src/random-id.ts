// Shared with the portal's assisted and paper entry.
export { randomId } from '@duiding/ui';
