import { describe, expect, it } from 'vitest';
import { areaShapeProps } from '../../shapes/area';
import { GOVERNANCE_NODES, SERVICE_FLOW_STEPS } from '../../method/vocabularies';
import { BOARD_TEMPLATES, FRAME_ROLE, indexKey, soarTemplate, templateAreaRecords, templateLayout, type TemplateLayout } from './index';

const layouts: [string, TemplateLayout][] = [...BOARD_TEMPLATES.map((t) => [t, templateLayout(t)] as [string, TemplateLayout]), ['soar', soarTemplate()]];

describe.each(layouts)('the %s template', (_name, layout) => {
  it('keeps every area inside its frame', () => {
    const { frame } = layout;
    for (const area of layout.areas) {
      expect(area.x).toBeGreaterThanOrEqual(frame.x);
      expect(area.y).toBeGreaterThanOrEqual(frame.y);
      expect(area.x + area.w).toBeLessThanOrEqual(frame.x + frame.w);
      expect(area.y + area.h).toBeLessThanOrEqual(frame.y + frame.h);
    }
  });

  it('gives every area a unique role and a unique id, the frame included', () => {
    const all = [layout.frame, ...layout.areas];
    expect(new Set(all.map((a) => a.role)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(layout.frame.role).toBe(FRAME_ROLE);
  });

  it('labels every area in Indonesian and in English', () => {
    for (const area of [layout.frame, ...layout.areas]) {
      expect(area.label.id.trim()).not.toBe('');
      expect(area.label.en.trim()).not.toBe('');
    }
  });

  it('produces the same ids on every call, so two clients seeding at once write the same records', () => {
    const again = templateLayout(layout.template);
    if (layout.template !== 'swot') expect(again).toEqual(layout);
    expect(templateAreaRecords(layout).map((r) => r.id)).toEqual([layout.frame, ...layout.areas].map((a) => a.id));
  });

  it('makes locked area records whose props pass the area validators, frame at the back', () => {
    const records = templateAreaRecords(layout);
    expect(records[0].props.role).toBe(FRAME_ROLE);
    for (const record of records) {
      expect(record.isLocked).toBe(true);
      for (const [key, validator] of Object.entries(areaShapeProps)) {
        expect(() => validator.validate(record.props[key as keyof typeof record.props])).not.toThrow();
      }
    }
    const indices = records.map((r) => r.index);
    expect([...indices].sort()).toEqual(indices);
  });
});

describe('the method-specific templates', () => {
  it('splits Harapan/Kenyataan by the five service-process nodes, with root-cause and idea rows per node', () => {
    const roles = templateLayout('harapan-kenyataan').areas.map((a) => a.role);
    for (const { key } of GOVERNANCE_NODES) {
      expect(roles).toEqual(expect.arrayContaining([`harapan:${key}`, `kenyataan:${key}`, `root-cause:${key}`, `idea:${key}`]));
    }
    expect(roles).toHaveLength(4 * GOVERNANCE_NODES.length);
  });

  it('lays the service-flow steps out left to right in the order of the flow', () => {
    const steps = templateLayout('service-flow').areas.filter((a) => a.role.startsWith('step:'));
    expect(steps.sort((a, b) => a.x - b.x).map((a) => a.role)).toEqual(SERVICE_FLOW_STEPS.map((s) => `step:${s.key}`));
  });

  it('draws the onion rings concentric, the innermost smallest and drawn last', () => {
    const rings = templateLayout('onion').areas;
    const centres = rings.map((r) => [r.x + r.w / 2, r.y + r.h / 2]);
    for (const c of centres) expect(c).toEqual(centres[0]);
    expect(rings.at(-1)?.role).toBe('ring-1');
    expect(rings.map((r) => r.w)).toEqual([...rings.map((r) => r.w)].sort((a, b) => b - a));
  });
});

describe('indexKey', () => {
  it('counts up in the order tldraw sorts shapes', () => {
    const keys = Array.from({ length: 200 }, (_, i) => indexKey(i));
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
