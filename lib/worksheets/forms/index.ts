/**
 * Every table worksheet form, by id, and the output kind each fills. The MCUA matrix (4.7) and the
 * issue ranking matrix (2.1) are matrices with their own sheets and screens, not tables.
 */
import type { OutputKind } from '../../method/types';
import type { TableForm } from '../tableForm';
import { actionListForm } from './actionList';
import { actionSchemeForm, smartLogframeForm } from './actionScheme';
import { activityPlanForm } from './activityPlan';
import { citizenCharterForm } from './citizenCharter';
import { documentDraftForm, narrativeForm } from './documents';
import { financeProposalsForm } from './financeProposals';
import { gapTableForm } from './gapTable';
import { implementationScheduleForm, integrationPlanForm, oversightMechanismForm, programmeMatrixForm } from './implementation';
import { bestPracticeOutlineForm, monevFormatForm } from './monev';
import { diagnosticWorksheetForm, governanceChecklistForm } from './needsAnalysis';
import { policyProposalsForm } from './policyProposals';
import { agreementRecordForm, teamRosterForm, workCalendarForm } from './records';
import { regulationTableForm } from './regulationTable';
import { integratedSolutionsForm, rootCausesPerStepForm } from './serviceFlow';
import { skemaTindakanForm } from './skemaTindakan';
import { staffCompetenceForm, staffProgrammeForm } from './staffTables';
import { swotStrategiesForm } from './swotStrategies';
import { taskAnalysisForm, unitRoleForm } from './unitTables';
import { memberRolesForm, pokjaStructureForm, stakeholderMatrixForm } from './workingGroup';

/** Output kind → the form of its table worksheet. Each form's id is the kind it fills. */
export const TABLE_FORM_OF_KIND: Partial<Record<OutputKind, TableForm>> = {
  'stakeholder-matrix': stakeholderMatrixForm,
  'pokja-structure': pokjaStructureForm,
  'member-roles': memberRolesForm,
  'document-draft': documentDraftForm,
  'agreement-record': agreementRecordForm,
  'work-calendar': workCalendarForm,
  'narrative': narrativeForm,
  'regulation-table': regulationTableForm,
  'gap-table': gapTableForm,
  'governance-checklist': governanceChecklistForm,
  'diagnostic-worksheet': diagnosticWorksheetForm,
  'root-causes-per-step': rootCausesPerStepForm,
  'integrated-solutions': integratedSolutionsForm,
  'swot-strategies': swotStrategiesForm,
  'policy-proposals': policyProposalsForm,
  'activity-plan': activityPlanForm,
  'staff-competence-table': staffCompetenceForm,
  'staff-programme-table': staffProgrammeForm,
  'unit-role-table': unitRoleForm,
  'task-analysis-table': taskAnalysisForm,
  'finance-proposals': financeProposalsForm,
  'action-list': actionListForm,
  'action-scheme': actionSchemeForm,
  'smart-logframe': smartLogframeForm,
  'skema-tindakan-table': skemaTindakanForm,
  'citizen-charter': citizenCharterForm,
  'integration-plan': integrationPlanForm,
  'programme-matrix': programmeMatrixForm,
  'implementation-schedule': implementationScheduleForm,
  'oversight-mechanism': oversightMechanismForm,
  'monev-format': monevFormatForm,
  'best-practice-outline': bestPracticeOutlineForm,
  'team-roster': teamRosterForm,
};

export const TABLE_FORMS: readonly TableForm[] = Object.values(TABLE_FORM_OF_KIND);

export function tableFormById(id: string): TableForm | undefined {
  return TABLE_FORMS.find((form) => form.id === id);
}
