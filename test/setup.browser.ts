import { afterEach } from 'vitest';
import { fixtureCleanup } from '@open-wc/testing';

// @open-wc's fixtures clean up after themselves only under Web Test Runner; do it here.
afterEach(() => fixtureCleanup());
