/** The reader's flows in webkit (tests/engines/flows.ts; how it is driven: driver.ts). */
import { describe } from 'vitest';
import { readerFlows } from './flows';

describe('webkit', () => readerFlows('webkit'));
