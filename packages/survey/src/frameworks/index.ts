import type { TFramework } from '../framework';
import { haaglandenPanelWave1, haaglandenPanelWave2 } from './haaglanden-panel';
import { zhzJeugdhulp } from './zhz-jeugdhulp';
import { zhzVerteltLanding, zhzVerteltTheme } from './zhz-vertelt-landing';

export {
  haaglandenPanelWave1,
  haaglandenPanelWave2,
  zhzJeugdhulp,
  zhzVerteltLanding,
  zhzVerteltTheme,
};

/** The demo project's questionnaires: the ZHZ stories collection and both panel waves. */
export const exampleFrameworks: readonly TFramework[] = [
  zhzJeugdhulp,
  haaglandenPanelWave1,
  haaglandenPanelWave2,
];
