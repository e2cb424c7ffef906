'use client';

import { useState, type CSSProperties } from 'react';

export interface SwitcherBoard {
  docName: string;
  kind: 'plenary' | 'group';
  /** Shown as is: the group's name, or the plenary's in the reader's language. */
  label: string;
  color: string;
  /** The reader's own group board. */
  mine: boolean;
  writable: boolean;
}

export interface SessionBoardSwitcherLabels {
  otherBoards: string;
  otherBoardsLabel: string;
  yourBoard: string;
  viewOnly: string;
}

const toggleStyle: CSSProperties = {
  minHeight: 44,
  padding: '0 16px',
  borderRadius: 22,
  border: '1px solid #cbd5e0',
  background: 'rgba(255,255,255,0.96)',
  boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
  font: '600 15px/1.2 system-ui, sans-serif',
  color: '#1a202c',
  cursor: 'pointer',
};

const linkStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: 12,
  minHeight: 48,
  padding: '0 14px',
  borderRadius: 10,
  background: '#fff',
  color: '#1a202c',
  textDecoration: 'none',
  font: '500 16px/1.2 system-ui, sans-serif',
};

/**
 * On a group board or the plenary: a tap opens the list of the session's other boards. A group
 * works on its own board first and may look at the others; the server decides who writes where,
 * the list only says it ("view only").
 */
export function SessionBoardSwitcher({ current, boards, labels }: { current: string; boards: readonly SwitcherBoard[]; labels: SessionBoardSwitcherLabels }) {
  const [open, setOpen] = useState(false);
  const others = boards.filter((board) => board.docName !== current);
  if (others.length === 0) return null;
  return (
    // Bottom left, above the connection badge: the top left holds tldraw's menu and the image export.
    // The list opens upwards, towards the middle of the board.
    <nav
      style={{ position: 'fixed', bottom: 124, left: 8, zIndex: 1001, display: 'flex', flexDirection: 'column-reverse', gap: 8, alignItems: 'flex-start' }}
      aria-label={labels.otherBoardsLabel}
      data-testid="board-switcher"
    >
      <button type="button" style={toggleStyle} aria-expanded={open} onClick={() => setOpen((now) => !now)} data-testid="board-switcher-toggle">
        {labels.otherBoards} {open ? '▴' : '▾'}
      </button>
      {open && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 8, display: 'grid', gap: 6, minWidth: 260, borderRadius: 14, background: 'rgba(247,250,252,0.98)', boxShadow: '0 4px 16px rgba(0,0,0,0.2)' }}>
          {others.map((board) => (
            <li key={board.docName}>
              {/* A full page load: the board page sets up its document once per board. */}
              <a
                href={`/board/${board.docName}`}
                style={{ ...linkStyle, borderLeft: `10px solid ${board.color}` }}
                data-testid="board-switcher-link"
                data-kind={board.kind}
                data-doc={board.docName}
                data-writable={board.writable}
              >
                <span>{board.label}</span>
                <span style={{ fontSize: 13, color: '#4a5568' }}>{board.mine ? labels.yourBoard : board.writable ? '' : labels.viewOnly}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
