import { nodeAndDomProjects } from '@duiding/vitest-config';

export default nodeAndDomProjects('intake');
