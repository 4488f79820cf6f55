import { describe, expect, it } from 'vitest';
import { describeFileError, toWriteError, UserFacingFileError } from '../../../../electron/main/file-errors';

const error = (code: string) => Object.assign(new Error(`${code}: raw system text /tmp/x`), { code });

describe('describeFileError', () => {
  it('explains common failures in plain words without the raw system message', () => {
    const cases: [string, RegExp][] = [
      ['ENOSPC', /disk is full.*Save As/],
      ['EDQUOT', /disk is full/],
      ['EACCES', /permission.*Save As/],
      ['EPERM', /permission/],
      ['EROFS', /read-only/],
      ['ENOENT', /folder no longer exists/],
      ['EBUSY', /Another program/],
      ['ENAMETOOLONG', /too long/],
    ];
    for (const [code, expected] of cases) {
      const message = describeFileError(error(code), 'save');
      expect(message, code).toMatch(expected);
      expect(message).not.toContain('raw system text');
      expect(message).toContain('nothing was lost');
    }
  });

  it('speaks of reading when opening', () => {
    expect(describeFileError(error('ENOENT'), 'open')).toMatch(/could not be found/);
    expect(describeFileError(error('EACCES'), 'open')).toMatch(/permission to open/);
  });

  it('names the code of an unexpected failure so support can help', () => {
    expect(describeFileError(error('EIO'), 'save')).toMatch(/could not be written \(EIO\)/);
    expect(describeFileError(new Error('weird'), 'open')).toBe('The file could not be read.');
  });

  it('keeps an already user-facing error as it is', () => {
    const userFacing = new UserFacingFileError('Read-only file.', 'EACCES', true);
    expect(toWriteError(userFacing)).toBe(userFacing);
    expect(toWriteError(error('ENOSPC'))).toMatchObject({ code: 'ENOSPC', canSaveAs: true });
  });
});
