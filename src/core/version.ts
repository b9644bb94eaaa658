declare const __COP_VERSION__: string;

/** The version of this copy of cop-widgets, written in at build time. */
export const VERSION: string = typeof __COP_VERSION__ === 'string' ? __COP_VERSION__ : 'development';
