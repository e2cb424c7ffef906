/**
 * Websocket close codes Plano uses, in the 4000-4999 range the protocol leaves to applications.
 * They follow the y-websocket convention: 4400-4499 are final (the stock client stops
 * reconnecting, like an HTTP 4xx), 4500-4599 are "try again" (it reconnects). Clients show a
 * message in the user's language for each; tests assert them by name.
 */
export const CloseCode = {
  /** A frame that does not decode as the y-websocket protocol (bad varint, garbage update, unknown type). */
  malformedMessage: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  /** The document does not exist, or its name is not a valid doc name. */
  unknownDocument: 4404,
  /** The client reads too slowly and its outgoing buffer passed the limit; it may reconnect. */
  slowConsumer: 4508,
  /** One update is over its size limit. */
  tooLarge: 4413,
  /** A record the client wrote does not fit the board's schema (e.g. a card without text). */
  invalidRecord: 4422,
  /** The person was removed from the workshop. */
  accessRevoked: 4410,
  /** The person's role or group changed: reconnect to get the new rights. */
  accessChanged: 4520,
  /** Too many messages at once; the client may reconnect after its backoff. */
  rateLimited: 4529,
  /**
   * The update refers to changes the server does not have (Yjs would park it unseen until they
   * came). Not stored, not relayed. An honest client only sends one after the server dropped an
   * earlier update of its own (e.g. while the board was locked): reconnecting makes it send
   * everything the server lacks in one piece.
   */
  incompleteUpdate: 4512,
  /**
   * The update writes new structs as the Yjs client id of another person who is connected (who
   * would then see their own next edits ignored). Not stored, not relayed. An honest client only
   * sends one when it holds that person's edits and the server lost them (a restore after a
   * crash): by its next try, that person's own device has sent them.
   */
  writesAsAnotherDevice: 4509,
  /**
   * The board is full for this person's writes (see RoomLimits.maxDocBytes); the client keeps the
   * edit and re-sends it on reconnect, which succeeds once the facilitator made room.
   */
  boardFull: 4507,
  /** Storing an update failed; the client keeps it and re-sends it on reconnect. */
  storageFailure: 4500,
  /** The server is shutting down; every accepted update has been stored. */
  shuttingDown: 4503,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
