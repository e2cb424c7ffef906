'use client';

import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { Tldraw, useTldrawCurrentUser, type Editor, type TLUserPreferences } from 'tldraw';
import 'tldraw/tldraw.css';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { personalDocName } from '@/lib/board/personalDoc';
import { isBoardTemplate } from '@/lib/board/templates';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { AREA_SHAPE_TYPE } from '@/lib/shapes/area';
import { boardAssetUrls } from './assetUrls';
import { META_LOCKED, META_OPEN } from '@/lib/board/docMeta';
import { ConnectionBadge, useConnectionState } from './ConnectionBadge';
import { useMetaFlag } from './useMetaFlag';
import { boardShapeUtils, boardTools } from './shapes';
import { CardPanel } from './shapes/CardPanel';
import { cardContextFor } from './shapes/cardEditing';
import { reconnectNow, useYjsStore, type BoardUser } from './useYjsStore';
import { BoardVotingContext, useBoardVotingState } from './voting/BoardVoting';
import { usePrivateCardVisibility } from './voting/privateCardVisibility';
import { SessionTimer } from './session/SessionTimer';
import { useFollowLeader } from './session/useFollowLeader';
import { BoardSessionControls } from './session/BoardSessionControls';
import { BoardFullBanner } from './BoardFullBanner';

declare global {
  interface Window {
    /** The board's tldraw editor, for end-to-end tests and debugging. */
    __planoEditor?: Editor;
    /** The board's Y.Doc (records in the `tldraw` map), for end-to-end tests and debugging. */
    __planoYdoc?: Y.Doc;
    /** The board's websocket provider (`.synced`, `.wsconnected`, `.awareness`). */
    __planoProvider?: WebsocketProvider;
    /** This person's private space on the board (private cards, ballots), when they have one. */
    __planoPrivateDoc?: Y.Doc;
  }
}

export interface BoardCanvasProps {
  /** Opaque, url-safe id of the board's Yjs document. */
  docName: string;
  /** Access token for the websocket; not needed with a session cookie. */
  token?: string;
  /** Websocket endpoint without the doc name; default `ws(s)://<location.host>/yjs`. */
  wsUrl?: string;
  user: BoardUser;
  /** May write while the board is not locked (decided by the server). */
  canWrite: boolean;
  /** Facilitators keep writing on a locked board. */
  writesWhenLocked?: boolean;
  /** May write while the facilitator has opened the board for participants (the plenary). */
  writesWhenOpen?: boolean;
  /** Whether the board was open for participants when the page was rendered; kept live from meta. */
  initiallyOpen?: boolean;
  /** Whether the board was locked when the page was rendered; the document's meta then keeps it live. */
  initiallyLocked?: boolean;
  lang: Lang;
  /** The doc's board template (`docs.template`); an empty board starts with its sheet. */
  template?: string | null;
  /** The breakout group owning the board, stamped on every card written here; '' if none. */
  groupId?: string;
  /** Projector mode: no tldraw UI, a large timer without controls. */
  projector?: boolean;
  /** User ids whose viewport this canvas follows (the projector follows the facilitators). */
  followUserIds?: readonly string[];
  /** Told the board's Y.Doc once it exists (null when it goes), e.g. for the projector's spotlight. */
  onDoc?: (ydoc: Y.Doc | null) => void;
  /** Told the board's tldraw editor once it is mounted (null when it goes), e.g. for image export. */
  onEditor?: (editor: Editor | null) => void;
  /** A facilitator on a board of the running session: the timer is the session's (set on every board), of the agenda's length. */
  sessionTimer?: { workshopId: string; defaultMinutes?: number };
}

const tldrawComponents = { InFrontOfTheCanvas: CardPanel };

const fullViewport: CSSProperties = { position: 'fixed', inset: 0 };

const statusBarStyle: CSSProperties = {
  position: 'absolute',
  left: 8,
  bottom: 64,
  zIndex: 1000,
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 8,
  pointerEvents: 'none',
};

const pillStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  minHeight: 44,
  padding: '6px 14px',
  borderRadius: 22,
  background: '#2d3748',
  color: '#fff',
  font: '500 15px/1.25 system-ui, sans-serif',
};

const centeredMessageStyle: CSSProperties = {
  ...fullViewport,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 12,
  padding: 24,
  background: '#f9fafb',
  color: '#1a202c',
  font: '16px/1.5 system-ui, sans-serif',
  textAlign: 'center',
};

/**
 * A full-viewport tldraw board whose document lives in a shared Yjs document: live with everyone
 * on the same board, usable offline, read-only when the user may not write.
 */
export function BoardCanvas({ docName, token, wsUrl, user, canWrite, writesWhenLocked = false, writesWhenOpen = false, initiallyOpen = false, initiallyLocked = false, lang, template = null, groupId = '', projector = false, followUserIds = [], onDoc, onEditor, sessionTimer }: BoardCanvasProps) {
  const t = dictionaryFor(lang).board;
  const sync = useYjsStore({
    docName,
    token,
    wsUrl,
    user,
    // The store mirrors local edits whenever this person may write in some state of the board;
    // the editor's read-only mode (below) and the server decide what is allowed right now.
    canWrite: canWrite || writesWhenOpen,
    firstPageName: t.firstPage,
    template: isBoardTemplate(template) ? template : null,
    shapeUtils: boardShapeUtils,
    // Whoever may write here gets a private space for private cards and ballots.
    privateDocName: !projector && (canWrite || writesWhenOpen || writesWhenLocked) ? personalDocName(docName, user.id) : null,
  });
  const provider = sync.status === 'starting' ? null : sync.provider;
  const ydoc = sync.status === 'starting' ? null : sync.ydoc;
  const connection = useConnectionState(provider, ydoc, docName);
  const [editor, setEditor] = useState<Editor | null>(null);

  const docIsNewer = sync.status === 'ready' && sync.docIsNewer;
  // Only worth saying once the first connection attempts have failed.
  const waitsForNetwork = sync.status === 'loading' && sync.needsNetwork && connection.status !== 'connecting';
  // The server refuses a participant's writes on a locked board; the board says so at once.
  const locked = useMetaFlag(ydoc, META_LOCKED, initiallyLocked);
  const lockedOut = locked && !writesWhenLocked;
  // The facilitator can open the plenary for participants' writes, and close it again.
  const open = useMetaFlag(ydoc, META_OPEN, initiallyOpen);
  const writable = open ? writesWhenOpen || canWrite : canWrite;
  const readOnly = !writable || docIsNewer || lockedOut;
  // Facilitator rights (writing on a locked board) are also what may run a vote or private mode.
  const voting = useBoardVotingState(ydoc, user.id, writesWhenLocked, sync.status === 'ready' ? sync.privateDoc : null);
  const getShapeVisibility = usePrivateCardVisibility(voting?.privateMode ?? null, user.id);

  const [preferences, setPreferences] = useState<TLUserPreferences | null>(null);
  const tldrawUser = useTldrawCurrentUser({
    // Identity comes from the sign-in, not from tldraw's own (localStorage) preferences, so remote
    // cursors carry the right name and presence matches the user id.
    userPreferences: { ...preferences, id: user.id, name: user.name, color: user.color, locale: lang },
    setUserPreferences: setPreferences,
  });

  useFollowLeader(editor, followUserIds);
  useEffect(() => onEditor?.(editor), [editor, onEditor]);
  useEffect(() => {
    if (!onDoc || !ydoc) return;
    onDoc(ydoc);
    return () => onDoc(null);
  }, [onDoc, ydoc]);

  const readOnlyRef = useRef(readOnly);
  const groupIdRef = useRef(groupId);
  useEffect(() => {
    groupIdRef.current = groupId;
    if (editor) cardContextFor(editor).groupId = groupId;
  }, [editor, groupId]);
  useEffect(() => {
    readOnlyRef.current = readOnly;
    editor?.updateInstanceState({ isReadonly: readOnly });
  }, [editor, readOnly]);

  const privateDoc = sync.status === 'ready' ? sync.privateDoc : null;
  useEffect(() => {
    if (!privateDoc) return;
    window.__planoPrivateDoc = privateDoc;
    return () => {
      if (window.__planoPrivateDoc === privateDoc) delete window.__planoPrivateDoc;
    };
  }, [privateDoc]);

  useEffect(() => {
    if (!ydoc || !provider) return;
    window.__planoYdoc = ydoc;
    window.__planoProvider = provider;
    return () => {
      if (window.__planoYdoc === ydoc) delete window.__planoYdoc;
      if (window.__planoProvider === provider) delete window.__planoProvider;
    };
  }, [ydoc, provider]);

  const handleMount = useCallback((mounted: Editor) => {
    // Set before the first paint so a read-only user never sees the drawing tools.
    mounted.updateInstanceState({ isReadonly: readOnlyRef.current });
    cardContextFor(mounted).groupId = groupIdRef.current;
    showWholeSheet(mounted);
    window.__planoEditor = mounted;
    setEditor(mounted);
    return () => {
      if (window.__planoEditor === mounted) delete window.__planoEditor;
      setEditor(null);
    };
  }, []);

  const handleReconnect = useCallback(() => {
    if (provider) reconnectNow(provider);
  }, [provider]);

  return (
    <div style={fullViewport} data-testid="board-canvas" data-board-status={sync.status}>
      {sync.status === 'ready' ? (
        <BoardVotingContext.Provider value={voting}>
          <Tldraw
            store={sync.store}
            assetUrls={boardAssetUrls}
            locale={lang}
            user={tldrawUser}
            onMount={handleMount}
            shapeUtils={boardShapeUtils}
            tools={boardTools}
            components={tldrawComponents}
            getShapeVisibility={getShapeVisibility}
            hideUi={projector}
            licenseKey={process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY}
          />
        </BoardVotingContext.Provider>
      ) : (
        <div style={centeredMessageStyle}>
          <p style={{ margin: 0, maxWidth: 420 }}>{waitsForNetwork ? t.needsNetwork : t.loading}</p>
        </div>
      )}
      <SessionTimer
        ydoc={ydoc}
        lang={lang}
        canControl={writesWhenLocked && !projector}
        size={projector ? 'projector' : 'board'}
        defaultMinutes={sessionTimer?.defaultMinutes}
        sessionWorkshopId={sessionTimer?.workshopId}
      />
      {!projector && <BoardFullBanner ydoc={ydoc} docName={docName} facilitates={writesWhenLocked} lang={lang} />}
      {!projector && sync.status === 'ready' && <BoardSessionControls ydoc={ydoc} provider={provider} editor={editor} userId={user.id} facilitates={writesWhenLocked} lang={lang} />}
      <div style={statusBarStyle}>
        <ConnectionBadge state={connection} lang={lang} onReconnect={handleReconnect} />
        {readOnly && (
          <div style={pillStyle} data-testid="read-only-label">
            {docIsNewer ? `${t.readOnly} · ${t.newerVersion}` : lockedOut ? `${t.readOnly} · ${t.lockedByFacilitator}` : t.readOnly}
          </div>
        )}
      </div>
    </div>
  );
}

/** Opens a template board on its whole sheet, so everyone starts from the same overview. */
function showWholeSheet(editor: Editor): void {
  const frame = editor.getCurrentPageShapes().find((shape) => shape.type === AREA_SHAPE_TYPE && shape.props.role === 'frame');
  const bounds = frame ? editor.getShapePageBounds(frame) : undefined;
  if (bounds) editor.zoomToBounds(bounds, { inset: 16 });
}
