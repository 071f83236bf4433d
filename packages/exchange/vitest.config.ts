import { nodeProject } from '@duiding/vitest-config';

export default nodeProject('exchange');
