/**
 * Reveals private spaces (lib/board/personalDoc.ts) into their board. While private brainstorming
 * is on, each person's new cards stay in their private space; while a vote is open, each ballot
 * does. The server copies them onto the board when the facilitator reveals (turns private mode
 * off, reveals or ends the vote), and, for what arrives later from a tablet that was offline,
 * whenever a private space changes or opens while its board is revealed. Copied cards leave the
 * private space (the board's copy is the card now); ballots are copied once per vote and person.
 */
import { META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { BALLOTS_MAP, boardOfPersonalDoc, PRIVATE_RECORDS_MAP } from '@/lib/board/personalDoc';
import { META_PRIVATE, readPrivateMode } from '@/lib/board/privateMode';
import { ballotProblem, META_VOTE, readVoteState, voteEntryKey, VOTES_MAP } from '@/lib/board/voting';
import { recordProblem } from '@/lib/shapes/boardSchema';
import { personalDocByName, personalDocsOfBoard, type PersonalDoc } from '../db/personalDocs';
import type { Sql } from '../db/Sql';
import type { Logger } from '../log';
import type { Room, RoomExtension } from '../rooms/Room';
import type { RoomLifecycle, RoomRegistry } from '../rooms/RoomRegistry';

/** What the board shows of its private spaces right now. */
interface Reveal {
  /** Private cards go on the board (private mode is off). */
  cards: boolean;
  /** The vote whose ballots stay private (the open one), if any. */
  openVoteId: string | null;
}

export interface PrivateSpaces {
  extension: RoomExtension;
  lifecycle: RoomLifecycle;
  /** Resolves once every reveal started so far has finished (tests, shutdown). */
  settled(): Promise<void>;
}

export function createPrivateSpaces(deps: { sql: Sql; registry: () => RoomRegistry; log: Logger }): PrivateSpaces {
  /** Per board, what was revealed when last looked at: a change of it reveals every private space. */
  const lastSeen = new Map<string, Reveal>();
  /** Per board, the reveal running now; the next one waits for it. */
  const queues = new Map<string, Promise<void>>();

  /** Jobs queued and not started yet, by what they look at: a burst of commits needs one look. */
  const waiting = new Set<string>();

  const enqueue = (board: string, key: string, work: () => Promise<void>) => {
    if (waiting.has(key)) return;
    waiting.add(key);
    const job = () => {
      waiting.delete(key);
      return work();
    };
    const previous = queues.get(board) ?? Promise.resolve();
    const next = previous.then(job).catch((error: unknown) => deps.log.error('revealing private spaces failed; retried at the next change', { doc: board, error: String(error) }));
    queues.set(board, next);
    void next.finally(() => {
      if (queues.get(board) === next) queues.delete(board);
    });
  };

  /** Copies what `board` reveals of the given private spaces onto it. */
  const revealInto = async (board: string, spaces: readonly PersonalDoc[]) => {
    const registry = deps.registry();
    const boardRoom = await registry.acquire(board);
    try {
      const reveal = revealOf(boardRoom);
      lastSeen.set(board, reveal);
      for (const space of spaces) await revealSpace(registry, boardRoom, space, reveal);
      await boardRoom.flush();
    } finally {
      registry.release(board);
    }
  };

  const onPrivateSpace = (name: string) => {
    const board = boardOfPersonalDoc(name);
    if (!board) return;
    enqueue(board, name, async () => {
      const space = await personalDocByName(deps.sql, name);
      if (space) await revealInto(board, [space]);
    });
  };

  return {
    extension: {
      afterCommit(docName) {
        if (boardOfPersonalDoc(docName)) {
          onPrivateSpace(docName);
          return;
        }
        enqueue(docName, docName, async () => {
          const room = await deps.registry().peek(docName);
          if (!room) return;
          const seen = lastSeen.get(docName);
          const now = revealOf(room);
          lastSeen.set(docName, now);
          // Not seen since the room loaded: whatever was revealed meanwhile (e.g. before a restart)
          // may still wait in private spaces, so look once.
          const newlyRevealed = seen === undefined || (now.cards && !seen.cards) || (seen.openVoteId !== null && now.openVoteId !== seen.openVoteId);
          if (!newlyRevealed) return;
          const spaces = await personalDocsOfBoard(deps.sql, docName);
          if (spaces.length > 0) await revealInto(docName, spaces);
        });
      },
    },
    lifecycle: {
      afterLoad(room) {
        if (boardOfPersonalDoc(room.name)) onPrivateSpace(room.name);
      },
      afterUnload(name) {
        lastSeen.delete(name);
      },
    },
    async settled() {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
  };
}

function revealOf(boardRoom: Room): Reveal {
  const meta = boardRoom.doc.getMap<unknown>(META_MAP);
  const vote = readVoteState(meta.get(META_VOTE));
  return { cards: readPrivateMode(meta.get(META_PRIVATE)) === null, openVoteId: vote?.phase === 'open' ? vote.id : null };
}

async function revealSpace(registry: RoomRegistry, boardRoom: Room, space: PersonalDoc, reveal: Reveal): Promise<void> {
  const room = await registry.acquire(space.name);
  try {
    // Cards are copied while they fit the owner's share of the board: a private space stuffed
    // with huge cards must not fill the board for everyone at the reveal. The rest stays private.
    const cards: Array<[string, unknown]> = [];
    if (reveal.cards) {
      let bytes = 0;
      for (const [id, record] of room.doc.getMap<unknown>(PRIVATE_RECORDS_MAP).entries()) {
        bytes += JSON.stringify(record).length;
        if (!boardRoom.hasRoomForParticipant(bytes)) break;
        cards.push([id, record]);
      }
    }
    const ballots = [...room.doc.getMap<unknown>(BALLOTS_MAP).entries()].filter(([voteId, dots]) => voteId !== reveal.openVoteId && ballotProblem(voteId, dots) === null);
    if (cards.length === 0 && ballots.length === 0) return;
    boardRoom.applyServerChange((doc) => {
      const records = doc.getMap<unknown>(RECORDS_MAP);
      for (const [id, record] of cards) {
        if (recordProblem(id, record) === null && JSON.stringify(records.get(id)) !== JSON.stringify(record)) records.set(id, record);
      }
      const votes = doc.getMap<unknown>(VOTES_MAP);
      for (const [voteId, dots] of ballots) {
        const key = voteEntryKey(voteId, space.ownerId);
        if (!votes.has(key)) votes.set(key, dots);
      }
    });
    // Stored before the cards leave the private space: a crash between the two loses nothing.
    await boardRoom.flush();
    if (cards.length > 0) {
      room.applyServerChange((doc) => {
        const kept = doc.getMap<unknown>(PRIVATE_RECORDS_MAP);
        for (const [id] of cards) kept.delete(id);
      });
      await room.flush();
    }
  } finally {
    registry.release(space.name);
  }
}
