/** From a board snapshot to the structured results later steps turn into outputs. */
export { readBoard, type BoardArea, type BoardCard, type BoardReading, type BoardSnapshot } from './readBoard';
export { areaForCard, cardsInRole, placeCards, type AreaCards, type BoardPlacement, type PlacedCard } from './placeCards';
export { DEFAULT_CLUSTER_GAP, extractClusters, type CardCluster } from './clusters';
export { extractHarapanKenyataan, type HarapanKenyataanNode, type HarapanKenyataanTable } from './harapanKenyataan';
export { extractServiceFlow, type ServiceFlowReading, type ServiceFlowStep } from './serviceFlow';
export { extractOnion, type OnionRank, type OnionReading, type OnionRing, type OnionViolation } from './onion';
export { extractStakeholderQuadrants, type Level, type StakeholderQuadrant, type StakeholderReading } from './stakeholders';
export { extractFlowchart, FLOWCHART_LANES, plainTextOf, type FlowchartLane, type FlowchartReading, type FlowchartSummary, type FlowEdge, type FlowGraph, type FlowNode, type LaneCount, type LooseArrow } from './flowchart';
