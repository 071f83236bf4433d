import { MEMBER_ROLES } from '@duiding/db';
import { describe, expect, it } from 'vitest';
import { audienceOf, PROJECT_CAPABILITIES, ROLE_TABLE, roleAllows } from './permissions';

describe('the permission table', () => {
  it('has an entry for every role the database knows', () => {
    expect(Object.keys(ROLE_TABLE).sort()).toEqual([...MEMBER_ROLES].sort());
  });

  it('keeps the interpretation group and collectors outside the research team', () => {
    expect(MEMBER_ROLES.filter((role) => audienceOf(role) === 'outside').sort()).toEqual([
      'collector',
      'interpreter',
    ]);
  });

  it('lets nobody outside the team read participant answers, moderate, design or export', () => {
    for (const role of MEMBER_ROLES.filter((r) => audienceOf(r) === 'outside')) {
      for (const capability of [
        'stories.readParticipantAnswers',
        'stories.moderate',
        'stories.export',
        'frameworks.design',
        'team.manage',
        'audit.read',
      ] as const) {
        expect(roleAllows(role, capability), `${role} ${capability}`).toBe(false);
      }
    }
  });

  it('gives only the owner the team and the audit log, and the owner everything', () => {
    expect(MEMBER_ROLES.filter((r) => roleAllows(r, 'team.manage'))).toEqual(['owner']);
    expect(MEMBER_ROLES.filter((r) => roleAllows(r, 'audit.read'))).toEqual(['owner']);
    expect(PROJECT_CAPABILITIES.every((c) => roleAllows('owner', c))).toBe(true);
  });

  it('lets a collector enter stories but read none', () => {
    expect(roleAllows('collector', 'stories.enter')).toBe(true);
    expect(roleAllows('collector', 'stories.read')).toBe(false);
    expect(roleAllows('interpreter', 'stories.enter')).toBe(false);
  });
});
