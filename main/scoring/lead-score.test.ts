import { describe, expect, it } from 'vitest';
import { categoryOf, type ScoringAttribute, type ScoringRule } from '../../shared/scoring';
import { type LeadFacts, scoreLead } from './lead-score';

const now = new Date('2026-11-24T09:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const noFacts: LeadFacts = {
  titles: [''],
  employeeCount: null,
  industry: '',
  source: '',
  lastActivityAt: null,
  lastMeetingAt: null,
  lastReplyAt: null,
};

let nextId = 1;
const rule = (attribute: ScoringAttribute, value: string, points: number, enabled = true): ScoringRule => ({
  id: nextId++,
  category: categoryOf(attribute),
  attribute,
  value,
  points,
  position: nextId,
  enabled,
});

const scoreOf = (facts: Partial<LeadFacts>, rules: ScoringRule[]) =>
  scoreLead({ ...noFacts, ...facts }, rules, now).score;

describe('lead score', () => {
  it('adds up the points of the rules a lead meets and explains each in words', () => {
    const founder = rule('title_contains', 'founder', 15);
    const referral = rule('source_is', 'referral', 20);
    const website = rule('source_is', 'website', 5);
    const meeting = rule('meeting_within_days', '30', 15);
    const result = scoreLead(
      { ...noFacts, titles: ['Co-Founder & CEO'], source: 'Referral', lastMeetingAt: daysAgo(3) },
      [founder, referral, website, meeting],
      now,
    );
    expect(result).toEqual({
      score: 50,
      breakdown: [
        { ruleId: founder.id, label: 'Title contains “founder”', category: 'fit', points: 15 },
        { ruleId: referral.id, label: 'Source is “referral”', category: 'fit', points: 20 },
        { ruleId: meeting.id, label: 'Meeting in the last 30 days', category: 'engagement', points: 15 },
      ],
    });
  });

  it('matches a title on the lead or on its contact, ignoring case and diacritics', () => {
    const directeur = [rule('title_contains', 'Directeur', 10)];
    expect(scoreOf({ titles: ['DIRECTÉUR GÉNÉRAL'] }, directeur)).toBe(10);
    expect(scoreOf({ titles: ['', 'Directeur commercial'] }, directeur)).toBe(10);
    expect(scoreOf({ titles: ['Direktor'] }, directeur)).toBe(0);
    expect(scoreOf({ titles: ['Zoë, Head of Łódź office'] }, [rule('title_contains', 'lodz', 5)])).toBe(5);
    expect(scoreOf({ titles: ['Head of Sales'] }, [rule('title_contains', '  head of ', 5)])).toBe(5);
  });

  it('counts company size from the threshold up, and not when the size is unknown', () => {
    const tenPlus = [rule('company_size_at_least', '10', 10)];
    expect(scoreOf({ employeeCount: 10 }, tenPlus)).toBe(10);
    expect(scoreOf({ employeeCount: 9 }, tenPlus)).toBe(0);
    expect(scoreOf({ employeeCount: null }, tenPlus)).toBe(0);
    expect(scoreLead(noFacts, tenPlus, now).breakdown).toEqual([]);
    expect(
      scoreLead({ ...noFacts, employeeCount: 1 }, [rule('company_size_at_least', '1', 1)], now).breakdown[0]
        ?.label,
    ).toBe('Company has at least 1 employee');
  });

  it('compares industry and source as whole words, ignoring case, diacritics and spaces around', () => {
    const software = [rule('industry_is', 'Logiciel édition', 7)];
    expect(scoreOf({ industry: ' logiciel EDITION ' }, software)).toBe(7);
    expect(scoreOf({ industry: 'Logiciel édition et conseil' }, software)).toBe(0);
    expect(scoreOf({ source: 'LinkedIn' }, [rule('source_is', 'linkedin', 3)])).toBe(3);
    expect(scoreOf({ source: '' }, [rule('source_is', 'linkedin', 3)])).toBe(0);
  });

  it('counts activity, meetings and replies within N days of now, boundary included', () => {
    const active = [rule('activity_within_days', '14', 10)];
    expect(scoreOf({ lastActivityAt: daysAgo(14) }, active)).toBe(10);
    expect(scoreOf({ lastActivityAt: daysAgo(14.001) }, active)).toBe(0);
    expect(scoreOf({ lastActivityAt: null }, active)).toBe(0);
    expect(scoreOf({ lastActivityAt: new Date(now.getTime() + 60_000).toISOString() }, active)).toBe(0);

    const meeting = [rule('meeting_within_days', '1', 15)];
    expect(scoreOf({ lastMeetingAt: daysAgo(0.5) }, meeting)).toBe(15);
    expect(scoreOf({ lastActivityAt: daysAgo(0.5) }, meeting)).toBe(0);
    expect(scoreLead(noFacts, meeting, now).breakdown).toEqual([]);

    const reply = rule('reply_within_days', '30', 10);
    const result = scoreLead({ ...noFacts, lastReplyAt: daysAgo(29) }, [reply], now);
    expect(result.breakdown).toEqual([
      { ruleId: reply.id, label: 'Reply received in the last 30 days', category: 'engagement', points: 10 },
    ]);
  });

  it('leaves disabled rules out of the score and the breakdown', () => {
    const rules = [rule('source_is', 'referral', 20, false), rule('title_contains', 'founder', 15)];
    expect(scoreLead({ ...noFacts, titles: ['Founder'], source: 'referral' }, rules, now)).toMatchObject({
      score: 15,
      breakdown: [{ label: 'Title contains “founder”' }],
    });
  });

  it('lets negative points lower a score below zero', () => {
    const rules = [rule('source_is', 'cold list', -25), rule('title_contains', 'intern', -5)];
    expect(scoreOf({ source: 'Cold list', titles: ['Intern'] }, rules)).toBe(-30);
  });

  it('names every attribute in plain words, with singular days', () => {
    expect(
      scoreLead(
        { ...noFacts, lastActivityAt: daysAgo(0.1) },
        [rule('activity_within_days', '1', 1), rule('activity_within_days', '7', 1)],
        now,
      ).breakdown.map((line) => line.label),
    ).toEqual(['Any activity in the last day', 'Any activity in the last 7 days']);
  });
});
