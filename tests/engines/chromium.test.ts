/** The reader's flows in chromium (tests/engines/flows.ts; how it is driven: driver.ts). */
import { describe } from 'vitest';
import { readerFlows } from './flows';

describe('chromium', () => readerFlows('chromium'));
