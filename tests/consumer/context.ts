/** What the consumer project's global setup hands to its tests (see setup.ts). */
export interface ConsumerApp {
  /** The temporary app's directory: package.json, node_modules with the packed integrations-ui. */
  dir: string;
  /** The React version installed there. */
  react: string;
}

export interface ConsumerContext {
  /** The repository (the package's root). */
  root: string;
  /** The packed tarball the apps installed. */
  tarball: string;
  apps: { react19: ConsumerApp; react18: ConsumerApp | null };
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: ConsumerContext;
  }
}
