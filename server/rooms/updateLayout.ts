/**
 * The wire layout of a Yjs (v1) update, read byte by byte the way Yjs reads it: where each
 * client's section starts and how many structs it holds, and where the update ends.
 *
 * `Y.decodeUpdate` and `Y.applyUpdate` both stop reading after the delete set and ignore what
 * follows, and `applyUpdate` keeps only the LAST section of a client named twice (and obeys a
 * declared section even when it holds no struct, which `decodeUpdate` never shows). An update
 * is accepted only when this reading, `decodeUpdate` and `applyUpdate` must all see the same
 * thing: one non-empty section per client, no byte after the end, every number a safe integer.
 */
import * as decoding from 'lib0/decoding';

export interface UpdateSection {
  client: number;
  /** The clock of the section's first struct. */
  clock: number;
  structs: number;
}

export interface UpdateLayout {
  sections: UpdateSection[];
  /** Bytes of the update proper (structs and delete set); a well-formed update has no more. */
  endOffset: number;
}

/** Content kinds of an item (the low five bits of its info byte), as Yjs numbers them. */
const CONTENT = { gc: 0, deleted: 1, json: 2, binary: 3, string: 4, embed: 5, format: 6, type: 7, any: 8, doc: 9, skip: 10 } as const;
/** Nested types whose content names a key (an XML element's node name, a hook's name). */
const TYPE_WITH_KEY = new Set([3, 5]);
const LAST_TYPE_REF = 6;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const BITS5 = 31;

export class UpdateLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpdateLayoutError';
  }
}

/**
 * Reads the layout of `update`; throws UpdateLayoutError for anything Yjs would read differently
 * from what it shows (see the file comment). Call it on updates `Y.decodeUpdate` accepted.
 */
export function readUpdateLayout(update: Uint8Array): UpdateLayout {
  const decoder = decoding.createDecoder(update);
  const uint = () => {
    if (!decoding.hasContent(decoder)) throw new UpdateLayoutError('the update ends early');
    const value = decoding.readVarUint(decoder);
    if (!Number.isSafeInteger(value)) throw new UpdateLayoutError('a number in the update is not a safe integer');
    return value;
  };
  const skipBytes = () => {
    const length = uint();
    if (decoder.pos + length > update.byteLength) throw new UpdateLayoutError('a length points past the end of the update');
    decoder.pos += length;
  };
  const skipId = () => {
    uint();
    uint();
  };

  const sections: UpdateSection[] = [];
  const clients = new Set<number>();
  const sectionCount = uint();
  for (let s = 0; s < sectionCount; s++) {
    const structs = uint();
    const client = uint();
    const clock = uint();
    if (structs === 0) throw new UpdateLayoutError(`client ${client} has an empty section`);
    if (clients.has(client)) throw new UpdateLayoutError(`client ${client} has two sections`);
    clients.add(client);
    sections.push({ client, clock, structs });
    for (let i = 0; i < structs; i++) {
      if (!decoding.hasContent(decoder)) throw new UpdateLayoutError('the update ends early');
      const info = decoding.readUint8(decoder);
      const content = info & BITS5;
      if (content === CONTENT.gc || info === CONTENT.skip) {
        uint();
        continue;
      }
      if (content === CONTENT.skip) throw new UpdateLayoutError('a skip struct carries item flags');
      if (info & BIT8) skipId();
      if (info & BIT7) skipId();
      if ((info & (BIT7 | BIT8)) === 0) {
        const parentIsRoot = uint() === 1;
        if (parentIsRoot) skipBytes();
        else skipId();
        if (info & BIT6) skipBytes();
      }
      skipContent(content);
    }
  }
  // The delete set: clients, each with (clock, length) ranges.
  const dsClients = uint();
  for (let c = 0; c < dsClients; c++) {
    uint();
    const ranges = uint();
    for (let r = 0; r < ranges; r++) {
      uint();
      uint();
    }
  }
  return { sections, endOffset: decoder.pos };

  function skipContent(content: number): void {
    switch (content) {
      case CONTENT.deleted:
        uint();
        return;
      case CONTENT.json: {
        const count = uint();
        for (let i = 0; i < count; i++) skipBytes();
        return;
      }
      case CONTENT.binary:
      case CONTENT.string:
      case CONTENT.embed:
        skipBytes();
        return;
      case CONTENT.format:
        skipBytes();
        skipBytes();
        return;
      case CONTENT.type: {
        const typeRef = uint();
        if (typeRef > LAST_TYPE_REF) throw new UpdateLayoutError(`unknown nested type ${typeRef}`);
        if (TYPE_WITH_KEY.has(typeRef)) skipBytes();
        return;
      }
      case CONTENT.any: {
        const count = uint();
        for (let i = 0; i < count; i++) decoding.readAny(decoder);
        if (decoder.pos > update.byteLength) throw new UpdateLayoutError('a value points past the end of the update');
        return;
      }
      case CONTENT.doc:
        // Plano documents hold no sub-documents; Yjs would create one for whoever sends it.
        throw new UpdateLayoutError('sub-documents are not accepted');
      default:
        throw new UpdateLayoutError(`unknown content kind ${content}`);
    }
  }
}
