import { describe, expect, it } from 'vitest';
import { analysisVariantOf, soarTemplate, swotTemplate, switchAnalysis } from './swot';

const roles = (layout: { areas: { role: string }[] }) => layout.areas.map((area) => area.role);

describe('choosing SWOT or SOAR for the 4.1 board', () => {
  it('tells the two analyses apart by their quadrants', () => {
    expect(analysisVariantOf(['frame', ...roles(swotTemplate())])).toBe('swot');
    expect(analysisVariantOf(['frame', ...roles(soarTemplate())])).toBe('soar');
    expect(analysisVariantOf(['frame', 'current', 'proposed'])).toBeNull();
  });

  it('turns a fresh SWOT board into SOAR: weaknesses and threats go, aspirations and results come', () => {
    const { put, removeIds } = switchAnalysis('soar', 'page:page');
    expect(removeIds.sort()).toEqual(['shape:plano-area-swot-threats', 'shape:plano-area-swot-weaknesses']);
    const after = new Map(put.map((record) => [record.props.role, record]));
    expect([...after.keys()]).toEqual(['frame', 'strengths', 'opportunities', 'aspirations', 'results']);
    expect(after.get('frame')?.props.label.id).toBe('Analisis SOAR');
    // Opportunities keeps its id (so nothing is duplicated) and moves to SOAR's second quadrant.
    expect(after.get('opportunities')).toMatchObject({ id: 'shape:plano-area-swot-opportunities', x: 800, y: 0 });
    expect(put.every((record) => record.parentId === 'page:page' && record.isLocked)).toBe(true);
  });

  it('turns it back into the SWOT the board started with', () => {
    const { put, removeIds } = switchAnalysis('swot', 'page:page');
    expect(removeIds.sort()).toEqual(['shape:plano-area-swot-aspirations', 'shape:plano-area-swot-results']);
    expect(put.map((record) => record.props.role)).toEqual(['frame', ...roles(swotTemplate())]);
    expect(analysisVariantOf(put.map((record) => record.props.role))).toBe('swot');
  });
});
