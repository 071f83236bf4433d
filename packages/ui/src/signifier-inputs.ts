// The inputs with geometry (triad, dyad, stones) in their own chunk: the intake's first
// screens show none of them, so its first load need not carry them. See question-field.
export { DyadInput } from './dyad-input';
export { StonesInput } from './stones-input';
export { TriadInput } from './triad-input';
