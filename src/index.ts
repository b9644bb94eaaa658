// Registers every element and exports the classes and types.
import './campaign-banner.js';
import './quick-exit.js';
import './tip-carousel.js';
import './risk-quiz.js';
import './helpline-finder.js';

export * from './classes.js';
