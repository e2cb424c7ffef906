/**
 * The check that a foreign document state is one the live server could hold: the same judgement
 * every live update gets (server/rooms/documentRules.ts), so a broken or hostile archive is
 * refused before anything is written. (A stored document as one update: `loadDocState` in
 * `server/db/storedDoc`.)
 */
export { readDocumentState as readWholeState } from '../rooms/documentRules';
