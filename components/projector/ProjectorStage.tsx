'use client';

import { useMemo, useState, type CSSProperties } from 'react';
import type * as Y from 'yjs';
import { format, dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { META_SPOTLIGHT, projectedDocName, readSpotlight } from '@/lib/session/spotlight';
import { BoardClient } from '@/components/board/BoardClient';
import type { BoardUser } from '@/components/board/useYjsStore';
import { useMetaValue } from '@/components/board/session/useMetaValue';

export interface ProjectedGroup {
  boardName: string;
  name: string;
  color: string;
}

export interface ProjectorStageProps {
  plenaryDocName: string;
  /** The session's group boards, the only ones a spotlight may show. */
  groups: readonly ProjectedGroup[];
  user: BoardUser;
  lang: Lang;
  title: string;
  followUserIds: readonly string[];
}

const spotlightStyle: CSSProperties = { position: 'fixed', inset: 0, zIndex: 1000, background: '#fff' };

const bannerStyle: CSSProperties = {
  position: 'fixed',
  left: 16,
  top: 16,
  zIndex: 1040,
  padding: '10px 22px',
  borderRadius: 14,
  color: '#fff',
  font: '700 32px/1.2 system-ui, sans-serif',
  boxShadow: '0 4px 16px rgba(0, 0, 0, 0.25)',
};

/**
 * What the projector shows: the plenary, following the facilitator, or, while the facilitator
 * spotlights a group (the plenary's `meta.spotlight`), that group's board, read-only, on top.
 * The plenary stays connected underneath so the release is seen at once.
 */
export function ProjectorStage({ plenaryDocName, groups, user, lang, title, followUserIds }: ProjectorStageProps) {
  const t = dictionaryFor(lang).console;
  const [plenaryDoc, setPlenaryDoc] = useState<Y.Doc | null>(null);
  const spotlight = useMetaValue(plenaryDoc, META_SPOTLIGHT, readSpotlight);
  const groupBoards = useMemo(() => new Set(groups.map((group) => group.boardName)), [groups]);
  const shown = projectedDocName(spotlight, plenaryDocName, groupBoards);
  const group = groups.find((candidate) => candidate.boardName === shown);

  return (
    <>
      <BoardClient docName={plenaryDocName} title={title} user={user} canWrite={false} lang={lang} projector followUserIds={followUserIds} onDoc={setPlenaryDoc} />
      {group && (
        <div style={spotlightStyle} data-testid="projector-spotlight" data-doc={group.boardName}>
          <BoardClient key={group.boardName} docName={group.boardName} title={group.name} user={user} canWrite={false} lang={lang} projector followUserIds={followUserIds} />
          <div style={{ ...bannerStyle, background: group.color }} data-testid="projector-spotlight-banner">
            {format(t.presenting, { group: group.name })}
          </div>
        </div>
      )}
    </>
  );
}
