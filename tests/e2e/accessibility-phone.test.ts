/**
 * Accessibility at phone width, on one page of each type per locale and the 404 page: see
 * tests/support/axe.ts for what runs and why these pages.
 */
import { describe } from 'vitest';
import { PHONE } from '../support/browser';
import { axeSuite, phonePages } from '../support/axe';

describe('phone', () => axeSuite(PHONE, phonePages()));
