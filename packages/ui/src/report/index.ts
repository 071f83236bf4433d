export { ReportDocument } from './report-document';
export type {
  TInterpretationView,
  TReportCellView,
  TReportFigureView,
  TReportSectionView,
  TReportTableView,
  TReportView,
} from './report-types';
