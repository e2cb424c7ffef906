import { notFound } from 'next/navigation';
import { colorForUser } from '@/lib/board/userColor';
import { isValidDocName } from '@/lib/docName';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor } from '@/lib/i18n/translate';
import { BoardClient } from '@/components/board/BoardClient';
import { SessionBoardSwitcher } from '@/components/plenary/SessionBoardSwitcher';
import { runningSessionMinutes } from '@/server/http/sessionTimer';
import { getRuntime } from '@/server/runtime';
import { resolveBoardAccess } from '@/server/web/boardAccess';
import { getLang } from '@/server/web/session';
import { sessionBoardsAround } from '@/server/web/sessionBoards';

export const dynamic = 'force-dynamic';

/** The board page: access is decided here on the server; the canvas is a client island. */
export default async function BoardPage({ params, searchParams }: { params: Promise<{ docName: string }>; searchParams: Promise<{ token?: string }> }) {
  const [{ docName }, { token }, lang] = await Promise.all([params, searchParams, getLang()]);
  if (!isValidDocName(docName)) notFound();
  const access = await resolveBoardAccess(docName, token ?? null);
  const t = dictionaryFor(lang);
  if (!access) {
    return (
      <main className="plano-page">
        <p className="plano-error" role="alert">{t.board.accessDenied}</p>
      </main>
    );
  }
  // Signed-in people switch between the session's boards; a token opens only its own board.
  const sessionBoards = token ? [] : await sessionBoardsAround(access.doc, access.principal);
  // A facilitator's timer on a board of the running session is the session's: the server sets it on every board.
  const runsSessionTimer = access.writesWhenLocked && sessionBoards.some((board) => board.docName === docName);
  const sessionTimer = runsSessionTimer
    ? { workshopId: access.doc.workshopId, defaultMinutes: (await runningSessionMinutes(getRuntime().sql, access.doc.workshopId)) ?? undefined }
    : undefined;
  return (
    <>
      <BoardClient
        docName={docName}
        token={token}
        title={pick(access.doc.title, lang)}
        user={{ id: access.principal.userId, name: access.displayName || t.board.guest, color: colorForUser(access.principal.userId) }}
        canWrite={access.canWriteUnlocked}
        writesWhenLocked={access.writesWhenLocked}
        writesWhenOpen={access.writesWhenOpen}
        initiallyOpen={access.doc.openForParticipants}
        initiallyLocked={access.doc.locked}
        lang={lang}
        template={access.doc.template}
        groupId={access.doc.groupId ?? ''}
        sessionTimer={sessionTimer}
      />
      <SessionBoardSwitcher
        current={docName}
        boards={sessionBoards.map((board) => ({
          docName: board.docName,
          kind: board.kind,
          label: board.kind === 'plenary' ? t.home.plenary : board.name,
          color: board.color,
          mine: board.groupId !== null && board.groupId === access.principal.groupId,
          writable: board.writable,
        }))}
        labels={t.plenaryRoom}
      />
    </>
  );
}
