'use client';

import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useJsonAction } from '../ui/useJsonAction';

interface Person {
  id: string;
  name: string;
  groupId: string | null;
}

interface Group {
  id: string;
  name: string;
  color: string;
}

const NO_GROUP = '';

/**
 * People as chips in one column per group: drag a chip (finger or mouse) to another column to move
 * that person. Pointer events rather than HTML drag and drop, which tablets do not support well.
 */
export function GroupColumns({ workshopId, groups, people, labels }: { workshopId: string; groups: Group[]; people: Person[]; labels: { noGroup: string; failed: string; dragHint: string } }) {
  const { send, failed } = useJsonAction();
  const columns: { id: string; name: string; color: string }[] = [{ id: NO_GROUP, name: labels.noGroup, color: '#9ca3af' }, ...groups];

  async function move(personId: string, groupId: string) {
    await send('PATCH', `/api/workshops/${workshopId}/participants/${personId}`, { groupId: groupId === NO_GROUP ? null : groupId });
  }

  return (
    <div>
      <p className="plano-muted">{labels.dragHint}</p>
      {failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: `repeat(auto-fit, minmax(180px, 1fr))` }}>
        {columns.map((column) => (
          <div
            key={column.id || 'none'}
            data-group-drop={column.id}
            data-testid="group-column"
            data-group-name={column.name}
            className="plano-card"
            style={{ borderTop: `8px solid ${column.color}`, minHeight: 120, display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            <strong>{column.name}</strong>
            {people
              .filter((person) => (person.groupId ?? NO_GROUP) === column.id)
              .map((person) => (
                <PersonChip key={person.id} person={person} color={column.color} onDrop={(groupId) => groupId !== (person.groupId ?? NO_GROUP) && void move(person.id, groupId)} />
              ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function PersonChip({ person, color, onDrop }: { person: Person; color: string; onDrop: (groupId: string) => void }) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);

  function onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, y: event.clientY };
    setOffset({ x: 0, y: 0 });
  }

  function onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    if (!start.current) return;
    setOffset({ x: event.clientX - start.current.x, y: event.clientY - start.current.y });
  }

  function onPointerUp(event: ReactPointerEvent<HTMLDivElement>) {
    if (!start.current) return;
    start.current = null;
    setOffset(null);
    // The column under the finger, looking past the dragged chip (which still sits, in the DOM,
    // inside its old column).
    const chip = event.currentTarget;
    const target = document
      .elementsFromPoint(event.clientX, event.clientY)
      .filter((element) => !chip.contains(element))
      .map((element) => element.closest<HTMLElement>('[data-group-drop]'))
      .find((element): element is HTMLElement => element !== null);
    if (target) onDrop(target.dataset.groupDrop ?? NO_GROUP);
  }

  return (
    <div
      role="button"
      tabIndex={0}
      data-testid="person-chip"
      data-name={person.name}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        start.current = null;
        setOffset(null);
      }}
      style={{
        minHeight: 44,
        display: 'flex',
        alignItems: 'center',
        padding: '0 12px',
        borderRadius: 22,
        background: '#fff',
        border: `2px solid ${color}`,
        touchAction: 'none', // the finger drags the chip, not the page
        cursor: 'grab',
        userSelect: 'none',
        transform: offset ? `translate(${offset.x}px, ${offset.y}px)` : undefined,
        zIndex: offset ? 10 : undefined,
        position: 'relative',
        boxShadow: offset ? '0 6px 16px rgba(0,0,0,0.2)' : undefined,
      }}
    >
      {person.name}
    </div>
  );
}
