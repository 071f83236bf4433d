export { ReportDocument } from './report-document';
export type {
  TInterpretationView,
  TReportCellView,
  TReportSectionView,
  TReportTableView,
  TReportView,
} from './report-types';
