// Registers every element and exports the classes and types.
import './campaign-banner.js';

export * from './classes.js';
