import { matrixOn } from './matrix.suite.js';

matrixOn('pglite');
