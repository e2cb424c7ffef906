/**
 * Where a workshop document opens: a board on the board page, a worksheet on its topic's
 * worksheet page (a worksheet is a Yjs document too, but drawing on it as a board would be wrong).
 */
export interface LinkableDoc {
  name: string;
  kind: 'plenary' | 'board' | 'worksheet';
  workshopId: string;
  topicId: string | null;
  outputId: string | null;
}

export function docHref(doc: LinkableDoc): string {
  if (doc.kind === 'worksheet' && doc.topicId && doc.outputId?.startsWith(`${doc.topicId}/`)) {
    const slug = doc.outputId.slice(doc.topicId.length + 1);
    return `/w/${encodeURIComponent(doc.workshopId)}/topics/${encodeURIComponent(doc.topicId)}/worksheets/${encodeURIComponent(slug)}`;
  }
  return `/board/${encodeURIComponent(doc.name)}`;
}
