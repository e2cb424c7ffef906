/**
 * Websocket close codes Plano uses, in the 4000-4999 range the protocol leaves to applications.
 * Clients show a message in the user's language for each; tests assert them by name.
 */
export const CloseCode = {
  /** A frame that does not decode as the y-websocket protocol (bad varint, garbage update, unknown type). */
  malformedMessage: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  /** The document does not exist, or its name is not a valid doc name. */
  unknownDocument: 4404,
  /** The client reads too slowly and its outgoing buffer passed the limit. */
  slowConsumer: 4408,
  /** One update, or the document as a whole, is over its size limit. */
  tooLarge: 4413,
  /** Access was withdrawn (person removed from the workshop, role changed). */
  accessRevoked: 4410,
  rateLimited: 4429,
  /** Storing an update failed; the client keeps it and re-sends it on reconnect. */
  storageFailure: 4500,
  /** The server is shutting down; every accepted update has been stored. */
  shuttingDown: 4503,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
