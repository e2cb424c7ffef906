import { notFound } from 'next/navigation';
import { colorForUser } from '@/lib/board/userColor';
import { isValidDocName } from '@/lib/docName';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor } from '@/lib/i18n/translate';
import { BoardClient } from '@/components/board/BoardClient';
import { resolveBoardAccess } from '@/server/web/boardAccess';
import { getLang } from '@/server/web/session';

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
  return (
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
    />
  );
}
