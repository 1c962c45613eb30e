/** The reader's flows in firefox (tests/engines/flows.ts; how it is driven: driver.ts). */
import { describe } from 'vitest';
import { readerFlows } from './flows';

describe('firefox', () => readerFlows('firefox'));
