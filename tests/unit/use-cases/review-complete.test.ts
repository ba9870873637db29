import { describe, expect, it } from 'vitest';
import type { Application, ExpertReview } from '#domain/applications/application';
import { reviewComplete } from '#use-cases/applications/review';

const at = '2026-11-30T02:00:00.000Z';
const reviewed = (expertId: string): ExpertReview => ({
  expertId,
  assignedAt: at,
  score: 80,
  opinion: '同意',
  reviewedAt: at,
});
const application = (experts: ExpertReview[], passed = true) =>
  ({
    review: { preliminary: { passed, reasons: '材料齐全', by: 'ec', at }, experts },
  }) as unknown as Application;

describe('R6.3, R9.1: review is complete when as many experts as the policy version requires evaluated it', () => {
  it('one expert is enough under a version requiring one', () => {
    expect(reviewComplete(application([reviewed('e1')]), 1)).toBe(true);
  });

  it('a version requiring three needs three evaluations; a conflicted or unfinished one does not count', () => {
    const conflicted: ExpertReview = { expertId: 'e3', assignedAt: at, conflict: '曾为申报单位提供咨询' };
    const unfinished: ExpertReview = { expertId: 'e4', assignedAt: at };
    expect(reviewComplete(application([reviewed('e1'), reviewed('e2'), conflicted, unfinished]), 3)).toBe(
      false,
    );
    expect(reviewComplete(application([reviewed('e1'), reviewed('e2'), reviewed('e5')]), 3)).toBe(true);
  });

  it('never before the preliminary review passed', () => {
    expect(reviewComplete(application([reviewed('e1')], false), 1)).toBe(false);
  });
});
