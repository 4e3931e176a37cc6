/** What the library tells the reader after an action: done, failed, or working. */
export type Notice = { kind: 'ok' | 'error' | 'working'; text: string } | null;
