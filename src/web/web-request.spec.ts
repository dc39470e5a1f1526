import { normalisedPath } from './web-request';

describe('normalisedPath', () => {
  it.each([
    ['/%61pp/engagements/1/events', '/app/engagements/1/events'],
    ['/%61%70%70/login?next=/x', '/app/login'],
    ['/app/../app/engagements', '/app/engagements'],
    ['/api/../app/login', '/app/login'],
    ['//app/login', '/app/login'],
    ['/app/./login', '/app/login'],
    ['/APP/Login', '/app/login'],
    ['/app\\..\\api/health', '/api/health'],
    ['/../../app', '/app'],
    ['/%E0%A4%A/app', '/%e0%a4%a/app'],
  ])('%s is %s', (url, path) => {
    expect(normalisedPath(url)).toBe(path);
  });
});
