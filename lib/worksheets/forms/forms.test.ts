import { describe, expect, it } from 'vitest';
import { harapanKenyataanTemplate } from '../../board/templates/harapanKenyataan';
import { findTopic, TOPICS } from '../../method/topics';
import type { OutputKind } from '../../method/types';
import { worksheetOutputsOf } from '../../outputs/sheetOutputs';
import { computedCells } from '../tableSheet';
import { governanceChecklistForm } from './needsAnalysis';
import { staffCompetenceForm, staffProgrammeForm } from './staffTables';
import { TABLE_FORM_OF_KIND, TABLE_FORMS } from './index';

const formKinds = Object.keys(TABLE_FORM_OF_KIND) as OutputKind[];

describe('the table forms of the method', () => {
  it('are named after the output kind they fill, and each kind is a worksheet of some topic', () => {
    for (const kind of formKinds) {
      expect(TABLE_FORM_OF_KIND[kind]!.id).toBe(kind);
      expect(TOPICS.some((topic) => topic.worksheets.includes(kind)), kind).toBe(true);
    }
  });

  it('give every topic the worksheet screens the issue asks for', () => {
    const screens = (topicId: string) => worksheetOutputsOf(findTopic(topicId)!).map((output) => output.id);
    expect(screens('1.1')).toEqual(['1.1/stakeholder-matrix', '1.1/pokja-structure', '1.1/member-roles', '1.1/decree-draft']);
    expect(screens('1.2')).toEqual(['1.2/participatory-agreement', '1.2/work-calendar']);
    expect(screens('2.2')).toEqual(['2.2/regulation-table', '2.2/stpp-legal-corridor', '2.2/cooperation-legal-corridor']);
    expect(screens('3.1')).toEqual(['3.1/governance-checklist', '3.1/diagnostic-worksheet']);
    expect(screens('3.2')).toEqual(['3.2/root-causes', '3.2/integrated-solutions']);
    expect(screens('4.4')).toEqual(['4.4/competence-needs', '4.4/staff-programme']);
    expect(screens('5.1')).toEqual(['5.1/action-scheme', '5.1/smart-logframe']);
    expect(screens('5.2')).toEqual(['5.2/skema-tindakan-table', '5.2/citizen-charter']);
    expect(screens('6.1')).toContain('6.1/action-table-budgeted');
    expect(screens('5.3')).toEqual(['5.3/stpp-agreement', '5.3/juklak-juknis', '5.3/cooperation-draft']);
    expect(screens('7.1')).toEqual(['7.1/monev-format', '7.1/monev-team', '7.1/monev-workplan']);
    expect(screens('7.2')).toContain('7.2/writing-team');
  });

  it('only write formulas over their own columns', () => {
    for (const form of TABLE_FORMS) {
      const columns = new Set(form.columns.map((column) => column.id));
      for (const computed of form.computed ?? []) {
        const used = [...(computed.formula ?? '').matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
        for (const id of used) expect(columns.has(id), `${form.id}.${computed.id} uses ${id}`).toBe(true);
      }
    }
  });

  it('tell 4.7 the aspect of integrated solutions and of listed actions', () => {
    for (const kind of ['integrated-solutions', 'action-list', 'action-scheme', 'skema-tindakan-table'] as const) {
      const aspect = TABLE_FORM_OF_KIND[kind]!.columns.find((column) => column.id === 'aspect');
      expect(aspect?.choices?.map((choice) => choice.id), kind).toEqual(['technical', 'financial', 'management']);
    }
  });

  it('offer the 5.2 table the readiness and time-frame choices of 5.2 and 6.1', () => {
    const columns = TABLE_FORM_OF_KIND['skema-tindakan-table']!.columns;
    expect(columns.find((column) => column.id === 'start')?.choices?.map((choice) => choice.label.en)).toEqual(['Can start directly', 'Needs approval of the head of region']);
    expect(columns.find((column) => column.id === 'timeFrame')?.choices?.map((choice) => choice.label.en)).toEqual(['5 years', '1-2 years']);
    expect(columns.find((column) => column.id === 'cost')).toMatchObject({ type: 'number', min: 0 });
  });
});

describe('the good-governance checklist (3.1)', () => {
  it('has the Harapan/Kenyataan board’s five nodes as its fixed rows, in the board’s order', () => {
    const boardNodes = harapanKenyataanTemplate()
      .areas.map((area) => area.role)
      .filter((role) => role.startsWith('harapan:'))
      .map((role) => role.slice('harapan:'.length));
    expect(governanceChecklistForm.fixedRows?.map((row) => row.id)).toEqual(boardNodes);
    expect(governanceChecklistForm.fixedRows?.map((row) => row.label.id)).toEqual([
      'Penetapan kelompok sasaran',
      'Perancangan paket layanan',
      'Mobilisasi dukungan',
      'Penyaluran pelayanan',
      'Pusat pelayanan',
    ]);
  });

  it('counts the criteria a node meets', () => {
    const met = (cells: Record<string, boolean>) => computedCells(governanceChecklistForm, { cells }).criteriaMet;
    expect(met({})).toBe(0);
    expect(met({ transparent: true, participatory: false, accountable: true, affordable: true })).toBe(3);
    expect(governanceChecklistForm.computed?.[0].formula).toBe(
      '({transparent}=TRUE)+({participatory}=TRUE)+({accountable}=TRUE)+({accessible}=TRUE)+({affordable}=TRUE)',
    );
  });
});

describe('the staff tables (4.4)', () => {
  it('computes the competence gap in levels and in people, a surplus counting as no gap', () => {
    // Meter reading: level 2 now, level 4 needed → 2 levels short; 12 readers needed, 7 able → 5 short.
    expect(computedCells(staffCompetenceForm, { cells: { currentLevel: 2, requiredLevel: 4, staffNeeded: 12, staffAvailable: 7 } })).toEqual({ levelGap: 2, staffShortfall: 5 });
    // Already above the level, more able staff than needed: no gap.
    expect(computedCells(staffCompetenceForm, { cells: { currentLevel: 5, requiredLevel: 3, staffNeeded: 2, staffAvailable: 4 } })).toEqual({ levelGap: 0, staffShortfall: 0 });
    expect(computedCells(staffCompetenceForm, { cells: { requiredLevel: 3 } })).toEqual({ levelGap: null, staffShortfall: null });
  });

  it('computes a programme’s total cost from its participants (20 × Rp 1.500.000 = Rp 30.000.000)', () => {
    expect(computedCells(staffProgrammeForm, { cells: { participants: 20, costPerParticipant: 1_500_000 } }).totalCost).toBe(30_000_000);
    expect(computedCells(staffProgrammeForm, { cells: { participants: 20 } }).totalCost).toBeNull();
  });
});
