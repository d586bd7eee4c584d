/** The catalog entry at a dotted key ("summary.metric") of a messages object (en, fr). */
export const messageAt = (path: string, messages: object): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
