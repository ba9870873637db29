import type { Bilingual } from './bilingual.ts';
import { words } from './bilingual.ts';

/** The kinds of record a NOT_FOUND names (`NotFound.entity`), in both languages. */
export const RECORD_NAMES: Readonly<Record<string, Bilingual>> = {
  Application: words('申报', 'application'),
  ApplicationNotice: words('申报通知', 'application notice'),
  Attachment: words('附件', 'attachment'),
  BenchmarkStanding: words('标杆奖励档次', 'benchmark standing'),
  Budget: words('年度预算', 'budget'),
  Certification: words('标杆认定', 'certification'),
  CertificationImport: words('认定名单导入', 'certification import'),
  DiagnosisAssignment: words('对接', 'diagnosis assignment'),
  DiagnosisPlan: words('年度诊断服务计划', 'diagnosis plan'),
  DiagnosisReport: words('诊断报告', 'diagnosis report'),
  DisbursementDocument: words('资金拨付文件', 'disbursement document'),
  Enterprise: words('企业', 'enterprise'),
  Expert: words('专家', 'expert'),
  File: words('文件', 'file'),
  FraudFinding: words('违规认定', 'fraud finding'),
  HolidayArrangement: words('节假日安排', 'holiday arrangement'),
  Import: words('导入', 'import'),
  IntentionEntry: words('意向企业', 'intention-pool entry'),
  Objection: words('异议', 'objection'),
  Payment: words('拨付', 'payment'),
  'Payment in this batch': words('本批次中的拨付', 'payment in this batch'),
  PaymentBatch: words('支付批次', 'payment batch'),
  PolicyVersion: words('政策版本', 'policy version'),
  Project: words('项目', 'project'),
  'Project in publicity': words('公示中的项目', 'project in publicity'),
  Provider: words('服务商', 'provider'),
  Recipient: words('通知接收方', 'recipient'),
  Town: words('街镇', 'town'),
};

/** The record kind's name in both languages (the identifier itself for a kind the catalogue lacks). */
export const recordName = (entity: string): Bilingual => RECORD_NAMES[entity] ?? words(entity, entity);
