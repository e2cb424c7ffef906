import type { CSSProperties } from 'react';
import type { Block, DocImage, DocTable, DocumentModel } from '@/lib/document/model';

/**
 * A `DocumentModel` as HTML: the model the DOCX and PDF are rendered from, so what is read here
 * is what will be printed. Renders on the server; tables too wide for a tablet scroll sideways
 * inside their own frame instead of squeezing their columns.
 */
export function DocumentView({ model, labels }: { model: DocumentModel; labels: { contents: string } }) {
  return (
    // minmax(0, 1fr): a wide table must not stretch the column (and the page) to its own width.
    <article lang={model.lang} data-testid="document-view" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 24 }}>
      <header className="plano-card" data-testid="document-cover">
        <h2 style={{ margin: '0 0 4px', fontSize: '1.6rem' }}>{model.cover.title}</h2>
        <p style={{ margin: '0 0 16px', fontSize: '1.2rem', fontWeight: 600 }}>{model.cover.pdam}</p>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', margin: 0 }}>
          {model.cover.facts.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }} data-testid="cover-fact">
              <dt style={{ fontWeight: 600 }}>{label}</dt>
              <dd style={{ margin: 0 }}>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="plano-muted" style={{ fontStyle: 'italic', marginBottom: 0 }}>
          {model.cover.note}
        </p>
      </header>
      <nav aria-label={labels.contents} className="plano-card">
        <h2 style={{ margin: '0 0 8px', fontSize: '1.1rem' }}>{labels.contents}</h2>
        <ol style={{ margin: 0, paddingLeft: 24, display: 'grid' }}>
          {model.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${sectionAnchor(section.id)}`} style={{ display: 'inline-flex', alignItems: 'center', minHeight: 'var(--plano-touch)' }}>
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {model.sections.map((section) => (
        <section key={section.id} id={sectionAnchor(section.id)} data-testid="document-section" data-section={section.id} style={{ scrollMarginTop: 16 }}>
          <h2 style={{ fontSize: '1.35rem', borderBottom: '2px solid var(--plano-border)', paddingBottom: 6 }}>{section.title}</h2>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? <h3 style={{ fontSize: '1.15rem' }}>{block.text}</h3> : <h4 style={{ fontSize: '1.05rem', margin: '20px 0 8px' }}>{block.text}</h4>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'table':
      return <TableView table={block.table} />;
    case 'image':
      return <ImageView image={block.image} />;
  }
}

const cellStyle: CSSProperties = { border: '1px solid #8a9bb0', padding: '8px 10px', textAlign: 'left', verticalAlign: 'top' };

function TableView({ table }: { table: DocTable }) {
  return (
    <figure data-testid="document-table" data-table={table.id} data-wide={table.wide} style={{ margin: '0 0 20px' }}>
      {/* Focusable, so a keyboard can scroll a table wider than the screen. */}
      <div role="region" aria-label={table.columns.join(', ')} tabIndex={0} data-testid="table-scroll" style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch', background: 'var(--plano-card)' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: table.wide ? table.columns.length * 160 : undefined, fontSize: '0.95rem' }}>
          <thead>
            <tr>
              {table.columns.map((column, i) => (
                <th key={i} scope="col" style={{ ...cellStyle, background: '#e8eef5' }}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} data-testid="table-row">
                {row.map((text, c) => (
                  <td key={c} style={cellStyle}>
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="plano-muted" data-testid="table-source" style={{ fontSize: '0.85rem', fontStyle: 'italic', marginTop: 4 }}>
        {table.source}
      </figcaption>
    </figure>
  );
}

/**
 * A board drawing as an <img> of its SVG: an image context runs no script and loads nothing, so
 * the drawing stays inert whatever its cards say.
 */
function ImageView({ image }: { image: DocImage }) {
  return (
    <figure data-testid="document-image" data-image={image.id} style={{ margin: '0 0 24px' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{image.title}</figcaption>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL; next/image would only add a loader */}
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`}
        alt={image.title}
        width={image.width}
        height={image.height}
        style={{ display: 'block', maxWidth: '100%', height: 'auto', border: '1px solid var(--plano-border)', background: '#ffffff' }}
      />
      <p className="plano-muted" data-testid="image-source" style={{ fontSize: '0.85rem', fontStyle: 'italic', marginTop: 4 }}>
        {image.source}
      </p>
    </figure>
  );
}

function sectionAnchor(id: string): string {
  return `section-${id}`;
}
