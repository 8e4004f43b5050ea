export * from './types';
export { buildAtlas } from './buildAtlas';
export { indexAtlas, type Atlas } from './atlas';
export { formatProblem } from './problems';
export { localize, localText } from './localize';
