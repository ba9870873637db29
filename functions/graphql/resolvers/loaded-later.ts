/**
 * The resolver groups a first screen does not need, in one module so that they load together on first use
 * (`lazy-groups.ts`): one dynamic import, where one a group made the bundler split the code they share
 * with the start into more chunks, each a module the runtime loads at every cold start.
 */
export { applicationResolvers } from './application.ts';
export { auditResolvers } from './audit.ts';
export { benchmarkResolvers } from './benchmark.ts';
export { diagnosisResolvers } from './diagnosis.ts';
export { localClockResolvers } from './local-clock.ts';
export { notificationResolvers } from './notifications.ts';
export { paymentResolvers } from './payments.ts';
export { statisticsResolvers } from './statistics.ts';
export { workflowResolvers } from './workflow.ts';
