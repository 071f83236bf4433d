import type { TTriadValue } from '@duiding/survey';
import { triadToPercentages } from './triad';

/**
 * A sentence for screen readers, in corner order:
 * "45% Mijn eigen kracht, 35% De hulpverlener, 20% Mensen om mij heen".
 */
export function describeTriad(
  value: TTriadValue,
  cornerLabels: readonly [string, string, string],
): string {
  const percentages = triadToPercentages(value);
  return percentages.map((p, i) => `${p}% ${cornerLabels[i]}`).join(', ');
}
