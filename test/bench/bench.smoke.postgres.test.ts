import { benchSmokeOn } from './bench.smoke.suite.js';

benchSmokeOn('postgres');
